"""The keymap in config.toml: checked with kind messages, applied to the app's bindings."""

from __future__ import annotations

import tomli

from coach.demo import DEMO_BANNER
from coach.tui.app import make_app
from coach.tui.keys import ALL_KEYS, read_keymap, shown_keys
from tests.tui.conftest import settle


def keymap_of(text: str):
    return read_keymap(tomli.loads(text).get("keymap"), "config.toml")


def test_dotted_and_quoted_ids_are_read_and_unknown_ones_get_did_you_mean():
    keymap, problems = keymap_of('[keymap]\nmain.sort = "S"\n"log.met" = "x, ctrl+g"\n'
                                 'main.serch = "ctrl+f"\n')
    assert keymap == {"main.sort": "S", "log.met": "x,ctrl+g"}
    assert problems == ["config.toml: [keymap]: unknown binding 'main.serch'; "
                        "did you mean 'main.search'?"]


def test_bad_values_are_refused_with_the_binding_named():
    keymap, problems = keymap_of('[keymap]\nmain.sort = 3\nmain.tag = "two words"\n')
    assert keymap == {}
    assert len(problems) == 2
    assert problems[0].startswith("config.toml: [keymap]: main.sort must be keys")
    assert "main.tag" in problems[1]
    assert read_keymap(None) == ({}, [])
    assert read_keymap("x", "c.toml")[1] == ["c.toml: [keymap] must be a table of binding "
                                             "ids and keys"]


def test_every_binding_has_a_unique_id_and_shown_keys():
    ids = [key.id for key in ALL_KEYS]
    assert len(ids) == len(set(ids))
    search = next(key for key in ALL_KEYS if key.id == "main.search")
    assert shown_keys(search, {}) == "/"
    assert shown_keys(search, {"main.search": "slash,ctrl+f"}) == "/ ctrl+f"


async def test_a_remapped_key_works_and_the_chips_and_help_show_it(demo_workspace):
    demo_workspace.is_demo = True
    keymap, _ = keymap_of('[keymap]\nmain.sort = "S"\nmain.second = "x"\n')
    app = make_app(demo_workspace, keymap=keymap, demo_banner=DEMO_BANNER, watch_rules=False,
                   notices=["config.toml:3: unknown key 'langage'"])
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert any("langage" in str(n.message) for n in app._notifications)
        assert screen.wanted.sort == "degree"
        await pilot.press("s")  # no longer bound
        await settle(app, pilot)
        assert screen.wanted.sort == "degree"
        await pilot.press("S")
        await settle(app, pilot)
        assert screen.wanted.sort != "degree"
        await pilot.press("x")
        await settle(app, pilot)
        assert screen.wanted.degree is not None and int(screen.wanted.degree) == 2
        chips = str(screen.query_one("#filters").render())
        assert "S sort:" in chips and "x 2nd" in chips
        await pilot.press("question_mark")
        await settle(app, pilot)
        rows = dict((what, keys) for keys, what in app.screen.rows)
        assert rows["Sort"] == "S" and rows["2nd degree"] == "x" and rows["Search"] == "/"
