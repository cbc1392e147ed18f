"""The network service: every question and act of coach, decided once for every front end.

The command line, the app and the coach pane render what this returns and pass on what
the person asked; none of them checks a permission, searches, counts or filters on its
own. It is built from explicit parts — the workspace (store, settings, rule folders), a
clock, the state of the network read from the store, the rule book — and hands the domain
only what each part needs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coach.dates import today
from coach.listing import ListFilter
from coach.model import Degree
from coach.service.acts import Acts
from coach.service.by_hand import ByHand
from coach.service.circles import CircleCache
from coach.service.contact_page import ContactPage
from coach.service.follow_ups import FollowUps
from coach.service.history import History
from coach.service.scenario_desk import ScenarioDesk
from coach.service.state import NetworkState
from coach.workspace import Workspace

if TYPE_CHECKING:  # what only questions and acts need is imported when first asked for:
    # the app's first look imports none of it (bench/bench_app.py, "list shown")
    from coach.contacts import Contact
    from coach.model import IntroductionPath, Person
    from coach.overview import Overview
    from coach.service.profile import Profile


class NetworkService(Acts):
    """Contacts, profiles, paths, advice, the overview, logging, imports and scenarios.

    ``eager``: read everyone at once (the app, which filters and searches at every key);
    ``save_snapshot``: whether reading the network may save its snapshot in the store
    (commands that only read leave the store exactly as it was).
    """

    def __init__(self, workspace: Workspace, *, clock: Callable[[], date] = today,
                 eager: bool = False, save_snapshot: bool = True) -> None:
        self.workspace = workspace
        self.store = workspace.store
        self.clock = clock
        self.eager = eager
        self.save_snapshot = save_snapshot
        self._state: NetworkState | None = None
        self._rulebook = None
        self._advisor = None
        self._lock = threading.RLock()
        self._circles = CircleCache()
        self.scenarios = ScenarioDesk(self)
        self.follow_ups = FollowUps(self)
        self.by_hand = ByHand(self)
        self.history = History(self)

    # --- where the data lives ------------------------------------------------------------

    @property
    def home(self) -> Path:
        return self.workspace.home

    @property
    def is_demo(self) -> bool:
        return self.workspace.is_demo

    @property
    def config(self):
        """The workspace's settings (config.toml)."""
        return self.workspace.config

    @property
    def language(self) -> str:
        """The language the front ends speak: "en" or "fr" (``language`` in config.toml)."""
        return getattr(self.config, "language", "en")

    def chosen_theme(self, known: Iterable[str]) -> tuple[str | None, str | None]:
        """The app's theme from config.toml among the ``known`` names: (the theme, None),
        (None, "file:line" of an unknown one), or (None, None) when none is set."""
        from coach.config import setting_line

        config = self.config
        theme = getattr(config, "theme", None)
        if theme is None or theme in set(known):
            return theme, None
        return None, f"{config.path}:{setting_line(config, 'theme')}"

    def remember_theme(self, name: str, home: Path | None = None) -> Path:
        """Keep the app's theme in config.toml: in the file whose settings are in use, else
        in ``home`` (the person's own workspace while the demo is shown), else here."""
        from coach.config import save_setting

        path = getattr(self.config, "path", None)
        return save_setting(path.parent if path is not None else (home or self.home),
                            "theme", name)

    def close(self) -> None:
        """Close the store."""
        self.workspace.close()

    def __enter__(self) -> "NetworkService":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- the state of the network ----------------------------------------------------------

    @property
    def state(self) -> NetworkState:
        """The current state of the network (read from the store on first use)."""
        with self._lock:
            if self._state is None:
                self._state = self.read_state()
            return self._state

    def read_state(self, preview: NetworkState | None = None) -> NetworkState:
        """A new state read from the store now (it does not replace the current one);
        ``preview``: a first look just read (its network is reused when still current)."""
        return NetworkState.read(self.store, self.clock(),
                                 premium=bool(getattr(self.config, "premium", False)),
                                 eager=self.eager, save_snapshot=self.save_snapshot,
                                 circles=self._circles, preview=preview)

    def preview(self) -> NetworkState:
        """A first look at the network to list at once (``NetworkState.read_preview``): it
        is not the current state, and answers only the contacts of a filter without search
        or name order. The app shows it while :meth:`rebuild` reads the whole state."""
        return NetworkState.read_preview(self.store, self.clock(),
                                         premium=bool(getattr(self.config, "premium", False)),
                                         save_snapshot=self.save_snapshot)

    def rebuild(self, preview: NetworkState | None = None) -> NetworkState:
        """Read the store again and use the new state; when reading fails, the error
        propagates and the last good state stays in use."""
        state = self.read_state(preview)
        with self._lock:
            self._state = state
            self._advisor = None
        from coach.heap import give_back

        give_back()  # what reading freed (the columns' JSON text, the last state's arrays)
        return state

    def refresh(self) -> None:
        """Forget the state: the next question reads the store again."""
        with self._lock:
            self._state = None
            self._advisor = None

    @property
    def network(self):
        """The network of the current state (degrees, mutual counts, follows)."""
        return self.state.network

    @property
    def roster(self):
        """Everyone of the current state, seen through the network."""
        return self.state.roster

    # --- rules ---------------------------------------------------------------------------

    def rule_folders(self) -> list[Path]:
        """Where the rules are read from, in order (shipped, then the workspace's)."""
        return self.workspace.rule_folders()

    def rule_files(self) -> list[Path]:
        """The rule files a person may edit, each name once, the workspace's copies first
        (they shadow the shipped files of the same name), as the folders are now: a file or
        a rules/ folder made while the app runs is listed at once."""
        from coach.strategy.engine import editable_rule_files

        return editable_rule_files(self.rule_folders())

    def use_rules(self, folders) -> None:
        """Read the rules from these folders only (``--rules DIR``; the demo borrows the
        person's own); None goes back to the workspace's."""
        with self._lock:
            self.workspace.use_rules(folders)
            self._rulebook = None

    @property
    def rulebook(self):
        """The rules, read once (``reload_rules`` reads them again)."""
        with self._lock:
            if self._rulebook is None:
                from coach.strategy import RuleBook

                self._rulebook = RuleBook(self.rule_folders())
            return self._rulebook

    def rule_problems(self) -> list:
        """Problems in config.toml and in the rule files, each with ``file:line``."""
        return [*self.workspace.config_problems, *self.rulebook.problems]

    def reload_rules(self) -> list:
        """Read config.toml and the rule files again; a broken file keeps its last good
        version. A new rule folder or language is taken in. Returns the problems."""
        workspace = self.workspace
        if not workspace.rules_pinned:
            workspace.forget_config()
            folders = self.rule_folders()
            with self._lock:
                fresh = self._rulebook is None or self._rulebook.folders != folders
                if fresh:
                    self._rulebook = None
                state = self._state
                premium = bool(getattr(self.config, "premium", False))
                if state is not None and state.premium != premium:
                    self._state = state.with_premium(premium)
            if fresh:
                return list(self.rulebook.problems)
        return self.rulebook.reload()

    @property
    def advisor(self):
        """Facts, advice and allowed actions for the current state and rules."""
        state, rulebook = self.state, self.rulebook
        facts = state.facts  # outside the lock: the app's screen reads the state meanwhile
        with self._lock:
            advisor = self._advisor
            if advisor is None or advisor.table is not facts or \
                    advisor.rulebook is not rulebook:
                from coach.strategy import Advisor

                advisor = self._advisor = Advisor(rulebook, facts)
            return advisor

    # --- questions -------------------------------------------------------------------------

    def contacts(self, wanted: ListFilter | None = None,
                 state: NetworkState | None = None) -> ContactPage:
        """The contacts a filter selects (degree, followers, tag, search), in its order;
        from ``state`` when given (the one a screen shows while the next is read)."""
        listing = (state or self.state).listing
        return ContactPage(listing, listing.select(wanted or ListFilter()))

    def first_contacts(self, wanted: ListFilter, rows: int,
                       state: NetworkState | None = None) -> tuple[ContactPage, int]:
        """The first ``rows`` of :meth:`contacts` and how many it holds in all, sooner than
        the whole answer for a broad search over a very large network (the app shows them,
        then asks for the rest)."""
        listing = (state or self.state).listing
        first, total = listing.first_rows(wanted, rows)
        return ContactPage(listing, first), total

    def contacts_at_once(self, wanted: ListFilter, state: NetworkState | None = None) -> bool:
        """Whether :meth:`contacts` answers this filter within a keypress (ordering a
        search not answered yet over a very large network takes tens of ms: the app then
        shows :meth:`first_contacts` and asks for the rest in a thread)."""
        return (state or self.state).listing.answers_at_once(wanted)

    def followers_not_connected(self) -> ContactPage:
        """People who follow me without being my connections, nearest first."""
        page = self.contacts(ListFilter(followers=True))
        listing = page.listing
        keep = listing.degree[page.positions] != int(Degree.FIRST)
        return ContactPage(listing, page.positions[keep])

    def find(self, query: str) -> list[Person]:
        """Everyone a query may mean (a name, loosely; a profile URL; ``#id``), best first."""
        from coach.directory import find_people

        return [match.person for match in find_people(query, self.state.roster.people.values())]

    def people(self):
        """Everyone of the network by id (a mapping; a ``Person`` is made when asked for)."""
        return self.state.roster.people

    def reach(self, text: str, limit: int | None = None):
        """Everyone known who matches a company, a role or a city, by degree, with the best
        introducer and a teammate who can help (``coach.service.reach``); BadReachText when
        the text has nothing to look for."""
        from coach.service.reach import reach_of

        return reach_of(self, text, limit)

    def me(self) -> int | None:
        """The id of the person who is me."""
        return self.state.network.me_id

    def advice_ready(self) -> bool:
        """Whether the facts of everyone are worked out for the current state: until then a
        profile would wait for them (the app shows its list first, the pane after)."""
        state = self._state
        return state is not None and state.has_facts

    def contact(self, person_id: int) -> Contact:
        """One person seen from me (KeyError when unknown)."""
        return self.state.roster.contact(person_id)

    def introduction_paths(self, person_id: int, limit: int = 3) -> list[IntroductionPath]:
        """The best shortest paths from me to them, never through a do-not-contact person."""
        from coach.graph.paths import introduction_paths

        state = self.state
        strengths = state.strengths
        return introduction_paths(state.network, person_id,
                                  lambda person: strengths.get(person, 0.0), limit,
                                  blocked=state.do_not_contact)

    def network_map(self, state: NetworkState | None = None):
        """My circles (the communities among my connections), described, and the brokers
        between them: a ``NetworkMap``. Louvain runs once per network: a new state of the
        same network (a logged act, a tag) reuses it."""
        return (state or self.state).network_map

    def facts(self, person_id: int) -> dict:
        """Every fact the rules see about one person."""
        return self.advisor.facts(person_id)

    def actions(self, person_id: int) -> list:
        """Each action of the policy for one person: allowed, or blocked and why."""
        return self.advisor.actions(person_id)

    def advice(self, person_id: int) -> list:
        """One person's ranked advice (never proposing an action that is blocked)."""
        return self.advisor.advice(person_id)

    def top_advice(self) -> dict:
        """Person id → their top advice (None when no rule holds), for everyone but me."""
        from coach.heap import give_back

        top = self.advisor.top_advice_all()
        give_back()  # what ranking freed (each condition's mask)
        return top

    def best_moves(self, limit: int = 20) -> list:
        """The best next moves across the network: whom to invite, reconnect with, engage."""
        return self.advisor.best_moves(max(0, limit))

    def weekly_invitations(self) -> tuple[int, int | None]:
        """(invitations sent in the last 7 days, the weekly limit or None), as the rules count
        them; without the facts of everyone when they are not read yet (``coach summary``)."""
        state = self.state
        if state.has_facts:
            return self.advisor.weekly_invitations()
        from coach.strategy.advisor import weekly_limit
        from coach.strategy.usage import invitations_used

        used = invitations_used(self.store, state.day)["invitations_this_week"]
        return used, weekly_limit(self.rulebook.book, state.premium)

    def draft(self, person_id: int):
        """The next message for one person from their top advice: a ``Draft`` (its kind,
        text, character limit, and whom to log it with once sent)."""
        from coach.service.drafts import draft_of

        return draft_of(self, person_id)

    def known_tags(self) -> list[str]:
        """The workspace's tags, most used first (what a new tag may reuse)."""
        return list(self.state.listing.tag_counts())

    def tags_of(self, person_id: int) -> list[str]:
        """One person's tags, as stored now."""
        return self.store.tags.of(person_id)

    def profile(self, person_id: int) -> Profile:
        """Everything about one person that ``coach show`` and the app's pane show."""
        from coach.service.profile import profile_of

        return profile_of(self, person_id)

    def overview(self, months: int = 24) -> Overview:
        """Counts per degree, followers, growth, invitations left: the summary and the app's
        overview screen."""
        from coach.overview import network_overview

        return network_overview(self.state.network, self.store, self.weekly_invitations(),
                                self.clock(), months)

    def conversation(self, language: str | None = None):
        """A conversation with the coach about this network (the coach pane, ``coach ask``)."""
        from coach.coaching import Conversation

        return Conversation(self, language)

    def changed(self) -> None:
        """The store changed. An ``eager`` service (the app) keeps answering from its
        current state until :meth:`rebuild` replaces it, off the event loop (and if that
        fails, the last good state stays); any other forgets it, and saves the network's
        snapshot when the network itself changed (the next start reads it in milliseconds)."""
        if self.eager:
            return
        state = self._state  # something was written: the snapshot may be saved now too
        if state is not None and state.revision != self.store.network_cache.revision():
            from coach.graph.loading import load_structure

            load_structure(self.store)
        self.refresh()
