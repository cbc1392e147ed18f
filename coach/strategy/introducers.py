"""Who could introduce me: for each 2nd- and 3rd-degree person, the best first hop.

For a 2nd-degree person it is the shared connection I know best (tie strength, then their
own reach, then id); for a 3rd-degree person, the introducer of their best 2nd-degree
neighbour. Nobody on my do-not-contact list is on the path: neither the 1st-degree
connection asked nor, for a 3rd-degree person, the 2nd-degree person who passes it on.
Vectorised over the CSR arrays: one pass over my connections' links and one over the 3rd
degree's.
"""

from __future__ import annotations

import numpy as np

from coach.graph.network import Network
from coach.model import Degree


def introducers(network: Network, strength: np.ndarray, blocked: np.ndarray) -> np.ndarray:
    """Index of each person's introducer (one of my 1st-degree connections), -1 for none."""
    n = network.size
    result = np.full(n, -1, dtype=np.int64)
    if network.me is None:
        return result
    links = network.structure.connections
    firsts = links.neighbors(network.me).astype(np.int64)
    firsts = firsts[~blocked[firsts]]
    if firsts.size == 0:
        return result
    # My connections ranked once, best first: the strongest tie, the widest reach, the lowest
    # index. A person's introducer is then the best-ranked candidate among their neighbours.
    ranked = firsts[np.lexsort((firsts, -network.mutual[firsts], -strength[firsts]))]
    nobody = ranked.size
    rank = np.full(n, nobody, dtype=np.int64)
    rank[ranked] = np.arange(nobody)
    known = ~network.observed
    degree = network.degree
    best = np.full(n, nobody, dtype=np.int64)
    owners, targets = _pairs(links, ranked)
    np.minimum.at(best, targets, rank[owners])
    via = np.where((degree == int(Degree.SECOND)) & known, best, nobody)
    # A 3rd-degree person: the introducer of their best 2nd-degree neighbour (not blocked).
    passing = np.where(blocked, nobody, via)
    third = _lowest_neighbour(links, passing, np.flatnonzero((degree == int(Degree.THIRD)) & known),
                              nobody)
    via[third[0]] = third[1]
    found = via < nobody
    result[found] = ranked[via[found]]
    return result


def cut_off(network: Network, strength: np.ndarray, blocked: np.ndarray,
            chosen: np.ndarray) -> np.ndarray:
    """Where the do-not-contact list cuts every introduction: a path exists, none without it.

    ``chosen`` is ``introducers(network, strength, blocked)``.
    """
    if not blocked.any():
        return np.zeros(network.size, dtype=bool)
    anyone = introducers(network, strength, np.zeros(network.size, dtype=bool))
    return (anyone >= 0) & (chosen < 0)


def _pairs(links, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(node, neighbour) for every link of the given nodes."""
    lengths = links.indptr[nodes + 1] - links.indptr[nodes]
    return np.repeat(nodes, lengths), links.gather(nodes).astype(np.int64)


def _lowest_neighbour(links, values: np.ndarray, nodes: np.ndarray,
                      nobody: int) -> tuple[np.ndarray, np.ndarray]:
    """For the given nodes, the lowest value among their neighbours' (``nobody`` for none):
    (nodes, lowest), one reduction over their neighbour lists."""
    lengths = links.indptr[nodes + 1] - links.indptr[nodes]
    nodes = nodes[lengths > 0]
    lengths = lengths[lengths > 0]
    if nodes.size == 0:
        return nodes, np.empty(0, dtype=values.dtype)
    neighbours = values[links.gather(nodes)]
    starts = np.cumsum(lengths) - lengths
    return nodes, np.minimum.reduceat(neighbours, starts)
