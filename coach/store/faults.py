"""What a failure of the store means to a person: one line saying what and what to do.

SQLite reports a read-only file, a damaged file and a full disk in its own words
("attempt to write a readonly database", "database disk image is malformed", "database or
disk is full", "disk I/O error"). ``explain`` turns them, and the operating system's errors
about the store's file, into one line naming the file and the way out. The command line
and the app both use it, so a fault reads the same wherever it happens.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

READ_ONLY = ("readonly database", "read-only", "attempt to write a readonly")
DAMAGED = ("malformed", "file is not a database", "not a database", "encrypted",
           "database corruption")
FULL = ("database or disk is full", "disk i/o error", "file too large")
BUSY = ("database is locked", "database table is locked")


def explain(error: BaseException, path: Path | str) -> str | None:
    """One line for a fault of the store at ``path``, or None when it is not one."""
    if isinstance(error, OSError) and not isinstance(error, sqlite3.Error):
        if error.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            return full(path)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return read_only(path)
        return None
    if not isinstance(error, sqlite3.Error):
        return None
    text = str(error).casefold()
    if any(words in text for words in READ_ONLY):
        return read_only(path)
    if any(words in text for words in DAMAGED):
        return damaged(path)
    if any(words in text for words in FULL):
        return full(path)
    if any(words in text for words in BUSY):
        return (f"{path} is busy: another coach is writing to it; try again in a moment "
                "(nothing was changed)")
    if "unable to open database file" in text:
        return f"cannot open {path}: check that its folder exists and can be written"
    return None


def read_only(path: Path | str) -> str:
    return f"coach cannot write to {path}; check its permissions (nothing was changed)"


def damaged(path: Path | str) -> str:
    return (f"{path} is damaged: run `coach doctor` to see what is wrong, and restore a "
            "backup (`coach backup PATH` makes one)")


def full(path: Path | str) -> str:
    return (f"no space left while writing {path} (or a disk error): nothing was changed; "
            "free some space and try again")
