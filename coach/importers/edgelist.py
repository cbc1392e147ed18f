"""SNAP-style edge lists: one edge per line, whitespace- or comma-separated, # comments.

Undirected lines are connections; with ``directed``, a line ``a b`` means a follows b.
Node labels become people's references. A malformed line refuses the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from coach.graph.csr import sorted_unique
from coach.importers.edge_labels import Ends, labelled, pieces, plain_labels
from coach.importers.reading import open_file
from coach.importers.report import ImportFailure, ImportReport
from coach.importers.text_file import TextFile
from coach.store import Store

_SEPARATORS = re.compile(r"[\s,;]+")
_COMMENTS = ("#", "%", "//")


def parse_edge_list(text: str | Iterable[str], name: str,
                    ) -> tuple[list[tuple[str, str]], ImportReport]:
    """Every edge of the file as label pairs, and a report of what was read.

    A line holds two labels, optionally followed by one number (a weight or a time) that is
    ignored. Anything else is an ImportFailure naming the line. ``text``: the whole text, or
    its lines.
    """
    report = ImportReport(name, "edgelist")
    ends = Ends()
    if isinstance(text, str):
        number = 0
        for block in pieces(text):
            number += _read_block(block, name, report, ends, number)
    else:
        _parse_lines(text, name, report, ends, 0)
    report.add("edge lines read", ends.count // 2)
    labels = ends.texts()
    return list(zip(labels[0::2], labels[1::2], strict=True)), report


def import_edge_list(store: Store, path: Path, directed: bool = False,
                     me: str | None = None) -> ImportReport:
    """Import an edge list in one transaction; ``me`` names the node that is me."""
    report = ImportReport(path.name, "edgelist")
    ends = Ends()  # a, b of the first edge, then of the next…
    number = 0
    for block in _blocks(path):
        number += _read_block(block, path.name, report, ends, number)
    report.add("edge lines read", ends.count // 2)
    labels, codes, loops = labelled(ends)
    del ends
    me_id = _resolve_me(store, me, labels, path.name)
    with store.transaction():
        before = store.people.count()
        mapping = store.people.ensure_refs(labels)
        report.add("people added", store.people.count() - before)
        if me is not None and me_id is None:
            me_id = mapping[me]
        ids = np.fromiter(map(mapping.__getitem__, labels), dtype=np.int64,
                          count=len(labels))[codes]
        del codes
        src, dst = ids[0::2], ids[1::2]
        if directed:
            pairs = _distinct_pairs(src, dst)
            report.add("duplicate edges merged", len(src) - len(pairs))
            added = store.follows.add_pairs(pairs[:, 0], pairs[:, 1], source="edgelist")
            report.add("follows added", added)
            report.add("follows already known", len(pairs) - added)
        else:
            pairs = _distinct_pairs(np.minimum(src, dst), np.maximum(src, dst))
            report.add("duplicate edges merged", len(src) - len(pairs))
            added = store.connections.add_pairs(pairs[:, 0], pairs[:, 1], source="edgelist")
            report.add("connections added", added)
            report.add("connections already known", len(pairs) - added)
        report.add("self-loops ignored", loops)
        if me_id is not None:
            store.set_me(me_id)
            report.remarks.append(f"me: node {me}")
    return report


def _read_block(block: str, name: str, report: ImportReport, ends: Ends,
                number: int) -> int:
    """Add the labels of a text of whole lines to ``ends`` (a, b, a, b…); ``number``: the
    lines before it. Returns how many lines it holds (as ``str.splitlines`` counts them)."""
    plain = plain_labels(block)
    if plain is not None:
        labels, lines = plain
        ends.add(labels)
        return lines
    return _parse_lines(block.splitlines(), name, report, ends, number)


def _parse_lines(lines: Iterable[str], name: str, report: ImportReport, ends: Ends,
                 number: int) -> int:
    """Add the labels of each line to ``ends``, one line at a time (comments, blank lines,
    commas, a weight after the labels; a line that is none of these refused with its
    number, counted after ``number``). Returns how many lines were read."""
    read = 0
    labels: list[str] = []
    for read, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith(_COMMENTS):
            report.add("comment or blank lines")
            continue
        fields = [field for field in _SEPARATORS.split(line) if field]
        if len(fields) < 2:
            raise ImportFailure(
                f"{name}:{number + read}: expected two node ids separated by a space or a "
                f"comma, got {_show(raw)}"
            )
        if len(fields) > 3 or (len(fields) == 3 and not _is_number(fields[2])):
            raise ImportFailure(
                f"{name}:{number + read}: expected 'source target' with at most one number "
                f"after (a weight or a time), got {_show(raw)}"
            )
        labels.append(fields[0])
        labels.append(fields[1])
    ends.add(labels)
    return read


def _distinct_pairs(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """The distinct (src, dst) rows in ascending order, as ``np.unique(..., axis=0)`` gives,
    by sorting packed keys (np.unique hashes and takes seconds on millions of pairs)."""
    if src.size == 0:
        return np.empty((0, 2), dtype=np.int64)
    base = int(max(src.max(), dst.max())) + 1
    if base >= 2**31:  # the packed key would overflow int64
        return np.unique(np.stack([src, dst], axis=1), axis=0)
    key = sorted_unique(src * base + dst)
    return np.stack([key // base, key % base], axis=1)


def _resolve_me(store: Store, me: str | None, labels: list[str], name: str) -> int | None:
    """The id of ``me`` if already stored; refuses a ``me`` found neither in the file nor
    the store."""
    if me is None:
        return None
    existing = store.people.by_ref(me)
    if existing is not None:
        return existing.id
    if me in labels:
        return None  # created by the import
    raise ImportFailure(f"--me {me}: no node {me!r} in {name} or in the workspace")


def _blocks(path: Path) -> Iterator[str]:
    """The text of the file, a block of whole lines at a time, read as it is parsed (UTF-8,
    or refused with the line where it stops being UTF-8; a binary file refused on its
    head)."""
    text = TextFile(lambda: open_file(path), path.name, strict=True)
    for lines in text.blocks():
        yield "".join(lines)


def _read_lines(path: Path) -> Iterator[str]:
    """The lines of the file, split as ``str.splitlines`` (the blocks' lines, one by one)."""
    for block in _blocks(path):
        yield from block.splitlines()


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _show(line: str) -> str:
    text = line.strip()
    return repr(text if len(text) <= 60 else text[:57] + "...")
