"""What a reach text matches: whole words, no case nor accents, legal forms ignored."""

from __future__ import annotations

import pytest

from coach.reach_matching import employer_in, holds, matched_on, reach_words


@pytest.mark.parametrize(("text", "words"), [
    ("Doctolib", ["doctolib"]),
    ("  chez   Doctolib SAS ", ["doctolib"]),
    ("at Cartalis, Inc.", ["cartalis"]),
    ("à Lyon", ["lyon"]),
    ("Société Générale S.A.", ["societe", "generale"]),
    ("Product-Manager", ["product", "manager"]),
    ("SA", ["sa"]),  # a legal form alone is all there is to look for
    ("chez", []),
    ("  ", []),
    ("?!", []),
])
def test_reach_words(text, words):
    assert reach_words(text) == words


@pytest.mark.parametrize(("field", "text", "company", "expected"), [
    ("Cartalis", "cartalis", True, True),
    ("CARTALIS, S.A.S.", "Cartalis SA", True, True),
    ("Cartalis SAS", "Cartalis", True, True),
    ("Cartalisium", "Cartalis", True, False),  # a whole word, not a prefix
    ("Doctolib France", "doctolib", True, True),
    ("Lyon, Auvergne-Rhône-Alpes, France", "lyon", False, True),
    ("Lyonnaise des Eaux", "lyon", False, False),
    ("Saint-Étienne", "saint etienne", False, True),
    ("Senior Product Manager", "product manager", False, True),
    ("Product Owner", "product manager", False, False),
    ("", "lyon", False, False),
])
def test_holds(field, text, company, expected):
    assert holds(field, reach_words(text), company=company) is expected


def test_a_headline_names_the_employer_after_at_chez_or_at_sign():
    assert employer_in("Senior Product Manager at Cartalis · HealthTech") == "Cartalis"
    assert employer_in("Head of Product @ Cartalis | Marketplaces") == "Cartalis"
    assert employer_in("Software Engineer chez Cartalis") == "Cartalis"
    assert employer_in("Customer Success Manager | Open source | Cartalis") == ""


def test_what_a_person_matched_on():
    lyon = "Lyon, Auvergne-Rhône-Alpes, France"
    assert matched_on(["cartalis"], "Cartalis", "PM", "PM at Cartalis", lyon) == ("company",)
    assert matched_on(["cartalis"], "", "PM", "PM chez Cartalis", lyon) == ("company",)
    assert matched_on(["lyon"], "Cartalis", "PM", "", lyon) == ("city",)
    assert matched_on(["product", "manager"], "Cartalis", "Senior Product Manager", "",
                      lyon) == ("role",)
    assert matched_on(["healthtech"], "Cartalis", "PM", "PM at Cartalis · HealthTech",
                      lyon) == ("role",)
    assert matched_on(["data"], "Data Corp", "Data Scientist", "", "Data City") == (
        "company", "role", "city")
    assert matched_on(["bob"], "Acme", "PM", "", lyon) == ()


def test_many_at_once_as_one_at_a_time():
    from coach.reach_matching import matched_on_each

    people = [("Cartalis", "PM", "PM at Cartalis", "Lyon, France"),
              ("", "PM", "PM chez Cartalis", "Lyon"),
              ("Data Corp", "Data Scientist", "", "Data City"),
              ("Cartalis SAS", "Data Scientist", "Data @ Cartalis · Lyon", "Paris"),
              ("Acme", "Lyon guide", "Guide in Lyon", "Paris"), ("", "", "", "")] * 2
    for text in ("cartalis", "lyon", "data", "pm", "guide", "data scientist"):
        wanted = reach_words(text)
        assert matched_on_each(wanted, *map(list, zip(*people, strict=True))) == [
            matched_on(wanted, *fields) for fields in people], text
    assert matched_on_each(["lyon"], [], [], [], []) == []
