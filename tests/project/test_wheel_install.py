"""The wheel installs in a fresh virtual environment, without the network, and runs the demo
from its own copy of the rules and the demo network (not from this checkout)."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def _run(command: list[str], **options) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, **options)
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result


def test_the_wheel_installed_alone_runs_coach_demo_print(tmp_path):
    # pip reads nothing but this checkout and the wheel (--no-index); it runs without the
    # network guard, whose log would take urllib3's check for IPv6 support (a socket bound
    # to ::1 when pip starts) for network use. coach itself runs guarded below.
    unguarded = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    wheels = tmp_path / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
          "--no-index", "--quiet", "--wheel-dir", str(wheels)], env=unguarded)
    (wheel,) = wheels.glob("coach-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        (metadata,) = [name for name in archive.namelist() if name.endswith("/METADATA")]
        declared = archive.read(metadata).decode("utf-8")
    # The versions the suite was run on, and tomli's error positions.
    assert "Classifier: Programming Language :: Python :: 3.11" in declared
    assert "Classifier: Programming Language :: Python :: 3.12" in declared
    assert "Classifier: Programming Language :: Python :: 3.13" in declared
    assert "Requires-Dist: tomli>=2.1" in declared

    fresh = tmp_path / "fresh"
    _run([sys.executable, "-m", "venv", "--without-pip", str(fresh)])
    python = fresh / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
          "--no-deps", "--no-index", str(wheel)], env=unguarded)
    # textual, numpy… come from this test environment's site-packages (no download).
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]
                     ).stdout.strip())
    (site / "test-environment.pth").write_text(sysconfig.get_path("purelib") + "\n", "utf-8")

    elsewhere = tmp_path / "elsewhere"  # not the checkout: `coach` must not come from it
    elsewhere.mkdir()
    # PYTHONPATH holds the network guard's folder only (tests/hardening/netguard): coach,
    # its rules and its demo come from the fresh environment.
    env = {**os.environ, "COACH_HOME": str(tmp_path / "home")}
    where = _run([str(python), "-c", "import coach.resources as r; print(r.__file__); "
                  "print(r.rules_dir()); print(r.demo_dir())"], cwd=elsewhere, env=env)
    for line in where.stdout.splitlines():
        assert Path(line).is_relative_to(site), f"{line} is not the installed copy"
    assert (Path(where.stdout.splitlines()[1]) / "fr" / "second.toml").is_file()
    assert (Path(where.stdout.splitlines()[1]) / "scenarios").is_dir()

    script = fresh / ("Scripts/coach.exe" if os.name == "nt" else "bin/coach")
    shown = _run([str(script), "demo", "--print"], cwd=elsewhere, env=env).stdout
    assert shown.startswith("coach — demo network\n")
    assert "Me: Camille Laurent" in shown
    assert "2nd degree            150" in shown
    assert "Invitations left this week: 100 of 100" in shown
