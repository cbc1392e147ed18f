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
from coach.importers.linkedin_csv import (
    DateError,
    Table,
    looks_like_profile_url,
    parse_linkedin_date,
    read_table,
    report_problems,
    split_name,
)
from coach.importers.people_columns import (
    ColumnMapping,
    identifies_people,
    map_columns,
    needs_a_name,
)
from coach.importers.progress import ProgressCallback
from coach.importers.report import ImportReport
from coach.importers.search_results import (
    INITIAL_ONLY,
    SharedConnections,
    mapped_rows,
    parse_shown_degree,
    shared_names,
)
from coach.importers.session import Session
from coach.importers.text_file import file_text
from coach.model import Degree, DegreeHint
from coach.naming import fold
from coach.profile_url import normalise_profile_url
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
    table = read_table(file_text(path, path.name, remarks), path.name, (),
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
    report_problems(people.table, report)
    report.mapping = people.mapping
    with store.transaction():
        session = Session(store, report, progress, SOURCE)
        session.progress.grow(len(people.table.rows))
        if store.me is not None:
            session.set_owner(store.me)
        writer = PeopleWriter(session, people.name)
        for line, row in people.rows():
            session.progress.advance()
            writer.take(line, row)
        writer.write()
        writer.count()
        session.count_people()
        session.progress.finish()
    return report


@dataclass(slots=True)
class _Row:
    """One row read: who (a person id, or a new person's place), and what it says."""

    line: int
    who: int | str
    degree: Degree | None
    mutual: int
    follows_me: bool
    observed: str
    shared: str
    tags: str
    note: str


class PeopleWriter:
    """Reads the rows of a CSV of people (``take``), then writes them at once (``write``):
    new people in one insert, then hints, follows, tags and notes; counts what was new."""

    def __init__(self, session: Session, name: str) -> None:
        self.session = session
        self.name = name
        self.today = today().isoformat()
        self.rows: list[_Row] = []
        self.new: dict[str, dict] = {}
        """A new person's place (``url:…`` or ``name:…``) → their fields."""
        self.new_names: dict[str, list[str]] = {}
        self.shared = SharedConnections(session)
        self.read = self.hinted = self.follows = self.tagged = self.noted = 0
        self.without_me = 0

    def take(self, line: int, row: dict[str, str]) -> None:
        """Read one row and find its person (or plan a new one); skip it with the reason."""
        self.read += 1
        try:
            degree = parse_shown_degree(row["degree"]) if row.get("degree") else None
            taken = _Row(line, 0, degree, _whole(row.get("mutual connections", "")),
                         _yes_no(row.get("follows me", "")),
                         (parse_linkedin_date(row["observed on"])[:10]
                          if row.get("observed on") else self.today),
                         row.get("shared connections", ""), row.get("tags", ""),
                         row.get("note", "").strip())
            taken.who = self._person(row, degree)
        except (ValueError, DateError) as error:
            self.session.report.skip(self.name, line, str(error))
            return
        if taken.who == self.session.owner:
            self.session.report.skip(self.name, line, "this row is you")
            return
        self.rows.append(taken)

    def _person(self, row: dict[str, str], degree: Degree | None) -> int | str:
        """The person a row names: found by URL, else by a name only one person has (known
        or new in this file), else a new one; known people get what is new in the row."""
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
        if row.get("name") or not (first or last):
            first, last = split_name(full)
        if degree is Degree.THIRD and last and not INITIAL_ONLY.match(last):
            fields["full_name_visible"] = True  # a 3rd-degree member showing a full last name
        index, key = self.session.index, normalise_profile_url(url)
        if key:
            person = index.by_url.get(key)
            place = f"url:{key}"
        else:
            known = index.named(full)
            planned = self.new_names.get(fold(full), [])
            if len(known) + len(planned) > 1:
                raise ValueError(f"{len(known) + len(planned)} people are named {full!r}: "
                                 "add the profile_url")
            person = known[0] if known else None
            place = planned[0] if planned else f"name:{fold(full)}"
        if person is not None:
            # Names may be cut ("Léa D."): never overwrite a known name with them.
            return self.session.person(person=person, **fields)
        if place not in self.new:
            self.new[place] = dict(fields, first_name=first, last_name=last, profile_url=key,
                                   ref=None if key else f"people:{fold(full)}")
            self.new_names.setdefault(fold(full), []).append(place)
        return place

    def write(self) -> None:
        """Add the new people at once, then write what every row says about its person."""
        session = self.session
        store, owner = session.store, session.owner
        places = list(self.new)
        ids = dict(zip(places, session.add_many([self.new[place] for place in places]),
                       strict=False))
        hints = {hint.person_id: hint for hint in store.hints.all()}
        tags = set(store.db.fetchall("SELECT person, tag FROM tag"))
        notes = set(store.db.fetchall("SELECT person, text FROM note"))
        new_tags, new_notes, new_follows, new_hints = [], [], [], []
        for row in self.rows:
            person = ids[row.who] if isinstance(row.who, str) else row.who
            if owner is None:
                if row.degree is not None or row.follows_me or row.shared:
                    self.without_me += 1
            else:
                if row.degree is not None:
                    hint = DegreeHint(person, row.degree, row.mutual, row.observed, SOURCE)
                    known = hints.get(person)
                    if known is None or (
                            (known.degree, known.mutual_connections, known.observed_on)
                            != (hint.degree, hint.mutual_connections, hint.observed_on)):
                        hints[person] = hint
                        new_hints.append(hint)
                    self.hinted += 1
                if row.follows_me and (person, owner) not in new_follows and \
                        store.follows.status(person, owner) != "active":
                    new_follows.append((person, owner))
                self.shared.link(self.name, row.line, person, row.degree,
                                 shared_names(row.shared))
            for tag in re.split(r"[,;|]", row.tags):
                tag = tag.strip().casefold()
                if tag and (person, tag) not in tags:
                    tags.add((person, tag))
                    new_tags.append((person, tag))
            if row.note and (person, row.note) not in notes:
                notes.add((person, row.note))
                new_notes.append((person, row.note, row.observed))
        store.hints.set_many(new_hints)
        for follower, followee in new_follows:
            store.follows.set(follower, followee, source=SOURCE)
        store.db.executemany("INSERT OR IGNORE INTO tag (person, tag) VALUES (?, ?)", new_tags)
        for person, text, on in new_notes:
            store.notes.add(person, text, on, source=SOURCE)
        self.follows, self.tagged, self.noted = len(new_follows), len(new_tags), len(new_notes)

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
