"""Circles: the communities among my connections, found with Louvain (a fixed seed).

The ego network here is my 1st-degree connections and the links among them, me left out
(everyone is linked to me: I would only blur the circles). It is cut from the network's CSR
arrays with numpy; networkx runs the Louvain method on it, and is imported inside the
function (it takes a third of a second to import and the command line must start fast).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from coach.graph.csr import CSR
from coach.graph.network import Network

SEED = 20
"""Louvain visits nodes in a random order: a fixed seed gives the same circles on every run."""

MIN_CIRCLE_SIZE = 3
"""Circles of fewer people merge into "other" (two people who know each other are a pair,
not a circle; people linked to none of my other connections are alone)."""

MAX_CIRCLES = 12
"""At most this many named circles, biggest first; the smaller ones merge into "other"
(more would not read as a map of one's network)."""

OTHER = -1
"""The circle number of my connections in no named circle."""

NOT_MINE = -2
"""The circle number of people who are not my 1st-degree connections."""


@dataclass(frozen=True, slots=True)
class EgoGraph:
    """My connections (``nodes``: network indices, ascending) and the links among them
    (``links``: a CSR over positions in ``nodes``)."""

    nodes: np.ndarray
    links: CSR

    @property
    def size(self) -> int:
        """How many of my connections it holds."""
        return int(self.nodes.size)

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """Every link once, as two arrays of positions (a < b)."""
        owners = np.repeat(np.arange(self.size, dtype=np.int64), self.links.degrees())
        others = self.links.indices.astype(np.int64)
        keep = owners < others
        return owners[keep], others[keep]


def ego_graph(network: Network) -> EgoGraph:
    """The links among my 1st-degree connections (known links only), me excluded."""
    structure = network.structure
    if network.me is None:
        return EgoGraph(np.empty(0, dtype=np.int64), CSR.empty(0))
    connections = structure.connections
    nodes = connections.neighbors(network.me).astype(np.int64)
    position = np.full(structure.size, -1, dtype=np.int64)
    position[nodes] = np.arange(nodes.size)
    lengths = connections.indptr[nodes + 1] - connections.indptr[nodes]
    owners = np.repeat(np.arange(nodes.size, dtype=np.int64), lengths)
    reached = position[connections.gather(nodes)]
    keep = reached >= 0
    return EgoGraph(nodes, CSR.from_pairs(nodes.size, owners[keep], reached[keep]))


@dataclass(frozen=True, slots=True)
class Circles:
    """The circles of an ego network: ``circle_of`` gives each position its circle number
    (0, 1… biggest first, or ``OTHER``); ``members`` the positions of each named circle."""

    circle_of: np.ndarray
    members: tuple[np.ndarray, ...]

    @property
    def count(self) -> int:
        """How many named circles there are."""
        return len(self.members)

    @property
    def other(self) -> np.ndarray:
        """The positions of the people in no named circle."""
        return np.flatnonzero(self.circle_of == OTHER)


def find_circles(ego: EgoGraph, seed: int = SEED) -> Circles:
    """Louvain communities of the ego network, biggest first (ties: the lowest position
    first); small ones merge into "other". The same graph gives the same circles."""
    circle_of = np.full(ego.size, OTHER, dtype=np.int64)
    linked = np.flatnonzero(ego.links.degrees() > 0)
    if linked.size < MIN_CIRCLE_SIZE:
        return Circles(circle_of, ())
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(linked.tolist())  # people with no link are alone: left out
    a, b = ego.pairs()
    graph.add_edges_from(zip(a.tolist(), b.tolist(), strict=True))
    found = nx.community.louvain_communities(graph, seed=seed)
    groups = sorted((np.array(sorted(group), dtype=np.int64) for group in found),
                    key=lambda group: (-group.size, int(group[0])))
    named = tuple(group for group in groups if group.size >= MIN_CIRCLE_SIZE)[:MAX_CIRCLES]
    for number, group in enumerate(named):
        circle_of[group] = number
    return Circles(circle_of, named)
