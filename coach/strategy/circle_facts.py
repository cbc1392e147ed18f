"""The circle facts (``circle``, ``circle_size``, ``is_broker``, ``bridges_circles``) of
everyone, read from the map of my network that the service keeps (Louvain is not run again
when the facts are)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from coach.graph.network_map import NetworkMap
from coach.graph.structure import Structure

CIRCLE_TEXTS = ("circle", "bridges_circles")
"""The circle facts that are texts (the others are columns)."""


class CircleFacts:
    """Columns and text getters of the circle facts; only my 1st-degree connections in a
    named circle have a ``circle``; brokers anywhere in my circles have ``is_broker``."""

    def __init__(self, network_map: NetworkMap | None, structure: Structure) -> None:
        n = structure.size
        self.columns = {"circle_size": np.full(n, np.nan), "is_broker": np.zeros(n, bool)}
        self._circle: dict[int, str] = {}
        self._bridges: dict[int, str] = {}
        if network_map is None:
            return
        for circle in network_map.circles:
            rows = structure.index_of(list(circle.members))  # all in this network
            self.columns["circle_size"][rows] = float(circle.size)
            self._circle.update(dict.fromkeys(rows.tolist(), circle.label))
        for broker in network_map.brokers:
            row = structure.index(broker.person_id)
            if row is None:
                continue
            self.columns["is_broker"][row] = True
            others = [network_map.circle(number).label for number in broker.bridges
                      if number != broker.circle and network_map.circle(number)]
            if others:
                self._bridges[row] = ", ".join(others)

    @property
    def getters(self) -> dict[str, Callable[[int], str | None]]:
        """Row index → text, for the text facts."""
        circle, bridges = self._circle, self._bridges
        return {"circle": circle.get, "bridges_circles": bridges.get}

    def present(self, name: str, size: int) -> np.ndarray:
        """Where a circle text fact has a value."""
        known = self._circle if name == "circle" else self._bridges
        mask = np.zeros(size, dtype=bool)
        mask[list(known)] = True
        return mask

