"""``coach paste`` on the connections list (My network → Connections), English and French."""

from __future__ import annotations

import pytest

from coach.importers.paste import CONNECTIONS, parse_paste
from tests.importers.helpers import LINKEDIN
from tests.importers.pasting import (
    demo_home,
    paste_file,
    pasted_twice_adds_nothing,
    run,
    sample,
    stored,
)

SAMPLE = [("Aminata Touré", "1st", "Chef de projet at Lagune Digital", "2026-11-04"),
          ("Bob Nguyen", "1st", "Senior Product Designer @ Mélusine AI | Tech for good",
           "2019-03-12")]

FRENCH = """1 796 relations
Trier par : Ajouts récents

Nom du membre
Aminata Touré
Profession du membre
Chef de projet chez Lagune Digital
Relation établie le 4 novembre 2026
Message

Nom du membre
Bob Nguyen
Profession du membre
Senior Product Designer @ Mélusine AI
Relation établie le 1er mars 2019
Message

Nom du membre
Agnès Rousseau
Profession du membre
DevOps Engineer chez Lémanis
Relation établie le 12 févr. 2020
Message
"""

WITHOUT_LABELS = """Connections
Aminata Touré
Chef de projet at Lagune Digital
Connected on November 4, 2026
Message
Bob Nguyen
Senior Product Designer
Connected on March 12, 2019
Message
"""


def read(text: str) -> list[tuple]:
    pasted = parse_paste(text)
    assert pasted.page == CONNECTIONS
    return [(p.name, p.degree.label, p.headline, p.connected_on) for p in pasted.people]


def test_the_sample_is_read_with_every_date():
    assert read(sample("connections-en.txt")) == SAMPLE
    assert parse_paste(sample("connections-en.txt")).unread == []


def test_the_french_interface_and_french_month_names():
    assert read(FRENCH) == [
        ("Aminata Touré", "1st", "Chef de projet chez Lagune Digital", "2026-11-04"),
        ("Bob Nguyen", "1st", "Senior Product Designer @ Mélusine AI", "2019-03-01"),
        ("Agnès Rousseau", "1st", "DevOps Engineer chez Lémanis", "2020-02-12")]
    assert parse_paste(FRENCH).unread == []


def test_the_page_without_its_accessibility_labels():
    assert read(WITHOUT_LABELS) == [
        ("Aminata Touré", "1st", "Chef de projet at Lagune Digital", "2026-11-04"),
        ("Bob Nguyen", "1st", "Senior Product Designer", "2019-03-12")]


@pytest.mark.parametrize("change", ["crlf", "no blanks", "more blanks", "badges"])
def test_variations_of_the_copy_change_nothing(change):
    text = sample("connections-en.txt")
    if change == "crlf":
        text = text.replace("\n", "\r\n")
    elif change == "no blanks":
        text = "\n".join(line for line in text.splitlines() if line.strip())
    elif change == "more blanks":
        text = text.replace("\n", "\n\n").replace("Message", "\n  \nMessage\n\n")
    else:
        text = text.replace("Aminata Touré\n", "Aminata Touré 🌍\nStatus is online\nPremium\n")
        text = text.replace("Bob Nguyen\n", "Bob Nguyen ✨\nOpen to work\n")
    assert read(text) == SAMPLE
    assert parse_paste(text).unread == []


def test_blocks_that_cannot_be_read_are_reported_not_half_read():
    text = sample("connections-en.txt").replace("March 12, 2019", "Smarch 12, 2019")
    text += ("\nMember’s name\nNo Date Person\nMember’s occupation\nSomething\nMessage\n")
    text = text.replace("Member’s occupation\nChef de projet at Lagune Digital\n",
                        "Member’s occupation\nChef de projet at Lagune Digital\nExtra line\n")
    pasted = parse_paste(text)
    assert pasted.people == []
    assert [(u.line, u.text, u.reason) for u in pasted.unread] == [
        (4, "Member’s name", "more than a name and an occupation before the connection date"),
        (12, "Member’s name", "connection date not read"),
        (19, "Member’s name", 'no "Connected on" date after it'),
    ]


def test_pasted_connections_connect_me_with_their_date(capsys, tmp_path):
    home = demo_home(capsys, tmp_path)
    counts = pasted_twice_adds_nothing(capsys, home, tmp_path, FRENCH)
    assert counts["connections read"] == 3
    assert counts["connections added"] == 2  # Bob Nguyen was one already
    assert counts["invitations now accepted"] == 1  # the one sent to Agnès Rousseau
    assert counts["people added"] == 0
    with stored(home) as store:
        me = store.me
        dates = dict(store.connections.dates_of(me))
        aminata = store.people.by_url("https://www.linkedin.com/in/atoure60")
        agnes = next(i for i in store.people.all() if i.full_name == "Agnès Rousseau")
        assert dates[aminata.id] == "2026-11-04" and dates[agnes.id] == "2020-02-12"
        assert aminata.headline.startswith("Chef de projet chez Lagune Digital")
        assert [(i.direction, i.status, i.resolved_at) for i in store.invitations.of(agnes.id)] \
            == [("out", "accepted", "2020-02-12")]
    code, out, _ = run(capsys, "--home", home, "show", "Aminata Touré")
    assert code == 0 and "Aminata Touré  [1st]" in out


def test_a_name_is_found_without_its_accents_and_never_shortened(capsys, tmp_path):
    home = demo_home(capsys, tmp_path)
    text = "Member’s name\nlea dubois\nMember’s occupation\nHead\nConnected on May 2, 2021\n"
    code, out, err = paste_file(capsys, home, tmp_path, text)
    assert code == 0, err
    assert out["report"]["counts"]["people added"] == 0
    with stored(home) as store:
        assert [p.full_name for p in store.people.all() if p.full_name.casefold() in
                ("léa dubois", "lea dubois")] == ["Léa Dubois"]


def test_a_name_shared_by_a_connection_and_someone_else_means_the_connection(capsys, tmp_path):
    home = demo_home(capsys, tmp_path)  # two Thomas Martin: one 1st, one 2nd
    text = "Thomas Martin\nLead Developer\nConnected on May 2, 2021\nMessage\n"
    code, out, err = paste_file(capsys, home, tmp_path, text)
    assert code == 0, err
    counts = out["report"]["counts"]
    assert (counts["connections added"], counts["people added"]) == (0, 0)
    with stored(home) as store:
        connected = dict(store.connections.dates_of(store.me))
        martins = {p.company: p.id in connected for p in store.people.all()
                   if p.full_name == "Thomas Martin"}
    assert martins == {"Cartalis": True, "Lémanis": False}


def test_a_connection_named_like_two_of_my_connections_is_reported(capsys, tmp_path):
    home = tmp_path / "home"
    code, _, err = run(capsys, "--home", home, "import", LINKEDIN / "export-2025")
    assert code == 0, err
    text = ("Thomas Martin\nAccount Executive\nConnected on May 2, 2021\nMessage\n"
            "Bob Nguyen\nEngineering Manager\nConnected on January 21, 2022\nMessage\n")
    code, out, err = paste_file(capsys, home, tmp_path, text)
    assert code == 0, err
    counts = out["report"]["counts"]
    assert (counts["connections read"], counts["connections added"], counts["people updated"]) \
        == (2, 0, 1)  # Bob Nguyen's headline, which the export lacks
    assert [(row["line"], row["reason"]) for row in out["report"]["skipped"]] == [
        (1, ("2 people are named 'Thomas Martin': which one the page means cannot be told, "
             "not recorded"))]
    with stored(home) as store:
        assert sorted(p.headline for p in store.people.all()
                      if p.full_name == "Thomas Martin") == ["", ""]
