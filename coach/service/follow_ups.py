"""What is waiting on me, and my notes and reminders: decided once for every front end.

``service.follow_ups.open_loops()`` is the one list of open loops (``coach advise``, the
app's overview and agenda, the coach pane); ``note`` stores a note or a reminder and
``done`` closes a reminder, both through the service so the app sees them at its next
rebuild.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from coach.dates import now_iso, parse_date
from coach.logbook import BadLogInput
from coach.store.activity import Reminder

if TYPE_CHECKING:
    from coach.service.network_service import NetworkService
    from coach.strategy.open_loops import OpenLoop

MAX_NOTE = 4000
"""The longest note kept (a note is a few lines; a pasted page is refused, not cut)."""


class FollowUps:
    """Open loops, notes and reminders of one service (``service.follow_ups``)."""

    def __init__(self, service: "NetworkService") -> None:
        self.service = service
        self._by_person: tuple[object, object, dict[int, list[OpenLoop]]] = (None, None, {})

    def open_loops_of(self, person_id: int) -> list[OpenLoop]:
        """What waits on me with one person (the same loops as ``open_loops``), with names
        and details. The whole list is worked out once per state of the network and rule
        book (call it in a worker first: the app's detail pane asks on every cursor move)."""
        service = self.service
        advisor = service.advisor
        book = service.rulebook.book
        table, read_with, by_person = self._by_person
        if table is not advisor.table or read_with is not book:
            by_person = {}
            for loop in advisor.open_loops():
                by_person.setdefault(loop.person_id, []).append(loop)
            self._by_person = (advisor.table, book, by_person)
        return [self._filled(loop) for loop in by_person.get(person_id, ())]

    def open_loops(self, limit: int | None = None, day: date | None = None) -> list[OpenLoop]:
        """Everything waiting on me (on ``day``, default today), the most pressing kind
        first, with names and details."""
        service = self.service
        if day is None or day == service.state.day:
            loops = service.advisor.open_loops()
        else:
            from coach.strategy.open_loops import open_loops

            loops = open_loops(service.rulebook.book, service.state.facts_on(day))
        if limit is not None:
            loops = loops[:max(0, limit)]
        return [self._filled(loop) for loop in loops]

    def note(self, person_id: int, text: str, due: str | date | None = None) -> Reminder | None:
        """Store a note on someone; with ``due`` (a date) it is a reminder until done.
        BadLogInput for an empty or too long text or a date that cannot be read."""
        text = text.strip()
        if not text:
            raise BadLogInput("a note needs some text")
        if len(text) > MAX_NOTE:
            raise BadLogInput(f"a note may hold at most {MAX_NOTE} characters, not {len(text)}")
        due_on = None if due is None or due == "" else self.due_date(due).isoformat()
        store = self.service.store
        with self.service.history.acting(person_id, "note") as act:
            store.notes.add(person_id, text, now_iso(), due_on=due_on)
            act.said(text)
        self.service.changed()
        if due_on is None:
            return None
        return next((r for r in store.notes.reminders_of(person_id)
                     if r.text == text and r.due_on == due_on and r.done_on is None), None)

    def due_date(self, due: str | date) -> date:
        """A due date from ``YYYY-MM-DD``, ``+N`` (days from today), ``today`` or
        ``tomorrow``; BadLogInput otherwise."""
        if isinstance(due, date):
            return due
        text = due.strip().casefold()
        today = self.service.clock()
        relative = {"today": 0, "tomorrow": 1, "aujourd’hui": 0, "aujourd'hui": 0, "demain": 1}
        if text in relative:
            return today + timedelta(days=relative[text])
        if text.startswith("+") and text[1:].rstrip("dj").isdigit():
            return today + timedelta(days=int(text[1:].rstrip("dj")))
        try:
            return parse_date(text)
        except ValueError:
            raise BadLogInput(f"cannot read the due date {due!r}: write YYYY-MM-DD, +N (days "
                              "from today), today or tomorrow") from None

    def notes(self, person_id: int) -> list[tuple[str, str]]:
        """(when, text) of one person's notes, newest first."""
        return self.service.store.notes.of(person_id)

    def reminders(self, person_id: int | None = None) -> list[Reminder]:
        """Open reminders (of one person, or everyone's), the earliest due first."""
        notes = self.service.store.notes
        if person_id is None:
            return notes.open_reminders()
        return [r for r in notes.reminders_of(person_id) if r.done_on is None]

    def done(self, reminder_id: int) -> bool:
        """Close a reminder; False when no open reminder has that id."""
        closed = self.service.store.notes.mark_done(
            reminder_id, self.service.clock().isoformat())
        if closed:
            self.service.changed()
        return closed

    # --- internals -----------------------------------------------------------------------

    def _filled(self, loop: OpenLoop) -> OpenLoop:
        service = self.service
        name = service.contact(loop.person_id).name
        detail = ""
        if loop.kind == "reminder":
            due = self.reminders(loop.person_id)
            detail = due[0].text if due else ""
        elif loop.kind == "reply":
            detail = next((i.note for i in service.store.interactions.of(loop.person_id)
                           if i.direction == "in" and i.kind in ("messaged", "replied")), "")
        return replace(loop, name=name, detail=detail)
