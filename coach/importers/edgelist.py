"""SNAP-style edge lists: one edge per line, whitespace- or comma-separated, # comments.

Undirected lines are connections; with ``directed``, a line ``a b`` means a follows b.
Node labels become people's references. A malformed line refuses the whole file.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from coach.graph.csr import sorted_unique
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
    ends = _Ends()
    if isinstance(text, str):
        number = 0
        for block in _pieces(text):
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
    ends = _Ends()  # a, b of the first edge, then of the next…
    number = 0
    for block in _blocks(path):
        number += _read_block(block, path.name, report, ends, number)
    report.add("edge lines read", ends.count // 2)
    labels, codes, loops = _labelled(ends)
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


class _Ends:
    """The labels read, a and b of each edge in the file's order, a part per block: blocks
    of numbers written plainly (most edge lists number their nodes) as int64 arrays, the
    others as texts."""

    def __init__(self) -> None:
        self.parts: list[np.ndarray | list[str]] = []
        self.count = 0

    def add(self, part: np.ndarray | list[str]) -> None:
        self.parts.append(part)
        self.count += len(part)

    def numbers(self) -> np.ndarray | None:
        """Every label as its number, when every label is a number written plainly (no sign,
        no leading zero: its text is ``str`` of the number); else None."""
        arrays = []
        for part in self.parts:
            if isinstance(part, list):
                if not all(map(_PLAIN_NUMBER.fullmatch, part)):
                    return None
                part = np.array(list(map(int, part)), dtype=np.int64)
            arrays.append(part)
        return np.concatenate(arrays) if arrays else np.empty(0, dtype=np.int64)

    def texts(self) -> list[str]:
        """Every label as its text."""
        texts: list[str] = []
        for part in self.parts:
            texts.extend(map(str, part.tolist()) if isinstance(part, np.ndarray) else part)
        return texts


_PLAIN_NUMBER = re.compile(r"0|[1-9][0-9]{0,17}")
"""A node number written plainly, small enough for int64."""


def _labelled(ends: _Ends) -> tuple[list[str], np.ndarray, int]:
    """The labels of the edges that are not self-loops, in the order they first appear, each
    end of those edges as its label's place in that list, and how many self-loops there
    were."""
    numbers = ends.numbers()
    if numbers is None:
        texts = ends.texts()
        firsts, seconds = texts[0::2], texts[1::2]
        loops = sum(map(operator.eq, firsts, seconds))
        if loops:
            texts = [end for pair in zip(firsts, seconds, strict=True) if pair[0] != pair[1]
                     for end in pair]
        del firsts, seconds
        labels = list(dict.fromkeys(texts))
        place = {label: at for at, label in enumerate(labels)}
        return labels, np.fromiter(map(place.__getitem__, texts), dtype=np.int64,
                                   count=len(texts)), loops
    loop = numbers[0::2] == numbers[1::2]
    loops = int(loop.sum())
    if loops:
        numbers = numbers.reshape(-1, 2)[~loop].ravel()
    distinct, first, inverse = np.unique(numbers, return_index=True, return_inverse=True)
    appearance = np.argsort(first, kind="stable")  # the distinct numbers as they first appear
    place = np.empty(len(appearance), dtype=np.int64)
    place[appearance] = np.arange(len(appearance), dtype=np.int64)
    labels = [str(number) for number in distinct[appearance].tolist()]
    return labels, place[inverse.ravel()], loops


def _read_block(block: str, name: str, report: ImportReport, ends: _Ends,
                number: int) -> int:
    """Add the labels of a text of whole lines to ``ends`` (a, b, a, b…); ``number``: the
    lines before it. Returns how many lines it holds (as ``str.splitlines`` counts them)."""
    plain = _plain_labels(block)
    if plain is not None:
        labels, lines = plain
        ends.add(labels)
        return lines
    return _parse_lines(block.splitlines(), name, report, ends, number)


def _parse_lines(lines: Iterable[str], name: str, report: ImportReport, ends: _Ends,
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


_TOKEN, _SPACE, _NEWLINE, _ODD = 0, 1, 2, 3
_KINDS = np.full(256, _ODD, dtype=np.uint8)
"""What each ASCII byte is to a plain edge list: a label's byte, a space or tab, a line end,
or anything that needs the line-by-line reading (other line ends and control spaces,
comment starts, commas and semicolons, bytes beyond ASCII)."""
_KINDS[33:127] = _TOKEN
_KINDS[[0, *range(1, 9), 14, *range(15, 28), 127]] = _TOKEN  # control bytes, not spaces
_KINDS[[ord(" "), ord("\t")]] = _SPACE
_KINDS[ord("\n")] = _NEWLINE
_KINDS[[ord(c) for c in "#%/,;"]] = _ODD


def _plain_labels(block: str) -> tuple[np.ndarray | list[str], int] | None:
    """The labels of a text of whole lines (a, b, a, b…) and its number of lines, when
    every line is two labels separated by spaces or tabs, in ASCII, with no comment,
    comma or other line end (what most edge lists are): a few array passes over its bytes
    instead of a regular expression per line; numbers written plainly as an int64 array.
    None: it needs the line-by-line reading."""
    if not block or not block.isascii():
        return None
    if "\r" in block:
        block = block.replace("\r\n", "\n")
        if "\r" in block:
            return None
    data = np.frombuffer(block.encode("ascii"), dtype=np.uint8)
    kinds = _KINDS[data]
    if (kinds == _ODD).any():
        return None
    token = kinds == _TOKEN
    starts = token.copy()
    starts[1:] &= ~token[:-1]
    line_ends = np.flatnonzero(kinds == _NEWLINE)
    lines = len(line_ends) + (not block.endswith("\n"))
    labels_per_line = np.bincount(np.searchsorted(line_ends, np.flatnonzero(starts)),
                                  minlength=lines)
    if len(labels_per_line) != lines or (labels_per_line != 2).any():
        return None
    numbers = _plain_numbers(block, data, token, starts)
    return (block.split() if numbers is None or len(numbers) != 2 * lines else numbers), lines


def _plain_numbers(block: str, data: np.ndarray, token: np.ndarray,
                   starts: np.ndarray) -> np.ndarray | None:
    """The block's labels as numbers, when each is written plainly (digits, no leading zero,
    at most 18 of them: ``str`` of the number gives the label back); else None."""
    digit = (data >= ord("0")) & (data <= ord("9"))
    if (token & ~digit).any():
        return None
    if (starts[:-1] & (data[:-1] == ord("0")) & token[1:]).any():  # 007 is not 7
        return None
    last = token.copy()
    last[:-1] &= ~token[1:]
    if len(starts) and (np.flatnonzero(last) - np.flatnonzero(starts)).max(initial=0) >= 18:
        return None
    return np.fromstring(block, dtype=np.int64, sep=" ")


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


def _pieces(text: str, size: int = 1 << 20) -> Iterator[str]:
    """The text in blocks of whole lines of about ``size`` characters (cut after a ``\\n``:
    a comment in one does not send the whole text to the line-by-line reading)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


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
