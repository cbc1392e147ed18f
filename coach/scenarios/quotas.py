"""LinkedIn's limits shared out over the steps due today, best scenario first.

Each counter starts from what my history already used (invitations sent in the last 7 days,
notes and InMails this calendar month, as the strategy facts count them) and each step that
fits takes one; the per-person policy (re-invite wait, degree, 30,000 connections) comes from
``actions.toml``. The daily pace (:mod:`coach.scenarios.pacing`) then spreads invitations and
messages over the working days: what does not fit today is planned for a later day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from coach.scenarios.model import Step
from coach.scenarios.pacing import Pace, pace_reason, paces
from coach.strategy.book import Book

WEEKLY = "invitations_per_week"
NOTES = "invitation_notes_per_month"
INMAILS = "inmail_credits_per_month"
NOTE_LENGTH = "note_length"


@dataclass
class Quota:
    """One limit for today's plan: its figure (None: unlimited), used before, taken today,
    and kept for the steps the daily pace plans on the next days."""

    value: int | None
    used: int
    taken: int = 0
    ahead: int = 0

    def room(self) -> bool:
        """Whether one more is left (today or ahead)."""
        return self.value is None or self.used + self.taken + self.ahead < self.value

    def take(self) -> bool:
        """Take one if any is left."""
        if not self.room():
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
    planned_on: date | None = None
    """For a step the daily pace keeps from today: the working day it is planned for."""


class Quotas:
    """The counters of one day's plan, and the check that decides each step."""

    def __init__(self, book: Book, account: Mapping, day: date | None = None) -> None:
        self.book = book
        self.account = account
        self.paces: dict[str, Pace] = paces(book, account, day) if day is not None else {}

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
        if not self.invitations.room():
            quota = self.invitations
            planned = f" and {quota.taken} planned today" if quota.taken else ""
            if quota.ahead:
                planned += f" and {quota.ahead} planned on the next days"
            return Fit(False, f"the weekly invitation limit is reached: about {quota.value} a "
                              f"week, {quota.used} sent in the last 7 days{planned}")
        later = self._later("invite")
        if later is not None:
            self.invitations.ahead += later.planned_on is not None
            return later
        self.invitations.take()
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

    def _later(self, step_kind: str) -> Fit | None:
        """A step kept from today by the daily pace (planned for a later day), or None
        when it fits today's pace (taken)."""
        pace = self.paces.get(step_kind)
        if pace is None:
            return None
        if pace.fits_today():
            pace.take()
            return None
        planned = pace.plan_later()
        return Fit(False, pace_reason(pace, planned), planned_on=planned)

    def _message(self, statuses: Mapping, text: str) -> Fit:
        free = statuses.get("message")
        request = statuses.get("message_request")
        inmail = statuses.get("inmail")
        credit = False
        if free is None or free.allowed:
            how = ""
        elif request is not None and request.allowed:
            how = "message request"
        elif inmail is not None and (inmail.allowed or inmail.limit == INMAILS):
            if not self.inmails.room():
                return Fit(False, f"no InMail credit left this month ({self.inmails.used} used "
                                  f"of {self.inmails.value})")
            how, credit = "InMail (uses a credit)", True
        else:
            return Fit(False, free.reason)
        later = self._later("message")
        if later is not None:
            return later
        if credit:
            self.inmails.take()
        return Fit(True, text=text, how=how)
