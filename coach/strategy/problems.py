"""Problems found in rule files, reported as data: ``file:line: rule "id": message``."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RuleProblem:
    """One problem in one rule file, with where it is and, when known, which entry it is in.

    ``kind`` says what ``rule_id`` names: a rule (the default), an action, a limit or a test.
    """

    file: str
    line: int
    column: int | None
    rule_id: str | None
    message: str
    kind: str = "rule"

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        subject = f' {self.kind} "{self.rule_id}":' if self.rule_id is not None else ""
        return f"{where}:{subject} {self.message}"

    def to_json(self) -> dict:
        """The problem as plain values (for ``--json`` and the app's banner)."""
        return {"file": self.file, "line": self.line, "column": self.column,
                "kind": self.kind, "id": self.rule_id, "message": self.message,
                "text": str(self)}


def did_you_mean(word: str, choices: Iterable[str], prefix: str = "") -> str:
    """``; did you mean "x"?`` for the nearest choice, or an empty string when none is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f'; did you mean "{prefix}{close[0]}"?' if close else ""


def unknown(what: str, word: str, choices: Iterable[str], prefix: str = "",
            where: str = "") -> str:
    """``unknown fact "degre"; did you mean "degree"?`` (or the list of choices when none is
    close); ``where`` says where the word was: ``unknown field "x" in [[rule.otherwise]]…``."""
    choices = sorted(choices)
    hint = did_you_mean(word, choices, prefix)
    if not hint and choices and len(choices) <= 24:
        hint = "; expected one of: " + ", ".join(f"{prefix}{choice}" for choice in choices)
    return f'unknown {what} "{prefix}{word}"{where}{hint}'
