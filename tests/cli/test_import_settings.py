"""Issue 18: an ``[import]`` value of config.toml that cannot be used is said, not kept
silently: one line on stderr for ``coach import`` (naming config.toml, its line and the
key), a notice in the app at start, in English and French; the import uses the default."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli.launch import import_limit_notices
from coach.cli.main import main
from coach.importers.reading import Limits
from coach.tui.app import make_app
from coach.wording import Wording
from coach.workspace import Workspace
from tests.tui.conftest import settle

PEOPLE = "key,first_name,last_name\nana,Ana,Lima\nbo,Bo,Chen\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "people"
    folder.mkdir()
    (folder / "people.csv").write_text(PEOPLE, encoding="utf-8")
    return folder


def _home(tmp_path: Path, settings: str, language: str = "") -> Path:
    home = tmp_path / "home"
    home.mkdir()
    first = f'language = "{language}"\n' if language else ""
    (home / "config.toml").write_text(f"{first}[import]\n{settings}", encoding="utf-8")
    return home


@pytest.mark.parametrize(("value", "written"), [
    ('"big"', '"big"'), ("-5", "-5"), ("0", "0"), ("2.5", "2.5"), ("true", "true"),
])
def test_a_wrong_max_file_mb_is_said_on_stderr_and_the_import_goes_on(
        tmp_path, capsys, value, written):
    home = _home(tmp_path, f"max_file_mb = {value}\n")
    code = main(["--home", str(home), "import", str(_folder(tmp_path)), "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "people added              2" in out
    said = [line for line in err.splitlines() if "[import]" in line]
    assert said == [f"coach: {home / 'config.toml'}:2: [import] max_file_mb = {written} is not "
                    "a whole number of megabytes above 0; using 1024"]


def test_a_wrong_max_ratio_is_said_with_its_line_and_both_problems_are_said(tmp_path, capsys):
    home = _home(tmp_path, 'max_file_mb = "big"\n# the ratio\nmax_ratio = 1\n')
    assert main(["--home", str(home), "import", str(_folder(tmp_path)), "--format", "csv"]) == 0
    err = capsys.readouterr().err
    assert f"{home / 'config.toml'}:4: [import] max_ratio = 1 is not a number above 1; " \
           "using 200" in err
    assert "max_file_mb" in err


def test_good_settings_say_nothing_and_are_used(tmp_path, capsys):
    home = _home(tmp_path, "max_file_mb = 1\nmax_ratio = 50.5\n")
    big = tmp_path / "big"
    big.mkdir()
    (big / "people.csv").write_text(PEOPLE + "x,y,z\n" * 400_000, encoding="utf-8")
    code = main(["--home", str(home), "import", str(big), "--format", "csv"])
    err = capsys.readouterr().err
    assert code == 2
    assert "[import]" not in err.replace("under [import] in config.toml", "")
    assert "people.csv: too large to import (2.3 MiB; the limit is 1.0 MiB" in err
    assert Limits.of({"max_file_mb": 1, "max_ratio": 50.5}) == Limits(1 << 20, 50.5)


def test_the_problem_is_said_in_french(tmp_path, capsys):
    home = _home(tmp_path, "max_ratio = -3\n", language="fr")
    assert main(["--home", str(home), "import", str(_folder(tmp_path)), "--format", "csv"]) == 0
    err = capsys.readouterr().err
    assert (f"coach: {home / 'config.toml'}:3\u00a0: [import] max_ratio = -3 n’est pas un "
            "nombre supérieur à 1\u00a0; coach utilise 200") in err.splitlines()


def test_every_kind_of_wrong_value_keeps_the_default():
    for section in ({"max_file_mb": "big"}, {"max_file_mb": -1}, {"max_file_mb": 0},
                    {"max_file_mb": 2.0}, {"max_file_mb": False}, {"max_ratio": "x"},
                    {"max_ratio": 0.5}, {"max_ratio": float("nan")}, {"max_ratio": True}):
        limits, problems = Limits.read(section)
        assert limits == Limits()
        assert [problem.key for problem in problems] == list(section)
    assert Limits.read({"max_file_mb": 3, "max_ratio": 2}) == (Limits(3 << 20, 2.0), [])
    assert Limits.read(None) == (Limits(), [])


async def test_the_app_shows_the_problem_as_a_notice_at_start(tmp_path):
    home = _home(tmp_path, "max_file_mb = 0\n")
    with Workspace(home) as workspace:
        notices = import_limit_notices(workspace.config, Wording("en"))
        assert notices == [f"{home / 'config.toml'}:2: [import] max_file_mb = 0 is not a whole "
                           "number of megabytes above 0; using 1024"]
        app = make_app(workspace, notices=notices, watch_rules=False)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            told = [str(notice.message) for notice in app._notifications]
            assert notices[0] in told
