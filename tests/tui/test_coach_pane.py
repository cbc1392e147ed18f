"""Pilot tests: the coach pane opens with one key, answers in the conversation, and a log
confirmed there updates the list and the detail pane like the log keys do."""

from __future__ import annotations

from textual.widgets import Input

from coach.tui.widgets.coach_pane import CoachPane
from tests.tui.conftest import open_blocked, settle


async def ask(app, pilot, question: str) -> None:
    await pilot.press(*question, "enter")
    await settle(app, pilot)


async def test_the_pane_is_hidden_then_opens_and_closes_with_c(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        pane = demo_app.main_screen.query_one(CoachPane)
        assert not pane.display or not pane.is_open
        await pilot.press("c")
        await settle(demo_app, pilot)
        assert pane.is_open and pane.display
        assert isinstance(demo_app.focused, Input) and demo_app.focused.id == "coach-question"
        await pilot.press("escape")
        await settle(demo_app, pilot)
        assert demo_app.focused is demo_app.main_screen.contact_list
        assert pane.is_open
        await pilot.press("c")
        await settle(demo_app, pilot)
        assert not pane.is_open
        assert demo_app.focused is demo_app.main_screen.contact_list


async def test_a_question_is_answered_in_the_conversation(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        await pilot.press("c")
        await ask(demo_app, pilot, "how do I reach Léa?")
        pane = demo_app.main_screen.query_one(CoachPane)
        assert "how do I reach Léa?" in pane.shown
        assert "Léa Dubois — 2nd degree, 4 shared connections." in pane.shown
        assert "You → Bob Nguyen → Léa Dubois" in pane.shown
        await ask(demo_app, pilot, "qui inviter cette semaine ?")
        assert "Invitations restantes cette semaine\u00a0: 100 sur 100" in pane.shown
        await ask(demo_app, pilot, "[bold]nonsense[/")
        assert "Je n’ai pas compris la question" in pane.shown  # still in French
        assert "[bold]nonsense[/" in pane.shown


async def test_a_log_confirmed_in_the_pane_updates_the_detail(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        await pilot.press("c")
        await ask(demo_app, pilot, "I invited Léa")
        pane = screen.query_one(CoachPane)
        assert "Log this: you invited Léa Dubois (2nd degree)" in pane.shown
        lea = pane.conversation.pending.person_id
        assert not demo_app.service.store.invitations.of(lea) or all(
            i.status != "pending" for i in demo_app.service.store.invitations.of(lea))
        await ask(demo_app, pilot, "yes")
        await settle(demo_app, pilot)
        assert "Stored: you invited Léa Dubois" in pane.shown
        assert screen.contact_list.person_id == lea
        await pilot.press("escape")  # back to the list, then open the blocked actions
        await open_blocked(demo_app, pilot)
        detail = screen.query_one("#detail").shown
        assert detail.startswith("Léa Dubois")
        assert "✓ Withdraw the invitation" in detail
        assert "✗ Invite to connect" in detail
