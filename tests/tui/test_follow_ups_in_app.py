"""Pilot tests: a note typed with a due date becomes a reminder shown in the detail pane; the
overview and the agenda show what is waiting on you, as ``coach advise --waiting`` does."""

from __future__ import annotations

from coach.tui.screens.agenda import AgendaScreen
from coach.tui.screens.note_dialog import NoteDialog
from coach.tui.screens.overview import OverviewScreen
from tests.tui.conftest import settle
from tests.tui.test_acting import detail, highlight


async def test_a_note_with_a_due_date_is_a_reminder_in_the_detail_pane(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        person = await highlight(demo_app, pilot, "Léa Dubois")
        before = detail(demo_app)
        assert "Notes" in before and "demander une intro à Bob" in before  # the demo's note
        await pilot.press("n")
        await settle(demo_app, pilot)
        assert isinstance(demo_app.screen, NoteDialog)
        await pilot.press(*"Relancer Léa", "tab", *"+3", "enter")
        await settle(demo_app, pilot)
        await pilot.pause(0.1)
        await settle(demo_app, pilot)
        reminders = demo_app.service.follow_ups.reminders(person)
        assert [(r.text, r.due_on) for r in reminders] == [("Relancer Léa", "2026-11-25")]
        shown = detail(demo_app)
        assert "⏰ due 2026-11-25: Relancer Léa" in shown
        # issue 17: what you can do first, then history and notes (a reminder that is due
        # heads the pane as an open loop)
        assert shown.index("What you can do") < shown.index("Notes")


async def test_a_due_date_that_cannot_be_read_stores_nothing_and_says_why(demo_app,
                                                                         monkeypatch):
    said = []
    monkeypatch.setattr(demo_app, "notify", lambda message, **_: said.append(message))
    async with demo_app.run_test(size=(160, 45)) as pilot:
        person = await highlight(demo_app, pilot, "Léa Dubois")
        notes = demo_app.service.store.notes.of(person)
        await pilot.press("n", *"Call", "tab", *"someday", "enter")
        await settle(demo_app, pilot)
        assert demo_app.service.store.notes.of(person) == notes
        assert any("cannot read the due date 'someday'" in message for message in said), said


async def test_the_overview_and_the_agenda_show_what_is_waiting(demo_app):
    loops = demo_app.service.follow_ups.open_loops()
    assert loops and loops[0].name == "Bob Nguyen"
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        await pilot.press("o")
        await settle(demo_app, pilot)
        assert isinstance(demo_app.screen, OverviewScreen)
        waiting = str(demo_app.screen.query_one("#overview-waiting").render())
        assert f"Waiting on you ({len(loops)})" in waiting
        assert "Reply to Bob Nguyen: they wrote 2 days ago and asked a question" in waiting
        await pilot.press("escape", "a")
        await settle(demo_app, pilot)
        assert isinstance(demo_app.screen, AgendaScreen)
        screen = demo_app.screen
        assert f"Waiting on you ({len(loops)})" in str(
            screen.query_one("#agenda-summary").render())
        rows = [str(screen.table.get_row_at(row)[5]) for row in range(len(screen.loops))]
        assert any(row.startswith("Welcome Solène Bonnet") for row in rows), rows
