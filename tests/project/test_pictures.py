"""The README's pictures are what scripts/make_pictures.py makes from the real app."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "make_pictures.py"
PICTURES = ROOT / "docs" / "pictures"
README = ROOT / "README.md"


def test_the_committed_pictures_are_what_the_script_makes(tmp_path):
    out = tmp_path / "pictures"
    # A fresh interpreter with another hash seed: nothing may depend on it.
    subprocess.run([sys.executable, str(SCRIPT), str(out)], check=True, capture_output=True,
                   env=dict(os.environ, PYTHONHASHSEED="4321"), timeout=300)
    made = sorted(path.name for path in out.iterdir())
    assert made == sorted(path.name for path in PICTURES.glob("*.svg")), \
        "the pictures differ: run scripts/make_pictures.py"
    for name in made:
        assert (out / name).read_bytes() == (PICTURES / name).read_bytes(), \
            f"docs/pictures/{name} differs: run scripts/make_pictures.py and look at it"


def test_the_pictures_show_what_the_readme_says():
    main = (PICTURES / "main.svg").read_text("utf-8")
    assert "Léa" in main and "Introduction" in main and "What" in main
    french = (PICTURES / "coach-pane-fr.svg").read_text("utf-8")
    assert "qui" in french and "inviter" in french
    assert "mine.toml:8" in (PICTURES / "rule-error.svg").read_text("utf-8")
    assert "Agenda" in (PICTURES / "agenda.svg").read_text("utf-8")


def test_the_readme_opens_with_the_two_commands_and_the_main_picture():
    """The first screenful (about 24 lines): title, one line, the two set-up commands, the
    picture of the app."""
    first = README.read_text("utf-8").splitlines()[:24]
    text = "\n".join(first)
    assert first[0] == "# coach"
    assert ".venv/bin/pip install . && .venv/bin/coach demo" in text
    assert ".venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest" in text
    assert "](docs/pictures/main.svg)" in text
    for name in ("coach-pane-fr.svg", "agenda.svg", "rule-error.svg"):
        assert f"](docs/pictures/{name})" in README.read_text("utf-8")
