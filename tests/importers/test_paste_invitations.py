"""``coach paste`` on the invitation manager, received and sent, English and French."""

from __future__ import annotations

from datetime import date

import pytest

from coach.importers.paste import INVITATIONS, parse_paste
from coach.importers.paste_lines import invitation_age
from tests.importers.pasting import (
    demo_home,
    dump_home,
    paste_file,
    pasted_twice_adds_nothing,
    run,
    sample,
    stored,
)

DAY = date(2026, 11, 22)  # COACH_TODAY in the tests

SAMPLE = [("Nuria Núñez", "2nd", 4, ["Thomas Martin"], "received", None, False),
          ("Julien Poirier", None, None, [], "received", None, False),
          ("Ayşe Demir", None, None, [], "sent", "2026-11-01", True)]

ENGLISH = """Manage invitations
Received
Sent
People (3)

Nadia Benali 🚀
Head of Partnerships at Quartz Finance
Bob Nguyen, Carla Rossi and 4 other mutual connections
Ignore
Accept

Tomás Ferreira
Premium
Senior Product Manager | B2B SaaS
Léa Dubois is a mutual connection
Ignore
Accept

Sent (3)
Yann Kerbrat
Data Engineer at Mobilys
Sent today
Withdraw

Zoé Lambert
Head of Data at Orbis
Sent yesterday
Withdraw

Omar Haddad
Designer
Sent 2 months ago
Withdraw
"""


def read(text: str) -> list[tuple]:
    pasted = parse_paste(text)
    assert pasted.page == INVITATIONS
    return [(p.name, p.degree.label if p.degree else None, p.mutual_count, p.mutuals,
             p.invitation, p.invited_on, p.invited_on_approximate) for p in pasted.people]


def test_the_french_sample():
    assert read(sample("invitations-fr.txt")) == SAMPLE
    assert parse_paste(sample("invitations-fr.txt")).unread == []
    first = parse_paste(sample("invitations-fr.txt")).people[0]
    assert first.headline == "Senior Data Scientist chez Tournette Tech"


def test_the_english_interface_with_badges_and_tabs():
    assert read(ENGLISH) == [
        ("Nadia Benali", "2nd", 6, ["Bob Nguyen", "Carla Rossi"], "received", None, False),
        ("Tomás Ferreira", "2nd", 1, ["Léa Dubois"], "received", None, False),
        ("Yann Kerbrat", None, None, [], "sent", "2026-11-22", False),
        ("Zoé Lambert", None, None, [], "sent", "2026-11-21", False),
        ("Omar Haddad", None, None, [], "sent", "2026-09-22", True)]
    assert parse_paste(ENGLISH).unread == []


@pytest.mark.parametrize("line, expected", [
    ("Sent today", ("2026-11-22", False)), ("Sent yesterday", ("2026-11-21", False)),
    ("Sent 2 days ago", ("2026-11-20", False)), ("Sent 5 hours ago", ("2026-11-22", False)),
    ("Sent 1 week ago", ("2026-11-15", True)), ("Sent a week ago", ("2026-11-15", True)),
    ("Sent 3 weeks ago", ("2026-11-01", True)), ("Sent 1 month ago", ("2026-10-22", True)),
    ("Sent 1 year ago", ("2025-11-22", True)), ("3 days ago", ("2026-11-19", False)),
    ("Envoyée aujourd’hui", ("2026-11-22", False)), ("Envoyée hier", ("2026-11-21", False)),
    ("Envoyée il y a 2 jours", ("2026-11-20", False)),
    ("Envoyée il y a 3 semaines", ("2026-11-01", True)),
    ("Envoyée il y a 1 mois", ("2026-10-22", True)), ("Envoyé il y a 11 mois", ("2025-12-22", True)),
    ("il y a une semaine", ("2026-11-15", True)), ("Envoyée il y a 1 an", ("2025-11-22", True)),
    ("Sent three weeks ago", None), ("Senior Product Manager", None),
])
def test_ages_count_back_from_the_day_of_the_copy(line, expected):
    assert invitation_age(line, DAY) == expected


def test_a_month_back_from_the_31st_is_the_last_day_of_the_shorter_month():
    assert invitation_age("Sent 1 month ago", date(2026, 3, 31)) == ("2026-02-28", True)


@pytest.mark.parametrize("change", ["crlf", "no blanks", "more blanks"])
def test_variations_of_the_copy_change_nothing(change):
    for text in (sample("invitations-fr.txt"), ENGLISH):
        expected = read(text)
        if change == "crlf":
            text = text.replace("\n", "\r\n")
        elif change == "no blanks":
            text = "\n".join(line for line in text.splitlines() if line.strip())
        else:
            text = text.replace("\n", "\n\n")
        assert read(text) == expected
        assert parse_paste(text).unread == []


def test_blocks_that_cannot_be_read_are_reported_not_half_read():
    text = ENGLISH.replace("Léa Dubois is a mutual connection",
                           "Léa Dubois plus some mutual connections")
    text = text.replace("Zoé Lambert\nHead of Data at Orbis\n",
                        "Zoé Lambert\nHead of Data at Orbis\nNantes\nA note she wrote\n")
    text = text.replace("Sent (3)\n", "Someone Without Buttons\nA headline\n\nSent (3)\n")
    pasted = parse_paste(text)
    assert [p.name for p in pasted.people] == ["Nadia Benali", "Yann Kerbrat", "Omar Haddad"]
    assert [(u.text, u.reason) for u in pasted.unread] == [
        ("Tomás Ferreira", "mutual connections not read"),
        ("Someone Without Buttons", "no Accept/Ignore or Withdraw button after it"),
        ("Zoé Lambert", "more than a name and a headline before the invitation's buttons"),
    ]


def _pending(capsys, home) -> str:
    code, out, _ = run(capsys, "--home", home, "summary")
    assert code == 0
    return next(line for line in out.splitlines() if line.startswith("Pending invitations"))


def test_invitations_are_written_pending_and_are_not_connections(capsys, tmp_path):
    home = demo_home(capsys, tmp_path)
    assert _pending(capsys, home) == "Pending invitations: 2 sent, 2 received"
    counts = pasted_twice_adds_nothing(capsys, home, tmp_path, sample("invitations-fr.txt"))
    # Nuria Núñez's (12 November) and Julien Poirier's (18 November) invitations are in the
    # demo already; Ayşe Demir is new. Of the two Thomas Martin, one is my connection.
    assert (counts["invitations read"], counts["invitations added"]) == (3, 1)
    assert (counts["people added"], counts["shared connections added"]) == (1, 1)
    with stored(home) as store:
        connected = dict(store.connections.dates_of(store.me))
        found = {p.full_name: p.id for p in store.people.all()
                 if p.full_name in ("Nuria Núñez", "Julien Poirier", "Ayşe Demir")}
        seen = {name: [(i.direction, i.sent_at, i.status) for i in store.invitations.of(pid)]
                for name, pid in found.items()}
        hint = store.hints.get(found["Nuria Núñez"])
    assert seen == {"Nuria Núñez": [("in", "2026-11-12", "pending")],
                    "Julien Poirier": [("in", "2026-11-18", "pending")],
                    "Ayşe Demir": [("out", "2026-11-01", "pending")]}
    assert not set(found.values()) & set(connected)
    assert (hint.degree.label, hint.mutual_connections) == ("2nd", 4)
    assert _pending(capsys, home) == "Pending invitations: 3 sent, 2 received"


def test_a_later_copy_of_the_same_invitations_adds_nothing(capsys, tmp_path, monkeypatch):
    home = demo_home(capsys, tmp_path)
    code, _, err = paste_file(capsys, home, tmp_path, ENGLISH)
    assert code == 0, err
    before = dump_home(home)
    monkeypatch.setenv("COACH_TODAY", "2026-11-25")  # "2 months ago" now means another day
    code, out, err = paste_file(capsys, home, tmp_path, ENGLISH)
    assert code == 0, err
    assert out["report"]["counts"]["invitations added"] == 0
    assert dump_home(home) == before


def test_invitations_link_named_mutual_connections(capsys, tmp_path):
    home = demo_home(capsys, tmp_path)
    code, out, err = paste_file(capsys, home, tmp_path, ENGLISH)
    assert code == 0, err
    counts = out["report"]["counts"]
    assert (counts["invitations added"], counts["shared connections added"]) == (5, 2)
    assert counts["shared connections not matched"] == 1
    assert out["report"]["remarks"] == [
        "shared connections not matched by name: Léa Dubois (not among your connections)",
        "invitations sent weeks or months ago are dated approximately (counted back from today)"]
    code, out, _ = run(capsys, "--home", home, "show", "Nadia Benali")
    assert "[2nd]" in out and "6 mutual connections" in out
    assert "You → Bob Nguyen → Nadia Benali" in out


def test_an_invitation_with_one_of_my_connections_is_not_recorded(capsys, tmp_path):
    home = demo_home(capsys, tmp_path)
    before = dump_home(home)
    text = "Bob Nguyen\nSenior Product Designer @ Mélusine AI | Tech for good\nIgnore\nAccept\n"
    code, out, err = paste_file(capsys, home, tmp_path, text)
    assert code == 0, err
    assert out["report"]["counts"]["invitations added"] == 0
    assert [row["reason"] for row in out["report"]["skipped"]] == [
        "already one of your connections: the invitation is not recorded"]
    assert dump_home(home) == before


def test_the_report_shows_the_invitations_in_french(capsys, tmp_path):
    home = demo_home(capsys, tmp_path)
    (home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    file = tmp_path / "invitations.txt"
    file.write_text(sample("invitations-fr.txt"), encoding="utf-8")
    code, out, err = run(capsys, "--home", home, "paste", file, "--dry-run")
    assert code == 0, err
    assert "3 personnes reconnues (gestionnaire d’invitations)" in out
    assert "envoyée vers le 2026-11-01" in out and "reçue" in out
