"""One sort order of a listing with the filters' keys laid out in it, for instant filter keys.

A filter key selects ``order[mask[order]]``: at 1M contacts, gathering a million flags at
random places of the mask is most of the key's work. Here the keys the filters test
(degree, follows me) are gathered once per order, so a degree or followers filter compares
contiguous arrays; a tag or a search marks its few hits through the order's inverse
(``rank``), at a cost that grows with the hits, not with everyone.
"""

from __future__ import annotations

import numpy as np


class SortedKeys:
    """An order (positions) and, in that order, each position's degree and follower flag."""

    def __init__(self, order: np.ndarray, degree: np.ndarray, follows_me: np.ndarray) -> None:
        self.order = order
        self.degree = degree[order]
        self.follows_me = follows_me[order]
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order), dtype=np.int64)
        self.rank = rank
        """Where each position is in the order (the order's inverse)."""

    def select(self, degree: int | None, followers: bool,
               among: tuple[np.ndarray, ...]) -> np.ndarray:
        """The positions of the order at ``degree`` (None: any), following me if
        ``followers``, and among each array of positions of ``among`` — in the order.

        With nothing to test, the order itself (read-only, shared)."""
        mask = None
        if degree is not None:
            mask = self.degree == degree
        if followers:
            mask = self.follows_me.copy() if mask is None else mask & self.follows_me
        for positions in among:
            found = np.zeros(len(self.order), dtype=bool)
            found[self.rank[positions]] = True
            mask = found if mask is None else mask & found
        if mask is None:
            return self.order
        return self.order[mask]
