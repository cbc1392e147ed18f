"""The contact list as arrays: filters, search and sort that stay instant on 100k people.

One listing answers every front end: the app's list, ``coach contacts``, ``coach enrol
--search`` and the coach pane's lists. Built once per change of the network (off the
event loop in the app); a keypress only combines boolean masks and, for a search, scans a
list of short folded strings. A one-shot listing (``eager=False``, the command line) reads
names only for the people it shows, and sorts only them, in the same order.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from coach.contacts import Roster
from coach.listing_json import contacts_json, contacts_json_text
from coach.listing_orders import OrderedSelection, SortedKeys
from coach.listing_search import SEARCHES_KEPT, ListingSearch
from coach.model import Degree, Person
from coach.naming import fold
from coach.people_columns import ListedPerson, PeopleColumns, name_ranks
from coach.picking import pick
from coach.search_index import TextColumn

SORTS = ("degree", "name", "mutual", "recent")
"""How the list can be ordered: nearest first, by name, most shared connections, latest contact."""

PREVIEW_LINES = 200
"""Lines of a first look ordered exactly (with names), the screen's first pages."""
PREVIEW_NAMED = 20_000
"""At most this many names read for a first look's first lines (a larger group of equal
keys is cut: the rest of it comes in the full order)."""
QUICK_SEARCH_BELOW = 200_000
"""Listings smaller than this answer any search within a keypress (tens of ms at 100k);
from it on, ordering a broad search's hits takes 10–30 ms more than finding them (700k
people for a first letter at 1M): the app asks for its first rows (``first_rows``) within
the key and for the whole order off the event loop (``answers_at_once``)."""

_MANY_HITS = 8
"""A search held by more than one contact in this many is ordered whole only after its first
rows (:meth:`ContactListing.first_rows`)."""

SORT_LABELS = {"degree": "degree", "name": "name", "mutual": "shared connections",
               "recent": "last contact"}


@dataclass(frozen=True, slots=True)
class ListFilter:
    """What the list shows: one degree (or all), followers only, one tag, search words."""

    degree: Degree | None = None
    followers: bool = False
    tag: str | None = None
    search: str = ""
    sort: str = "degree"

    @property
    def first_look_answers(self) -> bool:
        """Whether a first look (a preview listing: no search text, no names but for its
        first lines) can answer this filter; else the whole state must."""
        return not self.search and self.sort != "name"

    def describe(self) -> str:
        """A short phrase for the status line: "2nd degree · followers · tag close"."""
        parts = []
        if self.degree is not None:
            parts.append(f"{self.degree.label} degree" if self.degree is not Degree.OUT_OF_NETWORK
                         else "out of network")
        if self.followers:
            parts.append("followers")
        if self.tag:
            parts.append(f"tag {self.tag}")
        if self.search:
            parts.append(f"“{self.search}”")
        return " · ".join(parts) or "everyone"


class ContactListing(ListingSearch, OrderedSelection):
    """Every contact but me, with sort orders and search text computed when first needed.

    People are read as columns (``PeopleColumns``): everyone's at once for an eager listing
    (the app), only the people shown otherwise (the command line), unless a search needs
    everyone's text."""

    def __init__(self, roster: Roster, *, eager: bool = True, preview: bool = False) -> None:
        network = roster.network
        structure = network.structure
        self.roster = roster
        self.network = network
        self.eager = eager and not preview
        self.preview = preview  # first lines exact, the rest without names: see _sorted
        keep = np.ones(structure.size, dtype=bool)
        if network.me is not None:
            keep[network.me] = False
        at = None
        if self.eager:  # only people the store holds (a network snapshot may be a step behind)
            at = roster.people.read_columns().at(structure.ids)
            keep &= at >= 0
        self.indices = np.flatnonzero(keep)
        self.person_ids = structure.ids[self.indices]
        if at is not None:
            self.__dict__["_at"] = at[self.indices]
        self.degree = network.degree[self.indices]
        self.mutual = network.mutual[self.indices]
        self.follows_me = network.follows_me[self.indices]
        self.i_follow = network.i_follow[self.indices]
        self.tagged = self._positions_by_tag(roster.tags)
        self._orders: dict[str, np.ndarray] = {}
        self._keyed_orders: dict[str, SortedKeys] = {}  # the same with the filters' keys
        self._selected: dict[ListFilter, np.ndarray] = {}  # recent answers
        self._searches: dict[str, np.ndarray] = {}  # recent searches and their hits
        self._search_tiers: dict[str, np.ndarray] = {}  # and how well names answer them
        self._selecting = threading.Lock()  # the caches above, when two threads select

    def _positions_by_tag(self, tags: dict[int, list[str]]) -> dict[str, np.ndarray]:
        """Each tag and the positions of the contacts carrying it (few people carry tags)."""
        tagged_ids = np.fromiter(tags, dtype=np.int64, count=len(tags))
        by_id = np.argsort(self.person_ids, kind="stable")
        found = np.searchsorted(self.person_ids[by_id], tagged_ids)
        found[found >= len(by_id)] = 0
        tagged: dict[str, list[int]] = {}
        for pid, at in zip(tagged_ids.tolist(), found.tolist(), strict=True):
            if len(by_id) and int(self.person_ids[by_id[at]]) == pid:
                for tag in set(tags[pid]):
                    tagged.setdefault(tag, []).append(int(by_id[at]))
        return {tag: np.array(sorted(at), dtype=np.int64) for tag, at in tagged.items()}

    # --- the people behind the positions ---------------------------------------------------

    @cached_property
    def _at(self) -> np.ndarray:
        """Where each position's person is in everyone's columns (-1: not in the store)."""
        return self.roster.people.read_columns().at(self.person_ids)

    def people_at(self, positions: np.ndarray) -> tuple[np.ndarray, PeopleColumns]:
        """The positions whose person the store holds, and those people's columns (in the
        same order): from everyone's columns when read, else only these people's rows."""
        positions = np.asarray(positions, dtype=np.int64)
        people = self.roster.people
        if "_at" in self.__dict__ or people.complete:
            columns = people.read_columns()
            ats = self._at[positions]
            known = ats >= 0
            return positions[known], columns.subset(ats[known])
        rows = people.rows_for(self.person_ids[positions].tolist())
        known = np.array([row is not None for row in rows], dtype=bool)
        return positions[known], PeopleColumns.of_rows(
            [row for row in rows if row is not None], keep_order=True)

    def rows_at(self, positions: np.ndarray) -> list[tuple | None]:
        """The raw rows of some positions (from everyone's columns when read, else only
        these people's rows; None for a person the store no longer holds)."""
        ids = self.person_ids[np.asarray(positions, dtype=np.int64)]
        return self.roster.people.rows_for(ids.tolist())

    def person(self, position: int) -> Person:
        """The person at one position."""
        if "_at" in self.__dict__:
            return self.roster.people.columns.person(int(self._at[position]))
        return self.roster.people[self.person_id(position)]

    def listed(self, position: int) -> ListedPerson:
        """What the list's line shows of the person at one position (safe for a terminal)."""
        if "_at" in self.__dict__:
            return self.roster.people.columns.listed(int(self._at[position]))
        person = self.person(position)
        return ListedPerson(person.id, person.first_name, person.last_name, person.company,
                            person.position, person.full_name, person.full_name_visible)

    @cached_property
    def names(self) -> list[str]:
        """Every contact's folded full name, by position."""
        return pick(self.roster.people.read_columns().folded_names, self._at)

    @cached_property
    def last_contact(self) -> list[str]:
        """When I last interacted with each contact ("" for never), by position."""
        latest = self.roster.latest
        seen = np.full(len(self), "", dtype=object)
        if latest:
            known = np.fromiter(latest, dtype=np.int64, count=len(latest))
            for position in np.flatnonzero(np.isin(self.person_ids, known)).tolist():
                seen[position] = latest[int(self.person_ids[position])][0]
        return seen.tolist()

    def search_columns(self) -> tuple[TextColumn, ...]:
        """Each contact's folded company, position, headline and place, a ``TextColumn``
        each, by position, for search (asked for once, by :attr:`search_index`: the app builds
        it in its worker right after showing the list)."""
        return self.roster.people.read_columns().search_columns(self._at)

    def __len__(self) -> int:
        return len(self.indices)

    # --- counts for the filter chips --------------------------------------------------------

    def degree_counts(self) -> dict[Degree, int]:
        """How many contacts at each degree (counted once: every filter key shows them)."""
        return dict(self._degree_counts)

    @cached_property
    def _degree_counts(self) -> dict[Degree, int]:
        counts = np.bincount(self.degree, minlength=5)
        return {d: int(counts[d]) for d in Degree if d is not Degree.ME}

    def follower_count(self) -> int:
        """How many contacts follow me."""
        return self._follower_count

    @cached_property
    def _follower_count(self) -> int:
        return int(self.follows_me.sum())

    def tag_counts(self) -> dict[str, int]:
        """Each tag and how many contacts carry it, most used first."""
        counts = {tag: len(at) for tag, at in self.tagged.items()}
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    # --- filtering ----------------------------------------------------------------------

    def select(self, wanted: ListFilter) -> np.ndarray:
        """Positions (into this listing) of the contacts shown, in the chosen order."""
        chosen = self._selected.get(wanted)
        if chosen is None:
            with self._selecting:  # the app may search in a thread while a key filters
                chosen = self._selected.get(wanted)
                if chosen is None:
                    chosen = self._selected[wanted] = self._select(wanted)
                    chosen.flags.writeable = False  # shared by every caller of the filter
                    if len(self._selected) > SEARCHES_KEPT:
                        del self._selected[next(iter(self._selected))]
        return chosen

    def answers_at_once(self, wanted: ListFilter) -> bool:
        """Whether :meth:`select` answers within a keypress: no search, a search already
        answered, or a listing small enough (:data:`QUICK_SEARCH_BELOW`)."""
        return (not wanted.search.strip() or len(self) < QUICK_SEARCH_BELOW
                or wanted in self._selected)

    def _select(self, wanted: ListFilter) -> np.ndarray:
        searched = wanted.search.strip()
        if self._orders_everyone(wanted.sort):
            among = [self.tagged.get(wanted.tag, np.empty(0, dtype=np.int64))] \
                if wanted.tag else []
            if searched:
                among.append(self._search(wanted.search))
            chosen = self._keyed(wanted.sort).select(
                None if wanted.degree is None else int(wanted.degree), wanted.followers,
                tuple(among))
        else:  # one answer: sort only the chosen, in the same order as the full sort
            chosen = self._sorted(np.flatnonzero(self._mask(wanted)), wanted.sort)
        if searched and len(chosen) > 1:
            tiers = np.take(self._tiers(fold(wanted.search).split()), chosen)
            chosen = np.concatenate([np.compress(tiers == tier, chosen) for tier in (0, 1, 2)])
            # (three passes, each keeping the list's order: twice as fast as a stable sort)
        return chosen

    def first_rows(self, wanted: ListFilter, rows: int) -> tuple[np.ndarray, int]:
        """The first ``rows`` positions :meth:`select` gives, and how many it gives in all.

        A broad search not answered yet is not ordered whole for this: at 1M people a first
        key holds 700k people, and ordering them all takes longer than finding them."""
        keyed = None
        if wanted not in self._selected and wanted.search.strip() and \
                self._orders_everyone(wanted.sort):
            with self._selecting:  # the search caches, when the app filters meanwhile
                if len(self._search(wanted.search)) * _MANY_HITS >= len(self):
                    kind = np.logical_not(self._mask(wanted)).view(np.int8) * np.int8(3)
                    kind |= self._tiers(fold(wanted.search).split())  # 3 (not chosen) or
                    # a tier (0–2): arithmetic, 15x faster than np.where's branch per element
                    keyed = self._keyed(wanted.sort)
        if keyed is not None:
            return keyed.first(kind, 3, rows)
        chosen = self.select(wanted)  # few hits: the whole answer costs no more
        return chosen[:rows], len(chosen)

    def _orders_everyone(self, sort: str) -> bool:
        """Whether a selection is taken from everyone's order (the app's listing, or every
        name read): else the chosen alone are sorted (a one-shot listing)."""
        return self.eager or sort in self._orders or self.roster.people.complete

    def _mask(self, wanted: ListFilter) -> np.ndarray:
        """Which positions a filter selects, by position."""
        mask = np.ones(len(self), dtype=bool)
        if wanted.degree is not None:
            mask &= self.degree == int(wanted.degree)
        if wanted.followers:
            mask &= self.follows_me
        if wanted.tag:
            with_tag = np.zeros(len(self), dtype=bool)
            with_tag[self.tagged.get(wanted.tag, np.empty(0, dtype=np.int64))] = True
            mask &= with_tag
        if wanted.search.strip():
            mask &= self._search_mask(wanted.search)
        return mask

    def prepare_search(self) -> None:
        """Build what searching and the filter keys need (the filters' keys laid out in
        each order computed so far), so that no keypress waits for it."""
        for sort in list(self._orders):
            self._keyed(sort)
        super().prepare_search()

    def person_id(self, position: int) -> int:
        """The store id of the contact at one position."""
        return int(self.person_ids[position])

    def order(self, sort: str) -> np.ndarray:
        """All positions in one of the :data:`SORTS` orders (computed once each)."""
        if sort not in self._orders:
            self._orders[sort] = self._sorted(np.arange(len(self), dtype=np.int64), sort)
        return self._orders[sort]

    def _sorted(self, positions: np.ndarray, sort: str, first_look: bool = True) -> np.ndarray:
        """These positions in one of the :data:`SORTS` orders; ties by name, then position.

        degree: nearest first, then most shared connections; mutual: most shared first;
        recent: latest contact first (never last); name: by name."""
        if sort not in SORTS:
            raise ValueError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
        if positions.size == 0:
            return positions
        others: tuple[np.ndarray, ...]  # the keys after the name, the first one last
        if sort == "name":
            others = ()
        elif sort == "mutual":
            others = (-self.mutual[positions].astype(np.int64),)
        elif sort == "recent":
            seen = np.array([self.last_contact[int(p)] for p in positions], dtype=object)
            _, rank = np.unique(seen, return_inverse=True)
            others = (-rank.astype(np.int64),)
        else:
            others = (-self.mutual[positions].astype(np.int64),
                      self.degree[positions].astype(np.int64))
        if first_look and self.preview and others and positions.size > PREVIEW_LINES and \
                not self.roster.people.complete:
            return self._first_lines_sorted(positions, sort, others)
        return positions[np.lexsort((self._name_order(positions), *others))]

    def in_order(self, positions: np.ndarray, sort: str = "degree") -> np.ndarray:
        """Some positions (ascending) in one of the :data:`SORTS` orders, the same as the
        list's (``coach reach`` orders the people it finds so)."""
        return self._sorted(np.asarray(positions, dtype=np.int64), sort, first_look=False)

    def _first_lines_sorted(self, positions: np.ndarray, sort: str,
                            others: tuple[np.ndarray, ...]) -> np.ndarray:
        """A first look's order: by the keys without the name (ties by position), then the
        first lines — every group of equal keys they reach, up to PREVIEW_NAMED people —
        sorted with their names: what the screen shows first is the exact order."""
        order = np.lexsort((positions, *others))
        keys = np.stack([key[order] for key in others])
        last = PREVIEW_LINES - 1
        differs = np.any(keys[:, last:] != keys[:, last:last + 1], axis=0)
        end = last + (int(np.argmax(differs)) if differs.any() else differs.size)
        end = min(end, PREVIEW_NAMED)
        first = self._sorted(np.sort(positions[order[:end]]), sort, first_look=False)
        return np.concatenate((first, positions[order[end:]]))

    def _name_order(self, positions: np.ndarray) -> np.ndarray:
        """Each of these positions' place in name order (the same name: in their order)."""
        people = self.roster.people
        if "_at" in self.__dict__ or people.complete:
            ats = self._at[positions]
            ranks = people.read_columns().name_ranks[np.maximum(ats, 0)]
            ranks[ats < 0] = -1  # no longer in the store: "" sorts first
        else:
            known, columns = self.people_at(positions)
            names = [""] * len(positions)
            where = np.searchsorted(positions, known)  # positions are ascending
            for at, name in zip(where.tolist(), columns.folded_names, strict=True):
                names[at] = name
            ranks = name_ranks(names)
        by_name = np.empty(positions.size, dtype=np.int64)
        by_name[np.lexsort((np.arange(positions.size), ranks))] = np.arange(positions.size)
        return by_name

    # --- what the command line prints --------------------------------------------------------

    def to_json(self, positions: np.ndarray) -> list[dict]:
        """The stable JSON shape of each contact at these positions (see ``Contact.to_json``)."""
        return contacts_json(self, positions)

    def to_json_text(self, positions: np.ndarray) -> str:
        """The same as one compact JSON document, written fast (``coach contacts --json``)."""
        return contacts_json_text(self, positions)
