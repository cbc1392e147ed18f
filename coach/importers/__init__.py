"""Importers: files people have → the store, in one transaction, with a report."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
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

    def check(self) -> None:
        """ImportFailure when the options cannot go together or name an unknown format."""
        if self.format is not None and self.format not in FORMATS:
            raise ImportFailure(f"unknown format {self.format!r}: use {' or '.join(FORMATS)}")
        if self.teammate is not None and not self.teammate.strip():
            raise ImportFailure("--teammate needs the teammate's name")

EXPECTED = (
    "a LinkedIn export (.zip, its folder, or its Connections.csv), an edge list (.txt, "
    ".edges), a GraphML (.graphml) or GEXF (.gexf) file, a coach CSV folder or .zip "
    "(with people.csv), or a search-results CSV (name,profile_url,degree,…)"
)

__all__ = ["EXPECTED", "FORMATS", "FORMAT_HELP", "ImportFailure", "ImportOptions",
           "ImportReport", "ProgressCallback", "SkippedRow", "detect_format", "import_path"]


def detect_format(path: Path) -> str:
    """Guess the format of a file or folder; ImportFailure saying what was expected."""
    from coach.importers.linkedin import is_linkedin_export

    if not path.exists():
        raise ImportFailure(f"{path}: no such file or folder")
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
    if suffix == ".zip" and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = {PurePosixPath(name).name.casefold() for name in archive.namelist()}
        if "people.csv" in names:
            return "csv"
    if is_linkedin_export(path):
        return "linkedin"
    if suffix == ".csv" and _search_header(path):
        return "search"
    raise ImportFailure(f"{path}: cannot tell the format; expected {EXPECTED} "
                        f"(or give --format {'|'.join(FORMATS)})")


def import_path(store: Store, path: Path, format: str | None = None, *,
                directed: bool = False, me: str | None = None, teammate: str | None = None,
                progress: ProgressCallback | None = None) -> ImportReport:
    """Import a file or folder into the store; nothing is written when it fails.

    ``progress(done, total)`` is called now and then by the importers of large files
    (LinkedIn exports, graph files, search results), from the calling thread.
    """
    kind = format or detect_format(path)
    if teammate is not None and kind != "linkedin":
        raise ImportFailure(f"--teammate reads a teammate's LinkedIn export, not a file of "
                            f"format {kind}")
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

        return import_search_results(store, path, progress=progress)
    raise ImportFailure(f"unknown format {kind!r}: use {' or '.join(FORMATS)}")


def _search_header(path: Path) -> bool:
    from coach.importers.linkedin_csv import header_key
    from coach.importers.search_results import is_search_results

    try:
        with path.open("rb") as file:
            head = file.read(8192).decode("utf-8-sig", errors="replace")
    except OSError:
        return False
    for row in csv.reader(io.StringIO(head, newline="")):
        if row:
            return is_search_results([header_key(cell) for cell in row])
    return False
