"""People in the store: identity by normalised profile URL or by reference, never by name."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from coach.dates import today
from coach.model import Person
from coach.profile_url import normalise_profile_url
from coach.store import bulk
from coach.store.database import Database
from coach.visible_text import UNSAFE, visible_row

PERSON_COLUMNS = (
    "id", "first_name", "last_name", "headline", "company", "position", "location",
    "profile_url", "email", "ref", "open_profile", "full_name_visible", "follow_primary",
)
_SELECT = f"SELECT {', '.join(PERSON_COLUMNS)} FROM person"
NAME_REF = "name_ref"
"""A column ``columns`` reads beside the stored ones: the reference of a person without a
first or last name (the name ``full_name_of`` falls back on), NULL for everyone else (a
million references held for the few people without a name would be 60 MB)."""
_DERIVED = {NAME_REF: "CASE WHEN coalesce(first_name, '') = '' AND coalesce(last_name, '') = '' "
                      "THEN ref END"}
_PROFILE_FIELDS = (
    "first_name", "last_name", "headline", "company", "position", "location", "email",
    "open_profile", "full_name_visible", "follow_primary",
)


_CHUNK = 900
"""Ids per ``IN (…)`` query: under SQLite's smallest limit on bound parameters (999)."""


def person_from_row(row: tuple, raw: bool = False) -> Person:
    """The ``Person`` of one raw row (``PERSON_COLUMNS`` order); control characters in its
    text made visible unless ``raw`` (an export keeps the data exactly)."""
    # Positional, in PERSON_COLUMNS order (the order of Person's fields): 3× faster than
    # keywords, which matters when a roster reads 100k people.
    if not raw and UNSAFE.search("".join(cell for cell in row[1:10] if cell)):
        row = visible_row(row)  # an escape in a name never reaches a terminal
    return Person(*row[:10], bool(row[10]), bool(row[11]), bool(row[12]))


@dataclass(frozen=True, slots=True)
class Upserted:
    """The outcome of writing one person: their id and whether they were new or changed."""

    id: int
    added: bool
    updated: bool


class People:
    """Reads and writes the ``person`` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, person_id: int) -> Person | None:
        """One person by id, or None."""
        row = self._db.fetchone(f"{_SELECT} WHERE id = ?", (person_id,))
        return person_from_row(row) if row else None

    def all(self, raw: bool = False) -> list[Person]:
        """Everyone, in id order (``raw``: their text exactly as stored, for exports)."""
        return [person_from_row(row, raw)
                for row in self._db.fetchall(f"{_SELECT} ORDER BY id")]

    def rows(self, ids: list[int] | None = None) -> list[tuple]:
        """Raw rows in ``PERSON_COLUMNS`` order, by id: everyone, or only these ids.

        No ``Person`` is made: a listing of 100,000 people reads its columns from these
        tuples and makes a ``Person`` only for the one person shown (``person_from_row``,
        which makes control characters visible: the rows themselves are raw).
        """
        if ids is None:
            return self._db.fetchall(f"{_SELECT} ORDER BY id")
        rows: list[tuple] = []
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            rows += self._db.fetchall(
                f"{_SELECT} WHERE id IN ({', '.join('?' * len(chunk))}) ORDER BY id", chunk)
        return rows

    def columns(self, names: tuple[str, ...] = PERSON_COLUMNS) -> dict[str, list]:
        """Everyone's values of these columns (of ``PERSON_COLUMNS``, or :data:`NAME_REF`),
        in id order: one list per column, read with one query.

        SQLite writes each column as one JSON array, decoded in C: no tuple per person, and
        half the time of ``fetchall`` at 100k people. The text is raw, as in :meth:`rows`.
        """
        unknown = set(names) - set(PERSON_COLUMNS) - set(_DERIVED)
        if unknown:
            raise ValueError(f"not a person column: {', '.join(sorted(unknown))}")
        arrays = ", ".join(f"json_group_array({name})" for name in names)
        selected = ", ".join(f"{_DERIVED[name]} AS {name}" if name in _DERIVED else name
                             for name in names)
        try:
            texts = list(self._db.fetchone(
                f"SELECT {arrays} FROM (SELECT {selected} FROM person ORDER BY id)"))
            columns = {}
            for at, name in enumerate(names):  # each text dropped once read: less memory
                columns[name], texts[at] = json.loads(texts[at]), None
            return columns
        except (sqlite3.Error, ValueError):  # a value JSON cannot hold (a BLOB): row by row
            rows = self._db.fetchall(f"SELECT {selected} FROM person ORDER BY id")
            return {name: [row[at] for row in rows] for at, name in enumerate(names)}

    def count(self) -> int:
        """How many people the store holds."""
        return int(self._db.fetchone("SELECT count(*) FROM person")[0])

    def ids(self) -> list[int]:
        """Every person id, ascending."""
        return [row[0] for row in self._db.fetchall("SELECT id FROM person ORDER BY id")]

    def by_url(self, url: str) -> Person | None:
        """The person with this profile URL (compared after normalising), or None."""
        key = normalise_profile_url(url)
        if key is None:
            return None
        row = self._db.fetchone(f"{_SELECT} WHERE profile_url = ?", (key,))
        return person_from_row(row) if row else None

    def by_ref(self, ref: str) -> Person | None:
        """The person with this reference (a key from an imported file), or None."""
        row = self._db.fetchone(f"{_SELECT} WHERE ref = ?", (ref,))
        return person_from_row(row) if row else None

    def add(self, **fields) -> int:
        """Insert a new person and return their id."""
        fields = _clean(fields)
        columns = ", ".join(fields)
        marks = ", ".join("?" for _ in fields)
        with self._db.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO person ({columns}) VALUES ({marks})", tuple(fields.values())
            )
            return int(cursor.lastrowid)

    def add_many(self, rows: list[dict]) -> list[int]:
        """Insert many new people in one statement and return their ids, in order.

        Each row holds person fields (``profile_url`` and ``ref`` included); an import of
        30,000 connections spends a third of its time in one-by-one inserts otherwise.
        """
        if not rows:
            return []
        cleaned = [_clean(row) for row in rows]
        columns = sorted(set().union(*cleaned))
        defaults = {name: _DEFAULTS.get(name, "") for name in columns}
        values = ", ".join("?" for _ in columns)
        with self._db.transaction() as conn:
            start = int(conn.execute("SELECT coalesce(max(id), 0) FROM person").fetchone()[0]) + 1
            conn.executemany(
                f"INSERT INTO person (id{''.join(', ' + c for c in columns)}) VALUES (?"
                f"{', ' if columns else ''}{values})",
                ((start + offset, *(row.get(c, defaults[c]) for c in columns))
                 for offset, row in enumerate(cleaned)),
            )
        return list(range(start, start + len(cleaned)))

    def upsert(self, *, profile_url: str | None = None, ref: str | None = None,
               **fields) -> Upserted:
        """Find a person by profile URL, else by reference; update them or add them.

        Blank incoming fields never erase stored ones: a later export that lacks a company
        keeps the company we knew.
        """
        url = normalise_profile_url(profile_url)
        existing = None
        if url is not None:
            existing = self.by_url(url)
        if existing is None and ref:
            existing = self.by_ref(ref)
            if existing is not None and url and existing.profile_url not in (None, url):
                existing = None  # same ref, different member: keep them apart
                ref = None  # (the reference stays with the member who has it)
        if existing is None:
            new_id = self.add(profile_url=url, ref=ref or None, **fields)
            return Upserted(new_id, added=True, updated=False)
        changes = {
            key: value for key, value in _clean(fields).items()
            if value not in ("", None) and getattr(existing, key) != value
        }
        if url and existing.profile_url is None:
            changes["profile_url"] = url
        if ref and existing.ref is None and self.by_ref(ref) is None:
            changes["ref"] = ref
        if changes:
            self.update(existing.id, **changes)
        return Upserted(existing.id, added=False, updated=bool(changes))

    def update(self, person_id: int, **fields) -> None:
        """Change some fields of one person."""
        fields = _clean(fields)
        if not fields:
            return
        assignments = ", ".join(f"{key} = ?" for key in fields)
        with self._db.transaction() as conn:
            if "company" in fields or "position" in fields:
                _keep_job_change(conn, person_id, fields)
            conn.execute(
                f"UPDATE person SET {assignments}, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?",
                (*fields.values(), person_id),
            )

    def ensure_refs(self, refs: list[str]) -> dict[str, int]:
        """Make sure a person exists for each reference; return reference → id.

        People created here have only a reference (edge-list node ids); their first name is
        the reference so that they can be found and shown.
        """
        with self._db.transaction() as conn:
            if len(refs) >= bulk.BULK_ROWS:  # an edge list of 100k people: one statement
                mapping = bulk.ensure_refs(conn, refs)
                if mapping is not None:
                    return mapping
            conn.executemany(
                "INSERT OR IGNORE INTO person (ref, first_name) VALUES (?, ?)",
                ((ref, ref) for ref in refs),
            )
            mapping: dict[str, int] = {}
            wanted = list(dict.fromkeys(refs))
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                marks = ", ".join("?" for _ in chunk)
                for ref, person_id in conn.execute(
                    f"SELECT ref, id FROM person WHERE ref IN ({marks})", chunk
                ):
                    mapping[ref] = person_id
        return mapping


_DEFAULTS = {"profile_url": None, "ref": None, "email": None, "open_profile": 0,
             "full_name_visible": 0, "follow_primary": 0}
"""Values of columns a row of ``add_many`` leaves out (text columns default to '')."""


def _keep_job_change(conn, person_id: int, fields: dict) -> None:
    """Record a change of company or position (a known one replaced by another)."""
    row = conn.execute("SELECT company, position FROM person WHERE id = ?",
                       (person_id,)).fetchone()
    if row is None:
        return
    old_company, old_position = row
    new_company = fields.get("company", old_company)
    new_position = fields.get("position", old_position)
    changed = ((old_company and new_company and old_company.casefold() != new_company.casefold())
               or (old_position and new_position
                   and old_position.casefold() != new_position.casefold()))
    if changed:
        conn.execute(
            "INSERT INTO job_change (person, seen_on, old_company, old_position, new_company, "
            "new_position) VALUES (?, ?, ?, ?, ?, ?)",
            (person_id, today().isoformat(), old_company, old_position, new_company,
             new_position))


def _clean(fields: dict) -> dict:
    """Keep only known profile columns, trim text and store flags as 0/1."""
    unknown = set(fields) - set(_PROFILE_FIELDS) - {"profile_url", "ref"}
    if unknown:
        raise TypeError(f"unknown person fields: {', '.join(sorted(unknown))}")
    cleaned = {}
    for key, value in fields.items():
        if key in ("open_profile", "full_name_visible", "follow_primary"):
            cleaned[key] = int(bool(value))
        elif isinstance(value, str):
            cleaned[key] = value.strip() if key != "email" else (value.strip() or None)
        else:
            cleaned[key] = value
    return cleaned
