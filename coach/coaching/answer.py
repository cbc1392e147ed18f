"""What the coach says back: the lines of text, and what they are built from, as plain data.

Names from the data appear in ``lines`` as plain text: front ends print them as they are
(the app never parses them as markup).
"""

from __future__ import annotations

from dataclasses import dataclass, field

OK, NOT_UNDERSTOOD, AMBIGUOUS, NOT_FOUND, REFUSED = (
    "ok", "not_understood", "ambiguous", "not_found", "refused")
CONFIRM, STORED, CANCELLED = "confirm", "stored", "cancelled"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One of the people an ambiguous name may mean."""

    person_id: int
    name: str
    degree: str
    detail: str

    def to_json(self) -> dict:
        return {"id": self.person_id, "name": self.name, "degree": self.degree,
                "detail": self.detail}


@dataclass(frozen=True, slots=True)
class PendingLog:
    """An action told in words, waiting for "yes" before it is stored."""

    person_id: int
    name: str
    kind: str
    direction: str
    at: str | None = None

    def to_json(self) -> dict:
        return {"person_id": self.person_id, "name": self.name, "kind": self.kind,
                "direction": self.direction, "at": self.at}


@dataclass
class Answer:
    """One reply: its intent, language, outcome, text lines, and the people and rules cited."""

    intent: str
    language: str
    lines: list[str] = field(default_factory=list)
    outcome: str = OK
    people: list[int] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    data: dict = field(default_factory=dict)
    pending: PendingLog | None = None
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The whole reply as text, one line per line."""
        return "\n".join(self.lines)

    def say(self, *lines: str) -> "Answer":
        """Add lines to the reply."""
        self.lines.extend(lines)
        return self

    def cite(self, person_id: int | None = None, rule_id: str | None = None) -> None:
        """Remember a person or a rule the reply is built on (once each, in order)."""
        if person_id is not None and person_id not in self.people:
            self.people.append(person_id)
        if rule_id is not None and rule_id not in self.rules:
            self.rules.append(rule_id)

    def to_json(self) -> dict:
        """The reply as plain values (``coach ask --json``)."""
        return {"intent": self.intent, "language": self.language, "outcome": self.outcome,
                "lines": list(self.lines), "people": list(self.people),
                "rules": list(self.rules), "data": self.data,
                "pending": self.pending.to_json() if self.pending else None,
                "candidates": [candidate.to_json() for candidate in self.candidates]}
