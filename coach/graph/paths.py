"""Introduction paths: the shortest chains of real connections from me to someone."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from coach.graph.network import Network
from coach.model import Degree, IntroductionPath

TieStrength = Callable[[int], float]
"""How strong my tie to a person is (store id → score, 0 when nothing is known)."""


def introduction_paths(network: Network, person_id: int, tie_strength: TieStrength | None = None,
                       limit: int = 3, blocked: np.ndarray | None = None) -> list[IntroductionPath]:
    """Up to ``limit`` distinct shortest paths from me to a person, strongest ties first.

    A path lists store ids from me to them. Only known links are used, so someone whose
    degree is only observed (a hint) has no path. No path goes through a person marked in
    ``blocked`` (by index: people on my do-not-contact list). A path's score is the tie
    strength of its intermediaries, the first hop (the person I would ask) counting twice;
    equal scores are ordered by the intermediaries' mutual connections, then by id, so the
    order is stable. Paths through different first hops are preferred.
    """
    target = network.index(person_id)
    me = network.me
    if target is None or me is None or target == me or network.observed[target]:
        return []
    degree = int(network.degree[target])
    ids = network.structure.ids
    if degree == Degree.FIRST:
        return [IntroductionPath([int(ids[me]), int(ids[target])], 0.0, [])]
    if degree not in (Degree.SECOND, Degree.THIRD):
        return []
    strength = tie_strength or (lambda _person: 0.0)
    cache: dict[int, float] = {}

    def weight(index: int) -> float:
        if index not in cache:
            cache[index] = float(strength(int(ids[index])) or 0.0)
        return cache[index]

    candidates = []
    for chain in _chains(network, target, degree, weight, limit, blocked):
        score = 2.0 * weight(chain[0]) + sum(weight(index) for index in chain[1:])
        reach = sum(int(network.mutual[index]) for index in chain)
        middle = [int(ids[index]) for index in chain]
        candidates.append((-score, -reach, middle, score))
    candidates.sort(key=lambda item: (item[0], item[1], item[2]))
    chosen: list[IntroductionPath] = []
    first_hops: set[int] = set()
    for distinct_first_hop in (True, False):
        for _score, _reach, middle, score in candidates:
            if len(chosen) == limit:
                return chosen
            if any(path.intermediaries == middle for path in chosen):
                continue
            if distinct_first_hop and middle[0] in first_hops:
                continue
            first_hops.add(middle[0])
            chosen.append(IntroductionPath([int(ids[me]), *middle, int(ids[target])], score, middle))
    return chosen


def _chains(network: Network, target: int, degree: int, weight: Callable[[int], float],
            per_step: int, blocked: np.ndarray | None = None) -> list[list[int]]:
    """Intermediaries (indices, my side first) of shortest known paths to ``target``.

    For a 2nd-degree target these are all the shared connections. For a 3rd-degree target,
    each 2nd-degree neighbour keeps only its ``per_step`` strongest links to my connections,
    so a hub cannot make the enumeration explode while the best paths are still found.
    """
    links = network.structure.connections
    mine = links.neighbors(network.me)
    around = links.neighbors(target)
    if blocked is not None and blocked.any():
        mine, around = mine[~blocked[mine]], around[~blocked[around]]
    if degree == Degree.SECOND:
        return [[int(a)] for a in np.intersect1d(around, mine, assume_unique=True)]
    chains = []
    seconds = around[(network.degree[around] == Degree.SECOND) & ~network.observed[around]]
    for b in seconds:
        firsts = np.intersect1d(links.neighbors(b), mine, assume_unique=True)
        best = sorted((int(a) for a in firsts), key=lambda a: (-weight(a), a))[:per_step]
        chains.extend([a, int(b)] for a in best)
    return chains
