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

import math
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
        return cls.read(section)[0]

    @classmethod
    def read(cls, section: object) -> "tuple[Limits, list[LimitProblem]]":
        """The ``[import]`` table of config.toml, and each value that cannot be used (its
        default is used instead): ``max_file_mb`` must be a whole number above 0,
        ``max_ratio`` a number above 1 (true and false are neither)."""
        good = cls()
        if not isinstance(section, dict):
            return good, []
        size, ratio = section.get("max_file_mb"), section.get("max_ratio")
        problems: list[LimitProblem] = []
        max_file_bytes, max_ratio = good.max_file_bytes, good.max_ratio
        if size is not None:
            if isinstance(size, int) and not isinstance(size, bool) and size > 0:
                max_file_bytes = size * 1024 * 1024
            else:
                problems.append(LimitProblem("max_file_mb", size,
                                             good.max_file_bytes // (1024 * 1024)))
        if ratio is not None:
            if isinstance(ratio, (int, float)) and not isinstance(ratio, bool) and ratio > 1 \
                    and ratio != float("inf"):
                max_ratio = float(ratio)
            else:
                problems.append(LimitProblem("max_ratio", ratio, round(good.max_ratio)))
        return cls(max_file_bytes=max_file_bytes, max_ratio=max_ratio), problems

    def shown(self) -> str:
        return _size(self.max_file_bytes)


@dataclass(frozen=True, slots=True)
class LimitProblem:
    """A value of ``[import]`` in config.toml that cannot be used, and the default used
    instead; ``where`` is the file and line, once known (``config.toml:4``)."""

    key: str
    value: object
    default: int
    where: str = "config.toml"

    @property
    def written(self) -> str:
        """The value as TOML writes it (``"big"``, ``-5``, ``2.5``, ``true``)."""
        import json

        if isinstance(self.value, bool):
            return "true" if self.value else "false"
        if isinstance(self.value, float) and not math.isfinite(self.value):
            return str(self.value)  # nan, inf, -inf as TOML writes them
        if isinstance(self.value, (str, int, float)):
            return json.dumps(self.value, ensure_ascii=False)
        return str(self.value)[:60]


_LIMITS: ContextVar[Limits] = ContextVar("import_limits", default=Limits())  # noqa: B039 (frozen)


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
    """The bytes of a regular file, within the size limit; binary files refused early (a
    document that is one value, such as JSON; rows are read with :func:`open_file`)."""
    with open_file(path, name) as stream:
        return b"".join(stream.chunks())


def read_member(archive: zipfile.ZipFile, member: str | zipfile.ZipInfo,
                name: str | None = None) -> bytes:
    """The bytes of a zip entry, checked as :func:`open_member` checks it."""
    with open_member(archive, member, name) as stream:
        return b"".join(stream.chunks())


@contextmanager
def open_file(path: Path, name: str | None = None) -> Iterator["BoundedStream"]:
    """A regular file as a bounded binary stream: its kind and size checked before it is
    opened, its size again while it is read, its head checked for binary data."""
    shown = name or str(path)
    check_kind(path)
    limit = limits().max_file_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise ImportFailure(_too_large(shown, size, limit))
        handle = open(path, "rb")
    except OSError as error:
        raise ImportFailure(f"{shown}: cannot read ({error.strerror})") from None
    with handle:
        yield BoundedStream(handle, shown, limit)


@contextmanager
def open_member(archive: zipfile.ZipFile, member: str | zipfile.ZipInfo,
                name: str | None = None) -> Iterator["BoundedStream"]:
    """A zip entry as a bounded binary stream: refused when encrypted, or when its declared
    size or ratio is too large, before it is opened; its size and ratio checked again
    while it is read (a declared size can lie)."""
    info = member if isinstance(member, zipfile.ZipInfo) else archive.getinfo(member)
    shown = name or info.filename
    check_member(info, shown)
    try:
        handle = archive.open(info)
    except (OSError, zipfile.BadZipFile, RuntimeError, EOFError) as error:
        raise ImportFailure(f"{shown}: cannot read it from the zip ({error})") from None
    with handle:
        yield BoundedStream(handle, shown, min(limits().max_file_bytes, info.file_size),
                            declared=info.file_size, packed=info.compress_size)


class BoundedStream:
    """Binary data read in chunks, never past its limit: a NUL in the first bytes (without a
    UTF-16 mark) is refused as binary when the stream is made, and every chunk counts
    towards the limit (and, in a zip, towards the ratio to the packed size)."""

    def __init__(self, handle, shown: str, limit: int, declared: int | None = None,
                 packed: int | None = None) -> None:
        self.shown = shown
        self._handle = handle
        self._limit = limit
        self._declared = declared
        self._packed = max(packed or 0, 1) if declared is not None else None
        self.total = 0
        self.head = self._read(min(HEAD, limit + 1))
        """The first bytes (up to 4 KiB), given again by :meth:`chunks`."""
        if b"\x00" in self.head and self.head[:2] not in (b"\xff\xfe", b"\xfe\xff"):
            raise ImportFailure(f"{shown}: a binary file, not CSV text")
        self._pending = self.head

    def chunks(self, size: int = CHUNK) -> Iterator[bytes]:
        """The head, then the rest in chunks of ``size`` bytes, to the end."""
        while chunk := self.read(size):
            yield chunk

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes (the rest, within the limit, when negative), as a binary
        file reads: the head first (parsers such as ElementTree read it so)."""
        if size < 0:
            return b"".join(self.chunks())
        if self._pending:
            given, self._pending = self._pending[:size], self._pending[size:]
            return given
        return self._read(size)

    def _read(self, size: int) -> bytes:
        try:
            chunk = self._handle.read(size)
        except (OSError, zipfile.BadZipFile, RuntimeError, EOFError) as error:
            where = "it from the zip " if self._declared is not None else ""
            why = error.strerror if isinstance(error, OSError) and error.strerror else error
            raise ImportFailure(f"{self.shown}: cannot read {where}({why})") from None
        self.total += len(chunk)
        if self.total > self._limit:
            if self._declared is not None and self.total > self._declared:
                raise ImportFailure(f"{self.shown}: holds more than the zip declares "
                                    f"({_size(self._declared)}): a damaged or forged zip")
            raise ImportFailure(_too_large(self.shown, self.total, self._limit, at_least=True))
        if (self._packed is not None and self.total > SMALL
                and self.total / self._packed > limits().max_ratio):
            raise ImportFailure(_unpacks(self.shown, self._packed, self.total,
                                         limits().max_ratio))
        return chunk


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
        raise ImportFailure(_unpacks(shown, packed, info.file_size, rules.max_ratio))


def _unpacks(shown: str, packed: int, size: int, ratio: float) -> str:
    return (f"{shown}: unpacks {size / packed:,.0f} times its packed size "
            f"({_size(packed)} → {_size(size)}): not a LinkedIn export "
            f"(real files compress about ten times; the limit is {ratio:,.0f}, "
            "`max_ratio` under [import] in config.toml)")


def _too_large(shown: str, size: int, limit: int, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return (f"{shown}: too large to import ({more}{_size(size)}; the limit is {_size(limit)}, "
            "`max_file_mb` under [import] in config.toml)")


def _size(count: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= scale:
            return f"{count / scale:,.1f} {unit}"
    return f"{count:,} bytes"
