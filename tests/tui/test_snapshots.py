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


def test_error_banner_of_a_broken_rule_file(snap_compare, demo_workspace, tmp_path, monkeypatch):
    from pathlib import Path

    from coach.demo import DEMO_BANNER
    from coach.resources import rules_dir
    from coach.tui.app import make_app
    from tests.tui.test_rules_reload import BROKEN

    monkeypatch.chdir(tmp_path)  # the banner names the file as rules/mine.toml
    Path("rules").mkdir()
    Path("rules/mine.toml").write_text(BROKEN.format(advice="Call $first_name."), "utf-8")
    demo_workspace.use_rules([rules_dir(), Path("rules")])
    demo_workspace.is_demo = True
    app = make_app(demo_workspace, demo_banner=DEMO_BANNER, watch_rules=False)
    assert snap_compare(app, terminal_size=SIZE, run_before=_ready)


def test_draft_dialog_with_its_counter(snap_compare, demo_app):
    """The invitation note drafted from the top advice, typed on past nothing: "n/200"."""
    async def go(pilot):
        await _ready(pilot)
        await pilot.press("slash", *"agnes gauthier", "enter")
        await _ready(pilot)
        await pilot.press("D")
        await _ready(pilot)
        pilot.app.screen.query_one("#draft-text").cursor_blink = False
        await _ready(pilot)

    assert snap_compare(demo_app, terminal_size=SIZE, run_before=go)


def test_main_screen_at_80_by_24(snap_compare, demo_app):
    """Names of 16 cells, degree, shared, last contact and a short advice; every filter
    chip (short form) and the essential keys of the footer."""
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=_ready)


def test_main_screen_at_120_by_40(snap_compare, demo_app):
    """The advice column at 30 cells and more; the follow mark."""
    assert snap_compare(demo_app, terminal_size=(120, 40), run_before=_ready)


def test_main_screen_at_200_by_60(snap_compare, demo_app):
    """Every column: names of 24 cells, the company, the advice at full length."""
    assert snap_compare(demo_app, terminal_size=(200, 60), run_before=_ready)


def test_coach_pane_over_the_list_at_80_by_24(snap_compare, demo_app):
    async def go(pilot):
        await _ready(pilot)
        await pilot.press("c")
        await _ready(pilot)

    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=go)


def test_detail_pane_focused_and_scrolled_to_its_end(snap_compare, demo_app):
    """Léa Dubois's pane, focused (its border and cursor) and scrolled to the end: history
    and notes with their dates, the blocked actions folded above."""
    async def go(pilot):
        await _ready(pilot)
        await pilot.press("slash", *"lea dubois", "enter")
        await _ready(pilot)
        await pilot.press("l", "end")
        await _ready(pilot)

    assert snap_compare(demo_app, terminal_size=SIZE, run_before=go)


def test_network_map_screen(snap_compare, demo_app):
    async def go(pilot):
        await _ready(pilot)
        await pilot.press("g")
        await _ready(pilot)

    assert snap_compare(demo_app, terminal_size=SIZE, run_before=go)
