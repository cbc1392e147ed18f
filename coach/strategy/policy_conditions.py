"""Conditions that read the rule book itself: the policy's decision on an action, a limit's figure.

``{ action = "invite", allowed = true }`` holds when the allowed-actions policy allows the
action for this contact (do-not-contact and the limits count), and
``{ fact = "days_since_withdrawal", lt = { limit = "reinvite_wait_days" } }`` compares a fact
with the figure of a limit for my account. Both need facts seen through a book: one
contact's ``ContactFacts`` (``holds``) or a ``DecidedColumns`` over a network (``mask``);
with plain facts the decision and the figure are unknown and the condition does not hold.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from coach.strategy.column_masks import number_mask
from coach.strategy.conditions import (
    AllOf,
    AnyOf,
    Columns,
    Condition,
    Named,
    NoneOf,
    _compare,
    shown_value,
)
from coach.strategy.facts import NUMBER

LIMIT_OPERATORS = ("eq", "ne", "lt", "lte", "gt", "gte")
"""The operators that may compare a fact with a limit's figure."""


@dataclass(frozen=True, slots=True)
class ActionAllowed(Condition):
    """The policy allows (or blocks, with ``allowed = false``) an action for the contact."""

    action: str
    allowed: bool

    def holds(self, facts: Mapping) -> bool:
        decide = getattr(facts, "allowed", None)
        return decide is not None and decide(self.action) == self.allowed

    def mask(self, table: Columns) -> np.ndarray:
        decide = getattr(table, "allowed", None)
        if decide is None:
            return np.zeros(table.size, dtype=bool)
        allowed = decide(self.action)
        return allowed.copy() if self.allowed else ~allowed

    def describe(self) -> str:
        return f"{self.action} is {'allowed' if self.allowed else 'blocked'}"

    def explain(self, facts: Mapping) -> str:
        status = getattr(facts, "status", lambda action: None)(self.action)
        if not hasattr(facts, "allowed"):
            return f"{self.describe()} did not hold (the policy's decision is unknown here)"
        state = "blocked" if self.allowed else "allowed"
        reason = f": {status.reason}" if status is not None and status.reason else ""
        return f"{self.describe()} did not hold ({self.action} is {state}{reason})"


@dataclass(frozen=True, slots=True)
class CompareLimit(Condition):
    """A number fact compared with a limit's figure for my account (Premium figures count).

    When the limit does not apply (unlimited with Premium, or not in the book), the
    comparison does not hold, whatever the operator.
    """

    fact: str
    operator: str
    limit: str

    def holds(self, facts: Mapping) -> bool:
        figure = _figure(facts, self.limit)
        value = facts.get(self.fact)
        if figure is None:
            return False
        return _compare(self.operator, value, figure)

    def mask(self, table: Columns) -> np.ndarray:
        figure = _figure(table, self.limit)
        if figure is None:
            return np.zeros(table.size, dtype=bool)
        return number_mask(self.operator, figure, table.column(self.fact), NUMBER)

    def describe(self) -> str:
        return f"{self.fact} {self.operator} limit {self.limit}"

    def explain(self, facts: Mapping) -> str:
        figure = _figure(facts, self.limit)
        shown = "does not apply" if figure is None else f"is {figure}"
        return (f"{self.describe()} did not hold ({self.fact} is "
                f"{shown_value(facts.get(self.fact))}, {self.limit} {shown})")


def _figure(facts, limit: str) -> int | None:
    """A limit's figure from facts seen through a book (None for plain facts)."""
    figure = getattr(facts, "figure", None)
    return None if figure is None else figure(limit)


def reads_decisions(condition: Condition | None) -> bool:
    """Whether a condition (or a part of it) reads the policy's decision on an action."""
    if isinstance(condition, ActionAllowed):
        return True
    if isinstance(condition, (AllOf, AnyOf)):
        return any(reads_decisions(part) for part in condition.parts)
    if isinstance(condition, (NoneOf, Named)):
        return reads_decisions(condition.inner)
    return False
