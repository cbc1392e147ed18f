"""Contacts: a person as I see them, with degree, name as shown, follows and mutuals.

The same records feed the command line (``--json``), the app and, later, the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coach.graph.network import Network
from coach.model import Degree, Person
from coach.naming import display_name, fold


@dataclass(frozen=True, slots=True)
class Contact:
    """Everything a list row or a rule needs to know about one person, seen from me."""

    person: Person
    degree: Degree
    display_name: str
    mutual_connections: int
    follows_me: bool
    i_follow: bool
    degree_observed: bool = False
    shares_group: bool = False
    coworker: bool = False
    tags: tuple[str, ...] = ()
    last_interaction: str | None = None
    last_interaction_kind: str | None = None

    @property
    def id(self) -> int:
        """The person's store id."""
        return self.person.id

    @property
    def name(self) -> str:
        """The full name as stored (what I know, whatever LinkedIn would show)."""
        return self.person.full_name

    def to_json(self) -> dict:
        """The stable JSON shape of a contact (see the command-line contract)."""
        person = self.person
        return {
            "id": person.id,
            "ref": person.ref,
            "name": self.name,
            "display_name": self.display_name,
            "degree": self.degree.json_value,
            "degree_label": self.degree.label,
            "degree_observed": self.degree_observed,
            "mutual_connections": self.mutual_connections,
            "follows_me": self.follows_me,
            "i_follow": self.i_follow,
            "headline": person.headline,
            "company": person.company,
            "position": person.position,
            "location": person.location,
            "profile_url": person.profile_url,
            "open_profile": person.open_profile,
            "shares_group": self.shares_group,
            "coworker": self.coworker,
            "tags": list(self.tags),
            "last_interaction": self.last_interaction,
            "last_interaction_kind": self.last_interaction_kind,
        }


@dataclass(slots=True)
class Roster:
    """Every person of a workspace with what the network says about them.

    Built once per change of the network; building a contact only reads arrays.
    """

    network: Network
    people: dict[int, Person]
    tags: dict[int, list[str]] = field(default_factory=dict)
    latest: dict[int, tuple[str, str, str]] = field(default_factory=dict)

    def contact(self, person_id: int) -> Contact:
        """The contact for one store id (KeyError when unknown)."""
        person = self.people[person_id]
        network = self.network
        index = network.index(person_id)
        degree = Degree(int(network.degree[index])) if index is not None else Degree.OUT_OF_NETWORK
        latest = self.latest.get(person_id)
        return Contact(
            person=person,
            degree=degree,
            display_name=display_name(person.first_name, person.last_name, degree,
                                      person.full_name_visible, fallback=person.full_name),
            mutual_connections=int(network.mutual[index]) if index is not None else 0,
            follows_me=bool(network.follows_me[index]) if index is not None else False,
            i_follow=bool(network.i_follow[index]) if index is not None else False,
            degree_observed=bool(network.observed[index]) if index is not None else False,
            shares_group=bool(network.shares_group[index]) if index is not None else False,
            coworker=bool(network.coworker[index]) if index is not None else False,
            tags=tuple(self.tags.get(person_id, ())),
            last_interaction=latest[0] if latest else None,
            last_interaction_kind=latest[1] if latest else None,
        )

    def contacts(self, degree: Degree | None = None, followers: bool = False,
                 search: str | None = None) -> list[Contact]:
        """Everyone but me, filtered, nearest first, then most mutual connections, then name.

        ``followers`` keeps people who follow me; ``search`` keeps people whose name,
        company, position or headline contains every word of the text (accents and case
        ignored).
        """
        network = self.network
        words = fold(search).split() if search else []
        result = []
        for person_id in self.people:
            if person_id == network.me_id:
                continue
            index = network.index(person_id)
            if index is None:
                continue
            if degree is not None and int(network.degree[index]) != int(degree):
                continue
            if followers and not network.follows_me[index]:
                continue
            if words and not _matches(self.people[person_id], words):
                continue
            result.append(self.contact(person_id))
        result.sort(key=lambda c: (int(c.degree), -c.mutual_connections, fold(c.name), c.id))
        return result


def _matches(person: Person, words: list[str]) -> bool:
    """Whether every word appears in the person's name, company, position or headline."""
    haystack = fold(" ".join((person.full_name, person.company, person.position,
                              person.headline)))
    return all(word in haystack for word in words)
