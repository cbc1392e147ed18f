"""The store: one SQLite file that is the single source of truth for a workspace."""

from __future__ import annotations

from pathlib import Path

from coach.store.activity import Interactions, Invitations, JobChanges, Notes, Tags
from coach.store.acts import Acts
from coach.store.circles import DegreeHints, Groups
from coach.store.database import Database, StoreError
from coach.store.enrolments import Enrolments
from coach.store.links import Connections, Follows
from coach.store.people import People
from coach.store.settings import NetworkCache, Settings

__all__ = ["Store", "StoreError"]


class Store:
    """Every table of a workspace, reached by its name in the domain's words.

    ``store.people``, ``store.connections``, ``store.follows``, ``store.groups``,
    ``store.hints``, ``store.interactions``, ``store.invitations``, ``store.notes``,
    ``store.tags``, ``store.enrolments``, ``store.settings``. Writes that belong together
    go inside ``with store.transaction():`` and land together or not at all.
    """

    def __init__(self, path: Path | str) -> None:
        self.db = Database(path)
        self.people = People(self.db)
        self.connections = Connections(self.db)
        self.follows = Follows(self.db)
        self.groups = Groups(self.db)
        self.hints = DegreeHints(self.db)
        self.interactions = Interactions(self.db)
        self.invitations = Invitations(self.db)
        self.notes = Notes(self.db)
        self.job_changes = JobChanges(self.db)
        self.tags = Tags(self.db)
        self.enrolments = Enrolments(self.db)
        self.settings = Settings(self.db)
        self.network_cache = NetworkCache(self.db)
        self.acts = Acts(self.db)

    @property
    def path(self) -> Path:
        """Where the SQLite file lives."""
        return self.db.path

    def transaction(self):
        """A context in which all writes happen together or not at all."""
        return self.db.transaction()

    def data_version(self, wait: bool = True) -> int | None:
        """A number that changes when another process commits to this file (None when
        ``wait`` is false and the connection is busy): see ``Database.data_version``."""
        return self.db.data_version(wait)

    @property
    def me(self) -> int | None:
        """The id of the person who is "me", or None when not chosen yet."""
        value = self.settings.get("me")
        return int(value) if value is not None else None

    def set_me(self, person_id: int) -> None:
        """Choose who is "me"; the person must exist."""
        if self.people.get(person_id) is None:
            raise ValueError(f"no person with id {person_id}")
        self.settings.set("me", str(person_id))

    def is_empty(self) -> bool:
        """True when no person has been stored yet."""
        return self.db.fetchone("SELECT 1 FROM person LIMIT 1") is None

    def close(self) -> None:
        """Close the file."""
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
