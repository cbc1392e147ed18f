"""Pilot tests: logging actions from the keyboard changes what is allowed; the pane marks
each action ✓ or ✗ with its key, and a key whose action is not allowed stores nothing and
says why."""

from __future__ import annotations

import pytest

from coach.model import Degree
from tests.tui.conftest import open_blocked, settle


async def highlight(app, pilot, name: str) -> int:
    """Search for a name, go back to the list and return the highlighted person's id."""
    await settle(app, pilot)
    await pilot.press("slash", *name, "enter")
    await settle(app, pilot)
    await pilot.pause(0.1)  # the detail pane follows the cursor after a short delay
    await settle(app, pilot)
    person_id = app.main_screen.contact_list.person_id
    assert app.service.contact(person_id).name == name
    return person_id


def detail(app) -> str:
    return app.main_screen.query_one("#detail").shown


def action_line(text: str, label: str) -> str:
    return next(line for line in text.splitlines() if label in line)


async def test_logging_an_invitation_changes_the_allowed_actions(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        person_id = await highlight(demo_app, pilot, "Léa Dubois")
        store = demo_app.service.store
        assert demo_app.service.contact(person_id).degree is Degree.SECOND
        before = detail(demo_app)
        assert action_line(before, "Invite to connect").lstrip().startswith("✓")
        assert not [i for i in store.invitations.of(person_id) if i.status == "pending"]

        await pilot.press("i")
        await settle(demo_app, pilot)
        await pilot.pause(0.1)
        await settle(demo_app, pilot)

        pending = [i for i in store.invitations.of(person_id) if i.status == "pending"]
        assert len(pending) == 1 and pending[0].direction == "out"
        assert any(i.kind == "invited" for i in store.interactions.of(person_id))
        await open_blocked(demo_app, pilot)  # the blocked actions are folded into one line
        after = detail(demo_app)
        line = action_line(after, "Invite to connect")
        assert line.lstrip().startswith("✗") and "already waiting" in line
        assert demo_app.main_screen.contact_list.person_id == person_id  # the cursor stayed
        # the key is now disabled: pressing it again stores nothing and says why
        await pilot.press("i")
        await settle(demo_app, pilot)
        assert len([i for i in store.interactions.of(person_id) if i.kind == "invited"]) == 1
        assert any("already waiting" in str(n.message) for n in demo_app._notifications)


async def test_a_refused_action_is_disabled_and_stores_nothing(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        person_id = await highlight(demo_app, pilot, "Bob Nguyen")
        store = demo_app.service.store
        assert demo_app.service.contact(person_id).degree is Degree.FIRST
        await open_blocked(demo_app, pilot)
        invite = action_line(detail(demo_app), "Invite to connect")
        assert invite.lstrip().startswith("✗ Invite to connect [i]")
        assert "already connected" in invite
        assert action_line(detail(demo_app), "Message for free").lstrip().startswith(
            "✓ Message for free [m]")
        before = store.interactions.count()
        messaged = sum(i.kind == "messaged" for i in store.interactions.of(person_id))
        await pilot.press("i")
        await settle(demo_app, pilot)
        assert store.interactions.count() == before
        notes = [str(n.message) for n in demo_app._notifications]
        assert any("already connected" in note for note in notes)
        # messaging a connection is allowed and is stored
        await pilot.press("m")
        await settle(demo_app, pilot)
        assert store.interactions.count() == before + 1
        assert sum(i.kind == "messaged" for i in store.interactions.of(person_id)) == \
            messaged + 1


async def test_a_note_is_typed_in_a_dialog_and_stored(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        person_id = await highlight(demo_app, pilot, "Bob Nguyen")
        await pilot.press("n")
        await settle(demo_app, pilot)
        await pilot.press(*"Met at [b]Station F[/b]", "enter")
        await settle(demo_app, pilot)
        notes = demo_app.service.store.notes.of(person_id)
        assert any("Met at [b]Station F[/b]" in str(note) for note in notes)


@pytest.mark.parametrize(("opening", "box"), [(("slash", "/"), "#search"),
                                              (("c", "c"), "#coach-question")])
async def test_keys_typed_fast_after_opening_a_box_go_to_it_and_log_nothing(demo_app, opening,
                                                                          box):
    """A fast typist (or a paste) sends "/vis" before "/" has focused the search box (or
    "cvis" before "c" has focused the coach's question): the letters must be typed in the
    box, not run as the list's keys (v logs a visit, i an invitation, s changes the sort)."""
    from textual import events

    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        store = demo_app.service.store
        before = store.interactions.count()
        for key, character in [opening, ("v", "v"), ("i", "i"), ("s", "s")]:
            demo_app.post_message(events.Key(key, character))  # all queued at once
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        assert screen.query_one(box).value == "vis"
        assert screen.wanted.sort == "degree"
        assert store.interactions.count() == before
