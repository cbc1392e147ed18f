"""``coach add`` and ``coach edit`` (issue 16, item 2): someone seen on LinkedIn or met in
person, with the shared connections LinkedIn named, so the introduction path appears."""

from __future__ import annotations

import json

from coach.store import Store
from tests.cli.test_commands import run


def count_people(demo_home) -> int:
    with Store(demo_home / "coach.sqlite3") as store:
        return store.people.count()


def test_add_then_show_gives_the_degree_and_the_path_through_the_named_connection(
        capsys, demo_home):
    code, out, _ = run(capsys, "--home", demo_home, "add", "Inès Vautrin", "--degree", "2",
                       "--mutual", "Bob Nguyen", "--company", "Quartz Finance", "--position",
                       "Head of Partnerships", "--url", "https://www.linkedin.com/in/ines-vautrin",
                       "--follows-me", "--note", "Vue au salon VivaTech")
    assert code == 0 and out.startswith("Added Inès Vautrin (#") and "2nd" in out
    assert "Shared connections: Bob Nguyen" in out
    code, out, _ = run(capsys, "--home", demo_home, "show", "Inès Vautrin", "--json")
    shown = json.loads(out)
    assert shown["degree"] == 2 and shown["follows_me"] is True and shown["company"] == \
        "Quartz Finance"
    paths = [[p["name"] for p in path["people"]] for path in shown["introduction_paths"]]
    assert any(path[1:] == ["Bob Nguyen", "Inès Vautrin"] for path in paths), paths
    assert [note["text"] for note in shown["notes"]] == ["Vue au salon VivaTech"]
    code, out, _ = run(capsys, "--home", demo_home, "show", "Inès Vautrin")
    assert "You → Bob Nguyen → Inès Vautrin" in out


def test_adding_the_same_person_twice_adds_no_one(capsys, demo_home):
    before = count_people(demo_home)
    for _ in range(2):
        assert run(capsys, "--home", demo_home, "add", "Paul Ferrand", "--degree", "3")[0] == 0
        assert run(capsys, "--home", demo_home, "add", "Zoé Ancel", "--url",
                   "https://www.linkedin.com/in/zoe-ancel/?trk=x", "--degree", "out")[0] == 0
    assert count_people(demo_home) == before + 2
    code, out, _ = run(capsys, "--home", demo_home, "add", "Zoé Ancel", "--url",
                       "https://fr.linkedin.com/in/zoe-ancel", "--company", "Brindille")
    assert code == 0 and out.startswith("Updated Zoé Ancel")
    assert count_people(demo_home) == before + 2


def test_a_first_degree_person_is_a_connection(capsys, demo_home):
    assert run(capsys, "--home", demo_home, "add", "Malo Rivière", "--degree", "1")[0] == 0
    code, out, _ = run(capsys, "--home", demo_home, "show", "Malo Rivière", "--json")
    assert json.loads(out)["degree"] == 1


def test_a_shared_connection_that_is_not_exactly_one_connection_writes_nothing(capsys, demo_home):
    before = count_people(demo_home)
    code, _, err = run(capsys, "--home", demo_home, "add", "Eva Lund", "--degree", "2",
                       "--mutual", "Zorglub")
    assert code == 1 and "'Zorglub' is none of your 1st-degree connections" in err
    code, _, err = run(capsys, "--home", demo_home, "add", "Eva Lund", "--degree", "2",
                       "--mutual", "Bob Nguyen", "Thomas Martin", "Zorglub")
    assert code == 1 and count_people(demo_home) == before  # one transaction: nothing written


def test_bad_input_says_why_in_one_line(capsys, demo_home):
    for argv, message in ((["add", " "], "a person needs a name"),
                          (["add", "Eva Lund", "--url", "https://example.com/eva"],
                           "not a LinkedIn profile URL"),
                          (["edit", "Léa Dubois"], "nothing to change"),
                          (["edit", "Léa Dubois", "--url", "nope"], "not a LinkedIn profile URL")):
        code, _, err = run(capsys, "--home", demo_home, *argv)
        assert code == 2 and message in err and err.count("\n") == 1, (argv, err)


def test_edit_corrects_a_person_and_a_new_company_is_a_job_change(capsys, demo_home):
    code, out, _ = run(capsys, "--home", demo_home, "edit", "Léa Dubois", "--company", "Pixel",
                       "--position", "VP Product")
    assert code == 0 and out.startswith("Updated Léa Dubois (#")
    code, out, _ = run(capsys, "--home", demo_home, "show", "Léa Dubois", "--json")
    assert json.loads(out)["company"] == "Pixel"
    with Store(demo_home / "coach.sqlite3") as store:
        lea = next(p.id for p in store.people.all() if p.full_name == "Léa Dubois")
        change = store.job_changes.of(lea)[0]
    assert (change.old_company, change.new_company, change.new_position) == (
        "Parcelle", "Pixel", "VP Product")
