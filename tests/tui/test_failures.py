"""An error inside the app's work (reading the network, ranking advice, the agenda) becomes
one notice; the app keeps running and keeps showing the last good state."""

from __future__ import annotations

import threading

from coach.store import StoreError
from tests.tui.conftest import settle


def listen(app) -> list[tuple[str, str]]:
    """Record what the app tells the person: (message, severity)."""
    heard: list[tuple[str, str]] = []
    notify = app.notify

    def recording(message, *args, **kwargs):
        heard.append((str(message), kwargs.get("severity", "information")))
        return notify(message, *args, **kwargs)

    app.notify = recording
    return heard


def broken(*_args, **_kwargs):
    raise StoreError("coach.sqlite3: database disk image is malformed")


async def test_a_failing_rebuild_keeps_the_last_good_state(demo_app, monkeypatch):
    heard = listen(demo_app)
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        shown = list(screen.contact_list.positions)
        state = demo_app.service.state
        monkeypatch.setattr(demo_app.service, "read_state", broken)
        await pilot.press("v")  # logged, then the network is read again: that fails
        await settle(demo_app, pilot)
        failures = [message for message, severity in heard if severity == "error"]
        assert failures == ["Reading the network failed: coach.sqlite3: database disk image "
                            "is malformed. What you see is the last good state."]
        assert demo_app.is_running and screen.shown is state
        assert list(screen.contact_list.positions) == shown
        first = screen.contact_list.person_id
        await pilot.press("down")
        await pilot.pause(0.1)
        await settle(demo_app, pilot)
        moved = screen.contact_list.person_id
        assert moved != first
        assert screen.query_one("#detail").shown.startswith(
            demo_app.service.contact(moved).display_name)


async def test_failing_advice_and_agenda_say_so_and_the_app_goes_on(demo_app, monkeypatch):
    heard = listen(demo_app)
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        top = demo_app.main_screen.top_advice
        monkeypatch.setattr(demo_app.service, "top_advice", broken)
        await pilot.press("r")
        await settle(demo_app, pilot)
        assert ("Ranking the advice failed: coach.sqlite3: database disk image is malformed. "
                "What you see is the last good state.", "error") in heard
        assert demo_app.main_screen.top_advice is top
        monkeypatch.setattr(demo_app.service.scenarios, "plan", broken)
        await pilot.press("a")
        await settle(demo_app, pilot)
        assert any(message.startswith("Planning today failed:") for message, _ in heard)
        await pilot.press("escape")
        await settle(demo_app, pilot)
        assert demo_app.is_running and demo_app.screen is demo_app.main_screen


async def test_work_failing_once_the_app_has_stopped_tells_nothing(demo_app):
    """A worker still reading when the person quits finds the screen taken down: its error
    is the closing, not a failure to show (from the event loop's thread or another)."""
    from coach.tui.failures import report

    heard = listen(demo_app)
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        report(demo_app, "Reading the network", StoreError("coach.sqlite3: locked"))
        await pilot.pause()
        assert any("locked" in message for message, _ in heard)  # while it runs: told
    heard.clear()
    gone = LookupError("No nodes match '#grow-banner' on MainScreen()")
    report(demo_app, "Reading the network", gone)
    worker = threading.Thread(target=report, args=(demo_app, "Reading the network", gone),
                              daemon=True)
    worker.start()
    worker.join(5)
    assert not worker.is_alive()  # (it once waited forever for a loop that had stopped)
    assert heard == []
