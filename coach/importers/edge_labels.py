"""Reading an edge list's labels fast: plain blocks of lines in array passes, node numbers
as int64 (issue 19: the 2M-edge import).

Most edge lists are two labels per line separated by spaces, numbered nodes: such a block is
checked over its bytes (a few array passes instead of a regular expression per line), and
numbers written plainly are kept as an int64 array, numbered with one ``np.unique`` instead
of a dictionary lookup per end. Anything else (comments, commas, weights, other line ends,
text beyond ASCII) is read line by line by ``coach.importers.edgelist``, with the same
result: the tests compare the two readings' stores.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator

import numpy as np


class Ends:
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


def labelled(ends: Ends) -> tuple[list[str], np.ndarray, int]:
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
    if len(numbers) and int(numbers.max()) < max(DENSE_NUMBERS, 4 * len(numbers)):
        return _numbered_densely(numbers) + (loops,)
    distinct, first, inverse = np.unique(numbers, return_index=True, return_inverse=True)
    appearance = np.argsort(first, kind="stable")  # the distinct numbers as they first appear
    place = np.empty(len(appearance), dtype=np.int64)
    place[appearance] = np.arange(len(appearance), dtype=np.int64)
    labels = [str(number) for number in distinct[appearance].tolist()]
    return labels, place[inverse.ravel()], loops


DENSE_NUMBERS = 1 << 20
"""Node numbers below this (or below four times the ends read) are looked up in a table as
long as the largest: no sort of the ends."""


def _numbered_densely(numbers: np.ndarray) -> tuple[list[str], np.ndarray]:
    """``labelled`` for small non-negative numbers: each number's first end with one
    ``minimum.at``, then a table from number to place (the same answer as ``np.unique``)."""
    size = int(numbers.max()) + 1
    first = np.full(size, len(numbers), dtype=np.int64)
    np.minimum.at(first, numbers, np.arange(len(numbers), dtype=np.int64))
    seen = np.flatnonzero(first < len(numbers))
    in_order = seen[np.argsort(first[seen], kind="stable")]  # as they first appear
    place = np.full(size, -1, dtype=np.int64)
    place[in_order] = np.arange(len(in_order), dtype=np.int64)
    return [str(number) for number in in_order.tolist()], place[numbers]


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


def plain_labels(block: str) -> tuple[np.ndarray | list[str], int] | None:
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


def pieces(text: str, size: int = 1 << 20) -> Iterator[str]:
    """The text in blocks of whole lines of about ``size`` characters (cut after a ``\\n``:
    a comment in one does not send the whole text to the line-by-line reading)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end
