"""Pilot tests: the agenda screen marks steps and moves scenarios on; enrolling from the list."""

from __future__ import annotations

from datetime import date

from coach.model import Degree
from coach.tui.screens.agenda import AgendaScreen
from coach.tui.screens.enrol_dialog import EnrolDialog
from tests.scenarios.helpers import contacts, enrol
from tests.tui.conftest import settle

DAY = date(2026, 11, 22)


def quiet_connections(workspace, count):
    people = []
    for person in contacts(workspace, Degree.FIRST):
        facts = workspace.advisor.facts(person)
        if (facts["days_since_last_interaction"] or 999) > 180 and not facts["tags"]:
            people.append(person)
    return people[:count]


async def test_open_the_agenda_mark_a_step_done_and_see_it_move_on(demo_app):
    workspace = demo_app.service
    first, second = quiet_connections(workspace, 2)
    enrolled = enrol(workspace, "reconnect", [first, second], DAY).enrolled
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        await pilot.press("a")
        await settle(demo_app, pilot)
        screen = demo_app.screen
        assert isinstance(screen, AgendaScreen)
        assert [item.enrolment.id for item in screen.rows] == [enrolled[first], enrolled[second]]
        screen.table.move_cursor(row=len(screen.loops))  # below what is waiting on you
        summary = str(screen.query_one("#agenda-summary").render())
        assert "Agenda for 2026-11-22: 2 to do today, 0 waiting" in summary
        assert screen.selected.person_id == first
        await pilot.press("d")
        await settle(demo_app, pilot)
        stored = workspace.store.enrolments.get(enrolled[first])
        assert (stored.step, stored.due_on) == (1, "2026-11-24")
        assert workspace.store.interactions.of(first)[0].kind == "visited"
        assert [item.enrolment.id for item in screen.plan.to_do] == [enrolled[second]]
        later = {item.enrolment.id: item for item in screen.plan.later}
        assert later[enrolled[first]].why == "wait 2 days: until 2026-11-24"
        assert screen.table.row_count == len(screen.loops) + 2
        assert screen.selected.person_id == second  # the position stays: the next step
        before = len(workspace.store.interactions.of(second))
        await pilot.press("x")
        await settle(demo_app, pilot)
        assert workspace.store.enrolments.get(enrolled[second]).step == 1
        assert len(workspace.store.interactions.of(second)) == before  # skipped: not logged
        assert screen.plan.to_do == []
        await pilot.press("end", "d")  # a wait cannot be done: a warning, nothing changes
        await settle(demo_app, pilot)
        assert workspace.store.enrolments.get(enrolled[first]).step == 1
        assert workspace.store.enrolments.get(enrolled[second]).step == 1
        await pilot.press("escape")
        await settle(demo_app, pilot)
        assert not isinstance(demo_app.screen, AgendaScreen)


async def test_enrol_the_highlighted_contact_then_everyone_shown(demo_app):
    workspace = demo_app.service
    person = quiet_connections(workspace, 1)[0]
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        demo_app.main_screen.go_to(person)
        await settle(demo_app, pilot)
        await pilot.press("e")
        await settle(demo_app, pilot)
        dialog = demo_app.screen
        assert isinstance(dialog, EnrolDialog)
        assert [choice for choice, _ in dialog.scenarios][-1] == "reconnect"
        await pilot.press("end", "enter")
        await settle(demo_app, pilot)
        assert [(e.person_id, e.scenario) for e in workspace.store.enrolments.active()] == \
            [(person, "reconnect")]

        await pilot.press("2")
        await settle(demo_app, pilot)
        shown = len(demo_app.main_screen.contact_list.positions)
        await pilot.press("E")
        await settle(demo_app, pilot)
        assert f"the {shown} contacts shown" in str(
            demo_app.screen.query_one("#enrol-prompt").render())
        await pilot.press("enter")  # the first: visit, invite, welcome — then confirm
        await settle(demo_app, pilot)
        assert workspace.store.enrolments.count("active") == 1  # nothing before "y"
        await pilot.press("y")
        await settle(demo_app, pilot)
        active = workspace.store.enrolments.active()
        invited = [e for e in active if e.scenario == "visit-invite-welcome"]
        assert 100 < len(invited) < shown
        assert all(workspace.contact(e.person_id).degree is Degree.SECOND for e in invited)


async def test_done_then_skip_act_on_two_different_rows(demo_app):
    """The cursor keeps its position after `d`: the next key acts on the next step, not on
    the same person's following step (their "wait 2 days"), even when pressed at once."""
    workspace = demo_app.service
    people = quiet_connections(workspace, 3)
    enrolled = enrol(workspace, "reconnect", people, DAY).enrolled
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        await pilot.press("a")
        await settle(demo_app, pilot)
        screen = demo_app.screen
        first_row = [item.enrolment.id for item in screen.rows]
        assert first_row == [enrolled[person] for person in people]
        top = len(screen.loops)  # what is waiting on you heads the agenda
        screen.table.move_cursor(row=top)
        await pilot.pause()
        await pilot.press("d")
        await settle(demo_app, pilot)
        assert screen.table.cursor_row == top
        await pilot.press("x")
        await settle(demo_app, pilot)
        moved = {e.id: e for e in workspace.store.enrolments.active()}
        assert [moved[first_row[0]].step, moved[first_row[1]].step, moved[first_row[2]].step] \
            == [1, 1, 0]
        assert workspace.store.interactions.of(people[0])[0].kind == "visited"  # done: logged
        assert moved[first_row[0]].due_on == "2026-11-24"  # its wait was not skipped
        await pilot.press("d", "x")  # at once, before the plan comes back
        await settle(demo_app, pilot)
        moved = {e.id: e for e in workspace.store.enrolments.active()}
        assert moved[first_row[2]].step == 1  # the third person's visit, done
        # x acted on the row that came to the top: the first person's wait, skipped
        assert (moved[first_row[0]].step, moved[first_row[1]].step) == (2, 1)


async def test_what_is_waiting_heads_the_agenda_and_enter_shows_the_person(demo_app):
    """The open loops come first (the same list as `coach advise --waiting`); `d` on one
    marks nothing; Enter goes back to the main list with the cursor on that person, and does
    the same on a scenario step."""
    workspace = demo_app.service
    loops = workspace.follow_ups.open_loops()
    person = quiet_connections(workspace, 1)[0]
    enrolment = enrol(workspace, "reconnect", [person], DAY).enrolled[person]
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        await pilot.press("a")
        await settle(demo_app, pilot)
        screen = demo_app.screen
        assert [loop.person_id for loop in screen.loops][:1] == [loops[0].person_id]
        assert 0 < len(screen.loops) <= 12 and screen.table.row_count == len(screen.loops) + 1
        cells = [str(cell) for cell in screen.table.get_row_at(0)]
        assert cells[2] == "Bob Nguyen" and cells[5].startswith("Reply to Bob Nguyen: they wrote")
        last = [str(cell) for cell in screen.table.get_row_at(len(screen.loops))]
        assert last[0] == str(enrolment)  # the scenario step comes after them
        summary = str(screen.query_one("#agenda-summary").render())
        assert f"Waiting on you ({len(loops)}) — 12 first" in summary
        detail = str(screen.query_one("#agenda-detail").render())
        assert "Answer it on LinkedIn, then log it: Enter shows Bob Nguyen in the list." in detail
        await pilot.press("d")  # an open loop is not a step: nothing is marked
        await settle(demo_app, pilot)
        assert workspace.store.enrolments.get(enrolment).step == 0
        await pilot.press("enter")
        await settle(demo_app, pilot)
        assert not isinstance(demo_app.screen, AgendaScreen)
        assert demo_app.main_screen.contact_list.person_id == loops[0].person_id

        await pilot.press("a")
        await settle(demo_app, pilot)
        screen = demo_app.screen
        screen.table.move_cursor(row=len(screen.loops))
        await pilot.pause()
        await pilot.press("enter")
        await settle(demo_app, pilot)
        assert demo_app.main_screen.contact_list.person_id == person
