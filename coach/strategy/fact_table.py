"""Facts for everyone in a workspace, as one column per fact, computed once per network.

Numbers are float arrays with NaN for "missing", yes/no facts are boolean arrays, tags are
kept sparsely (most people have none) and texts are read from the person only when a rule
prints or tests them. Rules test whole columns at once (see ``conditions.mask``), which is
what makes ranking 100,000 people take a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import numpy as np

from coach.contacts import Roster
from coach.dates import today
from coach.model import Degree
from coach.store import Store
from coach.strategy.actions import do_not_contact_people
from coach.strategy.circle_facts import CIRCLE_TEXTS, CircleFacts
from coach.strategy.column_masks import narrowed
from coach.strategy.facts import FACTS, LIST, TABLE_FACTS, TEXT, YES_NO
from coach.strategy.introducers import introductions
from coach.strategy.situation import read_situation
from coach.strategy.text_facts import TextFacts
from coach.strategy.usage import Activity, read_activity
from coach.ties import tie_strengths


class FactTable:
    """Every fact of the registry for every person of one network (me included, degree 0),
    but those a rule book works out from its limits (see ``DecidedColumns``)."""

    def __init__(self, roster: Roster, store: Store, day: date | None = None,
                 premium: bool = False, circles: Callable[[], object] | None = None) -> None:
        self.roster = roster
        self._store = store
        network = roster.network
        structure = network.structure
        self.day = day or today()
        self.ids = structure.ids
        self.size = int(self.ids.size)
        self.me = network.me
        n = self.size
        degree = network.degree
        self._columns: dict[str, np.ndarray] = {
            "degree": narrowed(degree.astype(np.float64)),
            "mutual_connections": narrowed(network.mutual.astype(np.float64)),
            "degree_observed": network.observed,
            "connected": degree == int(Degree.FIRST),
            "follows_me": network.follows_me,
            "i_follow": network.i_follow,
            "open_profile": structure.open_profile,
            "full_name_visible": (degree <= int(Degree.SECOND))
            | ((degree == int(Degree.THIRD)) & structure.full_name_visible)
            | network.shares_group,  # fellow group members see each other's names
            "shares_group": network.shares_group,
            "coworker": network.coworker,
            "follow_primary": structure.follow_primary,
            "premium": same_for_all(n, bool(premium)),
        }
        self._tags = {index: tuple(roster.tags[person])
                      for person in roster.tags if (index := structure.index(person)) is not None
                      and roster.tags[person]}
        activity = read_activity(store, roster, self.day)
        read_situation(activity, store, network.me_id,
                       self.day)
        self._activity = activity
        self._columns.update(self._activity_columns(activity))
        strengths = tie_strengths(store, self.day)
        tie = np.zeros(n, dtype=np.float64)
        shown = np.zeros(n, dtype=np.float64)  # the fact as one contact's facts give it
        if strengths:
            rows, found = self._rows(strengths)
            tie[rows[found]] = np.fromiter(strengths.values(), dtype=np.float64)[found]
            shown[rows[found]] = np.array([round(value, 2) for value in strengths.values()])[found]
        self._columns["tie_strength"] = shown
        blocked = np.zeros(n, dtype=bool)
        blocked[sorted(do_not_contact_people(self._tags))] = True
        self._introducer, self._columns["introducers_blocked"] = introductions(network, tie,
                                                                              blocked)
        via = self._introducer
        self._columns["introducer_tie_strength"] = np.where(via >= 0, shown[np.maximum(via, 0)],
                                                            0.0)
        self._folded: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._tag_sets: dict[int, frozenset[str]] | None = None
        self._tag_rows: tuple[dict[str, np.ndarray], np.ndarray] | None = None
        self._text = TextFacts(roster, store, self._introducer, network.shares_group, activity,
                               self.me)
        self._texts = self._text.getters
        # The circles come from the service's map, kept per network: Louvain is not rerun here.
        self._circles = CircleFacts(circles() if circles else None, structure)
        self._columns.update(self._circles.columns)
        self._texts.update(self._circles.getters)
        for name, values in self._columns.items():  # the rest (most are narrowed when made)
            self._columns[name] = narrowed(values)

    # --- what conditions read ------------------------------------------------------------

    def column(self, name: str) -> np.ndarray:
        """A number column (NaN = missing) or a yes/no column. A number column whose values
        are all whole is float32 (see ``column_masks.narrowed``): compare it in float64."""
        return self._columns[name]

    def text(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """A text fact for everyone, without case ('' where missing), and where it has a
        value; built on first use."""
        if name not in self._folded:
            known = self._text.present(name)
            self._folded[name] = (self._text.folded(name, known), known)
        return self._folded[name]

    def present(self, name: str) -> np.ndarray:
        """Where a text fact has a value."""
        if name in CIRCLE_TEXTS:
            return self._circles.present(name, self.size)
        return self._text.present(name)

    def tag_sets(self, name: str) -> dict[int, frozenset[str]]:
        """The list fact ``tags``: index → folded tags, for people who have any."""
        if self._tag_sets is None:
            self._tag_sets = {index: frozenset(tag.casefold() for tag in tags)
                              for index, tags in self._tags.items()}
        return self._tag_sets

    def list_rows(self, name: str) -> tuple[dict[str, np.ndarray], np.ndarray]:
        """The list fact ``tags``: each tag without case → the rows that carry it, and who
        has any tag."""
        if self._tag_rows is None:
            by_tag: dict[str, list[int]] = {}
            for index, tags in self.tag_sets(name).items():
                for tag in tags:
                    by_tag.setdefault(tag, []).append(index)
            listed = np.zeros(self.size, dtype=bool)
            listed[list(self.tag_sets(name))] = True
            self._tag_rows = ({tag: np.array(rows, dtype=np.int64)
                               for tag, rows in by_tag.items()}, listed)
        return self._tag_rows

    # --- what people read ----------------------------------------------------------------

    def index(self, person_id: int) -> int | None:
        """The row of a person, or None."""
        return self.roster.network.structure.index(person_id)

    @property
    def introducers(self):
        """By row: the row of each person's introducer, -1 for none (read only)."""
        return self._introducer

    def introducer_id(self, person_id: int) -> int | None:
        """The id of the 1st-degree connection best placed to introduce me to them (the
        ``introducer`` fact), or None."""
        index = self.index(person_id)
        via = -1 if index is None else int(self._introducer[index])
        return None if via < 0 else int(self.ids[via])

    def value(self, name: str, index: int):
        """One fact of one person as a plain value (int, float, bool, str, tuple or None)."""
        kind = FACTS[name].type
        if kind == TEXT:
            return self._texts[name](index)
        if kind == LIST:
            return self._tags.get(index, ())
        raw = self._columns[name][index]
        if kind == YES_NO:
            return bool(raw)
        number = float(raw)
        if number != number:
            return None
        return int(number) if number.is_integer() else round(number, 2)

    def row(self, index: int) -> dict:
        """Every fact of one person (but those a rule book works out from its limits)."""
        return {name: self.value(name, index) for name in TABLE_FACTS}

    def getter(self, name: str) -> Callable[[int], object]:
        """Row index → one fact as a plain value: the fast way to read a fact for many rows."""
        kind = FACTS[name].type
        if kind == TEXT:
            return self._texts[name]
        if kind == LIST:
            tags = self._tags
            return lambda index: tags.get(index, ())
        if kind == YES_NO:
            flags = self._columns[name]
            return lambda index: bool(flags[index])
        return lambda index: self.value(name, index)

    # --- internals -----------------------------------------------------------------------

    def _rows(self, people) -> tuple[np.ndarray, np.ndarray]:
        """Rows of store ids (vectorised), and which of the given ids were found."""
        wanted = np.fromiter(people, dtype=np.int64)
        rows = np.searchsorted(self.ids, wanted)
        rows[rows >= self.size] = 0
        found = self.ids[rows] == wanted if self.size else np.zeros(wanted.size, dtype=bool)
        return rows, found

    def _activity_columns(self, activity: Activity) -> dict[str, np.ndarray]:
        n = self.size
        columns = {}
        for name, per_person in activity.numbers.items():
            default = FACTS[name].default
            if not per_person:  # nobody has one: the default, held once
                columns[name] = same_for_all(n, np.nan if default is None else float(default))
                continue
            values = np.full(n, np.nan if default is None else float(default))
            rows, found = self._rows(per_person)
            numbers = np.fromiter(per_person.values(), dtype=np.float64, count=len(per_person))
            values[rows[found]] = numbers[found]
            columns[name] = narrowed(values)
        for name, people in activity.flags.items():
            values = np.zeros(n, dtype=bool)
            rows, found = self._rows(people)
            values[rows[found]] = True
            columns[name] = values
        for name, count in activity.account.items():
            columns[name] = same_for_all(n, float(count))
        columns["my_connections"] = same_for_all(n, float(np.count_nonzero(
            self._columns["connected"])))
        return columns


def same_for_all(n: int, value) -> np.ndarray:
    """A read-only column of ``n`` equal values held as one (8 MB saved per column at 1M
    people): the account's counts are the same for everyone."""
    return np.broadcast_to(np.asarray(value), (n,))
