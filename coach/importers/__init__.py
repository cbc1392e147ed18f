"""Importers: files people have → the store, in one transaction, with a report."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from coach.import_formats import FORMAT_HELP, FORMATS
from coach.importers.progress import ProgressCallback
from coach.importers.report import ImportFailure, ImportReport, SkippedRow
from coach.store import Store


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """How to read a file: its format (None: guessed), whether an edge list's lines are
    follows, who is me in it, and whose export it is when a teammate's."""

    format: str | None = None
    directed: bool = False
    me: str | None = None
    teammate: str | None = None
    mapping: tuple[tuple[str, str], ...] = ()
    """(column, field) pairs for a CSV of people (``--map COLUMN=FIELD``)."""

    def check(self) -> None:
        """ImportFailure when the options cannot go together or name an unknown format."""
        if self.format is not None and self.format not in FORMATS:
            raise ImportFailure(f"unknown format {self.format!r}: use {' or '.join(FORMATS)}")
        if self.teammate is not None and not self.teammate.strip():
            raise ImportFailure("--teammate needs the teammate's name")
        if self.mapping:
            from coach.importers.people_columns import parse_map

            parse_map(f"{column}={field}" for column, field in self.mapping)
            if self.format not in (None, *MAPPED):
                raise ImportFailure(f"--map maps the columns of a CSV of people, not of a "
                                    f"file of format {self.format}")


def read_mapping(given: str | Iterable[str]) -> tuple[tuple[str, str], ...]:
    """``--map`` values (``COLUMN=FIELD`` each), or the app's ``column=field, …`` text, as
    (column, field) pairs; ImportFailure for a pair without ``=`` or an unknown field."""
    from coach.importers.people_columns import parse_map

    texts = given.split(",") if isinstance(given, str) else list(given)
    return parse_map(text for text in texts if text.strip())


MAPPED = ("people", "search")
"""The formats whose columns are mapped (and ``--map`` applies to)."""

EXPECTED = (
    "a LinkedIn export (.zip, its folder, or its Connections.csv), an edge list (.txt, "
    ".edges), a GraphML (.graphml) or GEXF (.gexf) file, a coach CSV folder or .zip "
    "(with people.csv) or coach JSON export, a search-results CSV "
    "(name,profile_url,degree,…), or a CSV of "
    "people with a name or LinkedIn profile URL column"
)

__all__ = ["EXPECTED", "FORMATS", "FORMAT_HELP", "ImportFailure", "ImportOptions",
           "ImportPreview", "ImportReport", "ProgressCallback", "SkippedRow", "detect_format",
           "import_path",
           "preview_path", "read_mapping"]


def detect_format(path: Path) -> str:
    """Guess the format of a file or folder; ImportFailure saying what was expected."""
    from coach.importers.linkedin import is_linkedin_export
    from coach.importers.reading import check_kind

    check_kind(path)  # a FIFO, a device or a broken link: refused before anything opens it
    if path.is_dir():
        if (path / "people.csv").is_file():
            return "csv"
        if is_linkedin_export(path):
            return "linkedin"
        raise ImportFailure(f"{path}: a folder without people.csv or Connections.csv; "
                            f"expected {EXPECTED}")
    suffix = path.suffix.lower()
    if suffix in (".txt", ".edges", ".edgelist", ".tsv", ".el"):
        return "edgelist"
    if suffix in (".graphml", ".gexf"):
        return suffix[1:]
    if suffix == ".json":
        return "csv"  # a coach JSON export: the same tables as a coach CSV folder
    if suffix == ".zip" and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = {PurePosixPath(name).name.casefold() for name in archive.namelist()}
        if "people.csv" in names:
            return "csv"
    if is_linkedin_export(path):
        return "linkedin"
    if suffix == ".csv" and _search_header(path):
        return "search"
    header = _first_row(path) if suffix == ".csv" else []
    if header and _people_header(header):
        return "people"
    seen = ", ".join(cell.strip() for cell in header if cell.strip())
    why = (f"; as a CSV of people, no column gives a name or a LinkedIn profile URL "
           f"(columns seen: {seen})" if seen else "")
    raise ImportFailure(f"{path}: cannot tell the format; expected {EXPECTED}{why} "
                        f"(or give --format {'|'.join(FORMATS)})")


def import_path(store: Store, path: Path, format: str | None = None, *,
                directed: bool = False, me: str | None = None, teammate: str | None = None,
                mapping: tuple[tuple[str, str], ...] = (),
                progress: ProgressCallback | None = None) -> ImportReport:
    """Import a file or folder into the store; nothing is written when it fails.

    ``progress(done, total)`` is called now and then by the importers of large files
    (LinkedIn exports, graph files, search results), from the calling thread. ``mapping``
    (column, field) pairs say what columns of a CSV of people hold; they imply the
    ``people`` format unless the file is search results.
    """
    from coach.importers.reading import check_kind

    if format is None:
        check_kind(path)  # before anything opens it: a FIFO would block
    kind = format or _mapped_format(path, mapping) or detect_format(path)
    if mapping and kind not in MAPPED:
        raise ImportFailure(f"--map maps the columns of a CSV of people, not of a file of "
                            f"format {kind}")
    if teammate is not None and kind != "linkedin":
        raise ImportFailure(f"--teammate reads a teammate's LinkedIn export, not a file of "
                            f"format {kind}")
    check_kind(path)
    if kind == "linkedin":
        from coach.importers.linkedin import import_linkedin

        return import_linkedin(store, path, me=me, teammate=teammate, progress=progress)
    if kind == "edgelist":
        from coach.importers.edgelist import import_edge_list

        return import_edge_list(store, path, directed=directed, me=me)
    if kind in ("graphml", "gexf"):
        from coach.importers.graphml import import_graph

        return import_graph(store, path, kind, me=me, progress=progress)
    if kind == "csv":
        from coach.importers.coach_csv import import_coach_csv

        return import_coach_csv(store, path, me=me)
    if kind == "search":
        from coach.importers.search_results import import_search_results

        return import_search_results(store, path, progress=progress, mapping=mapping)
    if kind == "people":
        from coach.importers.people_csv import import_people

        return import_people(store, path, mapping, progress=progress)
    raise ImportFailure(f"unknown format {kind!r}: use {' or '.join(FORMATS)}")


@dataclass(slots=True)
class ImportPreview:
    """What an import would read, before anything is written: the format, and for a CSV of
    people (or search results) the mapping of its columns, its row count and first rows."""

    format: str
    file: str = ""
    """The file's name."""
    name: str = ""
    """The report's name of the format ("people csv", "search results")."""
    mapping: object = None
    """The ``ColumnMapping`` (None for files whose columns are not mapped)."""
    rows: int = 0
    first_rows: list[dict[str, str]] = field(default_factory=list)
    """Up to five rows as field → cell, in the mapping's order."""
    remarks: list[str] = field(default_factory=list)


def preview_path(path: Path, format: str | None = None,
                 mapping: tuple[tuple[str, str], ...] = (), first: int = 5) -> ImportPreview:
    """Read a file as ``import_path`` would and say how, writing nothing; ImportFailure
    when it would fail to read (an unknown format, a wrong ``--map``, no name column)."""
    from coach.importers.people_columns import FIELDS

    kind = format or _mapped_format(path, mapping) or detect_format(path)
    if kind not in MAPPED:
        if mapping:
            raise ImportFailure(f"--map maps the columns of a CSV of people, not of a file of "
                                f"format {kind}")
        return ImportPreview(kind, path.name)
    remarks: list[str] = []
    if kind == "people":
        from coach.importers.people_csv import FORMAT, read_people

        people = read_people(path, mapping, remarks)
        table, columns, name = people.table, people.mapping, FORMAT
    else:
        from coach.importers.linkedin_csv import read_table
        from coach.importers.people_columns import map_columns
        from coach.importers.search_results import COLUMNS
        from coach.importers.text_file import file_text

        table = read_table(file_text(path, path.name, remarks), path.name, ("name", "degree"),
                           f"a header line {','.join(COLUMNS)}")
        columns = map_columns(table.written, [cells for _, cells in table.rows], mapping)
        name = "search results"
    order = sorted(columns.positions, key=list(FIELDS).index)
    shown = [{field: cells[columns.positions[field]] if columns.positions[field] < len(cells)
              else "" for field in order} for _, cells in table.rows[:first]]
    return ImportPreview(kind, path.name, name, columns, len(table.rows), shown, remarks)


def _mapped_format(path: Path, mapping: tuple[tuple[str, str], ...]) -> str | None:
    """With ``--map``: a CSV file is search results or a CSV of people (whatever its
    header says without the map); None for other files, guessed as usual."""
    from coach.importers.linkedin import is_linkedin_export

    if not mapping or not path.is_file() or path.suffix.lower() not in (".csv", ".tsv") \
            or is_linkedin_export(path):
        return None
    return "search" if _search_header(path) else "people"


def _first_row(path: Path) -> list[str]:
    """The first non-blank row of a CSV file (commas, semicolons or tabs), or []."""
    from coach.importers.export_files import decode
    from coach.importers.linkedin_csv import DELIMITERS

    try:
        with path.open("rb") as file:
            data = file.read(8192)
        head = decode(data[:len(data) - len(data) % 2] if data[:2] in (b"\xff\xfe", b"\xfe\xff")
                      else data, path.name, [])
    except (OSError, ImportFailure):
        return []
    first: list[str] = []
    for delimiter in DELIMITERS:
        for row in csv.reader(io.StringIO(head, newline=""), delimiter=delimiter):
            if any(cell.strip() for cell in row):
                if len(row) > 1:
                    return row
                first = first or row
                break
    return first


def _search_header(path: Path) -> bool:
    from coach.importers.linkedin_csv import header_key
    from coach.importers.search_results import is_search_results

    return is_search_results([header_key(cell) for cell in _first_row(path)])


def _people_header(header: list[str]) -> bool:
    from coach.importers.people_columns import identifies_people, map_columns

    return identifies_people(map_columns(header, []))
