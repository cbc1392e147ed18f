"""Contacts: a person as I see them, with degree, name as shown, follows and mutuals.

The same records feed the command line (``--json``), the app and the rules. People are
kept as columns (``PeopleColumns``, the app) or as raw rows read lazily (the command line):
a ``Person`` is made only for the person asked for, so listing 100,000 people never builds
100,000 objects.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import numpy as np

from coach.graph.network import Network
from coach.model import Degree, Person, full_name_of
from coach.naming import display_name
from coach.people_columns import PeopleColumns
from coach.store.people import PERSON_COLUMNS, person_from_row

COLUMN = {name: index for index, name in enumerate(PERSON_COLUMNS)}
"""The position of each person field in a raw row."""

WHOLE_TABLE_FROM = 40_000
"""Past this many rows asked for at once, every row is read in one scan instead."""


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


_REF = COLUMN["ref"]


def full_name(row: tuple) -> str:
    """``Person.full_name`` read from a raw row."""
    return full_name_of(row[1], row[2], row[_REF], row[0])


class PersonRows(Mapping[int, Person]):
    """Everyone of a store by id: as columns read at once (``columns``, the app), or as raw
    rows read when first needed (the command line).

    ``rows_for(ids)`` reads only the rows asked for (a listing of one degree); anything
    that walks everyone (iteration, ``len``) reads every person's columns once.
    """

    def __init__(self, store=None, rows: Iterable[tuple] = (),
                 columns: PeopleColumns | None = None) -> None:
        self._store = store
        self._rows: dict[int, tuple] = {}
        self._lock = threading.Lock()
        self.columns = columns
        if columns is None and store is None:
            self.columns = PeopleColumns.of_rows(list(rows))
        else:
            self._rows = {row[0]: row for row in rows}

    @classmethod
    def of(cls, people: Iterable[Person]) -> "PersonRows":
        """Rows for people already made (tests, small networks)."""
        return cls(rows=[tuple(getattr(person, name) for name in PERSON_COLUMNS)
                         for person in people])

    @property
    def complete(self) -> bool:
        """Whether everyone's columns are read."""
        return self.columns is not None

    def read_columns(self) -> PeopleColumns:
        """Everyone's columns (read once, with one query)."""
        if self.columns is None:
            columns = PeopleColumns.read(self._store)
            with self._lock:
                if self.columns is None:
                    self.columns = columns
        return self.columns

    def row(self, person_id: int) -> tuple:
        """One raw row (KeyError when unknown)."""
        columns = self.columns
        if columns is not None:
            at = columns.index(person_id)
            if at is None:
                raise KeyError(person_id)
            return columns.row(at, person_id)
        row = self.rows_for([person_id])[0]
        if row is None:
            raise KeyError(person_id)
        return row

    def rows_for(self, ids: Iterable[int]) -> list[tuple | None]:
        """The rows of these ids, in the order given (None for an unknown id)."""
        ids = [int(person_id) for person_id in ids]
        columns = self.columns
        if columns is None and len(ids) > WHOLE_TABLE_FROM:  # one scan beats many IN (…)
            columns = self.read_columns()
        if columns is not None:
            ats = columns.at(np.array(ids)).tolist()
            if len(ats) == 1:  # the person shown: their details alone when not read yet
                return [columns.row(ats[0]) if ats[0] >= 0 else None]
            rows = iter(columns.rows([at for at in ats if at >= 0]))
            return [next(rows) if at >= 0 else None for at in ats]
        missing = [person_id for person_id in ids if person_id not in self._rows]
        if missing:
            fetched = self._store.people.rows(missing)
            with self._lock:
                self._rows.update((row[0], row) for row in fetched)
        rows = self._rows
        return [rows.get(person_id) for person_id in ids]

    def __getitem__(self, person_id: int) -> Person:
        return person_from_row(self.row(person_id))

    def __contains__(self, person_id: object) -> bool:
        if not isinstance(person_id, (int, np.integer)):
            return False
        if self.columns is None and person_id in self._rows:
            return True
        return self.rows_for([int(person_id)])[0] is not None

    def __iter__(self) -> Iterator[int]:
        return iter(self.read_columns().ids.tolist())

    def __len__(self) -> int:
        return len(self.read_columns())


@dataclass(slots=True)
class Roster:
    """Every person of a workspace with what the network says about them.

    Built once per change of the network; building a contact only reads arrays.
    """

    network: Network
    people: PersonRows
    tags: dict[int, list[str]] = field(default_factory=dict)
    latest: dict[int, tuple[str, str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.people, PersonRows):  # a plain {id: Person} (tests)
            self.people = PersonRows.of(self.people.values())

    @classmethod
    def from_store(cls, store, network: Network,
                   columns: PeopleColumns | None = None) -> "Roster":
        """Everyone in a store, seen through one network: from their columns when given
        (read by the service), else people's rows read on demand."""
        return cls(network=network, people=PersonRows(store, columns=columns),
                   tags=store.tags.all(), latest=store.interactions.latest())

    def named(self, person_id: int) -> tuple[str, str]:
        """One person's full name and the name I see (``contact``'s ``name`` and
        ``display_name``), from everyone's columns when read: no row read, no ``Person``
        made (a profile names its shared connections, dozens of them; KeyError when
        unknown)."""
        columns = self.people.columns
        at = columns.index(person_id) if columns is not None else None
        if at is None:
            contact = self.contact(person_id)
            return contact.name, contact.display_name
        listed = columns.listed(at)
        network = self.network
        index = network.index(person_id)
        degree = Degree(int(network.degree[index])) if index is not None else Degree.OUT_OF_NETWORK
        return listed.full_name, display_name(
            listed.first_name, listed.last_name, degree, listed.full_name_visible,
            fallback=listed.full_name,
            shares_group=index is not None and bool(network.shares_group[index]))

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
            display_name=display_name(
                person.first_name, person.last_name, degree, person.full_name_visible,
                fallback=person.full_name,
                shares_group=index is not None and bool(network.shares_group[index])),
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
