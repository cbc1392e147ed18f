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

    def refresh(self) -> None:
        """Forget the built network and roster: the next use rebuilds them from the store."""
        with self._lock:
            self._network = None
            self._roster = None

    def contact(self, person_id: int) -> Contact:
        """One contact, seen from me."""
        return self.roster.contact(person_id)

    def paths_to(self, person_id: int, limit: int = 3) -> list[IntroductionPath]:
        """Introduction paths to a person, ranked by my tie strength with the intermediaries."""
        strengths = tie_strengths(self.store, today())
        return introduction_paths(self.network, person_id,
                                  lambda person: strengths.get(person, 0.0), limit)

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
