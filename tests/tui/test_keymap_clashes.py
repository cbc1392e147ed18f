"""A keymap entry that takes another binding's key: the person's entry wins, a notice at
start names both binding ids, and the help screen lists the key once."""

from __future__ import annotations

import tomli

from coach.demo import DEMO_BANNER
from coach.tui.app import make_app
from coach.tui.key_clashes import NO_KEY, settle_clashes
from coach.tui.keys import ALL_KEYS, read_keymap
from coach.tui.screens.help import HelpScreen
from coach.wording import Wording
from tests.tui.conftest import settle


def keymap_of(text: str, words: Wording | None = None):
    return read_keymap(tomli.loads(text).get("keymap"), "config.toml", words)


def test_the_default_keys_never_clash():
    defaults = {key.id: key.keys for key in ALL_KEYS}
    assert settle_clashes(defaults, ALL_KEYS, "[keymap]") == (defaults, [])


def test_an_entry_taking_a_key_wins_it_and_both_ids_are_named():
    keymap, problems = keymap_of('[keymap]\n"log.met" = "v"\n')
    assert keymap == {"log.met": "v", "log.visited": NO_KEY}
    assert problems == ['config.toml: [keymap]: log.met = "v" takes v from log.visited, which '
                        'has no key left: give it one in [keymap]']


def test_the_other_binding_keeps_its_other_keys():
    keymap, problems = keymap_of('[keymap]\nmain.sort = "j"\n')
    assert keymap == {"main.sort": "j", "list.down": "down"}
    assert problems == ['config.toml: [keymap]: main.sort = "j" takes j from list.down, which '
                        'keeps down']


def test_two_entries_on_one_key_the_first_written_keeps_it_and_a_move_is_no_clash():
    keymap, problems = keymap_of('[keymap]\nmain.sort = "x"\nmain.tag = "x,Z"\n'
                                 '"log.visited" = "V"\n"log.met" = "v"\n')
    assert keymap == {"main.sort": "x", "main.tag": "Z", "log.visited": "V", "log.met": "v"}
    assert problems == ['config.toml: [keymap]: main.sort = "x" takes x from main.tag, which '
                        'keeps Z']


def test_the_clash_is_told_in_french():
    _, problems = keymap_of('[keymap]\n"log.met" = "v"\n', Wording("fr"))
    assert problems == ['config.toml: [keymap]\u00a0: log.met = "v" prend la touche v à '
                        'log.visited, qui n’a plus de touche\u00a0: attribuez-lui une touche '
                        'dans [keymap]']


async def test_the_app_tells_the_clash_and_v_logs_met_and_help_lists_one_v(demo_workspace):
    demo_workspace.is_demo = True
    keymap, problems = keymap_of('[keymap]\n"log.met" = "v"\n')
    app = make_app(demo_workspace, keymap=keymap, notices=problems, demo_banner=DEMO_BANNER,
                   watch_rules=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        told = [str(n.message) for n in app._notifications]
        assert any("log.met" in note and "log.visited" in note for note in told)
        await pilot.press("slash", *"Léa Dubois", "enter")
        await settle(app, pilot)
        person_id = app.main_screen.contact_list.person_id
        store = app.service.store
        before = [i.kind for i in store.interactions.of(person_id)]
        await pilot.press("v")
        await settle(app, pilot)
        after = [i.kind for i in store.interactions.of(person_id)]
        assert after.count("met") == before.count("met") + 1
        assert after.count("visited") == before.count("visited")
        assert "" not in app.main_screen.active_bindings  # the footer shows no keyless entry

        await pilot.press("question_mark")
        await settle(app, pilot)
        rows = app.screen.rows if isinstance(app.screen, HelpScreen) else []
        assert [keys for keys, _ in rows].count("v") == 1
        assert ("v", "Met") in rows and ("—", "Visited") in rows


def test_keys_of_the_detail_pane_clash_only_where_they_are_active():
    """The pane's keys work while it has the focus: taking v there leaves the list's v."""
    keymap, problems = keymap_of('[keymap]\n"pane.delete" = "v"\n')
    assert keymap == {"pane.delete": "v"} and problems == []
    keymap, problems = keymap_of('[keymap]\n"pane.delete" = "question_mark"\n')
    assert keymap["app.help"] == NO_KEY and "takes question_mark from app.help" in problems[0]
