"""The command-line contract, run in-process through ``main(argv)`` on real workspaces."""

from __future__ import annotations

import json
import os
import stat

import pytest

from coach.cli.main import main
from coach.store import Store
from tests.conftest import FIXTURES

SMALL = FIXTURES / "small"


@pytest.fixture
def home(tmp_path, capsys):
    """A workspace holding the small fixture network (me, Bob, Carla, Léa, two Thomas Martin…)."""
    folder = tmp_path / "home"
    assert main(["--home", str(folder), "import", str(SMALL)]) == 0
    capsys.readouterr()
    return folder


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_prints_a_report_and_stores_privately(capsys, tmp_path):
    folder = tmp_path / "fresh"
    code, out, _err = run(capsys, "--home", folder, "import", SMALL)
    assert code == 0
    assert "people added" in out and "connections added" in out
    database = folder / "coach.sqlite3"
    assert stat.S_IMODE(os.stat(database).st_mode) == 0o600


def test_home_from_the_environment(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_HOME", str(tmp_path / "env-home"))
    assert run(capsys, "import", SMALL)[0] == 0
    assert (tmp_path / "env-home" / "coach.sqlite3").exists()
    code, out, _ = run(capsys, "contacts", "--json")
    assert code == 0 and len(json.loads(out)) == 7


def test_contacts_json_contract(capsys, home):
    code, out, _ = run(capsys, "--home", home, "contacts", "--json")
    assert code == 0
    contacts = json.loads(out)
    required = {"id", "name", "display_name", "degree", "mutual_connections", "follows_me", "i_follow"}
    assert all(required <= contact.keys() for contact in contacts)
    by_ref = {contact["ref"]: contact for contact in contacts}
    assert by_ref["lea"]["degree"] == 2 and by_ref["lea"]["mutual_connections"] == 2
    # 3rd degree, but we share a group: fellow members see each other's full names
    assert by_ref["zoe"]["display_name"] == "Zoé Petit" and by_ref["zoe"]["i_follow"] is True
    assert by_ref["fan"]["degree"] is None
    assert by_ref["fan"]["display_name"] == "LinkedIn Member"
    assert by_ref["fan"]["follows_me"] is True and by_ref["fan"]["i_follow"] is False
    assert by_ref["bob"]["follows_me"] and by_ref["bob"]["i_follow"]
    assert "me" not in by_ref


def test_contacts_filters(capsys, home):
    def refs(*options):
        code, out, _ = run(capsys, "--home", home, "contacts", "--json", *options)
        assert code == 0
        return {contact["ref"] for contact in json.loads(out)}

    assert refs("--degree", "1") == {"bob", "carla", "tm1"}
    assert refs("--degree", "2") == {"lea"}
    assert refs("--degree", "3") == {"tm2", "zoe"}
    assert refs("--degree", "out") == {"fan"}
    assert refs("--followers") == {"bob", "carla", "tm1", "fan"}
    assert refs("--search", "pixel") == {"lea", "tm2"}
    assert refs("--search", "LEA") == {"lea"}


def test_contacts_table(capsys, home):
    code, out, _ = run(capsys, "--home", home, "contacts", "--degree", "3")
    assert code == 0
    assert "Thomas M." in out and "Thomas Martin" not in out  # 3rd degree: an initial
    assert "Zoé Petit" in out  # 3rd degree too, but we share a group


def test_bad_degree_is_exit_2(capsys, home):
    with pytest.raises(SystemExit) as caught:
        main(["--home", str(home), "contacts", "--degree", "7"])
    assert caught.value.code == 2


def test_show_text_and_json(capsys, home):
    code, out, _ = run(capsys, "--home", home, "show", "lea")
    assert code == 0
    assert "Léa Dubois  [2nd]" in out
    assert "Shared connections: Bob Nguyen, Carla Rossi" in out
    assert "You → Bob Nguyen → Léa Dubois" in out  # Bob is tagged close: asked first
    assert "Invitation sent 2026-11-18: pending" in out
    code, out, _ = run(capsys, "--home", home, "show", "https://www.linkedin.com/in/zoe-petit/", "--json")
    data = json.loads(out)
    assert data["display_name"] == "Zoé Petit" and data["shares_group"] and data["open_profile"]
    assert data["flags"]["shares_group"] and not data["flags"]["coworker"]
    paths = data["introduction_paths"]
    assert [[p["display_name"] for p in path["people"]] for path in paths] == [
        ["Camille Laurent", "Bob Nguyen", "Léa Dubois", "Zoé Petit"],
        ["Camille Laurent", "Carla Rossi", "Léa Dubois", "Zoé Petit"],
    ]


def test_show_ambiguous_lists_candidates_and_exits_1(capsys, home):
    code, out, err = run(capsys, "--home", home, "show", "thomas martin")
    assert code == 1 and out == ""
    assert "2 people match 'thomas martin'" in err
    assert "Account Executive · Acme" in err and "Developer · Pixel" in err


def test_show_by_typo_url_and_id(capsys, home):
    assert "Léa Dubois" in run(capsys, "--home", home, "show", "lea duboys")[1]
    assert "Léa Dubois" in run(capsys, "--home", home, "show", "https://fr.linkedin.com/in/l%C3%A9a-dubois/")[1]
    code, out, _ = run(capsys, "--home", home, "show", "#1")
    assert code == 0 and "Camille Laurent" in out
    code, _out, err = run(capsys, "--home", home, "show", "nobody at all")
    assert code == 1 and "no one matches" in err


def test_log_stores_and_refuses_what_makes_no_sense(capsys, home):
    code, out, _ = run(capsys, "--home", home, "log", "carla", "met", "--at", "2026-11-20", "--note", "lunch")
    assert code == 0 and "Carla Rossi" in out
    code, _, err = run(capsys, "--home", home, "log", "bob", "invited")
    assert (code, err.strip()) == (1, "coach: not logged: Invite to connect: You are already "
                                      "connected.")
    code, _, err = run(capsys, "--home", home, "log", "lea", "invited")
    assert code == 1 and "already waiting" in err
    code, _, err = run(capsys, "--home", home, "log", "lea", "danced")
    assert code == 2
    code, _, err = run(capsys, "--home", home, "log", "lea", "visited", "--at", "yesterday-ish")
    assert code == 2 and "\n" not in err.strip()
    with Store(home / "coach.sqlite3") as store:
        carla = store.people.by_ref("carla").id
        kinds = [(i.kind, i.at[:10], i.note) for i in store.interactions.of(carla)]
    assert ("met", "2026-11-20", "lunch") in kinds


def test_log_connected_changes_the_degree(capsys, home):
    assert run(capsys, "--home", home, "log", "lea", "connected", "--at", "2026-11-21")[0] == 0
    code, out, _ = run(capsys, "--home", home, "contacts", "--json", "--degree", "1")
    assert "lea" in {contact["ref"] for contact in json.loads(out)}


def test_tag_and_me(capsys, home):
    assert run(capsys, "--home", home, "tag", "zoe", "prospect", "client")[0] == 0
    code, out, _ = run(capsys, "--home", home, "show", "zoe", "--json")
    assert set(json.loads(out)["tags"]) >= {"prospect", "client"}
    assert run(capsys, "--home", home, "tag", "zoe", "client", "--remove")[0] == 0
    assert "client" not in json.loads(run(capsys, "--home", home, "show", "zoe", "--json")[1])["tags"]
    code, out, _ = run(capsys, "--home", home, "me")
    assert code == 0 and "Camille Laurent" in out
    assert run(capsys, "--home", home, "me", "lea")[0] == 0
    code, out, _ = run(capsys, "--home", home, "contacts", "--json", "--degree", "1")
    assert {contact["ref"] for contact in json.loads(out)} == {"bob", "carla", "tm2", "zoe"}


def test_import_errors_are_one_line_exit_2_and_keep_the_store(capsys, home, tmp_path):
    with Store(home / "coach.sqlite3") as store:
        before = store.db.dump()
    bad = tmp_path / "bad.txt"
    bad.write_text("1 2\n2 3\nthree\n")
    code, _, err = run(capsys, "--home", home, "import", bad)
    assert code == 2
    assert err.strip().count("\n") == 0
    assert "bad.txt:3:" in err and "nothing was imported" in err
    code, _, err = run(capsys, "--home", home, "import", bad.with_name("ok.txt"))
    assert code == 2 and "no such file" in err
    good = tmp_path / "edges.txt"
    good.write_text("1 2\n")
    code, _, err = run(capsys, "--home", home, "import", good, "--me", "42")
    assert code == 2 and "--me 42" in err
    with Store(home / "coach.sqlite3") as store:
        assert store.db.dump() == before


def test_summary_and_empty_workspace_shows_the_demo(capsys, home, tmp_path):
    code, out, _ = run(capsys, "--home", home)
    assert code == 0 and "1st degree" in out and "Camille Laurent" in out
    code, out, err = run(capsys, "--home", tmp_path / "empty")
    assert code == 0
    assert "showing the demo network" in err and "coach import" in err
    assert "2nd degree" in out
    code, _, err = run(capsys, "--home", tmp_path / "empty2", "log", "lea", "visited")
    assert code == 2


def test_unreadable_workspace_is_exit_2(capsys, tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "coach.sqlite3").write_bytes(b"this is not a database at all" * 100)
    code, _, err = run(capsys, "--home", folder, "contacts")
    assert code == 2 and "cannot open the workspace" in err
