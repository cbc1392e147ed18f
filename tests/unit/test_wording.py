"""French typography, numbers, plurals and elision (coach.wording), and English left as is."""

from __future__ import annotations

import string

import pytest

from coach.coaching.phrases import say, told
from coach.wording import Wording, elide, fill, french_typography, number
from coach.wording.catalogue import FRENCH
from coach.wording.screens import FRENCH_SCREENS

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(("text", "expected"), [
    ("Conseils :", f"Conseils{NBSP}:"),
    ("Pourquoi: parce que", f"Pourquoi{NBSP}: parce que"),
    ("Qui inviter ?", f"Qui inviter{NBSP}?"),
    ("Attention ! Oui ; non", f"Attention{NBSP}! Oui{NBSP}; non"),
    ("« Suivre »", f"«{NBSP}Suivre{NBSP}»"),
    ("l'équipe d'Abdoulaye", "l’équipe d’Abdoulaye"),
    ("https://www.linkedin.com/in/bob", "https://www.linkedin.com/in/bob"),
    ("à 10:20 le 2026-11-22", "à 10:20 le 2026-11-22"),
    ("#12 second.toml:35, ratio 1:2", "#12 second.toml:35, ratio 1:2"),
    (f"déjà{NBSP}: fait", f"déjà{NBSP}: fait"),
])
def test_french_typography(text, expected):
    assert french_typography(text) == expected


def test_numbers_and_plurals():
    assert number(30000, "fr") == f"30{NNBSP}000" and number(30000) == "30,000"
    words = Wording("fr")
    assert [words.count(n, "{n} mutual connection", "{n} mutual connections")
            for n in (0, 1, 2)] == ["0 relation en commun", "1 relation en commun",
                                    "2 relations en commun"]
    english = Wording("en")
    assert [english.count(n, "{n} mutual connection", "{n} mutual connections")
            for n in (0, 1, 2)] == ["0 mutual connections", "1 mutual connection",
                                    "2 mutual connections"]


@pytest.mark.parametrize(("word", "following", "expected"), [
    ("de", "Abdoulaye", "d’Abdoulaye"), ("que", "Élise", "qu’Élise"),
    ("la", "équipe", "l’équipe"), ("le", "Orbiteo", "l’Orbiteo"), ("de", "Hugo", "de Hugo"),
    ("de", "Bob", "de Bob"), ("de", "Yves", "d’Yves"), ("de", "Yannick", "de Yannick"),
    ("De", "Inès", "D’Inès"),
])
def test_elision(word, following, expected):
    assert elide(word, following) == expected


def test_fill_elides_before_a_value_and_never_reads_it_as_a_template():
    assert fill("le profil de {name}", {"name": "Abdoulaye"}) == "le profil d’Abdoulaye"
    assert fill("le profil de {name}", {"name": "Bob"}) == "le profil de Bob"
    assert fill("« {name} »", {"name": "{x.__class__}"}) == "« {x.__class__} »"


def test_the_coach_says_it_in_french_without_assuming_a_gender():
    assert told("fr", "visited", "out", "Abdoulaye Kouassi") == \
        "vous avez consulté le profil d’Abdoulaye Kouassi"
    assert told("fr", "invited", "in", "Élise Martin") == "Élise Martin vous a envoyé une invitation"
    assert all("(e)" not in told("fr", kind, way, "Léa") for kind in
               ("invited", "met", "called", "recommended", "introduced") for way in ("out", "in"))
    assert say("fr", "advice") == f"Conseils{NBSP}:"
    assert say("en", "advice") == "Advice:"


@pytest.mark.parametrize("english", sorted({**FRENCH, **FRENCH_SCREENS}))
def test_english_comes_back_as_written(english):
    """English is the catalogue's key: Wording("en") gives it back unchanged, and its
    French has the same placeholders."""
    fields = {field for _, field, _, _ in string.Formatter().parse(english) if field}
    values = {field: f"<{field}>" for field in fields}
    assert Wording("en")(english, **values) == english.format(**values)
    french = {**FRENCH, **FRENCH_SCREENS}[english]
    assert {field for _, field, _, _ in string.Formatter().parse(french) if field} == fields
