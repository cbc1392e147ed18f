"""The acts done by hand, kept with what they changed, so that the last one can be undone.

An act (a log, a tag, a note, a deletion from the history) touches a few rows of one
person: their interactions, invitations, notes, tags and scenario runs, and the connection
and follows between them and me. ``image`` reads those rows; an act is kept with its image
before and after. Undoing puts the rows back as they were before, and only while they are
still as the act left them: anything changed since (an import, another act) makes undoing
refuse rather than lose it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from coach.store.database import Database

_ROWS = (
    ("interaction", "person = :person", "id"),
    ("invitation", "person = :person", "id"),
    ("note", "person = :person", "id"),
    ("tag", "person = :person", "tag"),
    ("enrolment", "person = :person", "id"),
    ("connection", "a = min(:person, :me) AND b = max(:person, :me)", "a"),
    ("follow", "(follower = :me AND followee = :person) OR (follower = :person AND "
               "followee = :me)", "follower"),
)
"""Every table an act may touch, the rows of one person in it, and their order."""


@dataclass(frozen=True, slots=True)
class Act:
    """One act done by hand: when, with whom, what it was, and whether it was undone."""

    id: int
    at: str
    person_id: int
    kind: str
    summary: str
    session: str
    undone_at: str | None


class Acts:
    """The ``act`` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def image(self, person: int, me: int | None) -> str:
        """The rows an act may touch for this person, as JSON text (compared as text)."""
        found = {}
        for table, where, order in _ROWS:
            if ":me" in where and me is None:
                continue
            rows = self._db.fetchall(f"SELECT * FROM {table} WHERE {where} ORDER BY {order}",
                                     {"person": person, "me": me})
            found[table] = [list(row) for row in rows]
        return json.dumps(found, ensure_ascii=False, sort_keys=True)

    def restore(self, person: int, me: int | None, image: str) -> None:
        """Put this person's rows back as ``image`` holds them (inside a transaction)."""
        rows = json.loads(image)
        for table, where, _ in reversed(_ROWS):
            if table not in rows:
                continue
            self._db.execute(f"DELETE FROM {table} WHERE {where}", {"person": person, "me": me})
        for table, _, _ in _ROWS:
            for row in rows.get(table, ()):
                marks = ", ".join("?" * len(row))
                self._db.execute(f"INSERT INTO {table} VALUES ({marks})", tuple(row))

    def add(self, at: str, person: int, kind: str, summary: str, session: str, before: str,
            after: str) -> int:
        """Keep an act; its id."""
        cursor = self._db.execute(
            "INSERT INTO act (at, person, kind, summary, session, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", (at, person, kind, summary, session, before, after))
        return int(cursor.lastrowid)

    def last(self, session: str | None = None) -> tuple[Act, str, str] | None:
        """The latest act not undone (of this session, when given), with its images."""
        where = "undone_at IS NULL" + (" AND session = ?" if session is not None else "")
        row = self._db.fetchone(
            "SELECT id, at, person, kind, summary, session, undone_at, before, after FROM act "
            f"WHERE {where} ORDER BY id DESC LIMIT 1", (session,) if session is not None else ())
        if row is None:
            return None
        return Act(*row[:7]), row[7], row[8]

    def mark_undone(self, act: int, at: str) -> None:
        self._db.execute("UPDATE act SET undone_at = ? WHERE id = ?", (at, act))
