"""What readers of one rule file share: its name, its text, the problems found so far."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from coach.strategy.condition_reader import ConditionError, ConditionReader
from coach.strategy.facts import FACTS, describe_type
from coach.strategy.limits import LIMIT_KINDS
from coach.strategy.problems import RuleProblem, unknown
from coach.strategy.source import SourceText
from coach.strategy.templates import Template, TemplateError, compile_template

IDENTIFIER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")
"""Ids of rules, lists and conditions: letters, digits, "-" and "_" (80 at most)."""

TEMPLATE_NAMES = frozenset(FACTS) | frozenset(LIMIT_KINDS)
"""What an advice or a reason may print: facts, and limits' figures (``$note_length``)."""


@dataclass
class Entry:
    """Where an entry (a rule, an action, a test…) sits in the file, and what it is called."""

    kind: str
    id: str | None
    span: tuple[int, int]


@dataclass
class FileContext:
    """One file being read: problems are collected, never raised, so all are reported."""

    file: str
    source: SourceText
    problems: list[RuleProblem] = field(default_factory=list)
    conditions: ConditionReader = field(default_factory=ConditionReader)

    def add(self, entry: Entry | None, message: str, line: int | None = None) -> None:
        """Record a problem at ``line`` (default: the entry's first line)."""
        if entry is None:
            self.problems.append(RuleProblem(self.file, line or 1, None, None, message))
            return
        self.problems.append(RuleProblem(self.file, line or entry.span[0], None, entry.id,
                                         message, entry.kind))

    def key_line(self, entry: Entry, key: str) -> int:
        """The line that sets ``key`` in an entry (its first line when not found)."""
        return self.source.key_line(key, entry.span) or entry.span[0]

    def unknown_fields(self, entry: Entry, table: dict, allowed: tuple[str, ...],
                       what: str = "field") -> set[str]:
        """One problem per key that is not an allowed field, with the nearest valid one.

        Returns the fields suggested, so that "is required" is not said twice about them.
        """
        suggested = set()
        for key in table:
            if key not in allowed:
                self.add(entry, unknown(what, key, allowed), self.key_line(entry, key))
                suggested.update(difflib.get_close_matches(key, allowed, n=1, cutoff=0.6))
        return suggested

    def text(self, entry: Entry, table: dict, key: str, required: bool = True) -> str | None:
        """A non-empty text field, or None after reporting why not."""
        value = table.get(key)
        if value is None:
            if required:
                self.add(entry, f'"{key}" is required')
            return None
        if not isinstance(value, str) or not value.strip():
            self.add(entry, f'"{key}" must be some text, not {describe_type(value)}',
                     self.key_line(entry, key))
            return None
        return value.strip()

    def template(self, entry: Entry, table: dict, key: str,
                 names=TEMPLATE_NAMES) -> Template | None:
        """A text field compiled as a template, or None after reporting why not."""
        value = self.text(entry, table, key)
        if value is None:
            return None
        try:
            return compile_template(value, names, key)
        except TemplateError as error:
            line = self.source.text_line(error.needle, entry.span) or self.key_line(entry, key)
            self.add(entry, str(error), line)
            return None

    def names(self, entry: Entry, table: dict, key: str, vocabulary, what: str,
              prefix: str = "") -> tuple[str, ...] | None:
        """A list of names from a vocabulary (a single name is accepted as a list of one)."""
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.add(entry, f'"{key}" must be a list of {what} names, not {describe_type(value)}',
                     self.key_line(entry, key))
            return None
        ok = True
        for item in value:
            if item not in vocabulary:
                line = self.source.text_line(item, entry.span) or self.key_line(entry, key)
                self.add(entry, unknown(what, item, vocabulary, prefix), line)
                ok = False
        return tuple(value) if ok else None

    def condition_errors(self, entry: Entry, errors: list[ConditionError],
                         within: tuple[int, int] | None = None) -> None:
        """Report a condition's mistakes, each at the line of its word."""
        for error in errors:
            line = self.source.text_line(error.needle, within or entry.span, error.near)
            self.add(entry, error.message, line)
