"""The theme picked in the app is remembered in the workspace's config.toml and used at
the next start; an unknown theme name there is a config problem naming the known ones
(issue 17, item 7)."""

from __future__ import annotations

import pytest

from coach.config import load_config, save_setting
from coach.tui.app import make_app
from coach.workspace import Workspace
from tests.tui.conftest import settle


@pytest.fixture
def demo_store_home(tmp_path):
    """A workspace folder holding the demo network (closed: each app opens it)."""
    from coach.demo import load_demo

    home = tmp_path / "home"
    with Workspace(home) as workspace:
        load_demo(workspace.store)
    return home


CONFIG = """\
# my settings
language = "en"   # English
premium = false

[keymap]
"main.sort" = "S"
"""


def test_saving_a_setting_keeps_comments_tables_and_other_keys(tmp_path):
    (tmp_path / "config.toml").write_text(CONFIG, encoding="utf-8")
    save_setting(tmp_path, "theme", "nord")
    text = (tmp_path / "config.toml").read_text("utf-8")
    assert text.startswith("# my settings\nlanguage = \"en\"   # English\n")
    assert text.index('theme = "nord"') < text.index("[keymap]")
    config, problems = load_config(tmp_path)
    assert problems == [] and config.theme == "nord" and config.sections["keymap"]
    save_setting(tmp_path, "theme", "gruvbox")  # replaced where it is, not added twice
    text = (tmp_path / "config.toml").read_text("utf-8")
    assert text.count("theme =") == 1 and 'theme = "gruvbox"' in text
    assert load_config(tmp_path)[0].theme == "gruvbox"
    assert [p.name for p in tmp_path.iterdir()] == ["config.toml"]  # no temporary left


def test_saving_into_a_workspace_without_config_creates_it(tmp_path):
    save_setting(tmp_path, "theme", 'odd "name"')
    assert load_config(tmp_path)[0].theme == 'odd "name"'


def test_a_theme_that_is_not_a_name_is_a_config_problem(tmp_path):
    (tmp_path / "config.toml").write_text('language = "en"\ntheme = 3\n', encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert config.theme is None
    assert [str(p) for p in problems] == [f"{tmp_path / 'config.toml'}:2: theme must be the "
                                          "name of a theme"]


async def test_the_theme_picked_is_remembered_and_used_at_the_next_start(demo_store_home):
    home = demo_store_home
    app = make_app(Workspace(home), watch_rules=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        assert app.theme == "textual-dark"
        assert not (home / "config.toml").exists()  # starting writes nothing
        app.theme = "nord"  # what the palette's "Change theme" does
        await settle(app, pilot)
    assert 'theme = "nord"' in (home / "config.toml").read_text("utf-8")
    again = make_app(Workspace(home), watch_rules=False)
    async with again.run_test(size=(120, 30)) as pilot:
        await settle(again, pilot)
        assert again.theme == "nord"
        assert not again._notifications


async def test_the_palette_changes_the_theme_and_it_is_saved(demo_store_home):
    app = make_app(Workspace(demo_store_home), watch_rules=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        await pilot.press(*"theme", "enter")  # "Change theme": a list of themes
        await settle(app, pilot)
        await pilot.press(*"monokai")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.theme == "monokai"
    assert load_config(demo_store_home)[0].theme == "monokai"


async def test_an_unknown_theme_is_a_config_problem_naming_the_known_ones(demo_store_home):
    (demo_store_home / "config.toml").write_text('# mine\ntheme = "solarised"\n',
                                                 encoding="utf-8")
    app = make_app(Workspace(demo_store_home), watch_rules=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        assert app.theme == "textual-dark"
        messages = [str(n.message) for n in app._notifications]
        assert any(f"{demo_store_home / 'config.toml'}:2: unknown theme \"solarised\"; "
                   "known themes: " in m and "nord" in m and "textual-dark" in m
                   for m in messages), messages
    # the bad name stays in the file until the person picks a theme
    assert 'theme = "solarised"' in (demo_store_home / "config.toml").read_text("utf-8")


async def test_while_the_demo_is_shown_the_theme_goes_to_the_persons_workspace(
        demo_workspace, tmp_path):
    own = tmp_path / "own"
    own.mkdir()
    demo_workspace.is_demo = True
    app = make_app(demo_workspace, watch_rules=False, import_home=own)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        app.theme = "dracula"
        await settle(app, pilot)
    assert load_config(own)[0].theme == "dracula"
    assert not (demo_workspace.home / "config.toml").exists()
