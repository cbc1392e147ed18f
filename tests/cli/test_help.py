"""`coach --help` lists every command on one line, in the order of the README's table;
`coach --version` names the version."""

from __future__ import annotations

import re

import pytest

from coach import __version__
from coach.cli.commands import HANDLERS
from coach.cli.main import main
from tests.conftest import ROOT


def readme_commands() -> list[str]:
    """The commands of the README's "Commands" table, in its order (`coach` alone left out)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("\n## Commands\n", 1)[1].split("\n## ", 1)[0]
    return [match for match in re.findall(r"^\| `coach (\w[\w-]*)", table, re.MULTILINE)]


def help_commands(capsys, monkeypatch) -> list[str]:
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    listing = out.split("positional arguments:\n", 1)[1].split("\n\n", 1)[0]
    lines = listing.splitlines()[1:]  # after the COMMAND heading
    for line in lines:
        assert re.match(r"^    [a-z]+ +\S", line), f"not one line for one command: {line!r}"
        assert len(line) <= 80
    return [line.split()[0] for line in lines]


def test_help_lists_every_command_on_one_line_in_the_readme_order(capsys, monkeypatch):
    listed = help_commands(capsys, monkeypatch)
    assert sorted(listed) == sorted(HANDLERS)
    assert listed == readme_commands(), "put the commands in the same order in both"


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"coach {__version__}\n"
