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
    known = ~network.observed
    degree = network.degree
    owners, targets = _pairs(links, firsts)
    keep = (degree[targets] == int(Degree.SECOND)) & known[targets]
    _best(result, targets[keep], owners[keep], strength, network.mutual)
    thirds = np.flatnonzero((degree == int(Degree.THIRD)) & known)
    people, seconds = _pairs(links, thirds)
    via = result[seconds]
    keep = (via >= 0) & (degree[seconds] == int(Degree.SECOND)) & ~blocked[seconds]
    _best(result, people[keep], via[keep], strength, network.mutual)
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


def _best(result: np.ndarray, targets: np.ndarray, candidates: np.ndarray,
          strength: np.ndarray, reach: np.ndarray) -> None:
    """For each target, the candidate with the strongest tie, then the widest reach, then lowest."""
    if targets.size == 0:
        return
    order = np.lexsort((candidates, -reach[candidates], -strength[candidates], targets))
    targets, candidates = targets[order], candidates[order]
    first = np.flatnonzero(np.r_[True, targets[1:] != targets[:-1]])
    result[targets[first]] = candidates[first]
