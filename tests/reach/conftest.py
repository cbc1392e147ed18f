"""The demo network, and the demo with a teammate's export, as workspaces the reach tests read."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli.main import main
from coach.resources import demo_dir

TEAMMATE_CONNECTIONS = """\
Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Pauline,Roux,https://www.linkedin.com/in/pauline-roux-2970e8,,Orbiteo,CSM,04 Feb 2021
Ayşe,Çelik,https://www.linkedin.com/in/ayse-celik,,Cartalis,Customer Success Manager,10 Oct 2025
Noé,Petit,https://www.linkedin.com/in/noe-petit,,"CARTALIS, S.A.S.",Data Scientist,11 Nov 2023
Ines,Garnier,https://www.linkedin.com/in/ines-garnier,,Cartalisium,Data Scientist,01 Jan 2020
"""
"""Carla Rossi's connections: Pauline Roux (mine), Ayşe Çelik (2nd degree at Cartalis),
Noé Petit (new, at "CARTALIS, S.A.S."), Ines Garnier (at another company whose name starts
the same way)."""


def _run(*argv: str) -> int:
    return main(list(argv))


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory) -> Path:
    """A workspace holding the demo network, imported as a person would."""
    folder = tmp_path_factory.mktemp("reach") / "demo"
    assert _run("--home", str(folder), "import", str(demo_dir()), "--format", "csv") == 0
    return folder


@pytest.fixture(scope="session")
def teammate_home(tmp_path_factory) -> Path:
    """The demo network and the export of a teammate, Carla Rossi (``--teammate``)."""
    root = tmp_path_factory.mktemp("reach-teammate")
    folder = root / "home"
    export = root / "carla-export"
    export.mkdir()
    (export / "Connections.csv").write_text(TEAMMATE_CONNECTIONS, encoding="utf-8")
    assert _run("--home", str(folder), "import", str(demo_dir()), "--format", "csv") == 0
    assert _run("--home", str(folder), "import", str(export), "--teammate", "Carla Rossi") == 0
    return folder
