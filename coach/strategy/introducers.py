"""Who could introduce me: for each 2nd- and 3rd-degree person, the best first hop.

For a 2nd-degree person it is the shared connection I know best (tie strength, then their
own reach, then id); for a 3rd-degree person, the introducer of their best 2nd-degree
neighbour. Nobody on my do-not-contact list is on the path: neither the 1st-degree
connection asked nor, for a 3rd-degree person, the 2nd-degree person who passes it on.
Vectorised over the CSR arrays: my connections are ranked once; one pass over their links
and one reduction over the 3rd degree's neighbour lists.
"""

from __future__ import annotations

import numpy as np

from coach.graph.network import Network
from coach.model import Degree

THIRDS_AT_ONCE = 65_536
"""3rd-degree people whose neighbour lists are gathered at once (about 1.3M entries)."""


def introductions(network: Network, strength: np.ndarray,
                  blocked: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each person's introducer (an index among my 1st-degree connections, -1 for none), and
    where the do-not-contact list (``blocked``) cuts every introduction: a path exists, but
    none without someone on the list."""
    n = network.size
    result = np.full(n, -1, dtype=np.int64)
    if network.me is None:
        return result, np.zeros(n, dtype=bool)
    links = network.structure.connections
    mine = links.neighbors(network.me).astype(np.int64)
    firsts = mine[~blocked[mine]]
    # My connections ranked once, best first: the strongest tie, the widest reach, the lowest
    # index. A person's introducer is then the best-ranked candidate among their neighbours.
    ranked = firsts[np.lexsort((firsts, -network.mutual[firsts], -strength[firsts]))]
    nobody = ranked.size
    rank = np.full(n, nobody, dtype=np.int32)
    rank[ranked] = np.arange(nobody, dtype=np.int32)
    known = ~network.observed
    degree = network.degree
    seconds = (degree == int(Degree.SECOND)) & known
    owners, targets = _pairs(links, mine)
    best = np.full(n, nobody, dtype=np.int32)
    np.minimum.at(best, targets, rank[owners])  # a blocked owner's rank is nobody's
    via = np.where(seconds, best, nobody)
    reached = np.zeros(n, dtype=bool)  # a path, do-not-contact list or not
    reached[targets] = True
    reached &= seconds
    # A 3rd-degree person: the introducer of their best 2nd-degree neighbour (not blocked).
    # A slice of them at a time: their neighbour lists end to end are 15M entries at 1M people
    # (three arrays of them at once): chunks keep that transient small.
    thirds = np.flatnonzero((degree == int(Degree.THIRD)) & known)
    if thirds.size:
        passing = np.where(blocked, nobody, via)
        passed = reached.copy()  # the 2nd degree's, read while the 3rd degree's are written
        for first in range(0, thirds.size, THIRDS_AT_ONCE):
            nodes, neighbours, starts = _neighbour_lists(
                links, thirds[first:first + THIRDS_AT_ONCE])
            if nodes.size:
                via[nodes] = np.minimum.reduceat(passing[neighbours], starts)
                reached[nodes] = np.logical_or.reduceat(passed[neighbours], starts)
    found = via < nobody
    result[found] = ranked[via[found]]
    return result, reached & ~found


def introducers(network: Network, strength: np.ndarray, blocked: np.ndarray) -> np.ndarray:
    """Index of each person's introducer (one of my 1st-degree connections), -1 for none."""
    return introductions(network, strength, blocked)[0]


def _pairs(links, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(node, neighbour) for every link of the given nodes."""
    lengths = links.indptr[nodes + 1] - links.indptr[nodes]
    return np.repeat(nodes, lengths), links.gather(nodes).astype(np.int64)


def _neighbour_lists(links, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The given nodes that have neighbours, their neighbour lists end to end, and where each
    list starts (for ``ufunc.reduceat``)."""
    lengths = links.indptr[nodes + 1] - links.indptr[nodes]
    nodes, lengths = nodes[lengths > 0], lengths[lengths > 0]
    return nodes, links.gather(nodes), np.cumsum(lengths) - lengths
