"""A seeded storm of random keys across every screen, pane and dialog ends without an exception.

The app runs headless (``App.run_test``) on the demo network. Keys come from the key table
(``coach.tui.keys.ALL_KEYS``) and from the bindings active on the screen shown at the time
(so screens, panes and dialogs added later are covered without editing this test), plus
letters, digits, Enter, Escape, Tab, arrows, Backspace and ctrl+p (the command palette).
The storm is cut into segments, one per binding of the app and of the main screen (and
ctrl+p): each starts on the main screen with that key, then random keys follow, so that
every screen, pane and dialog is reached whatever the random keys do. Keys are sent as
fast as the app takes them, in batches, with a full pause after each batch: it is also a
test of keys arriving while workers run and screens change.

Reproduce a failure with the seed in the test id; the message lists the last keys sent.
"""

from __future__ import annotations

import os
import random
import string
from collections import Counter, deque

import pytest
from textual import events
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

from coach.demo import DEMO_BANNER
from coach.tui.app import make_app
from coach.tui.keys import ALL_KEYS

KEYS_PER_SEED = int(os.environ.get("COACH_STORM_KEYS", 1000))  # more for a soak run
SEEDS = (20261123, 8)  # 2,000 keys in all
BATCH = 12
SIZE = (80, 24)
NEVER = {"ctrl+q", "ctrl+c"}  # quit, copy-or-quit: they end the run (ctrl+z is coach's undo)
GENERAL = (["enter", "escape", "tab", "shift+tab", "up", "down", "left", "right", "backspace",
            "pageup", "pagedown", "home", "end", "space", "ctrl+p", "delete"]
           + list(string.ascii_letters + string.digits + "?/-.,'é"))


def _table_keys() -> list[str]:
    return sorted({key for entry in ALL_KEYS for key in entry.keys.split(",")})


def _key_event(key: str) -> events.Key:
    """The event Pilot.press would send for ``key`` (a key name or one character)."""
    import unicodedata

    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    try:
        char = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


def _quits(app, key: str) -> bool:
    """Whether the key would end the app on the screen shown now."""
    try:
        active = app.screen.active_bindings.get(key)
    except Exception:  # noqa: BLE001 - a screen being replaced
        return False
    return active is not None and active.binding.action.split(".")[-1] == "quit"


def _screen_name(app) -> str:
    return type(app.screen).__name__


def _openers() -> list[str]:
    """One key per app and main-screen binding (quit aside), and ctrl+p: each segment of the
    storm starts with one of them pressed on the main screen, so every screen, pane and
    dialog they open is visited whatever the random keys do."""
    from coach.tui.keys import APP_KEYS, MAIN_KEYS

    keys = [entry.keys.split(",")[0] for entry in APP_KEYS + MAIN_KEYS
            if entry.action.split(".")[-1] != "quit"]
    return [*keys, "ctrl+p"]


async def _back_to_main(app, pilot) -> None:
    """Close whatever is open (dialogs, palette, pushed screens) and focus the list."""
    while len(app.screen_stack) > 2:
        app.pop_screen()
        await pilot.pause()
    screen = app.screen
    for pane in screen.query("CoachPane"):
        if getattr(pane, "is_open", False):
            pane.toggle()
    for box in screen.query("#search"):
        box.display = False
    screen.query_one("ContactList").focus()
    await pilot.pause()


def _random_key(app, rng: random.Random, table: list[str]) -> str:
    roll = rng.random()
    if roll < 0.4:
        try:
            choices = sorted(app.screen.active_bindings)
        except Exception:  # noqa: BLE001 - a screen being replaced
            choices = table
        return rng.choice(choices or table)
    return rng.choice(table if roll < 0.65 else GENERAL)


async def _storm(app, rng: random.Random, segments: deque, budget: int, sent: deque,
                 seen: Counter) -> int:
    """Play segments (an opener, then random keys) on a running app; return the keys sent."""
    table = _table_keys()
    count = 0
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        while segments and app.is_running:
            opener = segments[0]
            await _back_to_main(app, pilot)
            keys = []
            while len(keys) < budget - 1:
                keys.append(_random_key(app, rng, table))
            segments.popleft()
            batches = [[opener]] + [keys[start:start + BATCH]
                                    for start in range(0, len(keys), BATCH)]
            for batch in batches:  # the opener alone first: what it opened is seen
                for key in batch:
                    if key in NEVER or _quits(app, key):
                        continue
                    sent.append(f"{key}@{_screen_name(app)}")
                    app._driver.send_message(_key_event(key))  # noqa: SLF001 - Pilot.press, no waits
                    count += 1
                await pilot.pause()
                assert app._exception is None, f"exception after keys: {' '.join(sent)}"  # noqa: SLF001
                if not app.is_running:
                    break
                seen.update(cls.__name__ for cls in type(app.screen).__mro__)
                for pane in app.screen.query("CoachPane"):
                    if pane.display and getattr(pane, "is_open", True):
                        seen["CoachPane"] += 1
                assert app._exception is None, f"exception after keys: {' '.join(sent)}"  # noqa: SLF001
        await pilot.pause()
    return count


@pytest.mark.parametrize("seed", SEEDS)
async def test_random_keys_never_raise(demo_workspace, tmp_path, monkeypatch, seed):
    monkeypatch.chdir(tmp_path)  # the palette can save screenshots: keep them here
    monkeypatch.setenv("EDITOR", "true")  # "edit rules" must not start a real editor
    monkeypatch.setenv("VISUAL", "true")
    demo_workspace.is_demo = True
    rng = random.Random(seed)
    openers = _openers()
    rng.shuffle(openers)
    segments = deque(openers)
    per_segment = -(-KEYS_PER_SEED // len(openers))
    sent: deque[str] = deque(maxlen=40)
    seen: Counter = Counter()
    total = starts = 0
    while segments:
        # An app ended by a key (the palette's "Quit", q on some screen) starts again.
        app = make_app(demo_workspace, demo_banner=DEMO_BANNER, watch_rules=False)
        starts += 1
        total += await _storm(app, rng, segments, per_segment, sent, seen)
        assert app._exception is None, f"seed {seed}: exception after keys: {' '.join(sent)}"  # noqa: SLF001
        assert app.return_code in (None, 0), f"seed {seed}: exit {app.return_code}"
        assert starts < 50, "the app keeps ending: is a quit key not excluded?"
    assert total >= KEYS_PER_SEED * 0.95  # a few quit keys are skipped
    # Every screen and dialog reachable by a key was visited.
    actions = {entry.action for entry in ALL_KEYS}
    required = {"MainScreen", "HelpScreen", "OverviewScreen", "NoteDialog", "CommandPalette"}
    if "agenda" in actions:
        required.add("AgendaScreen")
    if "toggle_coach" in actions:
        required.add("CoachPane")
    missing = required - set(seen)
    assert not missing, f"seed {seed} never reached {sorted(missing)}; saw {dict(seen)}"


async def test_paging_the_palette_before_it_is_laid_out_does_not_crash(demo_workspace):
    """Found by the storm above: ctrl+p then PgDn at once crashed Textual 8.2's palette."""
    demo_app = make_app(demo_workspace, watch_rules=False)
    async with demo_app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        for key in ("ctrl+p", "k", "pagedown", "pageup"):
            demo_app._driver.send_message(_key_event(key))  # noqa: SLF001 - no waits between
        await pilot.pause()
        await pilot.pause()
        assert demo_app._exception is None  # noqa: SLF001
        assert type(demo_app.screen).__name__ == "GuardedCommandPalette"


@pytest.mark.parametrize("ahead", ["a", "n", "e", "E"])
async def test_keys_typed_after_quit_do_not_crash_on_the_way_out(demo_workspace, ahead):
    """Found by the storm: q then a key that opens a screen, in one go, crashed the exit
    (the new screen mounted on a closing app). Keys after quit are now dropped."""
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        for key in ("q", ahead):
            app._driver.send_message(_key_event(key))  # noqa: SLF001 - no waits between
        await pilot.pause()
    assert app._exception is None  # noqa: SLF001
    assert app.return_code == 0
