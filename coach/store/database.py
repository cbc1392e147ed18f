"""The SQLite file: opening it safely, migrating it, and running transactions."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coach.store.schema import MIGRATIONS, SCHEMA_VERSION


class StoreError(Exception):
    """The store cannot be used: newer schema, not a coach file, or not readable."""


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only, before SQLite opens it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)


class Database:
    """One SQLite connection in WAL mode, with migrations and re-entrant transactions.

    The connection may be shared by threads (the app's workers); a lock serialises its use
    and a transaction holds the lock until it commits or rolls back.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if not self.path.exists():
            _create_private_file(self.path)
        self._lock = threading.RLock()
        self._depth = 0
        try:
            self._conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=30.0
            )
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA busy_timeout = 30000")
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            self._conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as error:
            from coach.store.faults import explain, is_sqlite_file

            reason = explain(error, self.path) if is_sqlite_file(self.path) else None
            raise StoreError(reason or f"{self.path}: not a coach store ({error})") from None
        if str(mode).lower() != "wal":
            raise StoreError(f"{self.path}: cannot use write-ahead logging (got {mode})")
        try:
            self.migrate()
        except sqlite3.Error as error:
            from coach.store.faults import explain

            self._conn.close()
            raise StoreError(explain(error, self.path)
                             or f"{self.path}: cannot upgrade the store ({error})") from None

    @property
    def schema_version(self) -> int:
        """The schema version recorded in the file (PRAGMA user_version)."""
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, target: int = SCHEMA_VERSION) -> None:
        """Apply the migrations the file lacks, each in its own transaction."""
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {current} is newer than this coach "
                f"understands ({SCHEMA_VERSION}); upgrade coach"
            )
        for version in range(current + 1, target + 1):
            script = MIGRATIONS[version - 1]
            with self.transaction():
                for statement in _statements(script):
                    self._conn.execute(statement)
                self._conn.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All writes inside happen together or not at all; nested calls join the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self._conn
                self._depth = 0
                self._conn.execute("COMMIT")
            except BaseException:
                self._depth = 0
                self._roll_back()
                raise

    def _roll_back(self) -> None:
        """Undo the open transaction; SQLite may have undone it already (a full disk or an
        I/O error ends it), and the error that caused it is the one to report."""
        if self._conn.in_transaction:
            try:
                self._conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        """Run one statement under the lock."""
        with self._lock:
            return self._conn.execute(sql, params)

    def fetchall(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        """Run a query and return every row."""
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def fetchone(self, sql: str, params: tuple | dict = ()) -> tuple | None:
        """Run a query and return its first row, or None."""
        with self._lock:
            return self._conn.execute(sql, params).fetchone()

    def stream(self, sql: str, params: tuple | dict, consume):
        """Run a query and hand its cursor to ``consume`` under the lock; return its result.

        For results too large to materialise as a list of tuples (millions of rows).
        """
        with self._lock:
            return consume(self._conn.execute(sql, params))

    def executemany(self, sql: str, rows) -> sqlite3.Cursor:
        """Run one statement for many rows under the lock."""
        with self._lock:
            return self._conn.executemany(sql, rows)

    def data_version(self, wait: bool = True) -> int | None:
        """SQLite's ``PRAGMA data_version``: it changes when another connection (another
        process: ``coach log`` in a second shell) commits, never for this one's own writes.
        ``wait`` false: None at once when a thread holds the connection (an import), so
        that a timer on the app's event loop never waits for it."""
        if not self._lock.acquire(blocking=wait):
            return None
        try:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        finally:
            self._lock.release()

    def integrity_check(self) -> str:
        """SQLite's own verdict on the file: "ok" when sound."""
        return str(self.fetchone("PRAGMA integrity_check")[0])

    def dump(self) -> list[str]:
        """Every table and row as SQL statements: compares two states of a store exactly."""
        with self._lock:
            return list(self._conn.iterdump())

    def close(self) -> None:
        """Close the connection; the WAL is checkpointed by SQLite."""
        with self._lock:
            self._conn.close()


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into complete statements (triggers hold inner semicolons)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            if statement:
                yield statement
            buffer = ""
    if buffer.strip():
        yield buffer.strip()
