"""Which people's texts hold a word, fast on a million people: each distinct text is kept
once as UTF-8 bytes in one buffer, and a word is looked for with numpy compares over it.

A search reads several columns (a name; or company, position, headline and place). In each,
people share texts (a company, a place, a common name): a column numbers its distinct texts,
finds the ones holding the word, then gives every person the answer of their text. The scan
compares the word's first two bytes over the whole buffer, checks its other bytes where they
matched, and finds each match's text from its block of bytes; on a large index the largest
column is read on a second core meanwhile. A broad two-letter word over a million people
takes about 10 ms, where a substring test per person took 0.3–0.45 s. A one-letter
word (or a word start, " d") is answered from letter bits alone, and a search among few
texts (typing on) tests those texts one by one.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache, cached_property
from itertools import repeat
from operator import contains

import numpy as np

from coach.naming import fold_many
from coach.picking import pick

_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"
"""The characters with a letter bit (in this order)."""
_LETTER_COUNT = len(_LETTERS)
_BITS = np.zeros(256, dtype=np.int64)
for _at, _char in enumerate(_LETTERS):
    _BITS[ord(_char)] = 1 << _at
_END = b"\x00"  # after each text in the buffer (a NUL inside a text stays: see _scan)
_CHUNK_TEXTS = 8192  # letter bits are worked out this many texts at a time (8 B per byte)
_SCAN_VALUES = 1 << 17  # the buffer is compared this many values at a time (stays in cache)
_BYTES_PER_TEXT_TESTED = 256
"""A search among fewer texts than the buffer's size over this tests them one by one."""
_SPLIT_FROM = 200_000
"""From this many places asked about, the largest column is read on a second core while the
others are read here (numpy lets go of the interpreter as it compares and gathers): a broad
two-letter word over 1M people in 9 ms instead of 15."""
_FEW_PLACES = 8
"""A search among more than one place in this many is answered for everyone, then kept to
them (cheaper than picking their texts)."""


class TextColumn:
    """One text per place (folded: lower case, no accents), each distinct text kept once:
    ``texts`` the distinct texts, ``number`` which one each place has."""

    _last_matches: tuple[bytes, np.ndarray] | None = None
    """The last word of two bytes or more looked for in the whole buffer, and where it is."""

    def __init__(self, texts: Sequence[str]) -> None:
        numbers: dict[str, int] = {}
        numbered = numbers.setdefault
        self.number = np.fromiter((numbered(text, len(numbers)) for text in texts),
                                  dtype=np.intp, count=len(texts))
        self.texts: list[str] = list(numbers)
        del numbers
        encoded = [text.encode("utf-8", "surrogatepass") for text in self.texts]
        lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
        self.buffer = _END + _END.join(encoded) + _END
        del encoded
        self.starts = np.ones(len(self.texts) + 1, dtype=np.int64)  # and the end, last
        np.cumsum(lengths + 1, out=self.starts[1:])
        self.starts[1:] += 1
        codes = np.frombuffer(self.buffer, dtype=np.uint8)
        self.letters, self.initials = _letter_bits(codes, self.starts)

    @classmethod
    def folded(cls, values: Sequence[str | None]) -> "TextColumn":
        """The column of raw values (None reads as blank), each distinct value folded once."""
        numbers: dict[str | None, int] = {}
        numbered = numbers.setdefault
        number = np.fromiter((numbered(value, len(numbers)) for value in values),
                             dtype=np.intp, count=len(values))
        folded = fold_many([value or "" for value in numbers], spaces=False)
        del numbers
        column = cls(folded)  # two values may fold alike: the same text, numbered once
        column.number = column.number[number]
        return column

    def __len__(self) -> int:
        return len(self.number)

    def text(self, place: int) -> str:
        """The text at one place."""
        return self.texts[int(self.number[place])]

    def texts_holding(self, word: str, start: bool = False,
                      among: np.ndarray | None = None) -> np.ndarray:
        """For each distinct text, whether it holds ``word`` (``start``: as the start of one
        of its words: after a space, or first); ``among``, the texts asked about (None: all;
        the others may be answered either way)."""
        bit = int(_BITS[ord(word)]) if len(word) == 1 and word < "\x80" else 0
        if bit:
            return ((self.initials if start else self.letters) & bit) != 0
        found = np.zeros(len(self.texts), dtype=bool)
        if among is not None and len(among) * _BYTES_PER_TEXT_TESTED < len(self.buffer):
            found[among] = self._tested(word, start, among)
        elif "\x00" in word:  # the buffer's text ends: never reached by a scan
            found[:] = self._tested(word, start, np.arange(len(self.texts)))
        else:
            found[self._scan(word.encode("utf-8", "surrogatepass"), start)] = True
        return found

    def _tested(self, word: str, start: bool, among: np.ndarray) -> np.ndarray:
        """Whether each of these texts holds the word, tested one by one."""
        texts = pick(self.texts, among)
        if start:
            word = " " + word  # a text's first word follows no space: test it with one
            texts = map(" ".__add__, texts)
        return np.fromiter(map(contains, texts, repeat(word)), dtype=bool, count=len(among))

    def _scan(self, word: bytes, start: bool) -> np.ndarray:
        """The numbers of the texts holding ``word`` (bytes, no NUL), from where it is in
        the buffer (:meth:`_matches`)."""
        codes = np.frombuffer(self.buffer, dtype=np.uint8)
        at = self._matches(word, codes)
        owners = self._owners(at)
        if start:  # after a space, or at its text's start (a NUL inside a text is no space)
            owners = owners[(codes[at - 1] == ord(" ")) | (at == self.starts[owners])]
        return owners

    def _matches(self, word: bytes, codes: np.ndarray) -> np.ndarray:
        """Where ``word`` starts in the buffer: where its first two bytes are (compared as
        one 16-bit number over the whole buffer, at even then odd places: half the compares
        of a byte at a time), then its other bytes checked there. Typing on ("mart" after
        "mar"), the last word's places are checked instead of the whole buffer."""
        last = self._last_matches
        if last is not None and word.startswith(last[0]):
            done, at = last
        elif len(word) == 1:
            return _places_of(codes, word[0])
        else:
            pair = np.frombuffer(word[:2], dtype=np.uint16)[0]
            pairs = len(codes) // 2
            even = _places_of(codes[:pairs * 2].view(np.uint16), pair) * 2
            pairs = (len(codes) - 1) // 2
            odd = _places_of(codes[1:1 + pairs * 2].view(np.uint16), pair) * 2 + 1
            done, at = word[:2], np.concatenate((even, odd))
        if len(word) > len(done):
            at = at[at <= len(codes) - len(word)]
            for offset in range(len(done), len(word)):
                at = np.compress(codes[at + offset] == word[offset], at)
        self._last_matches = (word, at)
        return at

    def _owners(self, at: np.ndarray) -> np.ndarray:
        """The text each byte offset of the buffer is in: from the first text of its block
        of bytes, moved on while the next text starts at or before it (a text or two: a
        bisection over every start read cache lines all over, 3x slower)."""
        shift, firsts = self._blocks
        owners = np.take(firsts, at >> shift)
        while True:
            later = np.flatnonzero(np.take(self.starts, owners + 1) <= at)
            if not later.size:
                return owners
            owners[later] += 1

    @cached_property
    def _blocks(self) -> tuple[int, np.ndarray]:
        """The buffer in blocks of 2**shift bytes, about a text long: (shift, the text each
        block's first byte is in; -1 before the first text)."""
        size = len(self.buffer)
        shift = max(3, int(size // max(len(self.texts), 1)).bit_length() - 1)
        edges = np.arange(0, size, 1 << shift, dtype=np.int64)
        return shift, np.searchsorted(self.starts, edges, side="right") - 1

def _places_of(values: np.ndarray, value) -> np.ndarray:
    """Where ``value`` is in ``values``, compared a slice at a time (a slice's answer stays
    in the processor's cache, and memory stays small)."""
    found = [np.flatnonzero(values[first:first + _SCAN_VALUES] == value) + first
             for first in range(0, len(values), _SCAN_VALUES)]
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


def _letter_bits(codes: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each text's letter bits and word-start bits, over the buffer's bytes a chunk of texts
    at a time (8 bytes per byte of text while it runs: chunks keep that small)."""
    count = len(starts) - 1
    letters = np.zeros(count, dtype=np.int64)
    initials = np.zeros(count, dtype=np.int64)
    for first in range(0, count, _CHUNK_TEXTS):
        ends = starts[first:min(first + _CHUNK_TEXTS, count) + 1]
        part = codes[ends[0] - 1:ends[-1]]  # with the NUL before the chunk's first text
        bits = _BITS[part[1:]]
        segments = ends[:-1] - ends[0]  # never empty: each text is followed by its NUL
        letters[first:first + len(segments)] = np.bitwise_or.reduceat(bits, segments)
        after_space = part[:-1] == ord(" ")
        after_space[segments] = True
        bits[~after_space] = 0
        initials[first:first + len(segments)] = np.bitwise_or.reduceat(bits, segments)
    return letters, initials


class SearchIndex:
    """Columns of texts searched together: a word is held by a place when one of its
    columns' texts holds it (a word holds no space: it is in one column or another)."""

    def __init__(self, *columns: TextColumn | Sequence[str]) -> None:
        self.columns = tuple(column if isinstance(column, TextColumn) else TextColumn(column)
                             for column in columns)

    def __len__(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    @cached_property
    def letters(self) -> np.ndarray:
        """For each letter and digit, which places hold it (all their columns together), one
        bit per place (4.5 MB at 1M people): a one-letter search, every search's first
        key, reads 125 kB."""
        held = np.zeros(len(self), dtype=np.int64)
        for column in self.columns:
            held |= np.take(column.letters, column.number, mode="clip")
        return np.stack([np.packbits((held >> bit) & 1 != 0) for bit in range(_LETTER_COUNT)]) \
            if len(self) else np.zeros((_LETTER_COUNT, 0), dtype=np.uint8)

    def prepare(self) -> None:
        """On a large index, start the thread that reads the largest column on a second
        core, and have it read once: a first search would wait for the thread and for its
        memory (10 ms more at 1M people)."""
        if len(self) >= _SPLIT_FROM and len(self.columns) > 1 and _helper() is not None:
            self._held("an", False, None)

    def holding(self, word: str, among: np.ndarray | None = None,
                within: bool = False) -> np.ndarray:
        """Places (among ``among``, all when None, in its order) one of whose texts holds
        ``word``. A word that starts with a space must start a word of the text (" dub" is
        in "lea dubois"; a text's first word counts as started). ``within``: every place
        holding the word is known to be among ``among`` (typing on: "ma" after "m"), which
        then only spares work when it is small, and the places come in ascending order."""
        start = word.startswith(" ")
        core = word.lstrip(" ")
        if not core:
            return np.arange(len(self), dtype=np.int64) if among is None else among
        held = self.held_by_everyone(word, among, within)
        if held is not None:
            return np.flatnonzero(held)  # of bools: 5x faster than of the 0s and 1s
        if len(among) * _FEW_PLACES >= len(self):
            held = self._held(core, start, None)  # everyone's answer costs no more
            return np.compress(np.take(held, among), among)
        return np.compress(self._held(core, start, among), among)

    def held_by_everyone(self, word: str, among: np.ndarray | None = None,
                         within: bool = False) -> np.ndarray | None:
        """For each place, whether it holds ``word`` (not blank), when :meth:`holding`
        answers it for everyone (``among`` None, or many places ``within``); else None."""
        if among is not None and not (within and len(among) * _FEW_PLACES >= len(self)):
            return None
        start = word.startswith(" ")
        core = word.lstrip(" ")
        letter = _LETTERS.find(core) if len(core) == 1 and not start else -1
        if letter >= 0:  # a search's first key: one bit per place
            return np.unpackbits(self.letters[letter], count=len(self)).view(bool)
        return self._held(core, start, None)

    def _held(self, word: str, start: bool, among: np.ndarray | None) -> np.ndarray:
        """For each place (each of ``among``'s, when given), whether one of its texts holds
        the word (no leading space: ``start`` says whether it must start a word). On a
        large index the largest column is read on a second core meanwhile."""
        size = len(self) if among is None else len(among)
        held = np.zeros(size, dtype=bool)
        columns = sorted(self.columns, key=lambda column: len(column.buffer), reverse=True)
        helper = _helper() if size >= _SPLIT_FROM and len(columns) > 1 else None
        elsewhere = helper.submit(_column_held, columns[0], word, start, among) \
            if helper is not None else None
        for column in columns[0 if elsewhere is None else 1:]:
            found = _column_held(column, word, start, among)
            if found is not None:
                held |= found
        if elsewhere is not None:
            found = elsewhere.result()
            if found is not None:
                held |= found
        return held


def _column_held(column: TextColumn, word: str, start: bool,
                 among: np.ndarray | None) -> np.ndarray | None:
    """For each place (each of ``among``'s), whether its text in one column holds the word;
    None when no text of the column does."""
    numbers = column.number if among is None else column.number[among]
    asked = None
    if among is not None:
        wanted = np.zeros(len(column.texts), dtype=bool)
        wanted[numbers] = True
        asked = np.flatnonzero(wanted)
    found = column.texts_holding(word, start, asked)
    if not found.any():  # (a word in no text of this column: nothing to give)
        return None
    return np.take(found, numbers, mode="clip")  # "clip": no bounds check


@cache
def _helper() -> ThreadPoolExecutor | None:
    """A second thread for the largest column, when the process may use a second core."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
        else os.cpu_count() or 1
    return ThreadPoolExecutor(1, thread_name_prefix="coach-search") if cores > 1 else None
