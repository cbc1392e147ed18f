"""One import in progress: the store, the people index, the report, progress and counts."""

from __future__ import annotations

from coach.importers.matching import PeopleIndex
from coach.importers.progress import Progress, ProgressCallback
from coach.importers.report import ImportReport
from coach.store import Store


class Session:
    """What the parts of one import share while they write inside its transaction."""

    def __init__(self, store: Store, report: ImportReport,
                 progress: ProgressCallback | None = None, source: str = "") -> None:
        self.store = store
        self.report = report
        self.source = source
        self.progress = Progress(progress)
        self.index = PeopleIndex(store)
        self.added: set[int] = set()
        self.updated: set[int] = set()
        self.owner: int | None = None
        self.first_degree: set[int] = set()
        self.connected_now: set[int] = set()
        """The owner's connections this import lists (new or already known)."""
        self.latest: str = ""
        """The latest date seen in the files: about when the export was made."""

    def person(self, **fields) -> int:
        """Write one person through the index (see ``PeopleIndex.write``) and count it."""
        written = self.index.write(**fields)
        if written.added:
            self.added.add(written.id)
        elif written.updated:
            self.updated.add(written.id)
        return written.id

    def add_many(self, records: list[dict]) -> list[int]:
        """Add new people at once (see ``PeopleIndex.add_many``) and count them."""
        ids = self.index.add_many(records)
        self.added.update(ids)
        return ids

    def update(self, person: int, key: str | None, fields: dict) -> None:
        """Update a person found by the caller (``key``: a normalised URL to attach)."""
        if self.index.update(person, key, None, fields):
            self.updated.add(person)

    def set_owner(self, person: int) -> None:
        """Whose connections the files list (me, or a teammate); loads their connections."""
        self.owner = person
        self.first_degree = {other for other, _ in self.store.connections.dates_of(person)}

    def connect(self, person: int, connected_on: str | None, source: str | None = None) -> bool:
        """Connect the owner with a person; True when the connection is new."""
        assert self.owner is not None
        if person == self.owner:
            return False
        added = self.store.connections.add(self.owner, person, source or self.source, connected_on)
        self.first_degree.add(person)
        return added

    def connect_many(self, rows: list[tuple[int, str | None]]) -> int:
        """Connect the owner with many (person, date) at once; how many were new."""
        assert self.owner is not None
        rows = [(person, on) for person, on in rows if person != self.owner]
        added = self.store.connections.add_dated(
            ((self.owner, person, on) for person, on in rows), self.source)
        self.first_degree.update(person for person, _ in rows)
        self.connected_now.update(person for person, _ in rows)
        return added

    def seen(self, moment: str | None) -> None:
        """Remember the latest date met in the export."""
        if moment and moment > self.latest:
            self.latest = moment

    def count_people(self) -> None:
        """Put the people counts into the report (people updated excludes those just added)."""
        self.report.add("people added", len(self.added))
        self.report.add("people updated", len(self.updated - self.added))
