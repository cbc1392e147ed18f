#!/usr/bin/env python3
"""Make the README's pictures: the real app on the demo network, as SVG screenshots.

    python scripts/make_pictures.py [OUTPUT_DIR]     # default: docs/pictures/ of this checkout

The app runs under Textual's Pilot at a fixed size, on the shipped demo network, with today
fixed at 2026-11-22 (``COACH_TODAY``), and each screen is saved with Textual's own screenshot
export. No clock, no cursor blink, no random ids: a second run writes byte-identical files
(a test checks the committed pictures are what this script writes).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "pictures"
TODAY = "2026-11-22"
SIZE = (150, 44)
HIGHLIGHTED = "Léa Dubois"
AGENDA_SCENARIO = "visit-invite-welcome"

# A rule file with a misspelt fact on line 8: the red banner names it as rules/mine.toml.
BROKEN_RULE = """\
[[rule]]
id = "mine-call-first"
title = "Call them first"
priority = 100
advice = "Call $first_name."
actions = ["view_profile"]
why = "My own way of working."
when = { fact = "degre", eq = 2 }
"""


async def _settle(app, pilot) -> None:
    """Wait until the app's workers are done and the screen is redrawn (the rule-file
    watcher runs as long as the app: it is not waited for)."""
    for _ in range(3):
        await pilot.pause()
        busy = [worker for worker in app.workers if worker.group != "rule-watch"]
        if busy:
            await app.workers.wait_for_complete(busy)
        await pilot.pause()
    await pilot.pause(0.1)
    await pilot.pause()


def _still(app) -> None:
    """No blinking cursor anywhere: the picture does not depend on the moment it is taken."""
    from textual.widgets import Input, TextArea

    for screen in app.screen_stack:
        for widget in screen.query(Input):
            widget.cursor_blink = False
        for widget in screen.query(TextArea):
            widget.cursor_blink = False


async def _shoot(app, keys: Callable[[object, object], Awaitable[None]]) -> str:
    """Run the app, play the keys, and return the SVG of what is on screen."""
    async with app.run_test(size=SIZE) as pilot:
        await _settle(app, pilot)
        _still(app)
        await keys(app, pilot)
        _still(app)
        await _settle(app, pilot)
        return app.export_screenshot(title="coach")


async def _main_screen(app, pilot) -> None:
    """A 2nd-degree contact highlighted in the 2nd-degree list: her advice, actions and
    introduction paths in the pane."""
    await pilot.press("2")
    await _settle(app, pilot)
    listing = app.main_screen.contact_list
    for _ in range(200):
        if app.service.contact(listing.person_id).name == HIGHLIGHTED:
            return
        await pilot.press("down")
    raise SystemExit(f"{HIGHLIGHTED} is not in the demo's 2nd degree")


async def _coach_in_french(app, pilot) -> None:
    await pilot.press("c")
    await _settle(app, pilot)
    _still(app)
    await pilot.press(*"qui inviter cette semaine ?", "enter")
    await _settle(app, pilot)
    # The question and the head of the answer, rather than its end.
    app.main_screen.query_one("#coach-conversation").scroll_home(animate=False)


async def _agenda(app, pilot) -> None:
    await pilot.press("a")


async def _nothing(app, pilot) -> None:
    return None


def _enrol_second_degree(home: Path) -> None:
    """Put the demo's 2nd degree into a scenario, so that the agenda has steps for today."""
    import contextlib
    import io

    from coach.cli.main import main as coach

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = coach(["--home", str(home), "enrol", AGENDA_SCENARIO, "--degree", "2"])
    if code != 0:
        raise SystemExit(f"coach enrol {AGENDA_SCENARIO} --degree 2 failed with code {code}")


def _workspace(home: Path, *, config: str = ""):
    """A workspace in ``home`` holding the demo network, with this config.toml."""
    from coach.demo import load_demo
    from coach.workspace import Workspace

    home.mkdir(parents=True)
    if config:
        (home / "config.toml").write_text(config, encoding="utf-8")
    with Workspace(home) as filling:
        load_demo(filling.store)
    return Workspace(home)  # opened again, as the app opens it


async def pictures(scratch: Path) -> dict[str, str]:
    """Every picture's file name and SVG, made in the scratch folder ``scratch``."""
    from coach.demo import DEMO_BANNER
    from coach.resources import rules_dir
    from coach.tui.app import make_app
    from coach.workspace import Workspace

    shots: dict[str, str] = {}
    plans = [
        ("main.svg", "", _main_screen),
        ("coach-pane-fr.svg", 'language = "fr"\n', _coach_in_french),
        ("agenda.svg", "", _agenda),
    ]
    for name, config, keys in plans:
        home = scratch / name.removesuffix(".svg")
        workspace = _workspace(home, config=config)
        if keys is _agenda:
            workspace.close()
            _enrol_second_degree(home)
            workspace = Workspace(home)
        workspace.is_demo = True
        app = make_app(workspace, demo_banner=DEMO_BANNER, watch_rules=False)
        shots[name] = await _shoot(app, keys)

    # The red banner: a broken rule file of the person's own, the last good rules in force.
    here = Path.cwd()
    os.chdir(scratch)  # the banner names the file as rules/mine.toml
    try:
        Path("rules").mkdir()
        Path("rules/mine.toml").write_text(BROKEN_RULE, encoding="utf-8")
        workspace = _workspace(scratch / "rule-error")
        workspace.use_rules([rules_dir(), Path("rules")])
        workspace.is_demo = True
        app = make_app(workspace, demo_banner=DEMO_BANNER, watch_rules=False)
        shots["rule-error.svg"] = await _shoot(app, _nothing)
    finally:
        os.chdir(here)
    return shots


def make_pictures(out: Path) -> list[Path]:
    """Write every picture into ``out``; the files written."""
    os.environ["COACH_TODAY"] = TODAY
    with tempfile.TemporaryDirectory(prefix="coach-pictures-") as scratch:
        shots = asyncio.run(pictures(Path(scratch)))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, svg in shots.items():
        path = out / name
        path.write_text(svg, encoding="utf-8", newline="\n")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    for path in make_pictures(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv))
