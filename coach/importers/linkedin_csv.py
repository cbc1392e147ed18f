"""Reading LinkedIn export files: the archive, the text, the header line, the dates.

LinkedIn's CSV files changed shape over the years and are often resaved by Excel: a
``Notes:`` preamble before the header (or none), CRLF or LF, a BOM or none, no newline
after the last row, dates as ``09 May 2023``, ``1/8/18, 6:14 PM``, ``5-May-23`` or
``2025-03-07 11:13:51 UTC``. Everything here is tolerant of those shapes and strict about
the rest: a file whose header cannot be found is refused with what was expected.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from coach.importers.csv_records import FIELD_LIMIT, HeaderWidth, Swallowed, records
from coach.importers.linkedin_headers import (
    Meanings,
    canonical_header,
    header_key,
    shown,
)
from coach.importers.report import ImportFailure
from coach.importers.text_file import TextFile, head_of, lines_of, read_whole

__all__ = ["DELIMITERS", "DateError", "DateReader", "Table", "header_key", "looks_like_profile_url",
           "parse_linkedin_date", "read_table", "rows_of", "split_name"]

_MONTHS = {
    name: number
    for number, names in enumerate((
        ("jan", "january", "janv", "janvier"), ("feb", "february", "fev", "févr", "février"),
        ("mar", "march", "mars"), ("apr", "april", "avr", "avril"), ("may", "mai"),
        ("jun", "june", "juin"), ("jul", "july", "juil", "juillet"),
        ("aug", "august", "aoû", "août"), ("sep", "sept", "september", "septembre"),
        ("oct", "october", "octobre"), ("nov", "november", "novembre"),
        ("dec", "december", "déc", "décembre"),
    ), 1)
    for name in names
}
_TIME = r"(?:,?\s*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?)?"
_ZONE = r"(?:\s*(?:UTC|GMT|Z|[+-]\d{2}:?\d{2}))?"
_DATE_SHAPES = (
    # 2025-03-07 11:13:51 UTC, 2023-04-23 13:37:30, 2023/04/23 13:37:30 UTC, 2023-05-09
    ("ymd", re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})"
                       r"(?::(\d{2})(?:\.\d+)?)?)?" + _ZONE + r"$")),
    # 09 May 2023, 5-May-23, 12-May-2023
    ("dmy", re.compile(r"^(\d{1,2})[ -]([^\W\d_]{3,10})\.?[ -],?\s*(\d{4}|\d{2})" + _TIME + r"$")),
    # 1/8/18, 6:14 PM · 3/25/2023 10:15 AM (US order, as LinkedIn writes it)
    ("mdy", re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})" + _TIME + r"$")),
    # Mar 25 2023 10:15 AM, May 9, 2023
    ("bdy", re.compile(r"^([^\W\d_]{3,10})\.? (\d{1,2}),? (\d{4})" + _TIME + r"$")),
    # Mon Mar 20 10:56:56 UTC 2023 (Company Follows.csv)
    ("unix", re.compile(r"^[^\W\d_]{3} ([^\W\d_]{3}) (\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})"
                        r" (?:UTC|GMT) (\d{4})$")),
)
_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " ", "\u2009": " "})


class DateError(ValueError):
    """A date in none of the shapes LinkedIn (or Excel) writes."""


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        value += 2000 if value < 70 else 1900
    return value


def _month(text: str) -> int:
    number = _MONTHS.get(text.casefold().rstrip("."))
    if number is None:
        raise DateError(f"unknown month {text!r}")
    return number


def _clock(hour, minute, second, meridiem) -> tuple[int, int, int] | None:
    if hour is None:
        return None
    h, m, s = int(hour), int(minute), int(second or 0)
    if meridiem:
        pm = meridiem[0] in "pP"
        if not 1 <= h <= 12:
            raise DateError(f"hour {h} with {meridiem}")
        h = (h % 12) + (12 if pm else 0)
    return h, m, s


def _parse(text: str) -> str:
    value = " ".join(text.translate(_SPACES).split())
    for shape, pattern in _DATE_SHAPES:
        found = pattern.match(value)
        if not found:
            continue
        g = found.groups()
        if shape == "ymd":
            year, month, day = int(g[0]), int(g[1]), int(g[2])
            clock = _clock(g[3], g[4], g[5], None)
        elif shape == "dmy":
            year, month, day = _year(g[2]), _month(g[1]), int(g[0])
            clock = _clock(g[3], g[4], g[5], g[6])
        elif shape == "mdy":
            year, month, day = _year(g[2]), int(g[0]), int(g[1])
            clock = _clock(g[3], g[4], g[5], g[6])
        elif shape == "bdy":
            year, month, day = int(g[2]), _month(g[0]), int(g[1])
            clock = _clock(g[3], g[4], g[5], g[6])
        else:
            year, month, day = int(g[5]), _month(g[0]), int(g[1])
            clock = _clock(g[2], g[3], g[4], None)
        try:
            moment = datetime(year, month, day, *(clock or (0, 0, 0)))
        except ValueError as error:
            raise DateError(f"impossible date {text!r} ({error})") from None
        if clock is None:
            return moment.date().isoformat()
        return moment.isoformat()  # as coach.dates.parse_when stores moments
    raise DateError(
        f"unreadable date {text!r} (expected e.g. 09 May 2023, 1/8/18, 6:14 PM, 5-May-23 "
        "or 2025-03-07 11:13:51 UTC)"
    )


class DateReader:
    """Parses LinkedIn dates to ISO text (``2023-05-09`` or ``2018-01-08T18:14:00``), with a cache.

    Exports repeat the same dates thousands of times; the cache makes a 30k-row file cheap.
    """

    def __init__(self) -> None:
        self._cache: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        try:
            return self._cache[text]
        except KeyError:
            value = self._cache[text] = _parse(text)
            return value


parse_linkedin_date = DateReader()
"""A shared date reader: ``parse_linkedin_date("1/8/18, 6:14 PM") == "2018-01-08T18:14:00"``."""


@dataclass(slots=True)
class Table:
    """The rows of one export file after its header line, with their line numbers."""

    name: str
    header: list[str]
    header_line: int
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    """The header's cells as the file writes them (``header`` holds them keyed)."""
    problems: list[tuple[int, str]] = field(default_factory=list)
    """Rows not read, with their line and why (a quote that never closes): to report."""

    def index(self, *names: str) -> int | None:
        """The position of the first of these header names present, or None."""
        for wanted in names:
            if wanted in self.header:
                return self.header.index(wanted)
        return None

    def has(self, *names: str) -> bool:
        """Whether every one of these header names is present."""
        return all(name in self.header for name in names)


def read_table(text: str | TextFile, name: str, required: tuple[str, ...], expected: str = "",
               meanings: Meanings | None = None) -> Table:
    """Scan for the header line (the first row holding every ``required`` column), then read.

    Header cells are matched by meaning when ``meanings`` are given (see
    :mod:`coach.importers.linkedin_headers`): the table's header holds the importers' names.
    Lines before the header (LinkedIn's ``Notes:`` preamble) are passed over whatever their
    count; blank lines are ignored. Commas, semicolons and tabs are tried in turn: the first
    that gives a header of several columns is the file's. ImportFailure naming the columns
    seen and the ones needed when no line of the file is such a header (``expected``, when
    given, says more of what was needed). A file is read line by line (once per separator
    tried), not whole.
    """
    return read_whole(text, lambda: _delimited_table(text, name, required, expected, meanings))


def _delimited_table(text: str | TextFile, name: str, required: tuple[str, ...],
                     expected: str, meanings: Meanings | None) -> Table:
    found: Table | None = None
    for delimiter in DELIMITERS:
        table = _read_table(lines_of(text), name, required, delimiter, meanings)
        if table is None:
            continue
        if len(table.header) > 1:
            return table
        found = found or table  # one column: the separator may be another one
    if found is not None:
        return found
    raise no_header(text, name, shown(required) or "a header line", expected)


def no_header(text: str | TextFile, name: str, needed: str, expected: str = ""
              ) -> ImportFailure:
    """The failure of a file whose header cannot be found: the columns of the line that
    looks most like a header (the first of several cells, split as best), and the needed."""
    line, cells = _likeliest_header(head_of(text, 200_000))
    more = f" ({expected})" if expected else ""
    if not cells:
        return ImportFailure(f"{name}: no header found: the file is empty; needed {needed}{more}")
    saw = ", ".join(cell.strip().replace("\ufeff", "")[:40] for cell in cells[:8])
    if len(cells) > 8:
        saw += ", …"
    return ImportFailure(f"{name}:{line}: no header found; saw columns {saw}; "
                         f"needed {needed}{more}")


def _likeliest_header(text: str) -> tuple[int, list[str]]:
    best: tuple[int, list[str]] = (0, [])
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(text[:200_000], newline=""), delimiter=delimiter)
        end = 0
        try:
            for row in reader:
                start, end = end + 1, reader.line_num
                cells = [cell for cell in row if cell.strip()]
                if len(cells) >= 2:
                    if len(cells) > len(best[1]):
                        best = (start, cells)
                    break
                if cells and not best[1]:
                    best = (start, cells)
                if start > 60:
                    break
        except csv.Error:
            continue
    return best


DELIMITERS = (",", ";", "\t")
"""Separators tried in turn: commas, then semicolons (Excel in a French locale), then tabs."""


def _read_table(lines: Iterator[str], name: str, required: tuple[str, ...], delimiter: str,
                meanings: Meanings | None) -> Table | None:
    width = HeaderWidth()
    table = None
    try:
        for start, row in records(lines, delimiter, width):
            if isinstance(row, Swallowed):
                table.problems.append((start, row.reason))
                continue
            if not row or not any(cell.strip() for cell in row):
                continue
            if table is None:
                keys = canonical_header(row, meanings)
                if all(column in keys for column in required):
                    table = Table(name, keys, start, written=[cell.strip() for cell in row])
                    width.set(len(row))
                elif start > 50:
                    break
                continue
            table.rows.append((start, [cell.strip() for cell in row]))
    except csv.Error as error:
        if table is None:
            return None
        raise ImportFailure(f"{name}:{getattr(error, 'line', '?')}: {csv_problem(error)}") \
            from None
    return table


def csv_problem(error: csv.Error) -> str:
    """What a csv.Error means, in words."""
    text = str(error)
    if "field larger than field limit" in text:
        return (f"a field longer than {FIELD_LIMIT:,} characters: not a CSV file of people "
                "(or a quote that never closes)")
    return f"not CSV ({text})"


def report_problems(table: Table, report) -> None:
    """Put the rows a table could not read in an import's report, with their lines."""
    for line, reason in table.problems:
        report.skip(table.name, line, reason)


def rows_of(table: Table) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, {header: cell}) for every row of a table (short rows padded with blanks)."""
    width = len(table.header)
    for line, cells in table.rows:
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        yield line, dict(zip(table.header, cells, strict=False))


def split_name(full: str) -> tuple[str, str]:
    """A full name as (first, last): the first word, then the rest ("Jean-Pierre", "de la Tour")."""
    parts = full.strip().split(None, 1)
    if not parts:
        return "", ""
    return parts[0], parts[1] if len(parts) > 1 else ""


def looks_like_profile_url(text: str) -> bool:
    """Whether a cell holds a member profile URL (not a ``urn:li:`` id)."""
    lowered = text.strip().lower()
    return "linkedin.com/" in lowered and not lowered.startswith("urn:")
