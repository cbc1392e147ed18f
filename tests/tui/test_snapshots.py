"""Snapshots of the main screen, the detail pane, help and the overview at a fixed size.

Regenerate after an intended change with ``pytest tests/tui/test_snapshots.py --snapshot-update``
and look at the report before committing.
"""

from __future__ import annotations

from tests.tui.conftest import settle

SIZE = (150, 40)


async def _ready(pilot) -> None:
    await settle(pilot.app, pilot)
    await pilot.pause(0.1)
    await settle(pilot.app, pilot)


def test_main_screen(snap_compare, demo_app):
    assert snap_compare(demo_app, terminal_size=SIZE, run_before=_ready)


def test_detail_pane_of_a_second_degree_contact(snap_compare, demo_app):
    async def go(pilot):
        await _ready(pilot)
        await pilot.press("slash", *"lea dubois", "enter")
        await _ready(pilot)

    assert snap_compare(demo_app, terminal_size=SIZE, run_before=go)


def test_help_screen(snap_compare, demo_app):
    async def go(pilot):
        await _ready(pilot)
        await pilot.press("question_mark")
        await _ready(pilot)

    assert snap_compare(demo_app, terminal_size=SIZE, run_before=go)


def test_overview_screen(snap_compare, demo_app):
    async def go(pilot):
        await _ready(pilot)
        await pilot.press("o")
        await _ready(pilot)

    assert snap_compare(demo_app, terminal_size=SIZE, run_before=go)
