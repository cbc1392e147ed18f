"""Reach into a company, a role or a city: everyone known there, by degree, and how to get in.

For each person: what they matched on (company, role, city), and from the 2nd degree on
the best introducer (the 1st-degree connection the rules' ``introducer`` fact names) and
a teammate who can help (a person tagged ``teammate`` connected to them or to that
introducer). Candidates come from the contact list's search index (the words' letters
first), so only the few people holding the words are read field by field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from coach.contacts import COLUMN
from coach.model import Degree
from coach.reach_matching import MATCH_KINDS, BadReachText, matched_on_each, reach_words

TEAMMATE_TAG = "teammate"
DEGREES = (Degree.FIRST, Degree.SECOND, Degree.THIRD, Degree.OUT_OF_NETWORK)
_FIELDS = tuple(COLUMN[name] for name in ("company", "position", "headline", "location"))


@dataclass(frozen=True, slots=True)
class Helper:
    """A person who can help reach someone: an introducer or a teammate."""

    id: int
    name: str

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name}


@dataclass(frozen=True, slots=True)
class Reached:
    """One person who matches, with what they matched on and who can help reach them."""

    contact: dict
    """The person in the stable JSON shape of ``coach contacts --json``."""
    matched_on: tuple[str, ...]
    introducer: Helper | None = None
    teammate: Helper | None = None

    @property
    def id(self) -> int:
        return self.contact["id"]

    @property
    def name(self) -> str:
        """The name as shown at their degree."""
        return self.contact["display_name"]

    @property
    def degree(self) -> Degree:
        value = self.contact["degree"]
        return Degree.OUT_OF_NETWORK if value is None else Degree(value)

    def to_json(self) -> dict:
        return {**self.contact, "matched_on": list(self.matched_on),
                "introducer": self.introducer.to_json() if self.introducer else None,
                "teammate": self.teammate.to_json() if self.teammate else None}


@dataclass(frozen=True, slots=True)
class Reach:
    """Everyone known who matches a text, by degree (nearest first, most shared connections
    first within a degree); ``counts`` holds every match, ``people`` at most the limit."""

    text: str
    words: tuple[str, ...]
    counts: dict[Degree, int]
    people: dict[Degree, list[Reached]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __len__(self) -> int:
        return self.total

    def everyone(self) -> list[Reached]:
        """The people listed, nearest first."""
        return [person for degree in DEGREES for person in self.people.get(degree, [])]

    def to_json(self) -> dict:
        return {"text": self.text, "words": list(self.words), "total": self.total,
                "degrees": [{"degree": degree.json_value, "degree_label": degree.label,
                             "count": self.counts.get(degree, 0),
                             "people": [p.to_json() for p in self.people.get(degree, [])]}
                            for degree in DEGREES]}


def reach_of(service, text: str, limit: int | None = None) -> Reach:
    """Everyone known who matches ``text`` as a company, a role or a city, by degree;
    at most ``limit`` people listed per degree (all are counted). BadReachText when the
    text has nothing to look for."""
    wanted = reach_words(text)
    if not wanted:
        raise BadReachText("say what to reach: a company, a role or a city "
                           "(`coach reach Cartalis`)")
    state = service.state
    listing = state.listing
    positions = _candidates(listing, wanted)
    rows = listing.rows_at(positions)
    kinds = matched_on_each(wanted, *([row[i] or "" if row else "" for row in rows]
                                      for i in _FIELDS))
    keep = np.fromiter(map(bool, kinds), dtype=bool, count=len(kinds))
    positions = positions[keep]
    kinds = [kind for kind in kinds if kind]
    order = _nearest_first(listing, positions)
    positions = positions[order]
    kinds = [kinds[i] for i in order.tolist()]
    degree = listing.degree[positions]
    counts = {d: int(np.count_nonzero(degree == int(d))) for d in DEGREES}
    chosen = np.concatenate([np.flatnonzero(degree == int(d))[:limit] for d in DEGREES])
    chosen.sort()
    contacts = listing.to_json(positions[chosen])
    helpers = _Helpers(service, state)
    people: dict[Degree, list[Reached]] = {d: [] for d in DEGREES}
    for at, contact in zip(chosen.tolist(), contacts, strict=True):
        index = int(listing.indices[positions[at]])
        far = int(degree[at]) != int(Degree.FIRST)
        introducer = helpers.introducer(index) if far else None
        teammate = helpers.teammate(index) if far else None
        reached = Reached(contact, kinds[at], introducer, teammate)
        people[reached.degree].append(reached)
    return Reach(text.strip(), tuple(wanted), counts, people)


def _candidates(listing, wanted: list[str]) -> np.ndarray:
    """Positions whose search text holds every word (a cheap superset of the matches)."""
    found = None
    for word in sorted(set(wanted), key=len, reverse=True):  # the longest cuts the most
        found = listing.search_index.holding(word, found)
    return np.sort(found) if found is not None else np.empty(0, dtype=np.int64)


def _nearest_first(listing, positions: np.ndarray) -> np.ndarray:
    """Where each of these (ascending) positions goes in the list's order: by degree, most
    shared connections, then name."""
    return np.searchsorted(positions, listing.in_order(positions, "degree"))


class _Helpers:
    """Who can help reach a person: the introducer chosen for everyone at once, and the
    teammates (few), each with the people they are connected to."""

    def __init__(self, service, state) -> None:
        self.service = service
        self.network = network = state.network
        self.chosen = state.introducers
        links = network.structure.connections
        blocked = state.do_not_contact
        mates = []
        for person, tags in state.roster.tags.items():
            index = network.index(person)
            if TEAMMATE_TAG in tags and index is not None and not blocked[index] \
                    and index != network.me:
                mates.append(index)
        strength = state.strengths
        ids = network.structure.ids
        mates.sort(key=lambda i: (-strength.get(int(ids[i]), 0.0), int(ids[i])))
        self.teammates = [(mate, links.neighbors(mate)) for mate in mates]
        self._names: dict[int, Helper] = {}

    def _helper(self, index: int) -> Helper:
        person_id = int(self.network.structure.ids[index])
        if person_id not in self._names:
            self._names[person_id] = Helper(person_id, self.service.contact(person_id).name)
        return self._names[person_id]

    def introducer(self, index: int) -> Helper | None:
        via = int(self.chosen[index])
        return None if via < 0 else self._helper(via)

    def teammate(self, index: int) -> Helper | None:
        """A teammate connected to the person, else one connected to their introducer."""
        via = int(self.chosen[index])
        for targets in ((index,), (via,) if via >= 0 else ()):
            for mate, around in self.teammates:
                if mate in targets or any(_holds(around, target) for target in targets):
                    return self._helper(mate)
        return None


def _holds(sorted_ids: np.ndarray, value: int) -> bool:
    at = int(np.searchsorted(sorted_ids, value))
    return at < sorted_ids.size and int(sorted_ids[at]) == value


__all__ = ["BadReachText", "Helper", "MATCH_KINDS", "Reach", "Reached", "reach_of"]
