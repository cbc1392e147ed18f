"""Workspaces the command-line tests share."""

from __future__ import annotations

import pytest

from coach.cli.main import main
from coach.resources import demo_dir


@pytest.fixture
def demo_home(tmp_path, capsys):
    """A workspace holding the demo network, imported as a person would."""
    folder = tmp_path / "home"
    assert main(["--home", str(folder), "import", str(demo_dir()), "--format", "csv"]) == 0
    capsys.readouterr()
    return folder
