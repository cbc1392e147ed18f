"""Any CSV of people (exports of other tools, spreadsheets) → people, degree hints, follows,
tags and notes, with the columns mapped by meaning (see ``people_columns``).

A row needs a name (full, or first and last) or a LinkedIn profile URL; a row without,
or with a cell that cannot be read (a degree, a count, a yes/no, a date), is skipped with
its line and reason. A person is found by profile URL, else by a name only one person has
(as search results are), so importing the same file twice adds nothing. A degree becomes a
degree hint and named shared connections of a 2nd-degree person become known connections,
as with search results; both, and ``follows_me``, need to know who is me.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from coach.dates import today
from coach.importers.export_files import decode
from coach.importers.linkedin_csv import (
    DateError,
    Table,
    looks_like_profile_url,
    parse_linkedin_date,
    read_table,
)
from coach.importers.people_columns import (
    ColumnMapping,
    identifies_people,
    map_columns,
    needs_a_name,
)
from coach.importers.progress import ProgressCallback
from coach.importers.report import ImportFailure, ImportReport
from coach.importers.search_results import (
    SharedConnections,
    find_or_make,
    mapped_rows,
    parse_shown_degree,
    record_hint,
    shared_names,
)
from coach.importers.session import Session
from coach.model import Degree
from coach.store import Store

SOURCE = "people csv"
FORMAT = "people csv"
_YES = {"yes", "y", "true", "1", "x", "oui", "o", "vrai", "follower", "follows", "✓", "✔"}
_NO = {"", "no", "n", "false", "0", "non", "faux", "-"}
WITHOUT_ME = ("no 'me' in this workspace yet: degrees, follows and shared connections were not "
              "recorded (import your own network first, then this file again)")
_PERSON_FIELDS = ("headline", "company", "position", "location", "email")


@dataclass(slots=True)
class PeopleFile:
    """A CSV of people read and mapped, before anything is written."""

    name: str
    table: Table
    mapping: ColumnMapping

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        """(line, {field keyed as a header: cell}) for every row."""
        return mapped_rows(self.table, self.mapping)


def read_people(path: Path, given: tuple[tuple[str, str], ...], remarks: list[str]) -> PeopleFile:
    """Read and map a CSV of people; ImportFailure when it cannot be read, a ``--map`` is
    wrong, or no column tells who each row is."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFailure(f"{path}: cannot read ({error.strerror})") from None
    table = read_table(decode(data, path.name, remarks), path.name, (),
                       "a header line naming the columns")
    mapping = map_columns(table.written, [cells for _, cells in table.rows], given)
    if not identifies_people(mapping):
        raise needs_a_name(path.name, table.written)
    return PeopleFile(path.name, table, mapping)


def import_people(store: Store, path: Path, mapping: tuple[tuple[str, str], ...] = (),
                  progress: ProgressCallback | None = None) -> ImportReport:
    """Import a CSV of people in one transaction; a bad row is skipped and reported."""
    report = ImportReport(str(path), FORMAT)
    people = read_people(path, mapping, report.remarks)
    report.mapping = people.mapping
    with store.transaction():
        session = Session(store, report, progress, SOURCE)
        session.progress.grow(len(people.table.rows))
        if store.me is not None:
            session.set_owner(store.me)
        writer = PeopleWriter(session, people.name)
        for line, row in people.rows():
            session.progress.advance()
            writer.write(line, row)
        writer.count()
        session.count_people()
        session.progress.finish()
    return report


class PeopleWriter:
    """Writes the rows of a CSV of people and counts what was new."""

    def __init__(self, session: Session, name: str) -> None:
        self.session = session
        self.name = name
        store = session.store
        self.hints = {hint.person_id: hint for hint in store.hints.all()}
        self.tags = set(store.db.fetchall("SELECT person, tag FROM tag"))
        self.notes = set(store.db.fetchall("SELECT person, text FROM note"))
        self.shared = SharedConnections(session)
        self.read = self.hinted = self.follows = self.tagged = self.noted = 0
        self.without_me = 0

    def write(self, line: int, row: dict[str, str]) -> None:
        """Write one row (its person, hint, follow, tags, note), or skip it with the reason."""
        session, report = self.session, self.session.report
        self.read += 1
        try:
            degree = parse_shown_degree(row["degree"]) if row.get("degree") else None
            mutual = _whole(row.get("mutual connections", ""))
            follows_me = _yes_no(row.get("follows me", ""))
            observed = (parse_linkedin_date(row["observed on"])[:10] if row.get("observed on")
                        else today().isoformat())
            person = self._person(row, degree)
        except (ValueError, DateError) as error:
            report.skip(self.name, line, str(error))
            return
        if person == session.owner:
            report.skip(self.name, line, "this row is you")
            return
        owner = session.owner
        if owner is None:
            if degree is not None or follows_me or row.get("shared connections"):
                self.without_me += 1
        else:
            if degree is not None:
                record_hint(session.store, person, degree, mutual, observed, SOURCE, self.hints)
                self.hinted += 1
            if follows_me and session.store.follows.status(person, owner) != "active":
                session.store.follows.set(person, owner, source=SOURCE)
                self.follows += 1
            self.shared.link(self.name, line, person, degree,
                             shared_names(row.get("shared connections", "")))
        self._tags(person, row.get("tags", ""))
        note = row.get("note", "").strip()
        if note and (person, note) not in self.notes:
            session.store.notes.add(person, note, observed, source=SOURCE)
            self.notes.add((person, note))
            self.noted += 1

    def _person(self, row: dict[str, str], degree: Degree | None) -> int:
        first, last = row.get("first name", "").strip(), row.get("last name", "").strip()
        full = " ".join(row.get("name", "").split()) or " ".join(p for p in (first, last) if p)
        url = row.get("profile url", "").strip()
        if url and not looks_like_profile_url(url):
            raise ValueError(f"not a LinkedIn profile URL: {url[:60]!r}")
        if not full and not url:
            raise ValueError("no name and no profile URL")
        fields = {key: row.get(key, "") for key in _PERSON_FIELDS}
        if fields["email"] and "@" not in fields["email"]:
            raise ValueError(f"not an email address: {fields['email'][:60]!r}")
        if row.get("name"):
            first = last = ""  # the full name column says how the name reads
        return find_or_make(self.session, full, url, degree, fields, first=first, last=last,
                            ref_prefix="people")

    def _tags(self, person: int, text: str) -> None:
        tags = [tag.strip().casefold() for tag in re.split(r"[,;|]", text) if tag.strip()]
        new = [tag for tag in tags if (person, tag) not in self.tags]
        if new:
            self.session.store.tags.add(person, *new)
            self.tags.update((person, tag) for tag in new)
            self.tagged += len(new)

    def count(self) -> None:
        """Put the counts into the report."""
        report = self.session.report
        report.add("people rows read", self.read)
        report.add("degree hints recorded", self.hinted)
        report.add("follows added", self.follows)
        report.add("tags added", self.tagged)
        report.add("notes added", self.noted)
        if self.shared.added or self.shared.unknown:
            self.shared.count()
        if self.without_me:
            report.add("rows whose degree or follow waits for 'me'", self.without_me)
            report.remarks.append(WITHOUT_ME)


def _whole(text: str) -> int:
    value = text.replace(",", "").replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
    if value and not value.isdigit():
        raise ValueError(f"mutual_connections must be a whole number, got {text!r}")
    return int(value or 0)


def _yes_no(text: str) -> bool:
    value = text.strip().casefold()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValueError(f"follows_me must be yes or no, got {text!r}")
