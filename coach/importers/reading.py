"""Reading what people give coach to import, in bounded memory.

Every file an importer reads goes through here:

- only regular files (and folders) are read: a FIFO would block, a device never ends, a
  socket is not a file; a link is followed only to a regular file or a folder;
- a file larger than the limit is refused before it is read (its size is checked again
  while reading: a size can lie);
- a zip entry is checked against its declared size and its compression ratio before it is
  opened and while it is read, so that a small zip that unpacks to gigabytes is refused
  after reading a few bytes of it; an encrypted entry is refused with what to do;
- a file whose first bytes hold NULs (and no UTF-16 mark) is binary: refused before the
  rest is read.

The limits are a setting: ``[import]`` in the workspace's ``config.toml`` (``max_file_mb``,
default 1024, and ``max_ratio``, default 200: a real export compresses about ten times).
"""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from coach.importers.report import ImportFailure

CHUNK = 1 << 20
HEAD = 4096
SMALL = 1 << 20
"""Entries up to this size are never refused for their ratio (a tiny file compresses well)."""


@dataclass(frozen=True, slots=True)
class Limits:
    """How much an import may read: per file (or zip entry), and the largest ratio of a zip
    entry's unpacked size to its packed size."""

    max_file_bytes: int = 1024 * 1024 * 1024
    max_ratio: float = 200.0

    @classmethod
    def of(cls, section: object) -> "Limits":
        """The ``[import]`` table of config.toml (bad values keep the defaults)."""
        if not isinstance(section, dict):
            return cls()
        size, ratio = section.get("max_file_mb"), section.get("max_ratio")
        good = cls()
        return cls(
            max_file_bytes=int(size) * 1024 * 1024 if isinstance(size, int) and size > 0
            else good.max_file_bytes,
            max_ratio=float(ratio) if isinstance(ratio, (int, float)) and ratio > 1
            else good.max_ratio)

    def shown(self) -> str:
        return _size(self.max_file_bytes)


_LIMITS: ContextVar[Limits] = ContextVar("import_limits", default=Limits())


@contextmanager
def limited(limits: Limits) -> Iterator[None]:
    """Read with these limits while the block runs (in this thread)."""
    token = _LIMITS.set(limits)
    try:
        yield
    finally:
        _LIMITS.reset(token)


def limits() -> Limits:
    return _LIMITS.get()


def check_kind(path: Path) -> None:
    """ImportFailure unless ``path`` is a regular file or a folder (links followed)."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if path.is_symlink():
            raise ImportFailure(f"{path}: a link to nothing (or a link that loops)") from None
        raise ImportFailure(f"{path}: no such file or folder"
                            if isinstance(error, FileNotFoundError)
                            else f"{path}: cannot read ({error.strerror})") from None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return
    kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else
            "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else
            "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
    raise ImportFailure(f"{path}: {kind}, not a file: coach imports regular files and folders")


def read_file(path: Path, name: str | None = None) -> bytes:
    """The bytes of a regular file, within the size limit; binary files refused early."""
    shown = name or str(path)
    check_kind(path)
    limit = limits().max_file_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise ImportFailure(_too_large(shown, size, limit))
        with open(path, "rb") as handle:
            return _bounded(handle, shown, limit)
    except OSError as error:
        raise ImportFailure(f"{shown}: cannot read ({error.strerror})") from None


def read_member(archive: zipfile.ZipFile, member: str | zipfile.ZipInfo,
                name: str | None = None) -> bytes:
    """The bytes of a zip entry, checked against its declared size and ratio before and
    while it is read."""
    info = member if isinstance(member, zipfile.ZipInfo) else archive.getinfo(member)
    shown = name or info.filename
    check_member(info, shown)
    limit = min(limits().max_file_bytes, info.file_size)
    try:
        with archive.open(info) as handle:
            data = _bounded(handle, shown, limit, declared=info.file_size)
    except (OSError, zipfile.BadZipFile, RuntimeError, EOFError) as error:
        raise ImportFailure(f"{shown}: cannot read it from the zip ({error})") from None
    return data


def check_member(info: zipfile.ZipInfo, shown: str) -> None:
    """ImportFailure for an encrypted entry, one too large, or one that unpacks too much."""
    if info.flag_bits & 0x1:
        raise ImportFailure(f"{shown}: encrypted in the zip (made with a password): unzip it "
                            "yourself and import the folder, or export it again without one")
    rules = limits()
    if info.file_size > rules.max_file_bytes:
        raise ImportFailure(_too_large(shown, info.file_size, rules.max_file_bytes))
    packed = max(info.compress_size, 1)
    if info.file_size > SMALL and info.file_size / packed > rules.max_ratio:
        raise ImportFailure(
            f"{shown}: unpacks {info.file_size / packed:,.0f} times its packed size "
            f"({_size(info.compress_size)} → {_size(info.file_size)}): not a LinkedIn export "
            f"(real files compress about ten times; the limit is {rules.max_ratio:,.0f}, "
            "`max_ratio` under [import] in config.toml)")


def _bounded(handle, shown: str, limit: int, declared: int | None = None) -> bytes:
    """Read in chunks, refusing binary data at the start and anything past ``limit``."""
    head = handle.read(min(HEAD, limit + 1))
    if b"\x00" in head and head[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        raise ImportFailure(f"{shown}: a binary file, not CSV text")
    parts = [head]
    total = len(head)
    while True:
        chunk = handle.read(CHUNK)
        if not chunk:
            break
        total += len(chunk)
        if total > limit:
            if declared is not None and total > declared:
                raise ImportFailure(f"{shown}: holds more than the zip declares "
                                    f"({_size(declared)}): a damaged or forged zip")
            raise ImportFailure(_too_large(shown, total, limit, at_least=True))
        parts.append(chunk)
    return b"".join(parts)


def _too_large(shown: str, size: int, limit: int, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return (f"{shown}: too large to import ({more}{_size(size)}; the limit is {_size(limit)}, "
            "`max_file_mb` under [import] in config.toml)")


def _size(count: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= scale:
            return f"{count / scale:,.1f} {unit}"
    return f"{count:,} bytes"
