"""Scenario enrolments: who runs which scenario, at which step, since when, and how it ended."""

from __future__ import annotations

from dataclasses import dataclass

from coach.dates import now_iso
from coach.store.database import Database

ENROLMENT_STATUSES = ("active", "done", "exited")

_COLUMNS = ("id, person, scenario, step, step_since, due_on, status, reason, enrolled_on, "
            "updated_at, ended_on")


@dataclass(frozen=True, slots=True)
class Enrolment:
    """One person in one scenario: the current step (0-based), when it started, when it is due."""

    id: int
    person_id: int
    scenario: str
    step: int
    step_since: str
    due_on: str
    status: str = "active"
    reason: str = ""
    enrolled_on: str = ""
    updated_at: str = ""
    ended_on: str | None = None

    @property
    def active(self) -> bool:
        """Still running (not done, not exited)."""
        return self.status == "active"

    def to_json(self) -> dict:
        """The enrolment as plain values."""
        return {"id": self.id, "person_id": self.person_id, "scenario": self.scenario,
                "step": self.step + 1, "step_since": self.step_since, "due_on": self.due_on,
                "status": self.status, "reason": self.reason, "enrolled_on": self.enrolled_on,
                "ended_on": self.ended_on}


class Enrolments:
    """The ``enrolment`` table. Dates are ISO days (``YYYY-MM-DD``)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, person_id: int, scenario: str, day: str, due_on: str) -> int:
        """Start a person at the first step of a scenario; return the enrolment's id.

        ValueError when they already run this scenario.
        """
        with self._db.transaction() as conn:
            if conn.execute("SELECT 1 FROM enrolment WHERE person = ? AND scenario = ? AND "
                            "status = 'active'", (person_id, scenario)).fetchone():
                raise ValueError(f"#{person_id} already runs scenario {scenario!r}")
            cursor = conn.execute(
                "INSERT INTO enrolment (person, scenario, step, step_since, due_on, enrolled_on, "
                "updated_at) VALUES (?, ?, 0, ?, ?, ?, ?)",
                (person_id, scenario, day, due_on, day, now_iso()),
            )
            return int(cursor.lastrowid)

    def move(self, enrolment_id: int, step: int, since: str, due_on: str) -> None:
        """Put an active enrolment at another step, started on ``since`` and due on ``due_on``."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE enrolment SET step = ?, step_since = ?, due_on = ?, updated_at = ? "
                "WHERE id = ? AND status = 'active'",
                (step, since, due_on, now_iso(), enrolment_id),
            )

    def end(self, enrolment_id: int, status: str, reason: str, day: str) -> None:
        """End an active enrolment: ``done`` (every step taken) or ``exited`` (and why)."""
        if status not in ENROLMENT_STATUSES or status == "active":
            raise ValueError(f"cannot end an enrolment as {status!r}")
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE enrolment SET status = ?, reason = ?, ended_on = ?, updated_at = ? "
                "WHERE id = ? AND status = 'active'",
                (status, reason, day, now_iso(), enrolment_id),
            )

    def get(self, enrolment_id: int) -> Enrolment | None:
        """One enrolment by id, or None."""
        row = self._db.fetchone(f"SELECT {_COLUMNS} FROM enrolment WHERE id = ?",
                                (enrolment_id,))
        return Enrolment(*row) if row else None

    def active(self) -> list[Enrolment]:
        """Every running enrolment, oldest first."""
        return [Enrolment(*row) for row in self._db.fetchall(
            f"SELECT {_COLUMNS} FROM enrolment WHERE status = 'active' ORDER BY id")]

    def of(self, person_id: int) -> list[Enrolment]:
        """One person's enrolments, newest first, ended ones included."""
        return [Enrolment(*row) for row in self._db.fetchall(
            f"SELECT {_COLUMNS} FROM enrolment WHERE person = ? ORDER BY id DESC", (person_id,))]

    def count(self, status: str | None = None) -> int:
        """How many enrolments there are (of one status)."""
        if status is None:
            return int(self._db.fetchone("SELECT count(*) FROM enrolment")[0])
        return int(self._db.fetchone("SELECT count(*) FROM enrolment WHERE status = ?",
                                     (status,))[0])
