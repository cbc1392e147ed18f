"""Importers: files people have → the store, in one transaction, with a report."""

from __future__ import annotations

from pathlib import Path

from coach.importers.report import ImportFailure, ImportReport, SkippedRow
from coach.store import Store

FORMATS = ("edgelist", "csv")
"""Formats ``coach import`` understands so far."""

__all__ = ["FORMATS", "ImportFailure", "ImportReport", "SkippedRow", "detect_format", "import_path"]


def detect_format(path: Path) -> str:
    """Guess the format of a file or folder; ImportFailure saying what was expected."""
    if path.is_dir():
        if (path / "people.csv").is_file():
            return "csv"
        raise ImportFailure(
            f"{path}: a folder without people.csv; expected a coach CSV folder "
            "(or give --format)"
        )
    if not path.exists():
        raise ImportFailure(f"{path}: no such file or folder")
    suffix = path.suffix.lower()
    if suffix in (".txt", ".edges", ".edgelist", ".tsv", ".el"):
        return "edgelist"
    raise ImportFailure(
        f"{path}: cannot tell the format from the name; give --format "
        f"({' or '.join(FORMATS)})"
    )


def import_path(store: Store, path: Path, format: str | None = None, *,
                directed: bool = False, me: str | None = None) -> ImportReport:
    """Import a file or folder into the store; nothing is written when it fails."""
    kind = format or detect_format(path)
    if kind == "edgelist":
        from coach.importers.edgelist import import_edge_list

        return import_edge_list(store, path, directed=directed, me=me)
    if kind == "csv":
        from coach.importers.coach_csv import import_coach_csv

        return import_coach_csv(store, path, me=me)
    raise ImportFailure(f"unknown format {kind!r}: use {' or '.join(FORMATS)}")
