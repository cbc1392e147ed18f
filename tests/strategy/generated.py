"""A seeded random professional network written into a real Store, for the strategy tests.

Ten thousand people by default: me, a few hundred connections (some at my company), a
sparse random graph around them (so 2nd, 3rd degree and out of network are all large),
follows both ways, tags (do-not-contact included, on connections and beyond), invitations
pending, received, withdrawn and ignored, visits and messages, groups, degree hints, and
profiles with Open Profile, Follow as the main button and hidden last names. And a
small hand-made network for the introduction paths.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import numpy as np

from coach.model import Degree, Interaction, Invitation
from coach.store import Store

DAY = date(2026, 11, 22)
"""The day the facts are computed for: the generated activity ends just before."""

TAGS = ("close", "client", "prospect", "mentor", "colleague", "do-not-contact")


def _at(days_ago: int, hour: int = 10) -> str:
    return f"{(DAY - timedelta(days=int(days_ago))).isoformat()}T{hour:02d}:00"


def generated_store(path: Path, people: int = 10_000, seed: int = 20261122) -> Store:
    """A new store at ``path`` holding the generated network (me is the first person)."""
    rng = np.random.default_rng(seed)
    store = Store(path)
    companies = [f"Company {index}" for index in range(40)]
    rows = [{"first_name": f"P{index}", "last_name": f"Name{index}", "ref": str(index),
             "company": companies[int(rng.integers(len(companies)))] if index else companies[0],
             "open_profile": bool(rng.random() < 0.03),
             "full_name_visible": bool(rng.random() < 0.6),
             "follow_primary": bool(rng.random() < 0.03)} for index in range(people)]
    with store.transaction():
        ids = np.array(store.people.add_many(rows))
        me = int(ids[0])
        store.set_me(me)
        isolated = rng.random(people) < 0.04
        isolated[0] = False
        linked = np.flatnonzero(~isolated[1:]) + 1
        mine = rng.choice(linked, 250, replace=False)
        pairs = {(me, int(ids[i])) for i in mine}
        left, right = rng.choice(linked, people * 3), rng.choice(linked, people * 3)
        pairs |= {(int(ids[a]), int(ids[b])) for a, b in zip(left, right, strict=True) if a != b}
        store.connections.add_many(sorted(pairs), "generated")
        followers = rng.choice(ids[1:], 400, replace=False)
        followees = rng.choice(ids[1:], 250, replace=False)
        store.follows.add_many([(int(p), me) for p in followers] +
                               [(me, int(p)) for p in followees], "generated")
        for person in rng.choice(ids[mine], 20, replace=False):
            store.follows.set(me, int(person), "unfollowed", source="generated")
        _tags(store, rng, ids, mine)
        _invitations(store, rng, ids, mine)
        _interactions(store, rng, ids, mine)
        _groups(store, rng, ids, me)
        for index in rng.choice(np.flatnonzero(isolated), 60, replace=False):
            degree = Degree.SECOND if rng.random() < 0.5 else Degree.THIRD
            store.hints.set(int(ids[index]), degree, int(rng.integers(0, 9)),
                            observed_on=DAY.isoformat(), source="generated")
    return store


def _tags(store: Store, rng, ids, mine) -> None:
    """Tags on some of my connections (a quarter of them do-not-contact) and on others."""
    for index, person in enumerate(rng.choice(ids[mine], 80, replace=False)):
        store.tags.add(int(person), TAGS[index % len(TAGS)])
    for index, person in enumerate(rng.choice(ids[1:], 200, replace=False)):
        store.tags.add(int(person), TAGS[index % len(TAGS)])


def _invitations(store: Store, rng, ids, mine) -> None:
    """Pending, received, withdrawn (recently and long ago) and ignored invitations."""
    others = np.setdiff1d(np.arange(1, ids.size), mine)
    chosen = rng.choice(others, 400, replace=False)
    for number, index in enumerate(chosen):
        person = int(ids[index])
        kind = number % 5
        if kind == 0:
            store.invitations.add(Invitation(person, "out", _at(rng.integers(0, 40)),
                                             message="Hello" if number % 2 else ""))
        elif kind == 1:
            store.invitations.add(Invitation(person, "in", _at(rng.integers(0, 20))))
        elif kind == 2:
            sent = int(rng.integers(20, 60))
            store.invitations.add(Invitation(person, "out", _at(sent), "withdrawn",
                                             resolved_at=_at(rng.integers(0, 30))))
        elif kind == 3:
            store.invitations.add(Invitation(person, "out", _at(rng.integers(30, 90)), "ignored"))
        else:
            store.invitations.add(Invitation(person, "out", _at(rng.integers(0, 12)), "declined",
                                             message="A note"))


def _interactions(store: Store, rng, ids, mine) -> None:
    """Visits both ways, messages and reactions, mostly recent."""
    kinds = ("visited", "messaged", "liked", "commented", "met")
    for _ in range(3000):
        index = int(rng.choice(ids[mine])) if rng.random() < 0.5 else int(rng.choice(ids[1:]))
        store.interactions.add(Interaction(
            index, kinds[int(rng.integers(len(kinds)))], "in" if rng.random() < 0.4 else "out",
            _at(rng.integers(0, 400), int(rng.integers(8, 20))), source="generated"))


def _groups(store: Store, rng, ids, me: int) -> None:
    """Two groups of mine with a few hundred members each, and one without me."""
    for name, size in (("Lyon Tech", 300), ("Product People", 200), ("Elsewhere", 200)):
        if name != "Elsewhere":
            store.groups.join(name, me)
        for person in rng.choice(ids[1:], size, replace=False):
            store.groups.join(name, int(person))


def small_network(tmp_path, tagged: tuple[str, ...]) -> tuple[Store, dict[str, int]]:
    """Me – Ann, Ben (1st); Sam (2nd, through Ann), Sue (2nd, through Ben);
    Tom (3rd, only through Sam), Uma (3rd, through Sam and Sue)."""
    store = Store(tmp_path / "coach.sqlite3")
    ids = {name: store.people.add(first_name=name, last_name="Test", full_name_visible=True)
           for name in ("Me", "Ann", "Ben", "Sam", "Sue", "Tom", "Uma")}
    store.set_me(ids["Me"])
    for a, b in (("Me", "Ann"), ("Me", "Ben"), ("Ann", "Sam"), ("Ben", "Sue"), ("Sam", "Tom"),
                 ("Sam", "Uma"), ("Sue", "Uma")):
        store.connections.add(ids[a], ids[b])
    for name in tagged:
        store.tags.add(ids[name], "do-not-contact")
    return store, ids


MESSY_COMPANIES = ("Orbiteo", "ORBITEO", "Straße GmbH", "strasse gmbh", "Evil\x1b[31mCorp",
                   "Nul\x00Byte", "  ", "Ünïcode Ltd", "")
MESSY_HEADLINES = ("Head of DATA", "\u202eredaeh", "data · product", "", "Intro-specialist")
MESSY_TAGS = ("Close", "DO-NOT-CONTACT", "Every-30-Days", "client", "Mentor", "close")
MESSY_NOTES = ("Intro to Léa?", "MISE EN RELATION faite", "rien", "Présente-moi\x00 à Ana")


def messy_store(path: Path, people: int = 400, seed: int = 7) -> Store:
    """A small network whose texts are what real files hold: the same company in other
    cases, control characters, a NUL, a right-to-left override, a blank company stored by
    an older import, tags in any case, notes that name an introduction in capitals."""
    rng = np.random.default_rng(seed)
    store = Store(path)
    with store.transaction():
        ids = np.array(store.people.add_many([
            {"first_name": f"Ann{index}" if index % 7 else "", "last_name": f"Ek{index}",
             "ref": str(index), "full_name_visible": bool(index % 3),
             "location": ("Lyon", "LYON", "Paris", "")[index % 4]}
            for index in range(people)]))
        for index, person in enumerate(ids.tolist()):  # raw, as no importer would write them
            store.db.execute("UPDATE person SET company = ?, headline = ? WHERE id = ?",
                             (MESSY_COMPANIES[index % len(MESSY_COMPANIES)],
                              MESSY_HEADLINES[index % len(MESSY_HEADLINES)], person))
            if index % 50 == 5:  # an escape in a name, or no name at all (the ref is shown)
                first, last = ("Eve\x1b[2J", "Ek\u202e") if index % 100 == 5 else ("", "")
                store.db.execute("UPDATE person SET first_name = ?, last_name = ? WHERE id = ?",
                                 (first, last, person))
        me = int(ids[0])
        store.set_me(me)
        mine = rng.choice(np.arange(1, people), 60, replace=False)
        pairs = {(me, int(ids[i])) for i in mine}
        left, right = rng.integers(1, people, people * 2), rng.integers(1, people, people * 2)
        pairs |= {(int(ids[a]), int(ids[b])) for a, b in zip(left, right, strict=True)
                  if a != b and b % 9}
        store.connections.add_many(sorted(pairs), "messy")
        for index in rng.choice(np.arange(1, people), 80, replace=False):
            store.tags.add(int(ids[index]), MESSY_TAGS[int(index) % len(MESSY_TAGS)])
        for number, index in enumerate(rng.choice(np.arange(1, people), 60, replace=False)):
            store.notes.add(int(ids[index]), MESSY_NOTES[number % len(MESSY_NOTES)],
                            _at(int(rng.integers(0, 60))))
        for number, index in enumerate(rng.choice(mine, 30, replace=False)):
            store.interactions.add(Interaction(
                int(ids[index]), ("messaged", "introduced", "met")[number % 3],
                "in" if number % 2 else "out", _at(int(rng.integers(0, 200))), source="messy"))
        for index in rng.choice(np.arange(1, people), 20, replace=False):
            store.groups.join("Lyon Tech", int(ids[index]))
        store.groups.join("Lyon Tech", me)
    return store
