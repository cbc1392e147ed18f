"""The contact list's search: every word in a contact's name, company, position, headline or
place; names that start with the words first; names within a typo when nothing holds them.

A mixin of ``ContactListing``: it reads the listing's folded ``names`` and the people's
company, position, headline and place (``search_columns()``, a column each, by position), and
keeps recent searches, so typing on, Backspace and retyping cost nothing. A word is found in
a name or in one of the other columns (``coach.search_index``).
"""

from __future__ import annotations

from array import array
from functools import cached_property

import numpy as np

from coach.directory import edit_distance
from coach.heap import give_back
from coach.naming import fold
from coach.search_index import SearchIndex

SEARCHES_KEPT = 64
"""Recent searches whose hits are kept: Backspace and retyping cost nothing."""


class ListingSearch:
    """Search over a listing's positions (``names``, ``search_columns()`` and ``len`` come from
    it)."""

    names: list[str]
    _searches: dict[str, np.ndarray]
    _search_tiers: dict[str, np.ndarray]
    _held_mask: tuple[str, np.ndarray] | None = None
    """The last search answered for everyone, and who holds it."""

    def _search(self, text: str) -> np.ndarray:
        """Positions whose name, company, position, headline or place hold every word.

        A search that extends the previous one only scans the previous hits, so typing stays
        fast. When nothing holds the words, names within a typo or two are offered instead.
        """
        words = fold(text).split()
        key = " ".join(words)
        cache = self._searches
        if key in cache:  # typed again, or back to it with Backspace
            cache[key] = cache.pop(key)
            return cache[key]
        words.sort(key=len, reverse=True)  # the longest word cuts the most
        pool: np.ndarray | None = None  # None: everyone
        within = False  # whether the first word's places are all in the pool
        for earlier in sorted(cache, key=len, reverse=True):  # the longest search it extends
            if earlier and key.startswith(earlier):
                pool = cache[earlier]  # ("ma" after "m": each earlier word is in it)
                within = all(part in words[0] for part in earlier.split())
                break
        found = pool
        held = self.full_index.held_by_everyone(words[0], pool, within) \
            if len(words) == 1 else None
        if held is not None:
            found = np.flatnonzero(held)  # of bools: 5x faster than of the 0s and 1s
        for word in words if held is None else ():
            found = self.full_index.holding(word, found, within)
            within = False
        hits = found if found is not None else np.arange(len(self), dtype=np.int64)
        if hits.size == 0 and words:
            hits, held = self._near_names(words), None
        if held is not None:  # kept for the filters' mask (no scatter of 700k hits)
            self._held_mask = (key, held)
        cache[key] = hits
        if len(cache) > SEARCHES_KEPT:
            del cache[next(iter(cache))]
        return hits

    def _search_mask(self, text: str) -> np.ndarray:
        """For each position, whether :meth:`_search` finds it (read only)."""
        hits = self._search(text)
        kept = self._held_mask
        if kept is not None and kept[0] == " ".join(fold(text).split()):
            return kept[1]
        found = np.zeros(len(self), dtype=bool)
        found[hits] = True
        return found

    def _tiers(self, words: list[str]) -> np.ndarray:
        """For every position, how well its name answers the search (kept with the search):
        0 the name's words start with the typed words, 1 the name holds them, 2 only the
        company, position or place does. The list keeps its order within each tier."""
        key = " ".join(words)
        tiers = self._search_tiers.get(key)
        if tiers is None:  # worked out once per distinct name, then given to everyone
            names = self.name_index.columns[0]
            held = np.ones(len(names.texts), dtype=bool)  # the name holds every word,
            started = held.copy()  # and has words starting so: "dub" in "lea dubois"
            for word in words:
                held &= names.texts_holding(word)
                started &= names.texts_holding(word, start=True)
            tier = np.where(started, 0, np.where(held, 1, 2)).astype(np.int8)
            tiers = np.take(tier, names.number, mode="clip")
            self._search_tiers[key] = tiers
            if len(self._search_tiers) > SEARCHES_KEPT:
                del self._search_tiers[next(iter(self._search_tiers))]
        return tiers

    def prepare_search(self) -> None:
        """Build what searching needs (about 0.5 s at 100k), so that no keypress waits for it."""
        self.full_index.letters, self._name_words  # noqa: B018 - built and kept
        give_back()  # what building them freed (the details' JSON text, the word lists)
        self.full_index.prepare()

    @cached_property
    def search_index(self) -> SearchIndex:
        """Every contact's folded company, position, headline and place, a column each
        (the names are in :attr:`name_index`)."""
        return SearchIndex(*self.search_columns())

    @cached_property
    def name_index(self) -> SearchIndex:
        """The folded names, for the tiers."""
        return SearchIndex(self.names)

    @cached_property
    def full_index(self) -> SearchIndex:
        """The names and the rest together (the same columns), for :meth:`_search`."""
        return SearchIndex(*self.name_index.columns, *self.search_index.columns)

    def _near_names(self, words: list[str]) -> np.ndarray:
        """Positions whose name words are each within a small edit distance of a typed word.

        Compared once per distinct name word of the right length (a few thousand), not per
        person: a typo at 100k contacts answers in milliseconds, not seconds."""
        limit = 1 if max(len(w) for w in words) <= 4 else 2
        by_length, starts, positions = self._name_words
        found: np.ndarray | None = None
        for word in words:
            near: list[np.ndarray] = []
            for size in range(len(word) - limit, len(word) + limit + 1):
                parts, numbers = by_length.get(size, ((), ()))
                for part, number in zip(parts, numbers, strict=True):
                    if edit_distance(word, part, limit) <= limit:
                        near.append(positions[starts[number]:starts[number + 1]])
            held = np.unique(np.concatenate(near)) if near else np.empty(0, dtype=np.int32)
            found = held if found is None else np.intersect1d(found, held, assume_unique=True)
            if not found.size:
                break
        return np.empty(0, dtype=np.int64) if found is None else found.astype(np.int64)

    @cached_property
    def _name_words(self) -> tuple[dict[int, tuple[list[str], list[int]]], np.ndarray,
                                   np.ndarray]:
        """Each distinct word of the folded names, by length, with the positions holding it:
        (length → (the words, their numbers), where each number's positions start, the
        positions word after word). One array, not a list of ints per word: 36 MB less at 1M."""
        numbers: dict[str, int] = {}
        number = numbers.setdefault
        held, owners = array("i"), array("i")
        for position, name in enumerate(self.names):
            for part in set(name.split()):
                held.append(number(part, len(numbers)))
                owners.append(position)
        words = np.asarray(held, dtype=np.int32)
        del held
        positions = np.asarray(owners, dtype=np.int32)[np.argsort(words, kind="stable")]
        del owners
        starts = np.zeros(len(numbers) + 1, dtype=np.int64)
        np.cumsum(np.bincount(words, minlength=len(numbers)), out=starts[1:])
        by_length: dict[int, tuple[list[str], list[int]]] = {}
        for part, at in numbers.items():
            parts, ats = by_length.setdefault(len(part), ([], []))
            parts.append(part)
            ats.append(at)
        return by_length, starts, positions

