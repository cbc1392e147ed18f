"""A seeded storm of random keys across every screen, pane and dialog ends without an exception.

The app runs headless (``App.run_test``) on the demo network. Keys come from the key table
(``coach.tui.keys.ALL_KEYS``) and from the bindings active on the screen shown at the time
(so screens, panes and dialogs added later are covered without editing this test), plus
letters, digits, Enter, Escape, Tab, arrows, Backspace and ctrl+p (the command palette).
Keys are sent as fast as the app takes them, in batches, with a full pause after each batch:
it is also a test of keys arriving while workers run and screens change.

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
NEVER = {"ctrl+q", "ctrl+c", "ctrl+z"}  # quit, copy-or-quit, suspend: they end the run
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


async def _storm(app, rng: random.Random, budget: int, sent: deque, seen: Counter) -> int:
    """Send up to ``budget`` keys to a running app; return how many were sent."""
    table = _table_keys()
    count = 0
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        while count < budget and app.is_running:
            for _ in range(BATCH):
                roll = rng.random()
                if roll < 0.4:
                    try:
                        choices = sorted(app.screen.active_bindings)
                    except Exception:  # noqa: BLE001
                        choices = table
                    key = rng.choice(choices or table)
                elif roll < 0.65:
                    key = rng.choice(table)
                else:
                    key = rng.choice(GENERAL)
                if key in NEVER or _quits(app, key):
                    continue
                sent.append(f"{key}@{_screen_name(app)}")
                app._driver.send_message(_key_event(key))  # noqa: SLF001 - Pilot.press, no waits
                count += 1
            await pilot.pause()
            seen.update(cls.__name__ for cls in type(app.screen).__mro__)
            for pane in app.screen.query("CoachPane"):
                if pane.display:
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
    sent: deque[str] = deque(maxlen=40)
    seen: Counter = Counter()
    total = starts = 0
    while total < KEYS_PER_SEED:
        # An app ended by a key (the palette's "Quit", q on some screen) starts again.
        app = make_app(demo_workspace, demo_banner=DEMO_BANNER, watch_rules=False)
        starts += 1
        total += await _storm(app, rng, KEYS_PER_SEED - total, sent, seen)
        assert app._exception is None, f"seed {seed}: exception after keys: {' '.join(sent)}"  # noqa: SLF001
        assert app.return_code in (None, 0), f"seed {seed}: exit {app.return_code}"
        assert starts < 50, "the app keeps ending: is a quit key not excluded?"
    assert total >= KEYS_PER_SEED
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
