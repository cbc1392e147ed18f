"""Finding people from what a person types: names, accents, typos, URLs, ids."""

from __future__ import annotations

import pytest

from coach.directory import edit_distance, find_people
from coach.model import Person


def _person(pid, first, last, url=None, ref=None):
    return Person(id=pid, first_name=first, last_name=last, profile_url=url, ref=ref)


PEOPLE = [
    _person(1, "Léa", "Dubois", "https://www.linkedin.com/in/léa-dubois"),
    _person(2, "Thomas", "Martin", ref="tm1"),
    _person(3, "Thomas", "Martin", ref="tm2"),
    _person(4, "Björn", "Andersson"),
    _person(5, "Jean-François", "Nguyễn"),
    _person(6, "Leandro", "Costa"),
    _person(7, "Bob", "Nguyen"),
]


def ids(query):
    return [match.person.id for match in find_people(query, PEOPLE)]


@pytest.mark.parametrize("query, expected", [
    ("Léa Dubois", [1]),
    ("lea dubois", [1]),
    ("LEA", [1]),
    ("dubois", [1]),
    ("bjorn", [4]),
    ("Jean-Francois nguyen", [5]),
    ("lea duboys", [1]),
    ("bjron andersson", [4]),
    ("#6", [6]),
    ("id:7", [7]),
    ("7", [7]),
    ("tm2", [3]),
    ("https://fr.linkedin.com/in/l%C3%A9a-dubois/?trk=abc", [1]),
])
def test_one_person(query, expected):
    assert ids(query) == expected


def test_same_name_gives_every_candidate():
    assert sorted(ids("thomas martin")) == [2, 3]


def test_exact_name_beats_prefix_and_nothing_matches_nothing():
    assert sorted(ids("nguyen")) == [5, 7]
    assert ids("zzz qqq") == []
    assert ids("") == []


def test_edit_distance_counts_transpositions():
    assert edit_distance("lea", "lae") == 1
    assert edit_distance("dubois", "duboys") == 1
    assert edit_distance("abc", "xyz", limit=2) > 2
