"""LinkedIn's limits shared out over the steps due today, best scenario first.

Each counter starts from what my history already used (invitations sent in the last 7 days,
notes and InMails this calendar month, as the strategy facts count them) and each step that
fits takes one; the per-person policy (re-invite wait, degree, 30,000 connections) comes from
``actions.toml``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from coach.scenarios.model import Step
from coach.strategy.book import Book

WEEKLY = "invitations_per_week"
NOTES = "invitation_notes_per_month"
INMAILS = "inmail_credits_per_month"
NOTE_LENGTH = "note_length"


@dataclass
class Quota:
    """One limit for today's plan: its figure (None: unlimited), used before, taken today."""

    value: int | None
    used: int
    taken: int = 0

    def take(self) -> bool:
        """Take one if any is left."""
        if self.value is not None and self.used + self.taken >= self.value:
            return False
        self.taken += 1
        return True


@dataclass(frozen=True, slots=True)
class Fit:
    """What a due step can do today: do it (how, with which text) or wait (and why)."""

    fits: bool
    why: str = ""
    text: str = ""
    how: str = ""


class Quotas:
    """The counters of one day's plan, and the check that decides each step."""

    def __init__(self, book: Book, account: Mapping) -> None:
        self.book = book
        self.account = account

        def quota(limit_id: str, fact: str) -> Quota:
            limit = book.limits.get(limit_id)
            value = limit.effective(account) if limit is not None else None
            return Quota(value, int(account.get(fact) or 0))

        self.invitations = quota(WEEKLY, "invitations_this_week")
        self.notes = quota(NOTES, "invitation_notes_this_month")
        self.inmails = quota(INMAILS, "inmails_this_month")

    def fit(self, step: Step, facts: Mapping, lookup) -> Fit:
        """Whether one due step fits today, consuming what it uses."""
        statuses = {status.action: status for status in self.book.action_statuses(facts)}
        text = step.template.render(lookup) if step.template is not None else ""
        if step.kind == "invite":
            return self._invite(statuses, text, facts)
        if step.kind == "message":
            return self._message(statuses, text)
        if step.kind == "follow":
            status = statuses.get("follow")
            if status is not None and not status.allowed:
                return Fit(False, status.reason)
        return Fit(True, text=text)

    def _invite(self, statuses: Mapping, note: str, facts: Mapping) -> Fit:
        status = statuses.get("invite")
        if status is not None and not status.allowed and status.limit != WEEKLY:
            return Fit(False, status.reason)
        if not self.invitations.take():
            quota = self.invitations
            planned = f" and {quota.taken} planned today" if quota.taken else ""
            return Fit(False, f"the weekly invitation limit is reached: about {quota.value} a "
                              f"week, {quota.used} sent in the last 7 days{planned}")
        if not note:
            return Fit(True)
        if not self.notes.take():
            return Fit(True, f"invite without a note: the {self.notes.value} personal notes "
                             f"of this month are used")
        longest = self.book.limits.get(NOTE_LENGTH)
        size = longest.effective(facts) if longest is not None else None
        if size is not None and len(note) > size:
            return Fit(True, f"shorten the note: {len(note)} characters, LinkedIn allows "
                             f"{size}", note)
        return Fit(True, text=note)

    def _message(self, statuses: Mapping, text: str) -> Fit:
        free = statuses.get("message")
        if free is None or free.allowed:
            return Fit(True, text=text)
        request = statuses.get("message_request")
        if request is not None and request.allowed:
            return Fit(True, text=text, how="message request")
        inmail = statuses.get("inmail")
        if inmail is not None and (inmail.allowed or inmail.limit == INMAILS):
            if self.inmails.take():
                return Fit(True, text=text, how="InMail (uses a credit)")
            return Fit(False, f"no InMail credit left this month ({self.inmails.used} used "
                              f"of {self.inmails.value})")
        return Fit(False, free.reason)
