"""A strategy rule, the advice it gives, and the test cases kept beside rules."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

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
    variant: int = 0
    """0: the rule's own advice; 1, 2…: its first, second… ``[[rule.otherwise]]``."""

    def to_json(self) -> dict:
        """The advice as plain values."""
        return {"rule": self.rule_id, "title": self.title, "text": self.text,
                "priority": self.priority, "file": self.file, "line": self.line,
                "why": self.why, "actions": list(self.actions), "move": self.move,
                "variant": self.variant}


@dataclass(frozen=True, slots=True)
class Alternative:
    """A ``[[rule.otherwise]]``: what the rule says instead when one of its actions is blocked.

    ``title`` and ``why`` are None when the alternative keeps the rule's own.
    """

    advice: Template
    actions: tuple[str, ...]
    line: int
    title: str | None = None
    why: str | None = None
    message: Template | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """When ``when`` holds for a contact, advise ``advice`` (a template) with ``actions``.

    The advice is given only when the policy allows every one of ``actions`` for the
    contact; otherwise the first of ``alternatives`` whose actions are all allowed is given
    instead, and when none fits the rule gives nothing.
    """

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
    alternatives: tuple[Alternative, ...] = ()
    message: Template | None = None
    """The text to send that the advice calls for (an invitation note, a message, an
    introduction request for the introducer), a template; None when it calls for none."""

    @property
    def variants(self) -> tuple[tuple[str, ...], ...]:
        """The actions of each variant, in the order they are tried: the rule's, then each
        alternative's."""
        return (self.actions, *(alternative.actions for alternative in self.alternatives))

    def template(self, variant: int = 0) -> Template:
        """The advice template of one variant."""
        return self.advice if variant == 0 else self.alternatives[variant - 1].advice

    def message_template(self, variant: int = 0) -> Template | None:
        """The message template of one variant (an alternative has its own, or none)."""
        return self.message if variant == 0 else self.alternatives[variant - 1].message

    def give(self, lookup: Callable[[str], object], variant: int = 0) -> Advice:
        """The advice of one variant for one contact, its template filled from ``lookup``."""
        return self.shell(variant, self.template(variant).render(lookup))

    def shell(self, variant: int, text: str) -> Advice:
        """The advice of one variant with an already filled text."""
        if variant == 0:
            return Advice(self.id, self.title, text, self.priority, self.file, self.line,
                          self.why, self.actions, self.move)
        other = self.alternatives[variant - 1]
        return Advice(self.id, other.title or self.title, text, self.priority, self.file,
                      other.line, other.why or self.why, other.actions, self.move, variant)


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
    expect_variant: Mapping[str, int] = field(default_factory=dict)

    @property
    def where(self) -> str:
        """``file:line`` of the case."""
        return f"{self.file}:{self.line}"
