"""``coach doctor`` and ``coach backup``: is the store sound, and a consistent copy of it.

The checks open the file read-only with SQLite itself (never through :class:`Store`, which
would upgrade or write): the file's kind, SQLite's integrity check, the schema version, the
network snapshot, and the free space beside it. ``backup`` copies a live store with
SQLite's online backup API (a consistent copy even while another coach writes), then checks
the copy.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from coach.store.schema import SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
LOW_SPACE = 100 * 1024 * 1024
"""Below this much free space beside the store, the doctor warns."""


@dataclass
class Finding:
    """One check: whether it holds, and what it found in plain words (an English template
    and its values, so that front ends can word it in the workspace's language)."""

    ok: bool
    template: str
    values: dict = field(default_factory=dict)

    @property
    def what(self) -> str:
        return self.template.format(**self.values)


@dataclass
class Checkup:
    """Everything the doctor found about one store file."""

    path: Path
    findings: list[Finding] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return all(finding.ok for finding in self.findings)

    def add(self, ok: bool, template: str, **values) -> None:
        self.findings.append(Finding(ok, template, values))

    def to_json(self) -> dict:
        return {"store": str(self.path), "sound": self.sound,
                "findings": [{"ok": f.ok, "what": f.what} for f in self.findings]}


def check(path: Path) -> Checkup:
    """Check the store at ``path`` without writing to it."""
    checkup = Checkup(path)
    if not path.exists():
        checkup.add(True, "no store yet: nothing to check (it is made by the first import)")
        return checkup
    if not path.is_file():
        checkup.add(False, "not a file: the store must be a regular file")
        return checkup
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_MAGIC))
    except OSError as error:
        checkup.add(False, "cannot read the file: {reason}", reason=error.strerror)
        return checkup
    if head != SQLITE_MAGIC:
        checkup.add(False, "not an SQLite file (was it overwritten?): restore a backup")
        return checkup
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        checkup.add(False, "SQLite cannot open it: {reason}", reason=str(error))
        return checkup
    try:
        _integrity(db, checkup)
        if checkup.sound:
            _schema(db, checkup)
            _snapshot(db, checkup)
    finally:
        db.close()
    _space(path, checkup)
    return checkup


def _integrity(db: sqlite3.Connection, checkup: Checkup) -> None:
    try:
        lines = [row[0] for row in db.execute("PRAGMA integrity_check(20)")]
    except sqlite3.Error as error:
        checkup.add(False, "damaged: SQLite cannot read it ({reason}); restore a backup",
                    reason=str(error))
        return
    if lines == ["ok"]:
        checkup.add(True, "SQLite's integrity check: ok")
        return
    shown = "; ".join(lines[:3]) + (f" (and {len(lines) - 3} more)" if len(lines) > 3 else "")
    checkup.add(False, "damaged: {shown}; restore a backup (people and connections may "
                       "still be exported with `coach export` if the damage is elsewhere)",
                shown=shown)


def _schema(db: sqlite3.Connection, checkup: Checkup) -> None:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        checkup.add(False, "schema version {version} is newer than this coach understands "
                           "({known}): upgrade coach", version=version, known=SCHEMA_VERSION)
    elif version < SCHEMA_VERSION:
        checkup.add(True, "schema version {version}: upgraded to {known} at the next command "
                          "that writes", version=version, known=SCHEMA_VERSION)
    else:
        people = db.execute("SELECT count(*) FROM person").fetchone()[0]
        links = db.execute("SELECT count(*) FROM connection").fetchone()[0]
        checkup.add(True, "schema version {version}: {people} people, {links} connections",
                    version=version, people=people, links=links)


def _snapshot(db: sqlite3.Connection, checkup: Checkup) -> None:
    """The network snapshot is derived data: stale or missing only costs time at start."""
    try:
        current = db.execute("SELECT value FROM revision WHERE name = 'network'").fetchone()
        taken = {row[0] for row in db.execute("SELECT revision FROM network_cache")}
    except sqlite3.Error:
        return  # an older schema: nothing to say
    if not taken:
        checkup.add(True, "network snapshot: none yet (made at the next start)")
    elif current is not None and taken == {current[0]}:
        checkup.add(True, "network snapshot: up to date")
    else:
        checkup.add(True, "network snapshot: out of date (rebuilt at the next start, or now "
                          "with `coach doctor --rebuild-snapshot`)")


def _space(path: Path, checkup: Checkup) -> None:
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        return
    if free < LOW_SPACE:
        checkup.add(False, "only {mb} MB free beside the store: imports may fail; free some "
                           "space", mb=free // (1024 * 1024))


def backup(source: Path, target: Path) -> Checkup:
    """Copy the store at ``source`` to ``target`` (which must not exist) with SQLite's
    online backup API, then check the copy. OSError/sqlite3.Error when it cannot."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    partial.replace(target)
    return check(target)
