"""A whole network's facts as a rule book sees them: what limits leave, and each action's decision.

The vectorised twin of ``ContactFacts``: for each action, a boolean column says for whom the
policy allows it, computed once with the same steps as for one contact (the first case
that holds decides, then the limits: counters read my account's columns, the wait before
re-inviting reads each person's days since a withdrawal; then the do-not-contact tag).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from coach.strategy.actions import CONTACT_ACTIONS, DO_NOT_CONTACT, ActionPolicy
from coach.strategy.book import Book
from coach.strategy.column_masks import wide
from coach.strategy.fact_table import FactTable
from coach.strategy.facts import FROM_CADENCE, FROM_LIMITS
from coach.strategy.limits import COUNTER, WAIT


class DecidedColumns:
    """A fact table seen through one book: the columns conditions read, plus ``allowed``
    (an action's decision for everyone) and ``figure`` (a limit's figure for my account)."""

    def __init__(self, book: Book, table: FactTable) -> None:
        self.book = book
        self.table = table
        self.size = table.size
        premium = bool(table.column("premium")[0]) if table.size else False
        self.account = {"premium": premium}
        self._allowed: dict[str, np.ndarray] = {}
        self._derived: dict[str, np.ndarray] = {}
        self._do_not_contact: np.ndarray | None = None
        self._remembered: dict = {}

    # --- the Columns protocol: the table's, with the facts worked out from limits --------

    def column(self, name: str) -> np.ndarray:
        """A number or yes/no column; what is left of a limit is worked out here."""
        if name in FROM_CADENCE:
            if name not in self._derived:
                self._derived.update(self.book.cadence.columns(
                    self.table.column("degree"), self.tag_sets("tags"),
                    self.table.column("days_since_last_interaction"),
                    self.table.column("days_since_connected")))
            return self._derived[name]
        if name not in FROM_LIMITS:
            return self.table.column(name)
        if name not in self._derived:
            self._derived[name] = self._left(FROM_LIMITS[name])
        return self._derived[name]

    def text(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """A text fact without case ('' where missing), and where it has a value."""
        return self.table.text(name)

    def list_rows(self, name: str) -> tuple[dict[str, np.ndarray], np.ndarray]:
        """A list fact: each item without case → the rows that hold it; where it is not
        empty."""
        return self.table.list_rows(name)

    def present(self, name: str) -> np.ndarray:
        """Where a text fact has a value."""
        return self.table.present(name)

    def tag_sets(self, name: str) -> dict[int, frozenset[str]]:
        """The tags of the people who have some."""
        return self.table.tag_sets(name)

    def holds(self, condition) -> np.ndarray:
        """Where a condition holds, worked out once per condition (read only: do not change
        the array). A rule's condition and the named conditions it shares with others are
        tested once however many rules and passes read them; each is kept packed, a bit per
        row (at 1M people, 150 conditions held as bytes until ``forget_conditions`` were the
        app's peak of memory)."""
        packed = self.remember(("holds", id(condition)),
                               lambda: (condition, np.packbits(condition.mask(self))))[1]
        return _frozen(np.unpackbits(packed, count=self.size).view(bool))

    def forget_conditions(self) -> None:
        """Let go of the conditions' arrays (what they decided is kept: actions, top rules)."""
        for key in [key for key in self._remembered if key[0] == "holds"]:
            del self._remembered[key]

    def remember(self, key, compute):
        """``compute()`` once per key: what the ranking passes share (the arrays are read
        only)."""
        if key not in self._remembered:
            self._remembered[key] = compute()
        return self._remembered[key]

    # --- what the book adds --------------------------------------------------------------

    def figure(self, limit_id: str) -> int | None:
        """A limit's figure for my account (None when unlimited or not in the book)."""
        limit = self.book.limits.get(limit_id)
        return None if limit is None else limit.effective(self.account)

    def getter(self, name: str) -> Callable[[int], object]:
        """Row → one fact as a plain value (facts worked out from limits included)."""
        if name not in FROM_LIMITS and name not in FROM_CADENCE:
            return self.table.getter(name)
        values = self.column(name)
        return lambda row: None if np.isnan(values[row]) else int(values[row])

    def do_not_contact(self) -> np.ndarray:
        """Who carries the do-not-contact tag."""
        if self._do_not_contact is None:
            tagged = np.zeros(self.size, dtype=bool)
            hits = [index for index, tags in self.tag_sets("tags").items()
                    if DO_NOT_CONTACT in tags]
            tagged[hits] = True
            self._do_not_contact = tagged
        return self._do_not_contact

    def allowed(self, action: str) -> np.ndarray:
        """For whom the policy allows an action (computed once; do not change the array)."""
        if action not in self._allowed:
            policy = self.book.actions.get(action)
            allowed = (np.ones(self.size, dtype=bool) if policy is None
                       else self._decide(policy))
            if action in CONTACT_ACTIONS:
                allowed &= ~self.do_not_contact()
            self._allowed[action] = allowed
        return self._allowed[action]

    def all_allowed(self, actions: Iterable[str]) -> np.ndarray:
        """For whom every one of these actions is allowed (everyone for none)."""
        result = np.ones(self.size, dtype=bool)
        for action in actions:
            result &= self.allowed(action)
        return result

    # --- internals -----------------------------------------------------------------------

    def _decide(self, policy: ActionPolicy) -> np.ndarray:
        """The first case that holds decides; an allowed action then checks its limits."""
        decided = np.zeros(self.size, dtype=bool)
        allowed = np.zeros(self.size, dtype=bool)
        for case in policy.cases:
            hit = self.holds(case.when) & ~decided
            if case.allowed:
                allowed |= hit
            decided |= hit
        for limit_id in policy.limits:
            limit = self.book.limits.get(limit_id)
            value = None if limit is None else limit.effective(self.account)
            if value is None:
                continue
            if limit.kind.kind == COUNTER:
                used = np.nan_to_num(wide(self.table.column(limit.kind.fact)), nan=0.0)
                allowed &= ~(np.floor(used) >= value)
            elif limit.kind.kind == WAIT:
                waited = wide(self.table.column(limit.kind.fact))
                allowed &= ~(~np.isnan(waited) & (waited < value))
        return allowed

    def _left(self, limit_id: str) -> np.ndarray:
        """What is left of a counter for my account, for everyone (NaN when unlimited)."""
        limit = self.book.limits.get(limit_id)
        value = None if limit is None else limit.effective(self.account)
        if value is None:
            return np.full(self.size, np.nan)
        used = np.floor(np.nan_to_num(wide(self.table.column(limit.kind.fact)), nan=0.0))
        return np.maximum(0.0, value - used)


def _frozen(array: np.ndarray) -> np.ndarray:
    """The array, made read only: a shared result changed in place would be a silent bug."""
    array.flags.writeable = False
    return array
