"""One state of the network, read from the store: built together, never changed, replaced whole.

Everything that depends on the network (the roster, the listing, the facts the rules read,
tie strengths, who is on the do-not-contact list) belongs to one state, so a front end
never mixes an old listing with new advice. A change to the store makes a new state; the
app builds it in a worker and, if that fails, keeps showing the last good one.
"""

from __future__ import annotations

import threading
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from coach.contacts import Roster
from coach.graph.loading import load_network
from coach.graph.network import Network
from coach.heap import give_back
from coach.listing import ContactListing
from coach.model import Degree
from coach.overview import is_thin
from coach.people_columns import PeopleColumns
from coach.service.circles import CircleCache, map_of
from coach.store import Store
from coach.ties import tie_strengths

if TYPE_CHECKING:  # the rules' facts are imported when first asked for
    from coach.graph.network_map import NetworkMap
    from coach.strategy.fact_table import FactTable

class NetworkState:
    """The network seen from me on one day, and what is computed from it on first use."""

    def __init__(self, store: Store, network: Network, roster: Roster, day: date, *,
                 premium: bool = False, eager: bool = False, revision: int = -1,
                 circles: CircleCache | None = None, preview: bool = False) -> None:
        self.store = store
        self.network = network
        self.roster = roster
        self.day = day
        self.premium = premium
        self.eager = eager
        self.preview = preview  # a first look: see :meth:`read_preview`
        self.revision = revision  # the store's network revision this state was read at
        self.circles = circles or CircleCache()  # shared by the states of one service
        self._lock = threading.RLock()

    @classmethod
    def read(cls, store: Store, day: date, *, premium: bool = False, eager: bool = False,
             save_snapshot: bool = True, circles: CircleCache | None = None,
             preview: "NetworkState | None" = None) -> "NetworkState":
        """Read a state from the store. ``eager`` reads every person now, as columns (the
        app, in a worker); ``save_snapshot`` false leaves the store untouched (commands that
        only read). ``preview``: a first look just read, whose network is taken if the
        store's network has not changed since."""
        revision = store.network_cache.revision()
        if preview is not None and preview.revision == revision:
            network = preview.network  # the store's network has not changed since
        else:
            network = load_network(store, save=save_snapshot)
        people = PeopleColumns.read(store) if eager else None  # everyone: one query
        state = cls(store, network, Roster.from_store(store, network, people), day,
                    premium=premium, eager=eager, revision=revision, circles=circles)
        if eager:
            _ = state.listing
        return state

    @classmethod
    def read_preview(cls, store: Store, day: date, *, premium: bool = False,
                     save_snapshot: bool = True) -> "NetworkState":
        """A first look at the state, for a list shown at once on a large network: the
        network and its arrays, people's rows read only for the first lines. Its listing
        orders the first lines exactly (names read for them only) and the rest by the same
        keys without the names; it does not search or sort by name. The full state is read
        next and replaces it (``read(preview=…)`` takes its network)."""
        revision = store.network_cache.revision()
        network = load_network(store, save=save_snapshot)
        return cls(store, network, Roster.from_store(store, network), day, premium=premium,
                   revision=revision, preview=True)

    def with_premium(self, premium: bool) -> "NetworkState":
        """The same network with another account setting: the facts are computed again,
        the listing is kept."""
        state = NetworkState(self.store, self.network, self.roster, self.day, premium=premium,
                             eager=self.eager, revision=self.revision, circles=self.circles)
        if "_listing" in self.__dict__:
            state.__dict__["_listing"] = self.__dict__["_listing"]
        return state

    def _once(self, name: str, make):
        """Compute a part once, even when two threads ask at the same time (a part already
        computed is read without waiting for another being computed)."""
        found = self.__dict__.get(name)
        if found is not None:
            return found
        with self._lock:
            if name not in self.__dict__:
                self.__dict__[name] = make()
            return self.__dict__[name]

    @property
    def listing(self) -> ContactListing:
        """Every contact but me, for lists, filters and search."""
        return self._once("_listing", lambda: ContactListing(self.roster, eager=self.eager,
                                                             preview=self.preview))

    @property
    def facts(self) -> "FactTable":
        """Every fact the rules read, for everyone."""
        return self._once("_facts", lambda: self._facts_on(self.day))

    @property
    def network_map(self) -> "NetworkMap":
        """My circles and the brokers between them (Louvain once per network revision)."""
        return self._once("_map", lambda: map_of(self, self.circles))

    @property
    def thin(self) -> bool:
        """Whether the network stops at my connections: no one known at 2nd or 3rd degree
        (the front ends then say how to see further, ``coach.overview.GROW_HINT``)."""
        network = self.network
        if network.me is None:
            return False
        degree = network.degree
        counts = {Degree(level): int(np.count_nonzero(degree == int(level)))
                  for level in (Degree.FIRST, Degree.SECOND, Degree.THIRD)}
        return is_thin(counts)

    @property
    def has_facts(self) -> bool:
        """Whether the facts of everyone were already computed for this state."""
        return "_facts" in self.__dict__

    def facts_on(self, day: date) -> "FactTable":
        """The facts as they stand on another day (the agenda of a given day)."""
        if day == self.day:
            return self.facts
        return self._once(f"_facts_{day.isoformat()}", lambda: self._facts_on(day))

    def _facts_on(self, day: date) -> "FactTable":
        from coach.strategy.fact_table import FactTable

        table = FactTable(self.roster, self.store, day=day, premium=self.premium,
                          circles=lambda: self.network_map)
        give_back()  # what working the facts out freed (neighbour lists, activity rows)
        return table

    @property
    def strengths(self) -> dict[int, float]:
        """How well I know each person (tie strength), for ranking introduction paths."""
        return self._once("_strengths", lambda: tie_strengths(self.store, self.day))

    @property
    def introducers(self) -> np.ndarray:
        """By network index: each person's best introducer (index of one of my 1st-degree
        connections, -1 for none): the rules' ``introducer`` fact."""
        return self.facts.introducers

    @cached_property
    def do_not_contact(self) -> np.ndarray:
        """By network index: the people tagged do-not-contact (never on a path, never asked)."""
        from coach.strategy.actions import do_not_contact_people

        blocked = np.zeros(self.network.size, dtype=bool)
        for person in do_not_contact_people(self.roster.tags):
            index = self.network.index(person)
            if index is not None:
                blocked[index] = True
        return blocked
