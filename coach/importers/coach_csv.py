"""The coach CSV format: a folder (or .zip) of plain CSV files, one per kind of fact.

``people.csv`` is required; every other file is optional. Rows refer to people by the
``key`` column of ``people.csv``. The format is documented in the README; the demo network
is written in it. A malformed row is skipped and reported with its line; the rest is
imported in one transaction.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator
from pathlib import Path

from coach.dates import parse_when
from coach.importers.csv_records import HeaderWidth, Swallowed, records
from coach.importers.linkedin_csv import csv_problem
from coach.importers.reading import open_member, read_file
from coach.importers.report import ImportFailure, ImportReport
from coach.importers.text_file import TextFile, file_text, lines_of
from coach.model import (
    DIRECTIONS,
    FOLLOW_STATUSES,
    INVITATION_STATUSES,
    Degree,
    Interaction,
    Invitation,
)
from coach.store import Store

PEOPLE_COLUMNS = (
    "key", "first_name", "last_name", "headline", "company", "position", "location",
    "profile_url", "email", "open_profile", "full_name_visible", "follow_primary", "tags", "me",
)
FILES = {
    "people.csv": PEOPLE_COLUMNS,
    "connections.csv": ("a", "b", "connected_on", "source", "unlisted_on"),
    "follows.csv": ("follower", "followee", "status", "since"),
    "groups.csv": ("group", "member", "joined_on"),
    "interactions.csv": ("person", "kind", "direction", "at", "note"),
    "invitations.csv": ("person", "direction", "sent_at", "status", "message", "resolved_at"),
    "notes.csv": ("person", "created_at", "text", "due_on", "done_on"),
    "degree_hints.csv": ("person", "degree", "mutual_connections", "observed_on"),
}
"""Each file and its columns; only ``key`` (people) and the person columns are required."""

_TRUE = {"1", "yes", "y", "true", "oui", "x"}
_FALSE = {"", "0", "no", "n", "false", "non"}


class _Folder:
    """Reads the CSV files of a folder or of a zip archive (at its root or in one folder)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip = None
        if path.is_file():
            try:
                self._zip = zipfile.ZipFile(path)
            except zipfile.BadZipFile:
                raise ImportFailure(f"{path}: not a folder or a .zip of coach CSV files") from None
            self._names = {Path(name).name: name for name in self._zip.namelist()}

    def rows(self, name: str):
        """A reader of the rows of one file (``reader(report)``), or None without the file."""
        text = self.read(name)
        if text is None:
            return None
        return lambda report: rows(text, name, report)

    def shown(self, name: str) -> str:
        return name

    def read(self, name: str) -> TextFile | None:
        """A file's text (UTF-8, read line by line as it is used), or None without it."""
        if self._zip is not None:
            archive, member = self._zip, self._names.get(name)
            if not member:
                return None
            return TextFile(lambda: open_member(archive, member, name), name, strict=True)
        file = self.path / name
        if not (file.exists() or file.is_symlink()):
            return None
        return file_text(file, name, strict=True)


def rows(text: str | TextFile, name: str, report: ImportReport,
         ) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for every data row; checks the required header columns. A row
    whose quote never closes is reported with its line, and the rows it hid are read."""
    width = HeaderWidth()
    header: list[str] | None = None
    try:
        for line, cells in records(lines_of(text), ",", width):
            if isinstance(cells, Swallowed):
                report.skip(name, line, cells.reason)
                continue
            if header is None:
                header = [column.strip().lstrip("\ufeff") for column in cells]
                _check_header(name, header)
                width.set(len(header))
                continue
            if not cells:
                continue
            padded = cells + [""] * (len(header) - len(cells))
            yield line, {column: value.strip()
                         for column, value in zip(header, padded, strict=False)}
    except csv.Error as error:
        raise ImportFailure(f"{name}:{getattr(error, 'line', '?')}: {csv_problem(error)}") \
            from None
    if header is None:
        _check_header(name, [])


def _check_header(name: str, header: list[str]) -> None:
    required = FILES[name][:1] if name == "people.csv" else FILES[name][:2]
    missing = [column for column in required if column not in header]
    if missing:
        raise ImportFailure(
            f"{name}:1: missing column {', '.join(missing)} (expected {','.join(FILES[name])})"
        )


def flag(value: str) -> bool:
    """A yes/no cell; ValueError for anything else."""
    folded = value.strip().casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise ValueError(f"expected yes or no, got {value!r}")


def import_coach_csv(store: Store, path: Path, me: str | None = None) -> ImportReport:
    """Import a coach CSV folder or zip, or a coach JSON export, in one transaction; ``me``
    overrides the me column."""
    if not path.exists():
        raise ImportFailure(f"{path}: no such file or folder")
    json_file = path.is_file() and path.suffix.lower() == ".json"
    source = _Document(path) if json_file else _Folder(path)
    people = source.rows("people.csv")
    if people is None:
        raise ImportFailure(f"{path}: no people.csv (a coach CSV folder needs one)" if not
                            json_file else f"{path}: no people in this coach JSON export")
    report = ImportReport(str(path), "coach json" if json_file else "coach csv")
    with store.transaction():
        keys, chosen = _import_people(store, people(report), report)
        for name, handler in _HANDLERS.items():
            found = source.rows(name)
            if found is None:
                continue
            for line, row in found(report):
                try:
                    handler(store, row, keys, report)
                except (KeyError, ValueError) as error:
                    report.skip(source.shown(name), line, _reason(error))
        if me is not None:
            person = store.people.by_ref(me)
            if person is None:
                raise ImportFailure(f"--me {me}: no person with key {me!r} in people.csv")
            chosen = person.id
        if chosen is not None:
            store.set_me(chosen)
    return report


def _import_people(store: Store, found, report: ImportReport) -> tuple[dict[str, int], int | None]:
    keys: dict[str, int] = {}
    me = None
    for line, row in found:
        key = row.get("key", "")
        if not key:
            report.skip("people.csv", line, "empty key")
            continue
        if key in keys:
            report.skip("people.csv", line, f"key {key!r} appears twice")
            continue
        try:
            fields = {name: row[name] for name in PEOPLE_COLUMNS[1:9] if name in row}
            for name in ("open_profile", "full_name_visible", "follow_primary"):
                if name in row:
                    fields[name] = flag(row[name])
            is_me = flag(row.get("me", ""))
        except ValueError as error:
            report.skip("people.csv", line, str(error))
            continue
        url = fields.pop("profile_url", "") or None
        outcome = store.people.upsert(profile_url=url, ref=key, **fields)
        keys[key] = outcome.id
        report.add("people added", int(outcome.added))
        report.add("people updated", int(outcome.updated))
        tags = [tag for tag in row.get("tags", "").split(";") if tag.strip()]
        if tags:
            store.tags.add(outcome.id, *tags)
        if is_me:
            me = outcome.id
    report.add("people rows read", len(keys))
    return keys, me


class _Document:
    """A coach JSON export (``coach export x.json``): the same tables as the CSV files, as
    lists of objects; read through the same handlers as the CSV files."""

    def __init__(self, path: Path) -> None:
        import json

        self.path = path
        try:
            document = json.loads(read_file(path).decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise ImportFailure(f"{path}: not UTF-8 text") from None
        except json.JSONDecodeError as error:
            raise ImportFailure(f"{path}:{error.lineno}: not JSON ({error.msg})") from None
        except RecursionError:
            raise ImportFailure(f"{path}: JSON nested too deeply") from None
        if not isinstance(document, dict) or document.get("format") != "coach":
            raise ImportFailure(f'{path}: not a coach JSON export (no "format": "coach"); '
                                "expected the file `coach export x.json` writes")
        if document.get("version") != 1:
            raise ImportFailure(f"{path}: a coach JSON export of version "
                                f"{document.get('version')!r}; this coach reads version 1")
        self.document = document

    def shown(self, name: str) -> str:
        return f"{self.path.name} {name.removesuffix('.csv')}"

    def rows(self, name: str):
        records = self.document.get(name.removesuffix(".csv"))
        if records is None:
            return None
        if not isinstance(records, list):
            raise ImportFailure(f"{self.shown(name)}: expected a list of objects")
        _check_header(name, sorted({key for record in records if isinstance(record, dict)
                                    for key in record}) if records else list(FILES[name]))

        def read(report: ImportReport):
            for number, record in enumerate(records, 1):
                if not isinstance(record, dict):
                    report.skip(self.shown(name), number, "not an object")
                    continue
                yield number, {str(key): "" if value is None else str(value).strip()
                               for key, value in record.items()}

        return read


def _person(keys: dict[str, int], key: str) -> int:
    if key not in keys:
        raise KeyError(f"unknown person key {key!r} (not in people.csv)")
    return keys[key]


def _date(value: str) -> str | None:
    return parse_when(value) if value else None


def _connection(store, row, keys, report):
    a, b = _person(keys, row["a"]), _person(keys, row["b"])
    if a == b:
        raise ValueError("a person cannot be connected to themselves")
    added = store.connections.add(a, b, row.get("source") or "coach csv",
                                  _date(row.get("connected_on", "")))
    unlisted = _date(row.get("unlisted_on") or "")
    if unlisted:  # an export no longer listed it: kept, with the day that was noticed
        store.connections.mark_unlisted(a, [b], [], unlisted[:10])
    report.add("connections added", int(added))


def _follow(store, row, keys, report):
    status = row.get("status") or "active"
    if status not in FOLLOW_STATUSES:
        raise ValueError(f"status must be active or unfollowed, got {status!r}")
    follower, followee = _person(keys, row["follower"]), _person(keys, row["followee"])
    if store.follows.status(follower, followee) != status:  # re-importing changes nothing
        store.follows.set(follower, followee, status, _date(row.get("since", "")), "coach csv")
    report.add("follows read")


def _membership(store, row, keys, report):
    store.groups.join(row["group"], _person(keys, row["member"]), _date(row.get("joined_on", "")))
    report.add("group memberships read")


def _interaction(store, row, keys, report):
    direction = row.get("direction") or "out"
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be out or in, got {direction!r}")
    if not row.get("kind"):
        raise ValueError("empty kind")
    at = _date(row.get("at", ""))
    if at is None:
        raise ValueError("empty date in column at")
    added = store.interactions.add(Interaction(
        _person(keys, row["person"]), row["kind"], direction, at, row.get("note", ""), "coach csv"
    ), dedupe=True)
    report.add("interactions added", int(added))


def _invitation(store, row, keys, report):
    status = row.get("status") or "pending"
    if status not in INVITATION_STATUSES:
        raise ValueError(f"status must be one of {', '.join(INVITATION_STATUSES)}, got {status!r}")
    direction = row.get("direction") or "out"
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be out or in, got {direction!r}")
    sent_at = _date(row.get("sent_at", ""))
    if sent_at is None:
        raise ValueError("empty date in column sent_at")
    store.invitations.add(Invitation(
        _person(keys, row["person"]), direction, sent_at, status, row.get("message", ""),
        _date(row.get("resolved_at", "")),
    ))
    report.add("invitations read")


def _note(store, row, keys, report):
    created = _date(row.get("created_at", ""))
    if created is None:
        raise ValueError("empty date in column created_at")
    person = _person(keys, row["person"])
    due = _date(row.get("due_on") or "")
    added = store.notes.add(person, row.get("text", ""), created, "coach csv", dedupe=True,
                            due_on=due[:10] if due else None)
    done = _date(row.get("done_on") or "")
    if added and due and done:
        reminder = next((r for r in store.notes.reminders_of(person)
                         if r.created_at == created and r.done_on is None), None)
        if reminder is not None:
            store.notes.mark_done(reminder.id, done[:10])
    report.add("notes added", int(added))


def _hint(store, row, keys, report):
    degree = Degree.parse(row["degree"])
    mutual = int(row.get("mutual_connections") or 0)
    person, observed = _person(keys, row["person"]), _date(row.get("observed_on", ""))
    known = store.hints.get(person)
    if known is None or (known.degree, known.mutual_connections, known.observed_on) != (
            degree, mutual, observed):  # re-importing changes nothing
        store.hints.set(person, degree, mutual, observed, "coach csv")
    report.add("degree hints read")


_HANDLERS = {
    "connections.csv": _connection,
    "follows.csv": _follow,
    "groups.csv": _membership,
    "interactions.csv": _interaction,
    "invitations.csv": _invitation,
    "notes.csv": _note,
    "degree_hints.csv": _hint,
}


def _reason(error: Exception) -> str:
    text = str(error)
    if isinstance(error, KeyError):
        text = error.args[0] if error.args else text
        if not str(text).startswith("unknown"):
            text = f"missing column {text}"
    return str(text)
