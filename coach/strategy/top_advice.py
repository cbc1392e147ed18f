"""Everyone's top advice, chosen for the whole network at once and written out when read.

Choosing is a few array operations (see ``ranking.top_rules``); writing an advice's text
reads the facts its template prints, for one person. A list shows a few dozen rows at a
time, so texts are filled in for the people whose advice is read, once each, not for
100,000 people up front.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

import numpy as np

from coach.strategy.book import Book
from coach.strategy.decided_columns import DecidedColumns
from coach.strategy.facts import FACTS
from coach.strategy.rule import Advice


class TopAdvice(Mapping):
    """Person id → their top advice (None when no rule gives any); me is left out.

    A read-only mapping: iterating, ``len`` and ``in`` read the arrays only; an advice is
    made (and kept) the first time it is read. Safe to read from several threads.
    """

    def __init__(self, book: Book, columns: DecidedColumns, chosen: np.ndarray,
                 variants: np.ndarray) -> None:
        table = columns.table
        self._book = book
        self._columns = columns
        self._ids = table.ids
        self._me = table.me
        self._chosen = chosen
        self._variants = variants
        self._made: dict[int, Advice | None] = {}
        self._complete: dict[int, Advice | None] | None = None
        self._getters: dict[str, Callable[[int], object]] = {}

    def rule_positions(self) -> np.ndarray:
        """Each row's top rule, as a position in ``book.rules`` (-1: none, and for me)."""
        return self._chosen

    def __getitem__(self, person_id: int) -> Advice | None:
        if self._complete is not None and person_id in self._complete:
            return self._complete[person_id]
        if person_id in self._made:
            return self._made[person_id]
        row = self._row(person_id)
        if row is None:
            raise KeyError(person_id)
        advice = self._advice(row)
        self._made[person_id] = advice
        return advice

    def __iter__(self) -> Iterator[int]:
        ids = self._ids.tolist()
        if self._me is not None:
            del ids[self._me]
        return iter(ids)

    def __len__(self) -> int:
        return int(self._ids.size) - (self._me is not None)

    def __contains__(self, person_id: object) -> bool:
        return self._row(person_id) is not None

    def __repr__(self) -> str:
        return f"TopAdvice({len(self)} people)"

    def items(self):
        """Every (person id, advice), every text written (in one pass per rule and variant)."""
        return self._everyone().items()

    def values(self):
        """Every advice (None where no rule gives any), every text written."""
        return self._everyone().values()

    def _everyone(self) -> dict[int, Advice | None]:
        """Every person's advice at once: one getter per placeholder, filled rule by rule."""
        if self._complete is None:
            ids = self._ids.tolist()
            made: dict[int, Advice | None] = dict.fromkeys(ids)
            if self._me is not None:
                del made[ids[self._me]]
            chosen, variants = self._chosen, self._variants
            for position in np.unique(chosen[chosen >= 0]).tolist():
                rule, mine = self._book.rules[position], chosen == position
                for variant in np.unique(variants[mine]).tolist():
                    template = rule.template(variant)
                    getters = [self._getter(name) for name in template.names]
                    for row in np.flatnonzero(mine & (variants == variant)).tolist():
                        made[ids[row]] = rule.shell(variant, template.fill(
                            [get(row) for get in getters]))
            self._complete = made
        return self._complete

    # --- internals -----------------------------------------------------------------------

    def _row(self, person_id) -> int | None:
        if isinstance(person_id, bool) or not isinstance(person_id, (int, np.integer)):
            return None
        ids = self._ids
        row = int(np.searchsorted(ids, person_id))
        if row >= ids.size or ids[row] != person_id or row == self._me:
            return None
        return row

    def _advice(self, row: int) -> Advice | None:
        position = int(self._chosen[row])
        if position < 0:
            return None
        rule = self._book.rules[position]
        variant = int(self._variants[row])
        template = rule.template(variant)
        return rule.shell(variant, template.fill([self._getter(name)(row)
                                                  for name in template.names]))

    def _getter(self, name: str) -> Callable[[int], object]:
        """Row → value of one placeholder: a fact, or a limit's figure for my account."""
        getter = self._getters.get(name)
        if getter is None:
            if name in FACTS:
                getter = self._columns.getter(name)
            else:
                value = self._columns.figure(name)
                getter = lambda row: value  # noqa: E731
            self._getters[name] = getter
        return getter
