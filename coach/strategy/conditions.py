"""Structured conditions: a fact and an operator, combined with all, any and not.

A condition is TOML data, never an expression string: ``{ fact = "degree", eq = 2 }``,
``{ all = [...] }``, ``{ any = [...] }``, ``{ not = {...} }`` or ``{ condition = "name" }``.
Each compiled condition answers for one contact (``holds``, on a dict of facts) and for a
whole network at once (``mask``, on columns of facts), and can say why it did not hold.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from coach.strategy.column_masks import list_mask, number_mask, text_mask
from coach.strategy.facts import FACTS, LIST, NUMBER, TEXT, YES_NO

OPERATORS = ("eq", "ne", "lt", "lte", "gt", "gte", "in", "not_in", "contains", "contains_any",
             "missing")
COMBINATORS = ("all", "any", "not", "condition")
APPLIES = {
    "eq": (NUMBER, YES_NO, TEXT), "ne": (NUMBER, YES_NO, TEXT),
    "lt": (NUMBER,), "lte": (NUMBER,), "gt": (NUMBER,), "gte": (NUMBER,),
    "in": (NUMBER, TEXT), "not_in": (NUMBER, TEXT),
    "contains": (LIST, TEXT), "contains_any": (LIST, TEXT), "missing": (NUMBER, YES_NO, TEXT, LIST),
}
LIST_OPERATORS = ("in", "not_in", "contains_any")


class Columns(Protocol):
    """Facts for a whole network, one array per fact (see ``FactTable``)."""

    size: int

    def column(self, name: str) -> np.ndarray: ...

    def text(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """A text fact without case ('' where missing), and where it has a value."""

    def list_rows(self, name: str) -> tuple[dict[str, np.ndarray], np.ndarray]:
        """A list fact: each item without case → the rows that hold it; where it is not
        empty."""

    def present(self, name: str) -> np.ndarray:
        """Where a text fact has a value (cheaper than ``text`` when only that is asked)."""

    def holds(self, condition: "Condition") -> np.ndarray:
        """``condition.mask(self)``, or the same array kept from an earlier call."""


class Condition:
    """A compiled condition."""

    def holds(self, facts: Mapping) -> bool:
        """Whether it holds for one contact's facts."""
        raise NotImplementedError

    def mask(self, table: Columns) -> np.ndarray:
        """For every person of a network at once: where it holds."""
        raise NotImplementedError

    def describe(self) -> str:
        """The condition in one short line, as a rule author wrote it."""
        raise NotImplementedError

    def explain(self, facts: Mapping) -> str:
        """Which part did not hold for these facts, and the value that made it fail."""
        return f"{self.describe()} did not hold"


@dataclass(frozen=True, slots=True)
class Compare(Condition):
    """``fact`` compared with ``operand`` by ``operator``; text compared without case."""

    fact: str
    operator: str
    operand: object
    shown: str

    def holds(self, facts: Mapping) -> bool:
        return _compare(self.operator, _fold(facts.get(self.fact)), self.operand)

    def mask(self, table: Columns) -> np.ndarray:
        kind = FACTS[self.fact].type
        if kind == LIST:
            return list_mask(self.operator, self.operand, *table.list_rows(self.fact))
        if kind == TEXT:
            if self.operator == "missing":
                return text_mask("missing", self.operand, None, table.present(self.fact))
            return text_mask(self.operator, self.operand, *table.text(self.fact))
        return number_mask(self.operator, self.operand, table.column(self.fact), kind)

    def describe(self) -> str:
        if self.operator == "missing":
            return f"{self.fact} is {'missing' if self.operand else 'known'}"
        return f"{self.fact} {self.operator} {self.shown}"

    def explain(self, facts: Mapping) -> str:
        value = shown_value(facts.get(self.fact))
        return f"{self.describe()} did not hold ({self.fact} is {value})"


@dataclass(frozen=True, slots=True)
class AllOf(Condition):
    """Every part holds."""

    parts: tuple[Condition, ...]

    def holds(self, facts: Mapping) -> bool:
        return all(part.holds(facts) for part in self.parts)

    def mask(self, table: Columns) -> np.ndarray:
        result = np.ones(table.size, dtype=bool)
        for part in self.parts:
            result &= part.mask(table)
        return result

    def describe(self) -> str:
        if not self.parts:
            return "always"
        return "all of (" + "; ".join(part.describe() for part in self.parts) + ")"

    def explain(self, facts: Mapping) -> str:
        for part in self.parts:
            if not part.holds(facts):
                return part.explain(facts)
        return super().explain(facts)


@dataclass(frozen=True, slots=True)
class AnyOf(Condition):
    """At least one part holds."""

    parts: tuple[Condition, ...]

    def holds(self, facts: Mapping) -> bool:
        return any(part.holds(facts) for part in self.parts)

    def mask(self, table: Columns) -> np.ndarray:
        result = np.zeros(table.size, dtype=bool)
        for part in self.parts:
            result |= part.mask(table)
        return result

    def describe(self) -> str:
        return "any of (" + "; ".join(part.describe() for part in self.parts) + ")"

    def explain(self, facts: Mapping) -> str:
        return "none of these held: " + "; ".join(part.explain(facts) for part in self.parts)


@dataclass(frozen=True, slots=True)
class NoneOf(Condition):
    """``not``: the inner condition does not hold."""

    inner: Condition

    def holds(self, facts: Mapping) -> bool:
        return not self.inner.holds(facts)

    def mask(self, table: Columns) -> np.ndarray:
        return ~self.inner.mask(table)

    def describe(self) -> str:
        return f"not ({self.inner.describe()})"

    def explain(self, facts: Mapping) -> str:
        return f"{self.describe()} did not hold ({self.inner.describe()} held)"


@dataclass(frozen=True, slots=True)
class Named(Condition):
    """A reference to a named condition of the file's ``[conditions]`` table."""

    name: str
    inner: Condition

    def holds(self, facts: Mapping) -> bool:
        return self.inner.holds(facts)

    def mask(self, table: Columns) -> np.ndarray:
        return table.holds(self.inner)  # worked out once, however many rules name it

    def describe(self) -> str:
        return f'condition "{self.name}"'

    def explain(self, facts: Mapping) -> str:
        return f'condition "{self.name}" did not hold: {self.inner.explain(facts)}'


ALWAYS = AllOf(())
"""The condition of a rule without ``when``: it always holds."""


def shown_value(value) -> str:
    """A fact value as a rule author would write it: 2, true, "Lyon", ["close"], missing."""
    if value is None:
        return "missing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, (list, tuple, frozenset)):
        return "[" + ", ".join(shown_value(item) for item in value) + "]" if value else "empty"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _fold(value):
    """Text without case, lists as sets of folded text; other values as they are."""
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, (list, tuple, frozenset, set)):
        return frozenset(item.casefold() for item in value if isinstance(item, str))
    return value


def _compare(operator: str, value, operand) -> bool:
    """One comparison on plain (folded) values; a missing value only satisfies ne, not_in and
    missing."""
    if operator == "missing":
        empty = value is None or (isinstance(value, frozenset) and not value)
        return empty == operand
    if value is None:
        return operator in ("ne", "not_in")
    if operator == "eq":
        return value == operand
    if operator == "ne":
        return value != operand
    if operator == "lt":
        return value < operand
    if operator == "lte":
        return value <= operand
    if operator == "gt":
        return value > operand
    if operator == "gte":
        return value >= operand
    if operator == "in":
        return value in operand
    if operator == "not_in":
        return value not in operand
    if isinstance(value, frozenset):
        if operator == "contains":
            return operand in value
        return not value.isdisjoint(operand)
    if operator == "contains":
        return operand in value
    return any(item in value for item in operand)
