"""The list comes first: a first look from the network's arrays, the whole state after it,
and the advice last; meanwhile the pane and the acting keys say the advice is on its way."""

from __future__ import annotations

from tests.tui.conftest import settle


async def test_the_list_is_shown_before_the_whole_state_is_read(demo_app):
    seen = []
    service = demo_app.service
    rebuild = service.rebuild

    def recording(preview=None):
        screen = demo_app.main_screen
        seen.append((preview, screen.shown, len(screen.contact_list.positions)))
        return rebuild(preview)

    service.rebuild = recording
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        preview, shown, rows = seen[0]
        assert preview is not None and preview.preview and shown is preview and rows > 0
        screen = demo_app.main_screen
        assert screen.shown is service.state and not screen.shown.preview
        assert screen.top_advice is not None  # and the advice came after
        # the whole state took the first look's network: read once
        assert screen.shown.network is preview.network


async def test_until_the_advice_is_ready_the_pane_and_acting_keys_say_so(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        service = demo_app.service
        person_id = demo_app.main_screen.contact_list.person_id
        before = service.history.entries(person_id)
        service.advice_ready = lambda: False  # as while the facts are worked out
        await pilot.press("down")
        await settle(demo_app, pilot)
        pane = demo_app.main_screen.query_one("#detail")
        assert "Working out the advice…" in pane.shown
        moved = demo_app.main_screen.contact_list.person_id
        history = service.history.entries(moved)
        await pilot.press("v")  # log a visit: it waits for the advice
        await settle(demo_app, pilot)
        assert str(list(demo_app._notifications)[-1].message) == "Working out the advice…"
        assert service.history.entries(moved) == history  # nothing logged
        assert service.history.entries(person_id) == before
        del service.advice_ready  # ready: the pane shows the person again
        await pilot.press("up")
        await settle(demo_app, pilot)
        assert "Working out the advice…" not in pane.shown
