"""Text facts (names, company, introducer, shared group…), read from the people when asked.

Only the people whose advice is printed need their texts, so nothing is built for everyone
unless a rule tests a text fact; knowing whether a text is missing is cheap for all.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress

import numpy as np

from coach.contacts import Roster
from coach.model import LINKEDIN_MEMBER, Degree, Person, full_name_of
from coach.people_columns import PeopleColumns
from coach.store import Store
from coach.strategy.column_masks import TEXT_DTYPE
from coach.strategy.usage import Activity
from coach.visible_text import UNSAFE, visible

_LABELS = {0: "you", 1: "1st", 2: "2nd", 3: "3rd", 4: "out"}
_PERSON_FIELDS = ("first_name", "company", "position", "headline", "location")
_ACTIVITY_TEXTS = ("last_interaction_kind", "last_invitation_status", "note")


class TextFacts:
    """One getter per text fact (row index → text or None), and which rows have a value."""

    def __init__(self, roster: Roster, store: Store, introducer: np.ndarray,
                 shares_group: np.ndarray, activity: Activity, me: int | None) -> None:
        structure = roster.network.structure
        self._id_array = structure.ids  # arrays read one row at a time: no list of everyone
        self._ids = _Ints(structure.ids)
        self._persons = _Persons(roster, self._ids)
        self._degree_array = roster.network.degree
        self._degrees = _Ints(roster.network.degree)
        self._introducer = introducer
        self._shares = shares_group
        self._store = store
        self._me = me
        self._my_groups: set[str] | None = None
        self._read: dict[str, tuple[np.ndarray, list[str]]] = {}
        self._activity = activity

    @property
    def getters(self) -> dict[str, Callable[[int], str | None]]:
        """Each text fact's getter, made on each call for the caller to keep: kept here, the
        bound methods would make a reference cycle, which only the collector frees (the app
        freezes a built network out of the collector's reach, see ``coach.heap``)."""
        activity = self._activity
        degrees = self._degrees
        persons = self._persons
        return {
            "degree_label": lambda i: _LABELS[degrees[i]],
            "shared_group": self._shared_group,
            "last_interaction_kind": self._by_person(activity.texts["last_interaction_kind"]),
            "last_invitation_status": self._by_person(activity.texts["last_invitation_status"]),
            "note": self._by_person(activity.texts["note"]),
            "introducer": self._introducer_name,
            "name": lambda i: persons[i].full_name,
            "display_name": self._display_name,
            **{name: self._field(name) for name in _PERSON_FIELDS},
        }

    def present(self, name: str) -> np.ndarray:
        """Where a text fact has a value (without building the texts when avoidable)."""
        n = self._id_array.size
        if name == "introducer":
            return self._introducer >= 0
        if name == "shared_group":
            return self._shares.copy()
        if name in ("degree_label", "name", "display_name"):
            return np.ones(n, dtype=bool)
        if name not in _PERSON_FIELDS and name not in _ACTIVITY_TEXTS:
            getter = self.getters[name]  # a text fact added with only its getter: row by row
            return np.fromiter((getter(index) is not None for index in range(n)), bool, count=n)
        rows = self._sparse(name)[0]
        known = np.zeros(n, dtype=bool)
        known[rows] = True
        return known

    def folded(self, name: str, known: np.ndarray) -> np.ndarray:
        """A text fact for everyone without case, '' where ``known`` (its ``present``) is
        false: read as a column for the people's fields and the activity's texts, through
        the getter (for the rows that have a value) for the rest."""
        shown = str  # as the per-contact getters give them
        if name == "degree_label":
            labels = np.array([_LABELS[degree] for degree in sorted(_LABELS)], dtype=TEXT_DTYPE)
            return labels[self._degree_array]
        if name == "introducer":  # a few hundred introducers: each one's name made once
            rows = np.flatnonzero(known)
            via, where = np.unique(self._introducer[rows], return_inverse=True)
            names = np.array([self._persons[int(index)].full_name.casefold()
                              for index in via.tolist()], dtype=TEXT_DTYPE)
            values = np.full(self._id_array.size, "", dtype=TEXT_DTYPE)
            values[rows] = names[where]
            return values
        if name == "shared_group":
            rows, texts = self._shared_groups(known)
        elif name in _PERSON_FIELDS or name in _ACTIVITY_TEXTS or name in ("name",
                                                                          "display_name"):
            rows, texts = self._sparse(name)
            if name in _PERSON_FIELDS:
                shown = visible  # raw rows: as the person's card shows them
        else:
            rows = np.flatnonzero(known)
            getter = self.getters[name]
            texts = [getter(index) or "" for index in rows.tolist()]
        cache: dict[str, str] = {}  # the same company or kind of interaction, folded once
        values = np.full(self._id_array.size, "", dtype=TEXT_DTYPE)
        values[rows] = [cache[text] if text in cache
                        else cache.setdefault(text, shown(text).casefold()) for text in texts]
        return values

    def _sparse(self, name: str) -> tuple[np.ndarray, list[str]]:
        """(rows, raw texts) of the people who have a value for a person's field or an
        activity text: the roster's rows of the people (no ``Person`` made; a raw cell is
        empty exactly when the text shown is), or the activity read for the network. Read
        once per fact (``present`` and ``folded`` both ask)."""
        if name not in self._read:
            self._read[name] = self._read_sparse(name)
        return self._read[name]

    def _read_sparse(self, name: str) -> tuple[np.ndarray, list[str]]:
        if name in _ACTIVITY_TEXTS:
            by_person = self._activity.texts[name]
            people = np.fromiter(by_person, dtype=np.int64, count=len(by_person))
            texts = list(by_person.values())
        elif name in ("name", "display_name"):  # as a Person gives them, from the columns
            columns = self._persons.columns()
            people = columns.ids
            firsts, lasts, refs = (_visible_all(cells) for cells in (
                columns.column("first_name"), columns.column("last_name"), columns.name_refs))
            texts = list(map(full_name_of, firsts, lasts, refs, people.tolist()))
            if name == "display_name":
                ids = self._id_array
                at = np.minimum(np.searchsorted(ids, people), max(ids.size - 1, 0))
                shown = columns.flags["full_name_visible"].tolist()
                texts = [_shown_name(first, last, visible_name, degree, in_group,
                                     lambda full=full: full)
                         for first, last, visible_name, degree, in_group, full in zip(
                             firsts, lasts, shown, self._degree_array[at].tolist(),
                             self._shares[at].tolist(), texts, strict=True)]
        else:  # one pass in C over the roster's column (compress): no Python loop per person
            columns = self._persons.columns()
            cells = columns.column(name)
            has = np.fromiter(map(bool, cells), dtype=bool, count=len(cells))
            people = columns.ids[has]
            texts = list(compress(cells, has))
        ids = self._id_array
        rows = np.minimum(np.searchsorted(ids, people), max(ids.size - 1, 0))
        hit = ids[rows] == people if ids.size else np.zeros(people.size, dtype=bool)
        if hit.all():
            return rows, texts
        return rows[hit], list(compress(texts, hit))

    def _shared_groups(self, known: np.ndarray) -> tuple[np.ndarray, list[str]]:
        """(rows, the first group by name each shares with me), from one query over the
        memberships of my groups (``_shared_group`` for everyone who shares one)."""
        if self._me is None:
            return np.empty(0, dtype=np.int64), []
        first: dict[int, str] = {}
        for person, group in self._store.db.fetchall(
                "SELECT m.person, g.name FROM membership m JOIN member_group g ON g.id = "
                "m.group_id WHERE m.group_id IN (SELECT group_id FROM membership WHERE person "
                "= ?)", (self._ids[self._me],)):
            if person not in first or group < first[person]:
                first[person] = group
        ids = self._id_array
        people = np.fromiter(first, dtype=np.int64, count=len(first))
        rows = np.minimum(np.searchsorted(ids, people), max(ids.size - 1, 0))
        keep = (ids[rows] == people) & known[rows] if ids.size else np.zeros(0, dtype=bool)
        groups = list(first.values())
        return rows[keep], list(compress(groups, keep))

    # --- getters ---------------------------------------------------------------------------

    def _field(self, attribute: str) -> Callable[[int], str | None]:
        persons = self._persons
        return lambda i: getattr(persons[i], attribute) or None

    def _by_person(self, mapping: dict[int, str]) -> Callable[[int], str | None]:
        ids = self._ids
        return lambda i: mapping.get(ids[i])

    def _display_name(self, i: int) -> str:
        """The name as LinkedIn shows it: ``coach.naming.display_name``, inlined for speed."""
        person = self._persons[i]
        return _shown_name(person.first_name, person.last_name, person.full_name_visible,
                           self._degrees[i], bool(self._shares[i]), lambda: person.full_name)

    def _introducer_name(self, i: int) -> str | None:
        via = int(self._introducer[i])
        return None if via < 0 else self._persons[via].full_name

    def _shared_group(self, i: int) -> str | None:
        if not self._shares[i] or self._me is None:
            return None
        if self._my_groups is None:
            self._my_groups = set(self._store.groups.of(self._ids[self._me]))
        common = sorted(self._my_groups.intersection(self._store.groups.of(self._ids[i])))
        return common[0] if common else None


class _Persons:
    """Row index → ``Person``, made on first use: only the people whose texts are printed or
    tested are ever made (a ``Person`` for each of 100,000 people costs about a second)."""

    __slots__ = ("_ids", "_made", "_people")

    def __init__(self, roster: Roster, ids: "_Ints") -> None:
        self._people = roster.people
        self._ids = ids
        self._made: dict[int, Person] = {}

    def __getitem__(self, index: int) -> Person:
        person = self._made.get(index)
        if person is None:
            person_id = self._ids[index]
            columns = self._people.columns  # read: no query per person (no URL, no email)
            at = columns.index(person_id) if columns is not None else None
            person = self._made[index] = (self._people[person_id] if at is None
                                          else columns.person(at, contact_details=False))
        return person

    def columns(self) -> PeopleColumns:
        """Everyone's columns, as the roster holds them (read once, with one query, when the
        roster has not read them yet); no ``Person`` and no row per person is made."""
        return self._people.read_columns()


class _Ints:
    """One array's items as Python ints, read one at a time (``ids[i]``, ``degrees[i]``)."""

    __slots__ = ("_array",)

    def __init__(self, array: np.ndarray) -> None:
        self._array = array

    def __getitem__(self, index: int) -> int:
        return int(self._array[index])


def _shown_name(first: str, last: str, visible_name: bool, degree: int, in_group: bool,
                full_name: Callable[[], str]) -> str:
    """The name as LinkedIn shows it at this degree (``coach.naming.display_name``)."""
    if degree == Degree.OUT_OF_NETWORK and not in_group:
        return LINKEDIN_MEMBER
    first, last = first.strip(), last.strip()
    if degree == Degree.THIRD and last and not (visible_name or in_group):
        last = next((char.upper() for char in last if char.isalnum()), last[:1]) + "."
    return (f"{first} {last}" if first and last else first or last) or full_name()


def _visible_all(cells: list) -> list:
    """Text cells as a ``Person`` shows them (control characters made visible): one search
    over the whole column, and a look at each cell only when it finds one."""
    if not UNSAFE.search("\n".join(filter(None, cells))):  # a newline is not unsafe
        return cells
    return [visible(cell) if cell else cell for cell in cells]
