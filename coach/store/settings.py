"""Workspace settings, and the cached network arrays keyed by the network revision."""

from __future__ import annotations

from coach.store.database import Database


class Settings:
    """Small key/value settings kept in the store (who is me, language, premium…)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        """One setting, or the default."""
        row = self._db.fetchone("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        """Change one setting."""
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value),
            )

    def delete(self, key: str) -> None:
        """Forget one setting."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM meta WHERE key = ?", (key,))


class NetworkCache:
    """Binary snapshots of derived network arrays, valid while the network revision holds.

    Reading 2M connections row by row takes seconds; reading them back as BLOBs takes
    milliseconds. Triggers bump the revision on every structural change, so a snapshot can
    never be served for a network that has changed since it was taken.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def revision(self) -> int:
        """The current network revision."""
        return int(self._db.fetchone("SELECT value FROM revision WHERE name = 'network'")[0])

    def get(self, revision: int) -> dict[str, bytes] | None:
        """Every snapshot part taken at this revision, or None when any is stale or missing."""
        rows = self._db.fetchall("SELECT name, revision, data FROM network_cache")
        if not rows or any(row[1] != revision for row in rows):
            return None
        return {name: bytes(data) for name, _, data in rows}

    def put(self, revision: int, parts: dict[str, bytes]) -> bool:
        """Save a snapshot if the network is still at ``revision``; return whether it was saved."""
        with self._db.transaction() as conn:
            current = conn.execute(
                "SELECT value FROM revision WHERE name = 'network'"
            ).fetchone()[0]
            if current != revision:
                return False
            conn.execute("DELETE FROM network_cache")
            conn.executemany(
                "INSERT INTO network_cache (name, revision, data) VALUES (?, ?, ?)",
                ((name, revision, data) for name, data in parts.items()),
            )
            return True
