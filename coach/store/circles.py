"""Groups with their members, and degree hints observed on LinkedIn."""

from __future__ import annotations

from coach.model import Degree, DegreeHint
from coach.store.database import Database


class Groups:
    """LinkedIn groups and who belongs to them (a shared group allows a message request)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def join(self, group_name: str, person_id: int, joined_on: str | None = None) -> None:
        """Make a person a member of a group, creating the group if needed."""
        name = group_name.strip()
        if not name:
            raise ValueError("a group needs a name")
        with self._db.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO member_group (name) VALUES (?)", (name,))
            group_id = conn.execute(
                "SELECT id FROM member_group WHERE name = ?", (name,)
            ).fetchone()[0]
            conn.execute(
                "INSERT OR IGNORE INTO membership (group_id, person, joined_on) VALUES (?, ?, ?)",
                (group_id, person_id, joined_on),
            )

    def of(self, person_id: int) -> list[str]:
        """The names of the groups one person belongs to."""
        return [row[0] for row in self._db.fetchall(
            "SELECT g.name FROM membership m JOIN member_group g ON g.id = m.group_id "
            "WHERE m.person = ? ORDER BY g.name", (person_id,),
        )]

    def memberships(self) -> list[tuple[int, int]]:
        """Every (group id, person id) pair."""
        return self._db.fetchall("SELECT group_id, person FROM membership")

    def count(self) -> int:
        """How many groups the store knows."""
        return int(self._db.fetchone("SELECT count(*) FROM member_group")[0])


class DegreeHints:
    """Degrees and mutual counts seen on LinkedIn for people whose links are unknown."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def set(self, person_id: int, degree: Degree, mutual_connections: int = 0,
            observed_on: str | None = None, source: str = "") -> None:
        """Record (or replace) what LinkedIn showed for one person."""
        if degree is Degree.ME:
            raise ValueError("a degree hint is 1st, 2nd, 3rd or out of network")
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO degree_hint (person, degree, mutual_connections, observed_on, source) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (person) DO UPDATE SET "
                "degree = excluded.degree, mutual_connections = excluded.mutual_connections, "
                "observed_on = excluded.observed_on, source = excluded.source",
                (person_id, int(degree), max(0, int(mutual_connections)), observed_on, source),
            )

    def set_many(self, hints: list[DegreeHint]) -> None:
        """Record (or replace) many hints at once (30k search results in one statement)."""
        if any(hint.degree is Degree.ME for hint in hints):
            raise ValueError("a degree hint is 1st, 2nd, 3rd or out of network")
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT INTO degree_hint (person, degree, mutual_connections, observed_on, source) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (person) DO UPDATE SET "
                "degree = excluded.degree, mutual_connections = excluded.mutual_connections, "
                "observed_on = excluded.observed_on, source = excluded.source",
                ((h.person_id, int(h.degree), max(0, int(h.mutual_connections)), h.observed_on,
                  h.source) for h in hints),
            )

    def all(self) -> list[DegreeHint]:
        """Every hint."""
        return [
            DegreeHint(person, Degree(degree), mutual, observed_on, source)
            for person, degree, mutual, observed_on, source in self._db.fetchall(
                "SELECT person, degree, mutual_connections, observed_on, source FROM degree_hint"
            )
        ]

    def get(self, person_id: int) -> DegreeHint | None:
        """The hint for one person, or None."""
        row = self._db.fetchone(
            "SELECT person, degree, mutual_connections, observed_on, source FROM degree_hint "
            "WHERE person = ?", (person_id,),
        )
        if row is None:
            return None
        return DegreeHint(row[0], Degree(row[1]), row[2], row[3], row[4])
