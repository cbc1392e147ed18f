"""What happened with people: interactions, invitations, notes and tags."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from coach.model import DIRECTIONS, INVITATION_STATUSES, Interaction, Invitation
from coach.store.database import Database


def fingerprint(*parts: object) -> str:
    """A stable key for an imported row, so that re-importing it does not double it."""
    text = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Reminder:
    """A note with a due date: what to do about someone, and when."""

    id: int
    person_id: int
    text: str
    created_at: str
    due_on: str
    done_on: str | None = None


@dataclass(frozen=True, slots=True)
class JobChange:
    """A change of company or position between two imports."""

    person_id: int
    seen_on: str
    old_company: str
    old_position: str
    new_company: str
    new_position: str


class Interactions:
    """The ``interaction`` table: visits, messages, meetings… in both directions."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, interaction: Interaction, dedupe: bool = False) -> bool:
        """Store one interaction; with ``dedupe`` an identical imported one is not doubled."""
        if interaction.direction not in DIRECTIONS:
            raise ValueError(f"unknown direction {interaction.direction!r}: use out or in")
        key = None
        if dedupe:
            key = fingerprint(interaction.person_id, interaction.kind, interaction.direction,
                              interaction.at, interaction.note)
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO interaction (person, kind, direction, at, note, source, "
                "fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (interaction.person_id, interaction.kind, interaction.direction, interaction.at,
                 interaction.note, interaction.source, key),
            )
            return cursor.rowcount > 0

    def of(self, person_id: int) -> list[Interaction]:
        """One person's interactions, newest first."""
        return [
            Interaction(person, kind, direction, at, note, source, row_id)
            for row_id, person, kind, direction, at, note, source in self._db.fetchall(
                "SELECT id, person, kind, direction, at, note, source FROM interaction "
                "WHERE person = ? ORDER BY at DESC, id DESC", (person_id,),
            )
        ]

    def latest(self) -> dict[int, tuple[str, str, str]]:
        """For everyone with an interaction: (when, kind, direction) of the latest one."""
        rows = self._db.fetchall(
            "SELECT person, at, kind, direction FROM interaction i WHERE id = ("
            "SELECT id FROM interaction j WHERE j.person = i.person ORDER BY at DESC, id DESC "
            "LIMIT 1)"
        )
        return {person: (at, kind, direction) for person, at, kind, direction in rows}

    def since(self, at: str) -> list[tuple[int, str, str, str]]:
        """(person, when, kind, direction) of every interaction at or after a date."""
        return self._db.fetchall(
            "SELECT person, at, kind, direction FROM interaction WHERE at >= ? ORDER BY at",
            (at,),
        )

    def exchanges(self) -> list[tuple[int, str, str, str, str]]:
        """(person, when, kind, direction, note) of every message, reply, call, meeting,
        introduction and connection, oldest first: what the coach reads conversations from."""
        return self._db.fetchall(
            "SELECT person, at, kind, direction, note FROM interaction WHERE kind IN "
            "('messaged', 'replied', 'called', 'met', 'introduced', 'connected') "
            "ORDER BY at, id"
        )

    def count(self) -> int:
        """How many interactions the store holds."""
        return int(self._db.fetchone("SELECT count(*) FROM interaction")[0])


class Invitations:
    """The ``invitation`` table: sent and received invitations and what became of them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, invitation: Invitation) -> int:
        """Store an invitation and return its id; an identical one is not doubled.

        The same invitation (person, direction, date) seen again with a resolved status
        resolves the stored pending one; a resolved invitation never goes back to pending.
        """
        if invitation.direction not in DIRECTIONS:
            raise ValueError(f"unknown direction {invitation.direction!r}: use out or in")
        if invitation.status not in INVITATION_STATUSES:
            raise ValueError(f"unknown invitation status {invitation.status!r}")
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT id FROM invitation WHERE person = ? AND direction = ? AND sent_at = ?",
                (invitation.person_id, invitation.direction, invitation.sent_at),
            ).fetchone()
            if row:
                if invitation.status != "pending":
                    # A later export says what became of a pending invitation: record it.
                    conn.execute(
                        "UPDATE invitation SET status = ?, resolved_at = coalesce(?, resolved_at) "
                        "WHERE id = ? AND status = 'pending'",
                        (invitation.status, invitation.resolved_at, row[0]),
                    )
                return int(row[0])
            cursor = conn.execute(
                "INSERT INTO invitation (person, direction, sent_at, status, message, resolved_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (invitation.person_id, invitation.direction, invitation.sent_at, invitation.status,
                 invitation.message, invitation.resolved_at),
            )
            return int(cursor.lastrowid)

    def resolve(self, person_id: int, status: str, at: str) -> int:
        """Close the pending invitations with one person; return how many were pending."""
        if status not in INVITATION_STATUSES or status == "pending":
            raise ValueError(f"cannot resolve an invitation as {status!r}")
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE invitation SET status = ?, resolved_at = ? "
                "WHERE person = ? AND status = 'pending'", (status, at, person_id),
            )
            return cursor.rowcount

    def of(self, person_id: int) -> list[Invitation]:
        """One person's invitations, newest first."""
        return [
            Invitation(person, direction, sent_at, status, message, resolved_at, row_id)
            for row_id, person, direction, sent_at, status, message, resolved_at in
            self._db.fetchall(
                "SELECT id, person, direction, sent_at, status, message, resolved_at "
                "FROM invitation WHERE person = ? ORDER BY sent_at DESC, id DESC", (person_id,),
            )
        ]

    def pending(self) -> list[Invitation]:
        """Every pending invitation, in both directions."""
        return [
            Invitation(person, direction, sent_at, status, message, resolved_at, row_id)
            for row_id, person, direction, sent_at, status, message, resolved_at in
            self._db.fetchall(
                "SELECT id, person, direction, sent_at, status, message, resolved_at "
                "FROM invitation WHERE status = 'pending' ORDER BY sent_at"
            )
        ]


class Notes:
    """Free-text notes the user keeps about people; a note with a due date is a reminder."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, person_id: int, text: str, created_at: str, source: str = "manual",
            dedupe: bool = False, due_on: str | None = None) -> bool:
        """Store a note; with ``dedupe`` an identical imported note is not doubled; with
        ``due_on`` (an ISO date) it is a reminder until marked done."""
        text = text.strip()
        if not text:
            raise ValueError("a note needs some text")
        key = fingerprint(person_id, text, created_at) if dedupe else None
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO note (person, text, created_at, source, fingerprint, "
                "due_on) VALUES (?, ?, ?, ?, ?, ?)",
                (person_id, text, created_at, source, key, due_on),
            )
            return cursor.rowcount > 0

    def of(self, person_id: int) -> list[tuple[str, str]]:
        """(when, text) of one person's notes, newest first."""
        return self._db.fetchall(
            "SELECT created_at, text FROM note WHERE person = ? ORDER BY created_at DESC, id DESC",
            (person_id,),
        )

    def reminders_of(self, person_id: int) -> list[Reminder]:
        """One person's notes that have a due date, the open ones first, earliest due first."""
        return [Reminder(*row) for row in self._db.fetchall(
            "SELECT id, person, text, created_at, due_on, done_on FROM note "
            "WHERE person = ? AND due_on IS NOT NULL "
            "ORDER BY done_on IS NOT NULL, due_on, id", (person_id,))]

    def open_reminders(self) -> list[Reminder]:
        """Every note with a due date not marked done, earliest due first."""
        return [Reminder(*row) for row in self._db.fetchall(
            "SELECT id, person, text, created_at, due_on, done_on FROM note "
            "WHERE due_on IS NOT NULL AND done_on IS NULL ORDER BY due_on, id")]

    def latest(self) -> dict[int, str]:
        """Each person's latest note text (for the ``note`` fact)."""
        rows = self._db.fetchall(
            "SELECT person, text FROM note ORDER BY person, created_at, id")
        return {person: text for person, text in rows}

    def mark_done(self, note_id: int, on: str) -> bool:
        """Mark a reminder dealt with; False when there is no open reminder with that id."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE note SET done_on = ? WHERE id = ? AND due_on IS NOT NULL "
                "AND done_on IS NULL", (on, note_id))
            return cursor.rowcount > 0


class JobChanges:
    """Changes of company or position an import has seen, newest last."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def latest(self) -> dict[int, JobChange]:
        """Each person's latest job change."""
        rows = self._db.fetchall(
            "SELECT person, seen_on, old_company, old_position, new_company, new_position "
            "FROM job_change ORDER BY person, seen_on, id")
        return {row[0]: JobChange(*row) for row in rows}

    def last_id(self) -> int:
        """The id of the latest job change recorded (0 when none): what an import compares."""
        return int(self._db.fetchone("SELECT coalesce(max(id), 0) FROM job_change")[0])

    def since(self, after_id: int) -> list[JobChange]:
        """The job changes recorded after ``after_id``, in order."""
        return [JobChange(*row) for row in self._db.fetchall(
            "SELECT person, seen_on, old_company, old_position, new_company, new_position "
            "FROM job_change WHERE id > ? ORDER BY id", (after_id,))]

    def of(self, person_id: int) -> list[JobChange]:
        """One person's job changes, newest first."""
        return [JobChange(*row) for row in self._db.fetchall(
            "SELECT person, seen_on, old_company, old_position, new_company, new_position "
            "FROM job_change WHERE person = ? ORDER BY seen_on DESC, id DESC", (person_id,))]


class Tags:
    """Short labels on people (``close``, ``do-not-contact``, ``client`` …)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, person_id: int, *tags: str) -> None:
        """Put tags on a person (lower-cased, blanks ignored)."""
        clean = [tag.strip().casefold() for tag in tags if tag.strip()]
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO tag (person, tag) VALUES (?, ?)",
                ((person_id, tag) for tag in clean),
            )

    def remove(self, person_id: int, *tags: str) -> None:
        """Take tags off a person."""
        with self._db.transaction() as conn:
            conn.executemany(
                "DELETE FROM tag WHERE person = ? AND tag = ?",
                ((person_id, tag.strip().casefold()) for tag in tags),
            )

    def of(self, person_id: int) -> list[str]:
        """One person's tags, sorted."""
        return [row[0] for row in self._db.fetchall(
            "SELECT tag FROM tag WHERE person = ? ORDER BY tag", (person_id,)
        )]

    def all(self) -> dict[int, list[str]]:
        """Everyone's tags: person id → sorted tags."""
        result: dict[int, list[str]] = {}
        for person, tag in self._db.fetchall("SELECT person, tag FROM tag ORDER BY person, tag"):
            result.setdefault(person, []).append(tag)
        return result
