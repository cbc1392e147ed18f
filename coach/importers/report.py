"""What an import did: counts, rows skipped with their line and reason, remarks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def plural(count: int, one: str, many: str) -> str:
    """``1 row`` or ``3 rows``, with thousands separated."""
    return f"{count:,} {one if count == 1 else many}"


class ImportFailure(Exception):
    """The file cannot be imported at all; nothing was written. The message is one line."""


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row left out of an import, where it was and why."""

    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        if not self.line:  # graph files have no lines: the reason names the node or edge
            return f"{self.file}: {self.reason}"
        return f"{self.file}:{self.line}: {self.reason}"


@dataclass(slots=True)
class ImportReport:
    """Everything an import should tell the person: what was read, taken and left out."""

    source: str
    format: str
    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[SkippedRow] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    files: dict | None = None
    """What became of each file of a many-file source (a LinkedIn export): read, or not
    used and why; in ``--json`` only, the text names them in a remark."""
    mapping: Any = None
    """For a CSV of people: the ``ColumnMapping`` used (which column filled which field)."""

    def add(self, label: str, amount: int = 1) -> None:
        """Add to a count ("people added", "self-loops ignored"…), creating it at zero."""
        self.counts[label] = self.counts.get(label, 0) + amount

    def skip(self, file: str, line: int, reason: str) -> None:
        """Record a row left out."""
        self.skipped.append(SkippedRow(file, line, reason))

    def lines(self, max_skipped: int = 20) -> list[str]:
        """The report as console lines."""
        out = [f"Imported {self.source} ({self.format})"]
        if self.mapping is not None:
            out.extend(self.mapping.lines())
        width = max((len(label) for label in self.counts), default=0)
        for label, amount in self.counts.items():
            out.append(f"  {label:<{width}}  {amount:>9,}")
        if self.skipped:
            out.append(f"  rows skipped: {len(self.skipped):,}")
            for row in self.skipped[:max_skipped]:
                out.append(f"    {row}")
            if len(self.skipped) > max_skipped:
                out.append(f"    … and {len(self.skipped) - max_skipped:,} more")
        out.extend(f"  {remark}" for remark in self.remarks)
        return out

    def to_json(self) -> dict:
        """The report as plain data."""
        data = {
            "source": self.source,
            "format": self.format,
            "counts": dict(self.counts),
            "skipped": [{"file": r.file, "line": r.line, "reason": r.reason} for r in self.skipped],
            "remarks": list(self.remarks),
        }
        if self.files is not None:
            data["files"] = self.files
        if self.mapping is not None:
            data["mapping"] = self.mapping.to_json()
        return data
