"""A workspace: one folder holding the store (and, later, the user's rule files).

The default folder is the platform's user data directory; ``--home DIR`` or ``COACH_HOME``
choose another. An empty workspace is never filled with demo data: front ends open a
throw-away copy of the demo network instead (see ``coach.demo``).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from coach.contacts import Contact, Roster
from coach.dates import today
from coach.graph.loading import load_network
from coach.graph.network import Network
from coach.graph.paths import introduction_paths
from coach.model import IntroductionPath
from coach.store import Store
from coach.ties import tie_strengths

HOME_VARIABLE = "COACH_HOME"
STORE_FILE = "coach.sqlite3"


def default_home() -> Path:
    """``COACH_HOME`` if set, else the platform's user data directory for coach."""
    configured = os.environ.get(HOME_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("coach", appauthor=False))


class Workspace:
    """The store of one folder, with the network and roster built from it on demand."""

    def __init__(self, home: Path | str, *, is_demo: bool = False) -> None:
        self.home = Path(home).expanduser()
        self.home.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.store = Store(self.home / STORE_FILE)
        self.is_demo = is_demo
        self._lock = threading.Lock()
        self._network: Network | None = None
        self._roster: Roster | None = None
        self._config = None
        self._rule_folders: list[Path] | None = None
        self._rulebook = None
        self._advisor = None
        self._strengths: dict[int, float] | None = None

    @property
    def network(self) -> Network:
        """The network seen from me, built once and kept until :meth:`refresh`."""
        with self._lock:
            if self._network is None:
                self._network = load_network(self.store)
            return self._network

    @property
    def roster(self) -> Roster:
        """Every person with degree, follows and mutuals, kept until :meth:`refresh`."""
        network = self.network
        with self._lock:
            if self._roster is None or self._roster.network is not network:
                self._roster = Roster(
                    network=network,
                    people={person.id: person for person in self.store.people.all()},
                    tags=self.store.tags.all(),
                    latest=self.store.interactions.latest(),
                )
            return self._roster

    # --- settings and rules (coach.config, coach.strategy) ---------------------------------

    @property
    def config(self):
        """The workspace's config.toml (defaults when missing); problems in ``config_problems``."""
        if self._config is None:
            from coach.config import load_config

            self._config = load_config(self.home)
        return self._config[0]

    @property
    def config_problems(self) -> list:
        """Problems found in config.toml, each ``file:line: message``."""
        _ = self.config
        return self._config[1]

    def use_config(self, config, problems: list | None = None) -> None:
        """Use these settings (the demo borrows the settings of the user's own workspace)."""
        self._config = (config, list(problems or []))
        self._rulebook = self._advisor = None

    def use_rules(self, folders: Path | str | list[Path] | None) -> None:
        """Read rules from this folder only (``--rules DIR``) or these folders in order
        (the demo borrows the user's); None goes back to the usual folders."""
        if folders is None:
            self._rule_folders = None
        elif isinstance(folders, (str, Path)):
            self._rule_folders = [Path(folders).expanduser()]
        else:
            self._rule_folders = [Path(folder) for folder in folders]
        self._rulebook = self._advisor = None

    def rule_folders(self) -> list[Path]:
        """Shipped rules (French with ``language = "fr"``) then ``<home>/rules``, or ``--rules``."""
        if self._rule_folders is not None:
            return list(self._rule_folders)
        from coach.config import rule_folders

        return rule_folders(self.home, self.config)

    @property
    def rulebook(self):
        """The rules of this workspace, read once (``rulebook.reload()`` reads them again)."""
        with self._lock:
            if self._rulebook is None:
                from coach.strategy import RuleBook

                self._rulebook = RuleBook(self.rule_folders())
            return self._rulebook

    def reload_rules(self) -> list:
        """Read config.toml and the rule files again; a broken file keeps its last good
        version. A rule folder that appeared (``coach rules init``) or a new ``language``
        is taken in. Returns the problems."""
        if self._rule_folders is None:
            with self._lock:
                self._config = None  # config.toml may have changed
            folders = self.rule_folders()
            with self._lock:
                if self._rulebook is not None and self._rulebook.folders != folders:
                    self._rulebook = self._advisor = None  # read the new folders from scratch
                    fresh = True
                else:
                    fresh = self._rulebook is None
            if fresh:  # a new RuleBook has just read every file: no second reading
                return list(self.rulebook.problems)
        return self.rulebook.reload()

    @property
    def advisor(self):
        """Facts, advice and allowed actions for this workspace's people."""
        rulebook = self.rulebook
        with self._lock:
            current = self._rulebook or rulebook  # another thread may have changed the folders
            if self._advisor is None or self._advisor.rulebook is not current:
                from coach.strategy import Advisor

                self._advisor = Advisor(self, current)
            return self._advisor

    def refresh(self) -> None:
        """Forget the built network and roster: the next use rebuilds them from the store."""
        with self._lock:
            self._network = None
            self._roster = None
            self._strengths = None

    def contact(self, person_id: int) -> Contact:
        """One contact, seen from me."""
        return self.roster.contact(person_id)

    def paths_to(self, person_id: int, limit: int = 3) -> list[IntroductionPath]:
        """Introduction paths to a person, ranked by my tie strength with the intermediaries."""
        strengths = self._strengths
        if strengths is None:
            strengths = self._strengths = tie_strengths(self.store, today())
        return introduction_paths(self.network, person_id,
                                  lambda person: strengths.get(person, 0.0), limit)

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
