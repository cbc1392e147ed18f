"""One sort order of a listing with the filters' keys laid out in it, for instant filter keys.

A filter key selects ``order[mask[order]]``: at 1M contacts, gathering a million flags at
random places of the mask is most of the key's work. Here the keys the filters test
(degree, follows me) are gathered once per order, so a degree or followers filter compares
contiguous arrays; a tag or a search marks its few hits through the order's inverse
(``rank``), at a cost that grows with the hits, not with everyone. The listing finds a
person's position by bisection and their row in a selection with one pass (``row_of``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

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
        return np.compress(mask, self.order)  # not order[mask], which branches per element

    def first(self, kind: np.ndarray, kinds: int, rows: int) -> tuple[np.ndarray, int]:
        """The first ``rows`` positions of the order whose ``kind`` (one per position) is
        below ``kinds`` — those of kind 0 first, then 1, and so on, each in the order — and
        how many such positions there are in all.

        Without the whole answer: a kind with few positions is found by its ranks, a kind
        with many by walking the order a slice at a time until enough are found."""
        total, need, parts = 0, rows, []
        for each in range(kinds):
            held = kind == each
            count = int(np.count_nonzero(held))
            total += count
            if need <= 0 or not count:
                continue
            if count <= need or count * _DENSE_ENOUGH < len(kind):
                ranks = np.sort(np.take(self.rank, np.flatnonzero(held)))[:need]
                part = np.take(self.order, ranks)
            else:
                part = self._walked(kind, each, need)
            parts.append(part)
            need -= len(part)
        first = np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)
        return first, total

    def _walked(self, kind: np.ndarray, each: int, need: int) -> np.ndarray:
        """The first ``need`` positions of the order of one kind (there are at least that
        many), read a slice of the order at a time."""
        found: list[np.ndarray] = []
        for start in range(0, len(self.order), _WALKED):
            part = self.order[start:start + _WALKED]
            found.append(np.compress(np.take(kind, part) == each, part)[:need])
            need -= len(found[-1])
            if need <= 0:
                break
        return np.concatenate(found)


_DENSE_ENOUGH = 64
"""A kind held by fewer than one position in this many is found by its ranks (walking the
order to its first rows would read most of it)."""
_WALKED = 8192
"""Positions of the order read at a time when walking it."""


class OrderedSelection:
    """A mixin of ``ContactListing``: its orders with the filters' keys, and where a person
    is (``order``, ``degree``, ``follows_me`` and ``person_ids`` come from the listing)."""

    person_ids: np.ndarray
    degree: np.ndarray
    follows_me: np.ndarray
    _keyed_orders: dict[str, SortedKeys]
    order: Callable[[str], np.ndarray]

    def _keyed(self, sort: str) -> SortedKeys:
        """One order with the filters' keys laid out in it (made once per order)."""
        keyed = self._keyed_orders.get(sort)
        if keyed is None:
            keyed = self._keyed_orders[sort] = SortedKeys(self.order(sort), self.degree,
                                                          self.follows_me)
        return keyed

    def row_of(self, positions: np.ndarray, person_id: int) -> int | None:
        """Where one person is among some positions of this listing, or None (one pass
        over the positions: no person's id gathered)."""
        position = self.position_of(person_id)
        if position is None or not len(positions):
            return None
        hits = np.flatnonzero(positions == position)
        return int(hits[0]) if hits.size else None

    def position_of(self, person_id: int) -> int | None:
        """The position of a store id in this listing, or None."""
        ids = self.person_ids
        if self._ids_ascending:
            at = int(ids.searchsorted(person_id))
            return at if at < len(ids) and ids[at] == person_id else None
        hits = np.flatnonzero(ids == person_id)
        return int(hits[0]) if hits.size else None

    @cached_property
    def _ids_ascending(self) -> bool:
        """Whether the ids are in ascending order (as a network's are): then a person's
        position is found by bisection."""
        ids = self.person_ids
        return bool(np.all(ids[1:] > ids[:-1]))
