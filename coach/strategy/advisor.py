"""The Advisor: facts, advice and allowed actions for the people of one workspace."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import TYPE_CHECKING

from coach.strategy.actions import CONTACT_ACTIONS, DO_NOT_CONTACT_REASON, ActionStatus
from coach.strategy.engine import RuleBook
from coach.strategy.fact_table import FactTable
from coach.strategy.ranking import DO_NOT_CONTACT, Move, best_moves, top_advice_all
from coach.strategy.rule import Advice

if TYPE_CHECKING:
    from coach.workspace import Workspace


class Advisor:
    """Answers for one workspace with one rule book; facts are rebuilt when the network changes.

    The rule book may be reloaded at any time: every answer reads its current version.
    """

    def __init__(self, workspace: "Workspace", rulebook: RuleBook) -> None:
        self.workspace = workspace
        self.rulebook = rulebook
        self._table: FactTable | None = None
        self._lock = threading.Lock()

    @property
    def table(self) -> FactTable:
        """Facts for everyone, built once per roster (``workspace.refresh()`` makes a new one)."""
        roster = self.workspace.roster
        with self._lock:
            if self._table is None or self._table.roster is not roster:
                config = getattr(self.workspace, "config", None)
                premium = bool(getattr(config, "premium", False))
                self._table = FactTable(roster, self.workspace.store, premium=premium)
            return self._table

    def facts(self, person_id: int) -> dict:
        """Every fact about one person (KeyError when the id is unknown)."""
        table = self.table
        index = table.index(person_id)
        if index is None:
            raise KeyError(f"no person with id {person_id}")
        return table.row(index)

    def advice(self, person_id: int) -> list[Advice]:
        """Ranked advice for one person: priority, then file order."""
        facts = self.facts(person_id)
        advice = self.rulebook.advise(facts)
        if tagged_do_not_contact(facts):  # whatever the rule files say: no advice to reach out
            advice = [item for item in advice if not CONTACT_ACTIONS.intersection(item.actions)]
        return advice

    def actions(self, person_id: int) -> list[ActionStatus]:
        """Each action of the policy for one person: allowed, blocked, or blocked by a limit."""
        facts = self.facts(person_id)
        statuses = self.rulebook.actions(facts)
        if tagged_do_not_contact(facts):
            statuses = [replace(status, allowed=False, reason=DO_NOT_CONTACT_REASON, limit=None,
                                left=None)
                        if status.allowed and status.action in CONTACT_ACTIONS else status
                        for status in statuses]
        return statuses

    def top_advice_all(self) -> dict[int, Advice | None]:
        """Person id → top advice (None when no rule holds), for everyone but me."""
        table = self.table
        top = top_advice_all(self.rulebook.book, table)
        for index, tags in table.tag_sets("tags").items():
            person = int(table.ids[index])
            advice = top.get(person)
            if DO_NOT_CONTACT in tags and advice is not None and \
                    CONTACT_ACTIONS.intersection(advice.actions):
                kept = self.advice(person)
                top[person] = kept[0] if kept else None
        return top

    def best_moves(self, limit: int = 20) -> list[Move]:
        """The best next moves across the network: whom to invite, reconnect with, engage."""
        return best_moves(self.rulebook.book, self.table, limit)

    def weekly_invitations(self, book=None) -> tuple[int, int | None]:
        """(invitations sent in the last 7 days, the weekly limit or None when unlimited),
        counted as the ``invitations_per_week`` limit of the rules counts them."""
        return weekly_invitations(book or self.rulebook.book, self.table)


def weekly_invitations(book, table: FactTable) -> tuple[int, int | None]:
    """Invitations used this week and the weekly limit of a rule book, from a fact table."""
    used = int(table.value("invitations_this_week", 0) or 0) if table.size else 0
    limit = book.limits.get("invitations_per_week")
    if limit is None:
        return used, None
    premium = bool(table.value("premium", 0)) if table.size else False
    return used, limit.effective({"premium": premium})


def tagged_do_not_contact(facts) -> bool:
    """The person carries the do-not-contact tag."""
    return DO_NOT_CONTACT in (str(tag).casefold() for tag in facts.get("tags") or ())
