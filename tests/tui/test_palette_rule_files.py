"""The palette lists each rule file once, the workspace's copy first (it shadows the shipped
file of the same name), and a copy made while the app runs is listed without a restart."""

from __future__ import annotations

import shutil

from coach.cli.main import main
from coach.config import rules_dir
from coach.tui.app import make_app
from coach.tui.commands import CoachCommands
from tests.tui.conftest import settle


async def rule_file_commands(app) -> list[tuple[str, str]]:
    """(title, path) of each "Edit rule file" command the palette offers, in its order."""
    provider = CoachCommands(app.screen)
    hits = [hit async for hit in provider.discover()]
    return [(str(hit.display), hit.help) for hit in hits
            if str(hit.display).startswith("Edit rule file")]


async def test_each_rule_file_once_the_workspaces_first_and_new_copies_at_once(
        demo_workspace):
    shipped = sorted(path.name for path in rules_dir().glob("*.toml"))
    assert "second.toml" in shipped
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        before = await rule_file_commands(app)
        assert [title for title, _ in before] == [f"Edit rule file {name}" for name in shipped]

        own = demo_workspace.home / "rules"
        own.mkdir()  # made while the app runs, as `coach rules init` would
        shutil.copy(rules_dir() / "second.toml", own / "second.toml")
        (own / "mine.toml").write_text("", encoding="utf-8")
        after = await rule_file_commands(app)
        paths = [path for _, path in after]
        assert paths[:2] == [str(own / "mine.toml"), str(own / "second.toml")]
        assert [title for title, _ in after].count("Edit rule file second.toml") == 1
        assert str(rules_dir() / "second.toml") not in paths
        assert len(after) == len(shipped) + 1


async def test_after_rules_init_no_file_is_listed_twice(demo_workspace, capsys):
    assert main(["--home", str(demo_workspace.home), "rules", "init"]) == 0
    capsys.readouterr()
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        commands = await rule_file_commands(app)
        titles = [title for title, _ in commands]
        assert len(titles) == len(set(titles)) > 0
        own = str(demo_workspace.home / "rules")
        assert all(path.startswith(own) for _, path in commands)
