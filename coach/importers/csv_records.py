"""CSV records with the physical lines they span, and quotes that never close caught.

A quote opened and never closed makes the csv module read every following line into one
field: the rows after it vanish without a word ("rows read 2, skipped 1", and the 50 people
after it are missing). ``records`` notices when a record's field holds whole lines that are
rows of the table themselves (they split into as many cells as the header), reports that
record with its line, and reads on from the next physical line, so nothing is lost
quietly. Multi-line fields that are text (a message's paragraphs) are kept as they are.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

FIELD_LIMIT = 131_072
"""The longest field read (csv's own default): longer is an error with its line."""


@dataclass(frozen=True, slots=True)
class Swallowed:
    """A record whose quote never closed: its first line, and how many rows it hid."""

    line: int
    rows: int

    @property
    def reason(self) -> str:
        return (f"a quote opened here never closes: the next {self.rows} row(s) were read "
                "into this one; this row is skipped and the rows after it are read again")


class HeaderWidth:
    """How many cells the header has, set once it is found: rows are checked from then on."""

    def __init__(self, width: int | None = None) -> None:
        self.value: int | None = width

    def set(self, width: int) -> None:
        self.value = width


def records(text: str | Iterable[str], delimiter: str = ",", header: HeaderWidth | None = None,
            ) -> Iterator[tuple[int, list[str] | Swallowed]]:
    """(first physical line, cells) for each record of a text or of its lines (ends kept,
    as :func:`coach.importers.text_file.lines_of` gives them), or (line, Swallowed) for a
    record whose quote never closes, after which reading resumes at the line after its first
    one. Records are checked once ``header`` holds a width of 3 or more. csv.Error (a field
    over FIELD_LIMIT, a NUL) propagates with the line it happened on as ``error.line``.

    Only the lines of the record being read are kept (to read them again after a quote
    that never closes): a file is read line by line, never whole."""
    header = header or HeaderWidth()
    lines = _Lines(io.StringIO(text, newline="") if isinstance(text, str) else text)
    index = 0
    while True:
        reader = csv.reader(lines, delimiter=delimiter)
        end = 0
        restart = None
        try:
            for cells in reader:
                start, end = end + 1, reader.line_num
                width = header.value
                if end > start and width is not None and width >= 3:
                    hidden = _rows_inside(cells, delimiter, width)
                    if hidden:
                        yield index + start, Swallowed(index + start, hidden)
                        restart = index + start  # the line after the record's first
                        lines.again()
                        break
                lines.record.clear()
                yield index + start, cells
        except csv.Error as error:
            error.line = index + reader.line_num  # type: ignore[attr-defined]
            raise
        if restart is None:
            return
        index = restart


class _Lines:
    """The lines given to ``csv.reader``, keeping those of the record being read, so that
    the lines after its first can be read again."""

    def __init__(self, source: Iterable[str]) -> None:
        self._source = iter(source)
        self._again: list[str] = []
        self.record: list[str] = []

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        line = self._again.pop() if self._again else next(self._source)
        self.record.append(line)
        return line

    def again(self) -> None:
        """Read the current record's lines again, but its first."""
        self._again.extend(reversed(self.record[1:]))
        self.record.clear()


def _rows_inside(cells: list[str], delimiter: str, width: int) -> int:
    """How many whole rows of the table a record's multi-line fields hold."""
    found = 0
    for cell in cells:
        if "\n" not in cell and "\r" not in cell:
            continue
        for inner in cell.splitlines()[1:]:
            if inner.count(delimiter) < width - 1:
                continue
            try:
                parsed = next(csv.reader([inner], delimiter=delimiter), [])
            except csv.Error:
                continue
            if len(parsed) == width:
                found += 1
    return found
