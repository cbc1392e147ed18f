"""Everyone of a workspace as columns: ids, names, work, place and flags, one array each.

A list of 100,000 people is sorted, searched and printed from these columns; a ``Person``
is made only for a person shown (``person``, through ``person_from_row``, which makes
control characters visible), and a list's line reads a ``ListedPerson``. Read with one
query per group of columns (``People.columns``): what the list shows first, the details
(headline, place, URL, email) when first needed; or, for a few people, from raw rows.
"""

from __future__ import annotations

import threading
from functools import cached_property
from operator import itemgetter, ne
from typing import NamedTuple

import numpy as np

from coach.model import Person, full_name_of
from coach.naming import fold_many
from coach.picking import pick
from coach.search_index import TextColumn
from coach.store.people import NAME_REF, PERSON_COLUMNS, person_from_row
from coach.visible_text import visible

TEXT = ("first_name", "last_name", "headline", "company", "position", "location",
        "profile_url", "email", "ref")
"""The text columns (raw: as stored, control characters included)."""
FLAGS = ("open_profile", "full_name_visible", "follow_primary")
"""The yes/no columns."""
SEARCHED = ("company", "position", "headline", "location")
"""What a search reads beside the name."""
DETAILS = ("headline", "location", "profile_url", "email", "ref")
"""The text columns a list's line does not show: read after the list is shown."""
ONE_BY_ONE = ("profile_url", "email", "ref")
"""Details no search reads (a million URLs is 90 MB, a million references 60 MB): read for
everyone only when many rows are asked for, else for the one person shown. A name falls
back on the reference: :data:`NAME_REF` holds it for the people without a name."""
SHARED = ("first_name", "last_name", "headline", "company", "position", "location")
"""Text columns whose values repeat: each distinct value is kept once."""
SEARCHED_DETAILS = tuple(name for name in DETAILS if name in SEARCHED)
"""The details a search reads (read together, when the search text is built)."""
LISTED = ("id", *(name for name in TEXT if name not in DETAILS), NAME_REF, *FLAGS)
"""The columns read first: what sorting and a list's line need."""


class ListedPerson(NamedTuple):
    """What one line of the list shows of a person, made safe for a terminal."""

    id: int
    first_name: str
    last_name: str
    company: str
    position: str
    full_name: str
    full_name_visible: bool


class PeopleColumns:
    """People in id order: ``ids`` (int64), each text column a list, each flag a bool array.

    Built without the :data:`DETAILS` columns (``store`` given), it reads them from the store
    with one query when first needed, for the same ids."""

    def __init__(self, columns: dict[str, list], store=None) -> None:
        self.ids = np.asarray(columns["id"], dtype=np.int64)
        self._text: dict[str, list] = {name: _shared(columns[name]) if name in SHARED
                                       else _as_list(columns[name])
                                       for name in TEXT if name in columns}
        self.flags = {name: np.array(columns[name], dtype=bool) for name in FLAGS}
        # The reference where a name falls back on it (everyone's, when read: the same names)
        self.name_refs: list = _as_list(columns[NAME_REF] if NAME_REF in columns
                                        else columns["ref"])
        self._store = store
        self._lock = threading.Lock()
        self._texts: tuple[list, ...] | None = None  # every text column, in TEXT order
        self._flags = tuple(self.flags[name] for name in FLAGS)

    @classmethod
    def read(cls, store) -> "PeopleColumns":
        """Everyone in a store: the columns a list needs now, the details when first needed."""
        return cls(store.people.columns(LISTED), store)

    @property
    def text(self) -> dict[str, list]:
        """Every text column (the details read now if they were not)."""
        return self._read(DETAILS)

    def column(self, name: str) -> list:
        """One text column (raw), reading the details only when ``name`` is one of them: the
        searched ones together, the others together."""
        text = self._text
        if name in text:
            return text[name]
        return self._read(ONE_BY_ONE if name in ONE_BY_ONE else SEARCHED_DETAILS)[name]

    def _read(self, names: tuple[str, ...]) -> dict[str, list]:
        if any(name not in self._text for name in names):
            with self._lock:
                missing = tuple(name for name in names if name not in self._text)
                if missing:
                    self._text.update(self._details(missing))
        return self._text

    def _details(self, names: tuple[str, ...]) -> dict[str, list]:
        """Detail columns of the same people, by id (someone gone since reads as blank)."""
        found = self._store.people.columns(("id", *names))
        ids = np.asarray(found["id"], dtype=np.int64)
        if np.array_equal(ids, self.ids):
            return {name: _shared(found[name]) if name in SHARED else _as_list(found[name])
                    for name in names}
        ats = _places(ids, self.ids)  # the store changed between the two queries
        return {name: [("" if name in SEARCHED else None) if value is None else value
                       for value in pick(found[name], ats)] for name in names}

    def listed(self, at: int) -> ListedPerson:
        """What a list's line shows of the person at one place (no details read)."""
        text = self._text
        person_id = int(self.ids[at])
        name = full_name_of(text["first_name"][at], text["last_name"][at], self.name_refs[at],
                            person_id)
        first, last, company, position, name = (visible(text["first_name"][at] or ""),
                                                visible(text["last_name"][at] or ""),
                                                visible(text["company"][at] or ""),
                                                visible(text["position"][at] or ""),
                                                visible(name))
        return ListedPerson(person_id, first, last, company, position, name,
                            bool(self.flags["full_name_visible"][at]))

    @classmethod
    def of_rows(cls, rows: list[tuple], keep_order: bool = False) -> "PeopleColumns":
        """The people of some raw rows (``PERSON_COLUMNS`` order), sorted by id unless
        ``keep_order`` (then they are read in that order, not looked up by id)."""
        if not keep_order:
            rows = sorted(rows, key=itemgetter(0))
        values = list(zip(*rows, strict=True)) if rows else [()] * len(PERSON_COLUMNS)
        return cls(dict(zip(PERSON_COLUMNS, values, strict=True)))

    def __len__(self) -> int:
        return len(self.ids)

    def at(self, ids: np.ndarray) -> np.ndarray:
        """Where each id is in the columns (-1 for an id the store does not hold)."""
        return _places(self.ids, ids)

    def index(self, person_id: int) -> int | None:
        """Where one id is in the columns, or None."""
        ids = self.ids
        at = int(ids.searchsorted(person_id))
        return at if at < len(ids) and ids[at] == person_id else None

    def row(self, at: int, person_id: int | None = None) -> tuple:
        """The raw row at one place (``PERSON_COLUMNS`` order); ``person_id``: its id, when
        known (a roster asks for 100,000 rows: each step counts). Before everyone's details
        are read, the details of this one person are read alone (see :meth:`rows`)."""
        texts = self._texts
        if texts is None:
            if any(name not in self._text for name in DETAILS):
                return self._row_alone(at)
            texts = self._texts = tuple(self._text[name] for name in TEXT)
        first, last, headline, company, position, location, url, email, ref = texts
        open_profile, visible_name, follow = self._flags
        return (int(self.ids[at]) if person_id is None else int(person_id), first[at], last[at],
                headline[at], company[at], position[at], location[at], url[at], email[at],
                ref[at], bool(open_profile[at]), bool(visible_name[at]), bool(follow[at]))

    def _row_alone(self, at: int, query: bool = True) -> tuple:
        """The row at one place, the details missing from the columns read for it alone
        (``query`` false: left blank)."""
        person_id = int(self.ids[at])
        found = self._store.people.rows([person_id]) if query else []
        stored = dict(zip(PERSON_COLUMNS, found[0], strict=True)) if found else {}
        stored.setdefault("ref", self.name_refs[at])  # what the name falls back on
        text = self._text
        values = [text[name][at] if name in text else stored.get(
            name, "" if name in SEARCHED else None) for name in TEXT]
        open_profile, visible_name, follow = self._flags
        return (person_id, *values, bool(open_profile[at]), bool(visible_name[at]),
                bool(follow[at]))

    def rows(self, ats) -> list[tuple]:
        """The rows at many places (everyone's details read first, with one query)."""
        self._read(DETAILS)
        row = self.row
        return [row(at) for at in ats]

    def person(self, at: int, contact_details: bool = True) -> Person:
        """The ``Person`` at one place, its text made safe for a terminal; without
        ``contact_details``, its profile URL and email are None unless everyone's are read
        (a rule's texts never read them: no query per person), and its reference too unless
        its name falls back on it."""
        if contact_details or self._texts is not None:
            return person_from_row(self.row(at))
        self._read(SEARCHED_DETAILS)
        return person_from_row(self._row_alone(at, query=False))

    def subset(self, ats: np.ndarray) -> "PeopleColumns":
        """The people at these places, in their order (to read, not to look ids up in)."""
        return PeopleColumns({"id": self.ids[ats],
                              **{name: pick(values, ats) for name, values in self.text.items()},
                              **{name: values[ats] for name, values in self.flags.items()}})

    @property
    def full_names(self) -> list[str]:
        """Each person's full name (``Person.full_name``), made on each call (not kept: a
        million names is 60 MB; the folded names are kept)."""
        text = self._text
        return list(map(full_name_of, text["first_name"], text["last_name"], self.name_refs,
                        self.ids.tolist()))

    @cached_property
    def folded_names(self) -> list[str]:
        """Each full name folded (lower case, no accents), for sorting and search."""
        return fold_many(self.full_names)

    @cached_property
    def name_ranks(self) -> np.ndarray:
        """Each person's place in name order; people with the same folded name share it."""
        return name_ranks(self.folded_names)

    def search_columns(self, ats: np.ndarray) -> tuple[TextColumn, ...]:
        """The folded company, position, headline and place of the people at these places
        (-1: blank), a column each, each distinct text kept once, for search (the name is
        searched in :attr:`folded_names`). A column, not one text per person: at 1M people,
        352,000 distinct joined texts were 25 MB to scan; the columns' distinct texts, 8 MB."""
        text = self._read(SEARCHED_DETAILS)
        return tuple(TextColumn.folded(pick(text[name], ats)) for name in SEARCHED)


def _places(ids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Where each wanted id is in the ascending ``ids`` (-1 when it is not there)."""
    wanted = np.asarray(wanted, dtype=np.int64)
    if not len(ids):
        return np.full(len(wanted), -1, dtype=np.int64)
    found = np.minimum(np.searchsorted(ids, wanted), len(ids) - 1).astype(np.int64)
    return np.where(ids[found] == wanted, found, -1)


def _shared(values) -> list:
    """The values with each distinct text kept once (a few thousand companies and places
    among 100,000 people: megabytes saved)."""
    seen: dict = {}
    return [seen.setdefault(value, value) for value in values]


def _as_list(values) -> list:
    return values if isinstance(values, list) else list(values)


def name_ranks(folded: list[str]) -> np.ndarray:
    """Each text's place in sorted order, equal texts sharing one (dense ranks)."""
    count = len(folded)
    ranks = np.zeros(count, dtype=np.int64)
    if count < 2:
        return ranks
    order = sorted(range(count), key=folded.__getitem__)
    ordered = itemgetter(*order)(folded)
    changes = np.fromiter(map(ne, ordered[1:], ordered[:-1]), dtype=bool, count=count - 1)
    ranks[np.asarray(order, dtype=np.int64)] = np.concatenate(([0], np.cumsum(changes)))
    return ranks
