"""``coach paste``: text copied from LinkedIn pages → the people it shows (issue 16, item 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli.main import main
from coach.importers.paste import FOLLOWERS, SEARCH_RESULTS, parse_paste
from tests.conftest import dataset
from tests.importers.pasting import dump_home

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo"
SAMPLES = "linkedin-paste-samples"


def sample(name: str) -> str:
    return dataset(SAMPLES, name).read_text(encoding="utf-8")


def seen(text: str) -> list[tuple]:
    """(name, degree, mutual count, named mutuals, follows me, I follow) of each person."""
    pasted = parse_paste(text)
    return [(p.name, p.degree.label if p.degree is not None else None, p.mutual_count,
             p.mutuals, p.follows_me, p.i_follow) for p in pasted.people]


SEARCH_EN = [
    ("Nadia Benali", "2nd", 6, ["Bob Nguyen", "Carla Rossi"], None, None),
    ("Tomás Ferreira", "2nd", 1, ["Léa Dubois"], None, None),
    ("Yann K.", "3rd", None, [], None, None),
    ("", "out", None, [], None, None),
    ("Sofía García", "1st", None, [], None, None),
]
SEARCH_FR = [
    ("Agnès Rousseau", "2nd", 4, ["Bob Nguyen", "Julien Marchand"], None, None),
    ("Émile Martin", "3rd", None, [], None, None),
    ("Inès Haddad", "2nd", 1, ["Carla Rossi"], None, None),
    ("", "out", None, [], None, None),
]
FOLLOWERS_EN = [
    ("Kofi Ouédraogo", None, None, [], True, True),
    ("Grace Hopper", None, None, [], True, False),
    ("Seydou Diallo", None, None, [], True, False),
]
FOLLOWERS_FR = [
    ("Kofi Ouédraogo", None, None, [], True, True),
    ("Yasmine Haddad", None, None, [], True, False),
]


@pytest.mark.parametrize("name, page, expected", [
    ("search-results-en.txt", SEARCH_RESULTS, SEARCH_EN),
    ("search-results-fr.txt", SEARCH_RESULTS, SEARCH_FR),
    ("followers-en.txt", FOLLOWERS, FOLLOWERS_EN),
    ("followers-fr.txt", FOLLOWERS, FOLLOWERS_FR),
])
def test_every_sample_person_is_recognised(name, page, expected):
    text = sample(name)
    pasted = parse_paste(text)
    assert pasted.page == page
    assert seen(text) == expected
    assert pasted.unread == []


def test_headline_location_and_current_are_read_never_invented():
    first, second, third, member, _ = parse_paste(sample("search-results-en.txt")).people
    assert (first.headline, first.location, first.current) == (
        "Head of Partnerships at Quartz Finance", "Paris, Île-de-France, France",
        "Head of Partnerships at Quartz Finance")
    assert (second.headline, second.location, second.current) == (
        "Senior Product Manager | B2B SaaS", "Lisbon, Portugal", "")
    assert (third.headline, third.location) == ("Data Engineer at Mobilys", "Lyon")
    assert (member.name, member.headline, member.location) == (
        "", "Product Owner at Garonne Spatial", "Toulouse, Occitanie, France")
    kofi = parse_paste(sample("followers-en.txt")).people[0]
    assert (kofi.headline, kofi.location, kofi.degree) == (
        "Product Manager | SaaS B2B | Pavé Studio", "", None)


@pytest.mark.parametrize("name", ["search-results-en.txt", "search-results-fr.txt",
                                  "followers-en.txt", "followers-fr.txt"])
def test_crlf_and_blank_lines_change_nothing(name):
    text = sample(name)
    expected = seen(text)
    assert seen(text.replace("\n", "\r\n")) == expected
    no_blanks = "\n".join(line for line in text.splitlines() if line.strip())
    assert seen(no_blanks) == expected
    assert parse_paste(no_blanks).unread == []
    doubled = text.replace("\n\n", "\n\n\n\n").replace("\n", "\n  \n", 3)
    assert seen(doubled) == expected


def test_badges_and_emoji_beside_names_are_ignored():
    text = sample("search-results-en.txt")
    text = text.replace("Nadia Benali\n • 2nd", "Nadia Benali 🚀\nOpen to work\nStatus is online\n • 2nd")
    text = text.replace("View Yann K.’s profile", "View Yann K. ✨’s profile")
    text = text.replace("Sofía García\n • 1st", "Sofía García\n#OpenToWork\n🌍\n • 1st")
    assert seen(text) == SEARCH_EN
    assert parse_paste(text).unread == []


def test_degree_on_the_name_line_and_name_lines_missing():
    text = (" Zoé Lambert • 2nd\nView Zoé Lambert’s profile\nHead of Data at Orbis\nNantes\n"
            "Carla Rossi and Bob Nguyen are mutual connections\nConnect\n"
            "Voir le profil d’Ana Lima\n• 3e et +\nDesigner\nMessage\n")
    assert seen(text) == [("Zoé Lambert", "2nd", 2, ["Carla Rossi", "Bob Nguyen"], None, None),
                          ("Ana Lima", "3rd", None, [], None, None)]


def test_a_garbled_block_is_reported_not_half_read():
    text = sample("search-results-en.txt").replace(" • 3rd+\n3rd+ degree connection\n", "")
    text = text.replace("Léa Dubois is a mutual connection", "Léa Dubois plus mutual connections")
    text += "\nRandom text someone pasted\nwith two lines\n"
    pasted = parse_paste(text)
    assert [p.name for p in pasted.people] == ["Nadia Benali", "", "Sofía García"]
    assert [(u.text, u.reason.split(" (")[0].split(":")[0]) for u in pasted.unread] == [
        ("Tomás Ferreira", "mutual connections not read"),
        ("Yann K.", "no degree"),
        ("Random text someone pasted", "after a result's buttons"),
    ]


def test_follower_blocks_that_cannot_be_read_are_reported():
    text = ("Followers\n\nKofi Ouédraogo\nProduct Manager\nFollowing\n\nFollow\n\n"
            "Ana Lima\nDesigner\nLisbon\nSomething else\nFollow\nTrailing Name\nHeadline\n")
    pasted = parse_paste(text)
    assert [(p.name, p.i_follow) for p in pasted.people] == [("Kofi Ouédraogo", True)]
    assert [u.text for u in pasted.unread] == ["Follow", "Ana Lima", "Trailing Name"]


def test_plain_text_is_no_people():
    for text in ("hello\nworld", "", "Message\n\nConnect"):
        assert parse_paste(text).people == []


# --- coach paste on the demo workspace ---------------------------------------------------


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        import io
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home(capsys, tmp_path):
    home = tmp_path / "home"
    code, _, err = run(capsys, "--home", home, "import", DEMO, "--format", "csv")
    assert code == 0, err
    return home


def _dump(home: Path) -> list[str]:
    return dump_home(home)


def test_a_pasted_second_degree_person_gets_an_introduction_path(capsys, tmp_path, home):
    pasted = tmp_path / "results.txt"
    pasted.write_text("Zoé Lambert\nView Zoé Lambert’s profile\nZoé Lambert\n • 2nd\n"
                      "2nd degree connection\nHead of Data at Orbis\nNantes, France\n"
                      "Carla Rossi, Bob Nguyen and 3 other mutual connections\nConnect\n",
                      encoding="utf-8")
    code, out, err = run(capsys, "--home", home, "paste", pasted)
    assert code == 0, err
    assert "Zoé Lambert" in out and "shared connections added" in out
    code, out, err = run(capsys, "--home", home, "show", "Zoé Lambert")
    assert code == 0, err
    assert "Zoé Lambert  [2nd]" in out and "5 mutual connections" in out
    assert "You → Carla Rossi → Zoé Lambert" in out
    assert "You → Bob Nguyen → Zoé Lambert" in out


def test_the_french_sample_links_through_a_demo_connection(capsys, home):
    file = dataset(SAMPLES, "search-results-fr.txt")
    code, out, err = run(capsys, "--home", home, "paste", file)
    assert code == 0, err
    code, out, _ = run(capsys, "--home", home, "show", "Agnès Rousseau")
    assert "[2nd]" in out and "You → Bob Nguyen → Agnès Rousseau" in out


@pytest.mark.parametrize("name", ["search-results-en.txt", "search-results-fr.txt",
                                  "followers-en.txt", "followers-fr.txt"])
def test_pasting_twice_adds_nothing(capsys, home, name):
    file = dataset(SAMPLES, name)
    code, _, err = run(capsys, "--home", home, "paste", file)
    assert code == 0, err
    before = _dump(home)
    code, out, err = run(capsys, "--home", home, "paste", file, "--json")
    assert code == 0, err
    counts = json.loads(out)["report"]["counts"]
    assert counts["people added"] == 0 and counts["people updated"] == 0
    assert counts.get("shared connections added", 0) == 0 and counts.get("follows added", 0) == 0
    assert _dump(home) == before


def test_dry_run_writes_nothing_and_shows_the_table(capsys, home):
    before = _dump(home)
    code, out, err = run(capsys, "--home", home, "paste",
                         dataset(SAMPLES, "search-results-en.txt"), "--dry-run")
    assert code == 0, err
    assert "Nadia Benali" in out and "Bob Nguyen, Carla Rossi" in out and "Dry run" in out
    assert _dump(home) == before


def test_followers_are_written_as_follows(capsys, home):
    code, out, err = run(capsys, "--home", home, "paste", dataset(SAMPLES, "followers-en.txt"))
    assert code == 0, err
    code, out, _ = run(capsys, "--home", home, "show", "Seydou Diallo")
    assert "Follows you: yes · You follow: no" in out
    code, out, _ = run(capsys, "--home", home, "show", "Kofi Ouédraogo")
    assert "Follows you: yes · You follow: yes" in out


def test_standard_input_and_nothing_recognisable(capsys, home, monkeypatch):
    text = sample("followers-fr.txt")
    code, out, err = run(capsys, "--home", home, "paste", "--dry-run", stdin=text,
                         monkeypatch=monkeypatch)
    assert code == 0, err
    assert "Yasmine Haddad" in out and "follows you" in out
    before = _dump(home)
    code, out, err = run(capsys, "--home", home, "paste", stdin="just some words\n",
                         monkeypatch=monkeypatch)
    assert code == 2
    assert "nothing recognisable" in err and "View NAME’s profile" in err
    assert _dump(home) == before
