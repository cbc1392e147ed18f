"""A file (or a zip entry) read as lines of text, in bounded memory, as often as needed.

The encoding is decided on the head of the file, as the importers always decided it on
the whole: UTF-16 with its byte-order mark (little- or big-endian); else UTF-8, with or
without a BOM; else Windows-1252 (what Excel saves), said in the report. The head is the
first mebibyte: a file that is not UTF-8 there is read as Windows-1252 from the start.

A file that is UTF-8 in its head but not further on (one row typed in Excel at the end of
an export) is read again from the start as Windows-1252, so that it imports exactly as
when it was decoded whole: the reading in progress stops with :class:`Reread` and
:meth:`TextFile.read` runs it once more. Files are re-readable: a FIFO is refused before
anything is read (:func:`coach.importers.reading.check_kind`). A strict file (coach's own
CSV, an edge list) is UTF-8 or refused, with the line where it stops being UTF-8.

Lines keep their ends and split as ``csv`` wants them (``\\n``, ``\\r\\n`` or ``\\r``); a line
longer than :data:`MAX_LINE` characters is refused with its number (a file without line
ends is not rows of text).
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TypeVar

from coach.importers.reading import BoundedStream, open_file
from coach.importers.report import ImportFailure

SAMPLE = 1 << 20
"""How much of the head decides between UTF-8 and Windows-1252."""
MAX_LINE = 1 << 20
"""The longest line read, in characters (the longest CSV field is 131,072)."""
WINDOWS_1252 = "{name}: not UTF-8; read as Windows-1252 (saved by Excel?)"
UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
"""UTF-16's byte-order marks, little- then big-endian."""

T = TypeVar("T")


def encoding_of(head: bytes, ended: bool = True) -> str:
    """How a text starting with these bytes is read (the one rule of every reader): "utf-16"
    after a UTF-16 mark, "utf-8-sig" when they are UTF-8 (with a BOM or not; ``ended``
    false: the head may stop inside a character), else "cp1252"."""
    if head[:2] in UTF16_MARKS:
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=ended)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8-sig"


def encoding_remark(encoding: str, head: bytes, name: str) -> str | None:
    """What the report says of a text read in this encoding (nothing for UTF-8)."""
    if encoding == "utf-16":
        order = "little-endian" if head[:2] == UTF16_MARKS[0] else "big-endian"
        return f"{name}: read as UTF-16 ({order}; saved by a spreadsheet program?)"
    return WINDOWS_1252.format(name=name) if encoding == "cp1252" else None


def not_utf16(name: str) -> ImportFailure:
    """The refusal of a text that starts with a UTF-16 mark but does not decode as UTF-16."""
    return ImportFailure(f"{name}: starts as UTF-16 text but is not")


class Reread(Exception):
    """The file turned out not to be UTF-8 after its head: read it again (as Windows-1252)."""


class TextFile:
    """Lines of text from a re-openable binary stream (``opener``), decoded as the module
    says; ``remarks`` receives the encoding when it is not UTF-8 (once)."""

    def __init__(self, opener: Callable[[], AbstractContextManager[BoundedStream]], name: str,
                 remarks: list[str] | None = None, *, strict: bool = False) -> None:
        self.name = name
        self.strict = strict
        self._opener = opener
        self._remarks = remarks if remarks is not None else []
        self.encoding: str | None = None
        """utf-16, utf-8-sig or cp1252, once the head was read."""

    def read(self, work: Callable[[], T]) -> T:
        """``work()``, which reads this file's lines; run again if the file turned out to be
        Windows-1252 after its head (work must write nothing until it returns)."""
        try:
            return work()
        except Reread:
            return work()

    def lines(self) -> Iterator[str]:
        """Every line, its end kept. ImportFailure for a line too long, or (strict) for text
        that is not UTF-8; :class:`Reread` when the file is Windows-1252 after its head."""
        for block in self.blocks():
            yield from block

    def blocks(self) -> Iterator[list[str]]:
        """The same lines, a list of them per chunk read (for a reader that parses many
        lines at once)."""
        number = 0
        rest = ""
        for text in self._decoded():
            lines = io.StringIO(rest + text if rest else text, newline="").readlines()
            # The last line waits for the next chunk: it may go on, or be a \r before \n.
            rest = lines.pop() if lines and not lines[-1].endswith("\n") else ""
            if lines and max(map(len, lines)) > MAX_LINE:
                number += next(at for at, line in enumerate(lines) if len(line) > MAX_LINE)
                raise self._too_long(number + 1)
            number += len(lines)
            if len(rest) > MAX_LINE:
                raise self._too_long(number + 1)
            if lines:
                yield lines
        if rest:
            yield [rest]

    def _too_long(self, line: int) -> ImportFailure:
        return ImportFailure(f"{self.name}:{line}: a line longer than {MAX_LINE:,} characters: "
                             "not rows of text")

    def head(self, size: int) -> str:
        """The first ``size`` characters or so (whole lines), for a message."""
        def first() -> str:
            kept: list[str] = []
            count = 0
            for line in self.lines():
                kept.append(line)
                count += len(line)
                if count >= size:
                    break
            return "".join(kept)

        return self.read(first)

    def _decoded(self) -> Iterator[str]:
        """Decoded chunks, the encoding decided on the head of the first reading."""
        with self._opener() as stream:
            chunks = stream.chunks()
            sample = b""
            if self.encoding is None:
                parts = []
                for chunk in chunks:
                    parts.append(chunk)
                    if sum(map(len, parts)) >= SAMPLE:
                        break
                sample = b"".join(parts)
                self.encoding = self._decide(sample, ended=len(sample) < SAMPLE)
            decoder = codecs.getincrementaldecoder(self.encoding)(
                "replace" if self.encoding == "cp1252" else "strict")
            lines_before = 0
            for chunk in _chained(sample, chunks):
                try:
                    yield decoder.decode(chunk)
                except UnicodeDecodeError as error:
                    self._undecodable(chunk, error, lines_before)
                lines_before += chunk.count(b"\n")
            try:
                yield decoder.decode(b"", final=True)
            except UnicodeDecodeError as error:
                self._undecodable(b"", error, lines_before)

    def _decide(self, sample: bytes, ended: bool) -> str:
        encoding = encoding_of(sample, ended)
        if self.strict and encoding != "utf-8-sig":
            try:
                codecs.getincrementaldecoder("utf-8-sig")().decode(sample, final=ended)
            except UnicodeDecodeError as error:
                line = sample.count(b"\n", 0, error.start) + 1
                raise ImportFailure(f"{self.name}:{line}: not UTF-8 text") from None
        if encoding == "utf-16":
            try:
                codecs.getincrementaldecoder("utf-16")().decode(sample, final=ended)
            except UnicodeDecodeError:
                raise not_utf16(self.name) from None
        remark = encoding_remark(encoding, sample, self.name)
        if remark is not None:
            self._remarks.append(remark)
        return encoding

    def _undecodable(self, chunk: bytes, error: UnicodeDecodeError, lines_before: int) -> None:
        if self.encoding == "utf-16":
            # Refused as when it was decoded whole: without the remark that it is UTF-16.
            self._remarks[:] = [remark for remark in self._remarks
                                if not remark.startswith(f"{self.name}: read as UTF-16 (")]
            raise ImportFailure(f"{self.name}: starts as UTF-16 text but is not") from None
        if self.strict:
            line = lines_before + chunk.count(b"\n", 0, max(error.start, 0)) + 1
            raise ImportFailure(f"{self.name}:{line}: not UTF-8 text") from None
        self.encoding = "cp1252"
        self._remarks.append(WINDOWS_1252.format(name=self.name))
        raise Reread(self.name)


def _chained(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    if first:
        yield first
    yield from rest


def lines_of(text: "str | TextFile") -> Iterator[str]:
    """The lines of a text or of a file (their ends kept, as ``csv`` reads them)."""
    if isinstance(text, str):
        return iter(io.StringIO(text, newline=""))
    return text.lines()


def read_whole(text: "str | TextFile", work: Callable[[], T]) -> T:
    """``work()`` over a text or a file (again as Windows-1252 when the file needs it)."""
    return work() if isinstance(text, str) else text.read(work)


def head_of(text: "str | TextFile", size: int) -> str:
    """The first ``size`` characters or so of a text or a file."""
    return text[:size] if isinstance(text, str) else text.head(size)


def file_text(path: Path, name: str | None = None, remarks: list[str] | None = None, *,
              strict: bool = False) -> TextFile:
    """A regular file as a :class:`TextFile` (``name``: how messages call it)."""
    shown = name or str(path)
    return TextFile(lambda: open_file(path, shown), shown, remarks, strict=strict)
