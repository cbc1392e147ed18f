"""A strategy rule, the advice it gives, and the test cases kept beside rules."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from coach.strategy.conditions import Condition
from coach.strategy.templates import Template

MOVES = {
    "invite": "whom to invite",
    "introduction": "introductions to ask for",
    "reconnect": "whom to reconnect with",
    "engage": "followers to engage",
}
"""Kinds of next move a rule can stand for, in the order ``coach advise`` lists them."""


@dataclass(frozen=True, slots=True)
class Advice:
    """One piece of advice for one contact: the rule that gave it, rendered for them."""

    rule_id: str
    title: str
    text: str
    priority: int
    file: str
    line: int
    why: str
    actions: tuple[str, ...]
    move: str | None = None

    def to_json(self) -> dict:
        """The advice as plain values."""
        return {"rule": self.rule_id, "title": self.title, "text": self.text,
                "priority": self.priority, "file": self.file, "line": self.line,
                "why": self.why, "actions": list(self.actions), "move": self.move}


@dataclass(frozen=True, slots=True)
class Rule:
    """When ``when`` holds for a contact, advise ``advice`` (a template) with ``actions``."""

    id: str
    title: str
    priority: int
    when: Condition
    advice: Template
    actions: tuple[str, ...]
    why: str
    file: str
    line: int
    move: str | None = None
    rank_by: str | None = None
    enabled: bool = True

    def give(self, lookup: Callable[[str], object]) -> Advice:
        """The advice for one contact, the template filled from ``lookup``."""
        return Advice(self.id, self.title, self.advice.render(lookup), self.priority, self.file,
                      self.line, self.why, self.actions, self.move)


@dataclass(frozen=True, slots=True)
class RuleTest:
    """A ``[[test]]`` case: a contact's facts and what the rules must say about them."""

    name: str
    facts: Mapping[str, object]
    file: str
    line: int
    expect: tuple[str, ...] = ()
    expect_not: tuple[str, ...] = ()
    expect_top: str | None = None
    expect_text: str | None = None
    expect_allowed: tuple[str, ...] = ()
    expect_blocked: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        """``file:line`` of the case."""
        return f"{self.file}:{self.line}"
