"""``coach paste`` on a profile's mutual-connections list: ``--of QUERY`` or its heading."""

from __future__ import annotations

from coach.importers.paste import MUTUALS, SEARCH_RESULTS, parse_paste
from tests.importers.pasting import (
    demo_home,
    dump_home,
    paste_file,
    pasted_twice_adds_nothing,
    run,
    stored,
)

LIST = """Bob Nguyen
View Bob Nguyen’s profile
Bob Nguyen
 • 1st
1st degree connection
Senior Product Designer @ Mélusine AI
Paris
Message

Carla Rossi 🌟
View Carla Rossi’s profile
Carla Rossi
Status is online
 • 1st
VP Marketing at Quartz Finance
Message
"""
HEADED = "Julien Poirier\nMutual connections with Julien Poirier\n5 mutual connections\n\n" + LIST
FRENCH = ("Relations en commun avec Julien Poirier\n5 relations en commun\n\n"
          + LIST.replace("View Bob Nguyen’s profile", "Voir le profil de Bob Nguyen")
          .replace("View Carla Rossi’s profile", "Voir le profil de Carla Rossi")
          .replace("• 1st", "• 1er").replace("1st degree connection", "Relation de 1er niveau"))


def test_the_heading_names_whose_mutual_connections_these_are():
    for text in (HEADED, FRENCH, HEADED.replace("\n", "\r\n")):
        pasted = parse_paste(text)
        assert (pasted.page, pasted.mutuals_of, pasted.mutual_total) == (
            MUTUALS, "Julien Poirier", 5)
        assert [(p.name, p.degree.label) for p in pasted.people] == [
            ("Bob Nguyen", "1st"), ("Carla Rossi", "1st")]
        assert pasted.unread == []
    assert parse_paste("12 mutual connections with Ana Lima\n" + LIST).mutual_total == 12


def test_without_heading_nor_of_the_page_is_search_results():
    pasted = parse_paste(LIST)
    assert (pasted.page, pasted.mutuals_of) == (SEARCH_RESULTS, "")


def _show(capsys, home, name):
    code, out, err = run(capsys, "--home", home, "show", name)
    assert code == 0, err
    return out


def test_the_heading_links_each_shared_connection(capsys, tmp_path):
    home = demo_home(capsys, tmp_path)
    assert "Julien Poirier  [3rd]" in _show(capsys, home, "Julien Poirier")
    counts = pasted_twice_adds_nothing(capsys, home, tmp_path, HEADED)
    assert (counts["mutual connections read"], counts["shared connections added"]) == (2, 2)
    out = _show(capsys, home, "Julien Poirier")
    assert "Julien Poirier  [2nd]" in out and "5 mutual connections" in out
    assert "You → Bob Nguyen → Julien Poirier" in out
    assert "You → Carla Rossi → Julien Poirier" in out
    with stored(home) as store:
        julien = store.people.by_url("https://www.linkedin.com/in/jpoirier20")
        hint = store.hints.get(julien.id)
    assert (hint.degree.label, hint.mutual_connections) == ("2nd", 5)


def test_of_names_the_person_and_wins_over_the_heading(capsys, tmp_path):
    home = demo_home(capsys, tmp_path)
    code, out, err = paste_file(capsys, home, tmp_path, HEADED, "--of", "Nuria Núñez")
    assert code == 0, err
    assert (out["page"], out["mutual_connections_of"]) == ("mutual connections", "Nuria Núñez")
    assert "You → Carla Rossi → Nuria Núñez" in _show(capsys, home, "Nuria Núñez")
    assert "Julien Poirier  [3rd]" in _show(capsys, home, "Julien Poirier")


def test_of_on_a_page_without_heading_and_the_dry_run(capsys, tmp_path):
    home = demo_home(capsys, tmp_path)
    before = dump_home(home)
    file = tmp_path / "list.txt"
    file.write_text(LIST, encoding="utf-8")
    code, out, err = run(capsys, "--home", home, "paste", file, "--of", "Nuria", "--dry-run")
    assert code == 1 and "people match 'Nuria'" in err  # several Nuria in the demo
    code, out, err = run(capsys, "--home", home, "paste", file, "--of", "Nuria Núñez",
                         "--dry-run")
    assert code == 0, err
    assert "Recognised 2 people (connections you share with Nuria Núñez)" in out
    assert dump_home(home) == before
    code, out, err = run(capsys, "--home", home, "paste", file, "--of", "Nobody Here")
    assert code == 1 and "no one matches 'Nobody Here'" in err
    assert dump_home(home) == before


def test_a_heading_naming_someone_new_adds_them_at_the_second_degree(capsys, tmp_path):
    home = demo_home(capsys, tmp_path)
    text = HEADED.replace("Julien Poirier", "Ingrid Solberg")
    counts = pasted_twice_adds_nothing(capsys, home, tmp_path, text)
    assert counts["people added"] == 1
    out = _show(capsys, home, "Ingrid Solberg")
    assert "Ingrid Solberg  [2nd]" in out and "5 mutual connections" in out
    assert "You → Bob Nguyen → Ingrid Solberg" in out


def test_someone_not_first_degree_in_the_list_is_reported_not_linked(capsys, tmp_path):
    home = demo_home(capsys, tmp_path)
    text = HEADED + ("\nNadia Benali\nView Nadia Benali’s profile\n • 2nd\nAgile Coach\n"
                     "Connect\n")
    code, out, err = paste_file(capsys, home, tmp_path, text)
    assert code == 0, err
    assert out["report"]["counts"]["shared connections added"] == 2
    assert [(row["line"], row["reason"]) for row in out["report"]["skipped"]] == [
        (22, "not a 1st-degree connection: not one of the connections you share")]


def test_wrong_uses_of_of_are_bad_input(capsys, tmp_path, monkeypatch):
    home = demo_home(capsys, tmp_path)
    before = dump_home(home)
    followers = "Followers\nKofi Ouédraogo\nProduct Manager\nFollowing\n"
    code, _, err = run(capsys, "--home", home, "paste", "--of", "Nuria Núñez",
                       stdin=followers, monkeypatch=monkeypatch)
    assert code == 2 and "--of goes with a list of mutual connections" in err
    code, _, err = run(capsys, "--home", home, "paste", "--of", "Camille Laurent",
                       stdin=LIST, monkeypatch=monkeypatch)
    assert code == 2 and "--of names you" in err
    code, _, err = run(capsys, "--home", home, "paste", stdin=HEADED.replace(
        "Julien Poirier", "Thomas Martin"), monkeypatch=monkeypatch)
    assert code == 2 and "2 people are named 'Thomas Martin'" in err and "--of" in err
    assert dump_home(home) == before
