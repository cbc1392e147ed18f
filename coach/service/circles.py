"""The map of my network for the service: the costly shape kept until the network changes."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.graph.network import Network
    from coach.graph.network_map import CircleShape, NetworkMap
    from coach.service.state import NetworkState


class CircleCache:
    """The circles and broker candidates of the last network asked for, kept while the
    store's network revision and who is me stay the same (a logged message or a new tag
    makes a new state, not a new network: Louvain is not run again)."""

    def __init__(self) -> None:
        self._key: tuple[int, int | None] | None = None
        self._shape: CircleShape | None = None
        self._lock = threading.Lock()
        self.computed = 0
        """How many times a shape was computed (tests read it)."""

    def shape(self, network: "Network", revision: int) -> CircleShape:
        """The shape of this network at this revision, computed once (a second caller
        waits for the first instead of computing it again)."""
        key = (revision, network.me_id)
        with self._lock:
            if self._shape is None or self._key != key or revision < 0:
                from coach.graph.network_map import circle_shape  # Louvain: only for a map

                self._shape = circle_shape(network)
                self._key = key
                self.computed += 1
            return self._shape


def map_of(state: "NetworkState", cache: CircleCache) -> NetworkMap:
    """The map of one state: its shape from the cache, described with the state's people,
    tie strengths, last contacts and do-not-contact list."""
    from coach.graph.network_map import NetworkMap

    network = state.network
    shape = cache.shape(network, state.revision)
    latest = {person: when for person, (when, _kind, _way) in state.roster.latest.items()}
    blocked = state.do_not_contact
    people = state.roster.people

    def is_blocked(person_id: int) -> bool:
        index = network.index(person_id)
        return index is not None and bool(blocked[index])

    return NetworkMap.build(network, shape, people.__getitem__, state.strengths, latest,
                            is_blocked)
