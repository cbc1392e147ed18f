"""Many rows of one link table written at once: an edge list of millions of pairs.

Row by row, a 2M-edge import spent most of its time outside the data: a Python tuple per
row, the network revision bumped by a trigger per row, and the second index of the table
updated at random places for every row (bench/RESULTS.md). Here the pairs go to SQLite as
sorted packed integers in a few JSON arrays (``json_each`` unpacks them in C); from
``BULK_ROWS`` pairs on, the table's insert trigger is set aside and the revision bumped once
instead, and into a table that holds fewer rows than the batch the secondary indexes are
built after the load. All of it happens in a savepoint of the caller's transaction: the
trigger and the indexes come back with the rows, or nothing changes, even if the process
is killed.
"""

from __future__ import annotations

import json
import sqlite3

import numpy as np

BULK_ROWS = 50_000
"""From this many pairs, the trigger is set aside and the revision bumped once."""

_CHUNK = 1 << 18
"""Pairs per statement: bounds the JSON text handed to SQLite (a few MB)."""

_CACHE_KIB = 128 * 1024
"""The page cache during a bulk load (SQLite's default, 2 MiB, spills and reads again)."""

_LARGEST_KEY = 2**62


def insert_pairs(conn: sqlite3.Connection, table: str, columns: tuple[str, str],
                 first: np.ndarray, second: np.ndarray, values: dict[str, object]) -> int:
    """``INSERT OR IGNORE`` each (first, second) pair of person ids into ``table``, with the
    same ``values`` for its other columns; return how many rows were new.

    Must run inside a transaction (``Database.transaction``). The pairs need not be sorted
    or distinct; ids are person ids (rowids, non-negative).
    """
    if len(first) == 0:
        return 0
    first = np.asarray(first, dtype=np.int64)
    second = np.asarray(second, dtype=np.int64)
    base = int(max(first.max(), second.max())) + 1
    if base * base >= _LARGEST_KEY or not _has_json(conn):
        return _insert_rows(conn, table, columns, first, second, values)
    keys = np.sort(first * base + second)
    names = ", ".join((*columns, *values))
    marks = ", ".join(f":{name}" for name in values)
    sql = (f"INSERT OR IGNORE INTO {table} ({names}) "
           f"SELECT value / :base, value % :base{', ' if values else ''}{marks} "
           f"FROM json_each(:keys)")
    bulk = len(keys) >= BULK_ROWS
    conn.execute("SAVEPOINT bulk_pairs")
    try:
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = {-_CACHE_KIB}")
        try:
            set_aside = _set_aside(conn, table, len(keys)) if bulk else []
            added = 0
            for start in range(0, len(keys), _CHUNK):
                text = "[" + ",".join(map(str, keys[start:start + _CHUNK].tolist())) + "]"
                added += max(0, conn.execute(sql, {**values, "base": base, "keys": text}).rowcount)
            for statement in set_aside:
                conn.execute(statement)
            if bulk and added:
                conn.execute("UPDATE revision SET value = value + 1 WHERE name = 'network'")
        finally:
            conn.execute(f"PRAGMA cache_size = {int(cache)}")
    except BaseException:
        _undo(conn)
        raise
    conn.execute("RELEASE bulk_pairs")
    return added


def ensure_refs(conn: sqlite3.Connection, refs: list[str]) -> dict[str, int] | None:
    """A person for each reference, created with it as first name when new, and reference →
    id, with person's insert trigger set aside and the revision bumped once; None when
    this SQLite cannot (no ``json_each``, or a reference holds a NUL that SQL text would
    cut): the caller writes them one by one. Must run inside a transaction."""
    if not _has_json(conn) or any("\x00" in ref for ref in refs):
        return None
    text = json.dumps(refs, ensure_ascii=False)
    conn.execute("SAVEPOINT bulk_refs")
    try:
        set_aside = _set_aside(conn, "person", 0)
        added = conn.execute("INSERT OR IGNORE INTO person (ref, first_name) "
                             "SELECT value, value FROM json_each(?)", (text,)).rowcount
        for statement in set_aside:
            conn.execute(statement)
        if added:
            conn.execute("UPDATE revision SET value = value + 1 WHERE name = 'network'")
        mapping = dict(conn.execute("SELECT j.value, p.id FROM json_each(?) AS j "
                                    "JOIN person AS p ON p.ref = j.value", (text,)))
    except BaseException:
        _undo(conn, "bulk_refs")
        raise
    conn.execute("RELEASE bulk_refs")
    return mapping


def _set_aside(conn: sqlite3.Connection, table: str, rows: int) -> list[str]:
    """Drop the table's insert trigger, and its secondary indexes when the table holds fewer
    rows than the batch; return the statements that make them again."""
    trigger = f"{table}_insert_network"  # the name schema._network_triggers gives it
    dropped: list[tuple[str, str, str]] = []
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                  "AND tbl_name = ? AND name = ?", (table, trigger)):
        dropped.append(("TRIGGER", name, sql))
    held = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    if rows > held:
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                      "AND tbl_name = ? AND sql IS NOT NULL", (table,)):
            dropped.append(("INDEX", name, sql))
    for kind, name, _sql in dropped:
        conn.execute(f'DROP {kind} "{name}"')
    # indexes first: they are built over the loaded rows, then the trigger watches again
    return [sql for kind, _name, sql in sorted(dropped, key=lambda item: item[0] != "INDEX")]


def _undo(conn: sqlite3.Connection, savepoint: str = "bulk_pairs") -> None:
    """Back to the savepoint (the trigger and indexes as they were); SQLite may have ended
    the whole transaction already (a full disk), and the first error is the one to report."""
    try:
        conn.execute(f"ROLLBACK TO {savepoint}")
        conn.execute(f"RELEASE {savepoint}")
    except sqlite3.Error:
        pass


def _insert_rows(conn: sqlite3.Connection, table: str, columns: tuple[str, str],
                 first: np.ndarray, second: np.ndarray, values: dict[str, object]) -> int:
    """The plain path: one bound row per pair (ids too large to pack, or no JSON in SQLite)."""
    names = ", ".join((*columns, *values))
    marks = ", ".join("?" for _ in range(2 + len(values)))
    extra = tuple(values.values())
    cursor = conn.executemany(
        f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})",
        ((a, b, *extra) for a, b in zip(first.tolist(), second.tolist(), strict=True)))
    return max(0, cursor.rowcount)


def _has_json(conn: sqlite3.Connection) -> bool:
    """Whether this SQLite has ``json_each`` (built in since 3.38, an option before)."""
    try:
        conn.execute("SELECT count(*) FROM json_each('[1]')").fetchone()
    except sqlite3.OperationalError:
        return False
    return True
