"""The workspace's rules, worded in the language of the question.

The shipped rules exist in English and in French with the same ids, conditions and
figures. When the workspace uses the shipped rules of the other language, a question in
French (or English) is answered from the shipped rules of its own language, with the
workspace's own rule files still layered on top: same facts, same rule ids, its words.
Any other set-up (``--rules DIR``, ``rules = …``) answers from the workspace's rules as
they are.
"""

from __future__ import annotations

from pathlib import Path

from coach.resources import rules_dir
from coach.strategy import ActionStatus, Advice, Move, RuleBook
from coach.strategy.book import Book
from coach.strategy.ranking import best_moves


def _shipped(language: str) -> Path:
    return rules_dir() / "fr" if language == "fr" else rules_dir()


def swapped_folders(folders: list[Path], language: str) -> list[Path] | None:
    """The folders with the shipped rules of ``language`` first, or None when nothing changes."""
    if not folders:
        return None
    try:
        first = folders[0].resolve()
    except OSError:
        return None
    wanted = _shipped(language).resolve()
    other = _shipped("en" if language == "fr" else "fr").resolve()
    if first == wanted or first != other or not wanted.is_dir():
        return None
    return [wanted, *folders[1:]]


class CoachRules:
    """Advice, actions and best moves for a workspace, in the question's language."""

    def __init__(self, service) -> None:
        self.service = service
        self._books: dict[str, tuple[Book, RuleBook]] = {}

    def book(self, language: str) -> Book:
        """The rule book to answer in ``language`` (reread when the workspace's rules change)."""
        primary = self.service.rulebook.book
        folders = swapped_folders(self.service.rule_folders(), language)
        if folders is None:
            return primary
        cached = self._books.get(language)
        if cached is None or cached[0] is not primary:
            cached = (primary, RuleBook(folders))
            self._books[language] = cached
        return cached[1].book

    def advice(self, person_id: int, language: str) -> list[Advice]:
        """One person's ranked advice."""
        return self.book(language).advise(self.service.facts(person_id))

    def actions(self, person_id: int, language: str) -> list[ActionStatus]:
        """Every action of the policy for one person, allowed or blocked, with why."""
        return self.book(language).action_statuses(self.service.facts(person_id))

    def moves(self, kind: str | None, count: int, language: str) -> list[Move]:
        """The best next moves of one kind (invite, reconnect, engage…), or of every kind."""
        book = self.book(language)
        table = self.service.advisor.table
        if kind is None:
            return best_moves(book, table, count)
        moves = best_moves(book, table, count * 4 + 4)  # taken in turn from four kinds
        return [move for move in moves if move.move == kind][:count]

    def invitations_left(self, language: str) -> tuple[int, int, int] | None:
        """(left, weekly limit, sent in the last 7 days), or None without the limit."""
        advisor = self.service.advisor
        if not advisor.table.size:
            return None
        used, value = advisor.weekly_invitations(self.book(language))
        if value is None:
            return None
        return max(0, value - used), value, used
