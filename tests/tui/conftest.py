"""Helpers for driving the real app under Pilot on real workspaces."""

from __future__ import annotations

import pytest

from coach.demo import DEMO_BANNER
from coach.tui.app import make_app


async def settle(app, pilot) -> None:
    """Wait until the app's workers are done and the screen is redrawn (the rule-file
    watcher runs as long as the app: it is not waited for)."""
    for _ in range(3):
        await pilot.pause()
        busy = [worker for worker in app.workers if worker.group != "rule-watch"]
        if busy:  # an empty list would mean "every worker"
            await app.workers.wait_for_complete(busy)
    await pilot.pause()


@pytest.fixture
def demo_app(demo_workspace):
    """The app on a workspace holding the demo network (not watching rule files)."""
    demo_workspace.is_demo = True
    return make_app(demo_workspace, demo_banner=DEMO_BANNER, watch_rules=False)


async def open_blocked(app, pilot) -> None:
    """Open the detail pane's folded list of blocked actions (see ``open_folded``)."""
    await open_folded(app, pilot, "blocked")


async def open_folded(app, pilot, part: str) -> None:
    """Open a folded list of the detail pane (``blocked``, ``advice``…) with the keys a
    person uses (into the pane, down to the folded line, Enter), then back to the list."""
    pane = app.main_screen.query_one("#detail")
    await pilot.press("l")
    await settle(app, pilot)
    for _ in range(100):
        if pane.target == f"open:{part}":
            break
        await pilot.press("down")
    else:
        raise AssertionError(f"no folded {part} in the pane:\n{pane.shown}")
    if "not possible now:" not in pane.cursor_text:  # folded: open it
        await pilot.press("enter")
        await settle(app, pilot)
    await pilot.press("escape")
    await settle(app, pilot)
