"""The Advisor: facts, advice and allowed actions for the people of one fact table."""

from __future__ import annotations

from coach.strategy.actions import ActionStatus, tagged_do_not_contact
from coach.strategy.decided_columns import DecidedColumns
from coach.strategy.decisions import ContactFacts
from coach.strategy.engine import RuleBook
from coach.strategy.fact_table import FactTable
from coach.strategy.open_loops import OpenLoop, open_loops
from coach.strategy.ranking import Move, TopAdvice, best_moves, top_advice_all
from coach.strategy.rule import Advice

__all__ = ["Advisor", "tagged_do_not_contact", "weekly_invitations", "weekly_limit"]


class Advisor:
    """Answers from one fact table (one state of the network) with one rule book.

    The rule book may be reloaded at any time: every answer reads its current version.
    A change of the network makes a new fact table, and so a new Advisor. Every decision
    (do-not-contact included) is the book's: the Advisor only finds the facts.
    """

    def __init__(self, rulebook: RuleBook, table: FactTable) -> None:
        self.rulebook = rulebook
        self.table = table
        self._columns: DecidedColumns | None = None

    def columns(self) -> DecidedColumns:
        """The table seen through the current book: what every whole-network answer reads,
        worked out once per book (conditions, allowed actions, top rules)."""
        book = self.rulebook.book
        columns = self._columns
        if columns is None or columns.book is not book:
            columns = self._columns = DecidedColumns(book, self.table)
        return columns

    def facts(self, person_id: int) -> dict:
        """Every fact about one person (KeyError when the id is unknown), those worked out
        from the current book's limits included."""
        table = self.table
        index = table.index(person_id)
        if index is None:
            raise KeyError(f"no person with id {person_id}")
        book = self.rulebook.book
        return dict(ContactFacts(table.row(index), book.limits, book.cadence))

    def advice(self, person_id: int) -> list[Advice]:
        """Ranked advice for one person (priority, then file order), never proposing a
        blocked action."""
        return self.rulebook.advise(self.facts(person_id))

    def actions(self, person_id: int) -> list[ActionStatus]:
        """Each action of the policy for one person: allowed, blocked, or blocked by a limit."""
        return self.rulebook.actions(self.facts(person_id))

    def judge(self, person_id: int) -> tuple[list[Advice], list[ActionStatus]]:
        """One person's advice and actions, the actions decided once for both (a profile)."""
        return self.rulebook.book.judge(self.facts(person_id))

    def top_advice_all(self) -> TopAdvice:
        """Person id → top advice (None when no rule gives any), for everyone but me."""
        columns = self.columns()
        return top_advice_all(columns.book, self.table, columns)

    def best_moves(self, limit: int = 20) -> list[Move]:
        """The best next moves across the network: whom to invite, reconnect with, engage."""
        columns = self.columns()
        return best_moves(columns.book, self.table, limit, columns)

    def open_loops(self) -> list[OpenLoop]:
        """What is waiting on me across the network (see ``coach.strategy.open_loops``)."""
        columns = self.columns()
        return open_loops(columns.book, self.table, columns)

    def weekly_invitations(self, book=None) -> tuple[int, int | None]:
        """(invitations sent in the last 7 days, the weekly limit or None when unlimited),
        counted as the ``invitations_per_week`` limit of the rules counts them."""
        return weekly_invitations(book or self.rulebook.book, self.table)


def weekly_invitations(book, table: FactTable) -> tuple[int, int | None]:
    """Invitations used this week and the weekly limit of a rule book, from a fact table."""
    used = int(table.value("invitations_this_week", 0) or 0) if table.size else 0
    premium = bool(table.value("premium", 0)) if table.size else False
    return used, weekly_limit(book, premium)


def weekly_limit(book, premium: bool) -> int | None:
    """The ``invitations_per_week`` figure for my account (None: no weekly limit)."""
    limit = book.limits.get("invitations_per_week")
    return None if limit is None else limit.effective({"premium": premium})
