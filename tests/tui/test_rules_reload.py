"""Pilot tests: editing a rule file while the app runs updates the advice; a broken edit
shows a banner with file:line and keeps the last good rules; fixing it clears the banner."""

from __future__ import annotations

import time

from coach.demo import DEMO_BANNER
from coach.tui.app import make_app
from tests.tui.conftest import open_folded, settle
from tests.tui.test_acting import detail, highlight

RULE = """\
[[rule]]
id = "mine-call-first"
title = "Call them first"
priority = 100
advice = "{advice}"
actions = ["view_profile"]
why = "My own way of working."
when = {{ fact = "degree", eq = 2 }}
"""

BROKEN = RULE.replace('{{ fact = "degree"', '{{ fact = "degre"')


async def wait_for(app, pilot, holds, seconds: float = 6.0) -> float:
    """Let the app run until ``holds()``; how long it took (fails after ``seconds``)."""
    start = time.monotonic()
    while not holds():
        assert time.monotonic() - start < seconds, "the screen did not change in time"
        await pilot.pause(0.05)
    await settle(app, pilot)
    return time.monotonic() - start


async def watching(app, pilot, path) -> None:
    """Wait until the app's file watcher is running: it starts a moment after the app, and a
    file written before it watches would not be seen. Rewrites ``path`` until a reload."""
    text = path.read_text("utf-8") if path.exists() else ""
    start = time.monotonic()
    while app.rule_reloads == 0:
        assert time.monotonic() - start < 20, "the rule files are not watched"
        path.write_text(text, "utf-8")
        for _ in range(6):
            await pilot.pause(0.05)
    await settle(app, pilot)


async def test_edits_reload_and_a_broken_file_shows_a_banner(demo_workspace):
    own = demo_workspace.home / "rules"
    own.mkdir()
    mine = own / "mine.toml"
    mine.write_text(RULE.format(advice="Call $first_name before anything else."), "utf-8")
    demo_workspace.is_demo = True
    app = make_app(demo_workspace, demo_banner=DEMO_BANNER, watch_rules=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await highlight(app, pilot, "Léa Dubois")
        assert "Call Léa before anything else." in detail(app)
        assert "rule mine-call-first" in detail(app)
        banner = app.main_screen.query_one("#rules-banner")
        assert banner.text == ""
        await watching(app, pilot, mine)

        mine.write_text(BROKEN.format(advice="Call $first_name now."), "utf-8")
        await wait_for(app, pilot, lambda: banner.text != "")
        assert f"{mine}:8:" in banner.text
        assert 'did you mean "degree"' in banner.text
        assert "Call Léa before anything else." in detail(app)  # the last good rules stay

        mine.write_text(RULE.format(advice="Phone $first_name this week."), "utf-8")
        await wait_for(app, pilot, lambda: banner.text == "" and "Phone Léa" in detail(app))
        assert not banner.display or banner.text == ""
        assert "Call Léa before" not in detail(app)


async def test_a_rules_folder_made_while_running_and_a_new_language_are_taken_in(
        demo_workspace):
    import tomli

    from coach.resources import rules_dir

    french = tomli.loads((rules_dir() / "fr" / "second.toml").read_text("utf-8"))
    titles = [rule["title"] for rule in french["rule"]]
    app = make_app(demo_workspace, watch_rules=True)  # the workspace's home is watched
    async with app.run_test(size=(160, 45)) as pilot:
        await highlight(app, pilot, "Léa Dubois")
        assert "Call Léa" not in detail(app)
        assert not any(title in detail(app) for title in titles)

        await watching(app, pilot, demo_workspace.home / "notes.toml")
        own = demo_workspace.home / "rules"  # as `coach rules init` would, while it runs
        own.mkdir()
        (own / "mine.toml").write_text(RULE.format(advice="Call $first_name first."), "utf-8")
        await wait_for(app, pilot, lambda: "Call Léa first." in detail(app))

        (demo_workspace.home / "config.toml").write_text('language = "fr"\n', "utf-8")
        await wait_for(app, pilot, lambda: "autres conseils (Entrée)" in detail(app))
        await open_folded(app, pilot, "advice")  # the top advice is shown, the rest folded
        assert any(title in detail(app) for title in titles)
        assert "Call Léa first." in detail(app)  # the workspace's own rules still apply


async def test_rule_files_that_are_not_files_show_in_the_banner_and_advice_stays(demo_workspace):
    """Issue 18, item 7: a FIFO, a device or a looping link among the rules is said in the
    banner (a FIFO is never opened: it would block the app), and the shipped rules advise."""
    from tests.cli.test_rules_commands import hostile_rule_folder

    expected = hostile_rule_folder(demo_workspace.home / "rules")
    app = make_app(demo_workspace, watch_rules=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await highlight(app, pilot, "Léa Dubois")
        banner = app.main_screen.query_one("#rules-banner")
        await wait_for(app, pilot, lambda: banner.text != "")
        for name, reason in expected.items():
            assert f"rules/{name}: {reason}" in banner.text, name
        assert "Advice\n  1. " in detail(app)
    assert set(expected) <= {p.name for p in (demo_workspace.home / "rules").iterdir()}
