"""The wheel carries the rules and the demo data, and the console script is declared."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "--quiet", "--wheel-dir", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (path,) = out.glob("coach-*.whl")
    with zipfile.ZipFile(path) as archive:
        yield archive


def test_wheel_carries_rules_and_demo_data(wheel):
    names = set(wheel.namelist())
    demo = {path.name for path in (ROOT / "data" / "demo").glob("*.csv")}
    assert "people.csv" in demo
    assert {f"coach/data/demo/{name}" for name in demo} <= names
    rules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "rules").rglob("*") if path.is_file()}
    assert rules and {f"coach/{name}" for name in rules} <= names
    assert "coach/cli/main.py" in names


def test_wheel_declares_the_console_script_and_python(wheel):
    (entry_points,) = [n for n in wheel.namelist() if n.endswith("entry_points.txt")]
    assert "coach = coach.cli.main:main" in wheel.read(entry_points).decode()
    (metadata,) = [n for n in wheel.namelist() if n.endswith("METADATA")]
    text = wheel.read(metadata).decode()
    assert "Requires-Python: >=3.11" in text
    assert "Requires-Dist: textual==" in text  # pinned: snapshot tests depend on it


def test_readme_starts_with_the_two_commands_and_ci_runs_the_second():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [block.split("```", 1)[0] for block in readme.split("```sh\n")[1:3]]
    install, tests = (block.strip() for block in blocks)
    assert "pip install ." in install and install.endswith("coach demo")
    assert "pytest" in tests
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci
