"""``coach import`` and ``coach export`` from the command line: reports and exit codes."""

from __future__ import annotations

import json
import shutil

import pytest

from coach.cli.main import main
from tests.importers.helpers import LINKEDIN


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _contacts(capsys, home) -> list[dict]:
    code, out, _ = run(capsys, "--home", home, "contacts", "--json")
    assert code == 0
    return sorted(({k: c[k] for k in ("name", "profile_url", "degree", "mutual_connections",
                                      "follows_me", "i_follow", "last_interaction")}
                   for c in json.loads(out)), key=lambda c: (c["profile_url"] or "", c["name"]))


def test_import_a_linkedin_export_prints_the_report(capsys, tmp_path):
    home = tmp_path / "home"
    code, out, err = run(capsys, "--home", home, "import", LINKEDIN / "export-2024")
    assert code == 0, err
    assert "Imported" in out and "(linkedin export)" in out
    for words in ("people added", "hidden members", "rows skipped: 3",
                  "Member_Follows.csv:5: 2 people are named 'Thomas Martin'",
                  "ambiguous follows, not recorded: Thomas Martin", "you: Camille Laurent"):
        assert words in out
    code, out, _ = run(capsys, "--home", home, "import", LINKEDIN / "export-2024", "--json")
    report = json.loads(out)
    assert report["counts"]["people added"] == 0 and report["counts"]["connections added"] == 0
    assert {"file": "Notes.csv", "line": 4, "reason": "2 people are named 'Thomas Martin'"} in \
        report["skipped"]


def test_format_linkedin_on_a_zip_and_a_single_connections_file(capsys, tmp_path):
    archive = shutil.make_archive(str(tmp_path / "export"), "zip", LINKEDIN / "export-2024")
    code, out, _ = run(capsys, "--home", tmp_path / "a", "import", archive, "--format", "linkedin")
    assert code == 0 and "connections added" in out
    single = tmp_path / "my connections (1).csv"
    shutil.copy(LINKEDIN / "export-2024" / "Connections.csv", single)
    code, out, err = run(capsys, "--home", tmp_path / "b", "import", single, "--me", "Camille Laurent")
    assert code == 0, err
    assert "connections added" in out and "9" in out


def test_files_of_no_known_format_exit_2_saying_what_was_expected(capsys, tmp_path):
    home = tmp_path / "home"
    for path in (LINKEDIN / "not-an-export.csv", tmp_path / "mystery.dat"):
        if not path.exists():
            path.write_text("???")
        code, out, err = run(capsys, "--home", home, "import", path)
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and "expected a LinkedIn export" in err
        assert "nothing was imported" in err
    code, _, err = run(capsys, "--home", home, "import", LINKEDIN / "not-an-export.csv",
                       "--format", "linkedin")
    assert code == 2 and "not a LinkedIn export file" in err
    with pytest.raises(SystemExit) as caught:  # argparse: a format coach does not know
        main(["--home", str(home), "import", str(LINKEDIN / "export-2024"), "--format", "bogus"])
    assert caught.value.code == 2 and "invalid choice: 'bogus'" in capsys.readouterr().err


def test_teammate_and_search_results_from_the_command_line(capsys, tmp_path):
    home = tmp_path / "home"
    assert run(capsys, "--home", home, "import", LINKEDIN / "teammate-carla",
               "--teammate", "Carla Rossi")[0] == 2  # no me yet
    assert run(capsys, "--home", home, "import", LINKEDIN / "export-2024")[0] == 0
    code, out, _ = run(capsys, "--home", home, "import", LINKEDIN / "teammate-carla",
                       "--teammate", "Carla Rossi")
    assert code == 0 and "teammate:Carla Rossi" in out
    code, out, _ = run(capsys, "--home", home, "show", "Karim Saidi", "--json")
    shown = json.loads(out)
    assert shown["degree"] == 2
    code, out, _ = run(capsys, "--home", home, "import", LINKEDIN / "search-results.csv")
    assert code == 0 and "degree hints recorded" in out and "search-results.csv:7:" in out
    contacts = {c["profile_url"]: c for c in _contacts(capsys, home)}
    assert contacts["https://www.linkedin.com/in/yann-kerouac"]["degree"] == 3


def test_export_then_import_into_an_empty_workspace(capsys, tmp_path):
    home, copy = tmp_path / "home", tmp_path / "copy"
    assert run(capsys, "--home", home, "export", tmp_path / "nothing")[0] == 2  # empty
    run(capsys, "--home", home, "import", LINKEDIN / "export-2024")
    code, out, _ = run(capsys, "--home", home, "export", tmp_path / "out")
    assert code == 0 and "Exported to" in out and "people" in out
    code, _, err = run(capsys, "--home", home, "export", tmp_path / "out")
    assert code == 2 and "already exists" in err
    assert run(capsys, "--home", home, "export", tmp_path / "out", "--force")[0] == 0
    assert run(capsys, "--home", copy, "import", tmp_path / "out")[0] == 0
    assert _contacts(capsys, copy) == _contacts(capsys, home)
    for name in ("net.graphml", "net.json"):
        assert run(capsys, "--home", home, "export", tmp_path / name)[0] == 0
    graph_home = tmp_path / "graph"
    assert run(capsys, "--home", graph_home, "import", tmp_path / "net.graphml")[0] == 0
    degrees = lambda contacts: sorted((c["profile_url"] or "", c["degree"], c["i_follow"])  # noqa: E731
                                      for c in contacts)
    assert degrees(_contacts(capsys, graph_home)) == degrees(_contacts(capsys, home))


def test_export_onto_the_store_is_refused_even_with_force(capsys, tmp_path):
    """Issue 18: `coach export <home>/coach.sqlite3 --force --format json` replaced the store."""
    home = tmp_path / "home"
    run(capsys, "--home", home, "import", LINKEDIN / "export-2024")
    store = home / "coach.sqlite3"
    before = store.read_bytes()
    for target in (store, home / "backup.json", home):
        code, _, err = run(capsys, "--home", home, "export", target, "--force", "--format", "json")
        assert code == 2 and err.count("\n") == 1 and "workspace" in err
    assert store.read_bytes() == before
    assert run(capsys, "--home", home, "contacts")[0] == 0
