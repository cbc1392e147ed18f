"""``coach contacts`` prints exactly what it printed before the people became columns.

The hashes were computed on the code before the change (one ``Person`` or raw row per
person): the demo network, and a messy network written here (names missing, padded,
accented, holding control characters; every degree), each filter and the table output.
The app's listing (an eager service) must give the same contacts in the same order.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from coach.cli.main import main
from coach.listing import SORTS, ListFilter
from coach.model import Degree
from coach.service import NetworkService
from coach.workspace import Workspace

PEOPLE = ("key,first_name,last_name,headline,company,position,location,profile_url,email,"
          "open_profile,full_name_visible,follow_primary,tags,me\n") + """me,Camille,Laurent,PM,Orbiteo,PM,Lyon,https://www.linkedin.com/in/camille-laurent/,,no,no,no,,yes
bob,Bob,Nguyen,Engineering Manager,Acme,Engineering Manager,Paris,,,,,,close,
solo,Solène,,Designer,Pixel,Designer,Nantes,,,,,,,
last,,Łukasz,Data,Ørsted,Analyst,Gdańsk,,,,,,,
noname,,,,Acme,,,,,,,,,
pad,  Anne ,  Marie  Li ,Café owner,Le Café,Owner,Paris,,,yes,,,close,
evil,Eve\x1b[31m,Red\x07,Head\u202eof,Hack\x1bCo,CTO,Berlin,,,,,,,
sigma,ΣΟΦΙΑ,Παππάς,Γιατρός,Ιατρείο,Γιατρός,Αθήνα,,,,yes,,,
third,Zoé,d'Arc,Writer,Books,Writer,Rouen,,,,no,,,
visible,Émile,Zola,Writer,Books,Writer,Paris,,,,yes,,,
fan,Fan,Club,Fan,,,,,,,,,,
far,Far,Away,,,,,,,,,,,
"""
CONNECTIONS = """a,b,connected_on,source
me,bob,2021-03-04,test
me,pad,2022-01-01,test
bob,solo,,test
bob,last,,test
bob,evil,,test
solo,third,,test
solo,visible,,test
last,noname,,test
evil,sigma,,test
"""
FOLLOWS = """follower,followee,status,since
fan,me,active,2026-05-01
me,visible,active,2026-02-01
"""
INTERACTIONS = """person,kind,direction,at,note
pad,met,out,2026-11-10,coffee
bob,messaged,in,2026-04-02,
"""

OPTIONS = ([], ["--degree", "1"], ["--degree", "2"], ["--degree", "3"], ["--degree", "out"],
           ["--followers"], ["--search", "a"], ["--search", "writer"], ["--limit", "3"])

DEMO = {
    "json": "1c9a9b598cd7c741",
    "text": "de9c32c506ad4eee",
    "json --degree 1": "4629b41095afbd32",
    "text --degree 1": "5e79cbe7b82eec43",
    "json --degree 2": "c63c3b63aca88985",
    "text --degree 2": "312a875e0d6a7615",
    "json --degree 3": "ef42921c66e5fd0c",
    "text --degree 3": "a0a7a21542570e84",
    "json --degree out": "dcc0383525086d00",
    "text --degree out": "9280fb9feee8be4c",
    "json --followers": "5ec6b0258737bce5",
    "text --followers": "ad3d5c4ef9557410",
    "json --search a": "cb332e06581fdd11",
    "text --search a": "eaf58aa969c08502",
    "json --search writer": "37517e5f3dc66819",
    "text --search writer": "f17eb4fa3dd52fae",
    "json --limit 3": "ba9c422737eb7753",
    "text --limit 3": "7df70c23abcdf90d",
}
MESSY = {
    "json": "54a4b1bb2495793b",
    "text": "dab6a819d571eb1a",
    "json --degree 1": "46582f662e9b2848",
    "text --degree 1": "ee8a7a5f0f099f6f",
    "json --degree 2": "c9df912c3d5ce378",
    "text --degree 2": "27402a65fa9de37d",
    "json --degree 3": "633ddc42f930912f",
    "text --degree 3": "42942e685154b7b3",
    "json --degree out": "73bcf79bf6b03e43",
    "text --degree out": "5b50d2736cb7709f",
    "json --followers": "d6c74f6d3a1afee0",
    "text --followers": "4072cabe925b28d2",
    "json --search a": "4a0f5705e0079ffa",
    "text --search a": "f6f4222d53e2cf8a",
    "json --search writer": "3224cf37242687de",
    "text --search writer": "3f1a8e81f0870848",
    "json --limit 3": "d6538edb0dd7b2f8",
    "text --limit 3": "57393fc00b96b493",
}
ORDERS = {"demo": "c0b72fc0f45acb09", "messy": "81e6e7706ee33edb"}
"""Digests of the output before the change (sha256, first 16 hex digits)."""


def _output(capsys, home, *options) -> str:
    capsys.readouterr()
    main(["--home", str(home), "contacts", *options])
    return capsys.readouterr().out


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@pytest.fixture
def messy_home(tmp_path, capsys):
    """A workspace holding the messy network above, imported as coach CSV."""
    folder = tmp_path / "messy"
    folder.mkdir()
    for name, text in (("people", PEOPLE), ("connections", CONNECTIONS), ("follows", FOLLOWS),
                       ("interactions", INTERACTIONS)):
        (folder / f"{name}.csv").write_text(text, encoding="utf-8")
    home = tmp_path / "messy-home"
    assert main(["--home", str(home), "import", str(folder), "--format", "csv"]) == 0
    capsys.readouterr()
    return home


def _digests(capsys, home) -> dict:
    found = {}
    for options in OPTIONS:
        found[" ".join(["json", *options])] = _digest(_output(capsys, home, "--json", *options))
        found[" ".join(["text", *options])] = _digest(_output(capsys, home, *options))
    return found


def _orders(home) -> dict:
    """The app's listing (an eager service): each sort and search, as the ids in order."""
    found = {}
    with NetworkService(Workspace(home), eager=True) as service:
        for sort in SORTS:
            for search in ("", "a", "writer", "zola", "lukasz", "eve"):
                for degree in (None, Degree.SECOND):
                    wanted = ListFilter(degree=degree, search=search, sort=sort)
                    page = service.contacts(wanted)
                    ids = page.listing.person_ids[page.positions].tolist()
                    found[f"{sort} {search!r} {degree}"] = ids
        page = service.contacts(ListFilter())
        found["json"] = _digest(page.to_json_text())
    return found


def test_the_demo_prints_what_it_printed(capsys, demo_home):
    assert _digests(capsys, demo_home) == DEMO


def test_a_messy_network_prints_what_it_printed(capsys, messy_home):
    assert _digests(capsys, messy_home) == MESSY
    out = _output(capsys, messy_home, "--degree", "2")
    assert "\x1b" not in out and "\\x1b[31m" in out  # the table makes the escape visible


def test_the_app_lists_in_the_same_orders(demo_home, messy_home):
    orders = {"demo": _orders(demo_home), "messy": _orders(messy_home)}
    assert {key: _digest(json.dumps(value, sort_keys=True))
            for key, value in orders.items()} == ORDERS
