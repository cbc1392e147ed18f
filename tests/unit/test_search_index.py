"""The search index answers exactly what a substring test over every text answers, whichever
way it finds the answer: letter bits, a scan of the distinct texts' bytes, or testing a few
texts one by one."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from coach import search_index
from coach.listing import ContactListing
from coach.search_index import SearchIndex, TextColumn

# Folded text is lower case without accents, but names keep other scripts, digits,
# punctuation, emoji and even control characters: all of them are drawn here.
TEXT = st.text(alphabet=st.sampled_from("abdeuz019 -.'\x00\téßж李🙂"), max_size=12)
WAYS = {  # each way of answering forced: (scan bytes at a time, bytes per text tested, few)
    "scan, big chunks": (1 << 18, 0, 10**9),
    "scan, 1-byte chunks": (1, 0, 10**9),
    "scan, 3-byte chunks": (3, 0, 10**9),
    "texts tested one by one": (1 << 18, 10**9, 10**9),
    "everyone, then kept to the few": (5, 0, 1),
}


def naive(columns: list[list[str]], word: str, among: list[int] | None = None) -> list[int]:
    positions = range(len(columns[0])) if among is None else among
    if word.startswith(" "):
        core = " " + word.lstrip(" ")
        return [p for p in positions if any(core in " " + texts[p] for texts in columns)]
    return [p for p in positions if any(word in texts[p] for texts in columns)]


@pytest.mark.parametrize("way", WAYS)
@settings(max_examples=150, deadline=None)
@given(texts=st.lists(TEXT, max_size=30), word=TEXT, start=st.booleans(),
       picks=st.lists(st.integers(0, 29), max_size=20))
@example(texts=["\x000"], word=" 0", start=False, picks=[])  # a NUL starts no word
@example(texts=["\x00ab", "ab"], word=" ab", start=False, picks=[0])  # (scanned, not bits)
@example(texts=["ab\x00cd", "b"], word="b\x00c", start=False, picks=[0])  # a NUL in both
@example(texts=["a", "", "aa"], word="aa", start=True, picks=[1, 2])
def test_holding_matches_a_substring_test_over_every_text(way, texts, word, start, picks):
    word = " " + word.lstrip(" ") if start else word
    among = sorted({p for p in picks if p < len(texts)})
    with pytest.MonkeyPatch.context() as patch:
        for name, value in zip(("_SCAN_VALUES", "_BYTES_PER_TEXT_TESTED", "_FEW_PLACES"),
                               WAYS[way], strict=True):
            patch.setattr(search_index, name, value)
        index = SearchIndex(texts)
        assert index.holding(word).tolist() == naive([texts], word)
        got = index.holding(word, np.array(among, dtype=np.int64))
        wider = sorted(set(among) | set(naive([texts], word)))  # every place holding it
        within = index.holding(word, np.array(wider, dtype=np.int64), within=True)
    assert got.tolist() == naive([texts], word, among)
    assert within.tolist() == naive([texts], word)


@pytest.mark.parametrize("split_from", (10**9, 0), ids=("one core", "largest on another"))
@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.tuples(TEXT, TEXT, TEXT), max_size=25),
       word=TEXT.filter(lambda w: not any(c.isspace() for c in w)), start=st.booleans(),
       picks=st.lists(st.integers(0, 24), max_size=10))
def test_columns_searched_together_hold_a_word_one_of_them_holds(split_from, rows, word,
                                                                 start, picks):
    """A place holds a word (no space: typed words never have one) when one of its columns'
    texts holds it, like the joined text the search once read; the same when the largest
    column is read on a second core."""
    columns = [list(column) for column in zip(*rows, strict=True)] if rows else [[], [], []]
    word = " " + word if start else word
    joined = [" ".join(parts) for parts in rows]
    among = sorted({p for p in picks if p < len(rows)})
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_index, "_SPLIT_FROM", split_from)
        index = SearchIndex(*columns)
        everyone = index.holding(word)
        some = index.holding(word, np.array(among, dtype=np.int64))
    assert everyone.tolist() == naive([joined], word)
    assert some.tolist() == naive([joined], word, among)


def test_a_column_keeps_each_distinct_text_once_and_folds_raw_values():
    raw = ["Société Générale", None, "SOCIETE GENERALE", "", "Cartalis", "Société Générale"]
    column = TextColumn.folded(raw)
    assert column.texts == ["societe generale", "", "cartalis"]  # folded alike: one text
    assert column.number.tolist() == [0, 1, 0, 1, 2, 0]
    assert [column.text(place) for place in range(len(raw))] == \
        ["societe generale", "", "societe generale", "", "cartalis", "societe generale"]
    assert SearchIndex(column).holding("gen").tolist() == [0, 2, 5]
    assert SearchIndex(column).holding(" car").tolist() == [4]


def test_one_letter_and_word_starts_over_many_texts():
    texts = [f"{first} {last}" for first in ("lea", "david", "zoe", "ben")
             for last in ("dubois", "martin", "d'arc", "nguyen")] * 50 + ["", "d", " d"]
    index = SearchIndex(texts)
    for word in ("d", " d", "du", " du", " m", "n", " n", "'", " ", "é", "ar", " ar"):
        assert index.holding(word).tolist() == naive([texts], word), word


def test_the_index_spans_chunks_of_texts():
    texts = [f"person {i} {'dubois' if i % 997 == 0 else 'martin'}" for i in range(20_000)]
    index = SearchIndex(texts)
    assert index.holding("dubois").tolist() == [i for i in range(20_000) if i % 997 == 0]
    assert index.holding(" 19999").tolist() == [19_999]
    assert len(index.columns[0].texts) == 20_000 and index.holding("zz").tolist() == []


def test_near_names_are_found_through_distinct_name_words(demo_service):
    listing = ContactListing(demo_service.roster)
    from coach.directory import edit_distance

    def slow(words: list[str]) -> list[int]:
        limit = 1 if max(len(w) for w in words) <= 4 else 2
        return [p for p, name in enumerate(listing.names)
                if all(any(edit_distance(w, part, limit) <= limit for part in name.split())
                       for w in words)]

    for words in (["duboys"], ["lea", "duboi"], ["martn"], ["thoms", "martin"], ["xq"],
                  ["a"], ["zzzzzzzz"]):
        assert listing._near_names(words).tolist() == slow(words), words


@pytest.mark.parametrize("way", WAYS)
@settings(max_examples=100, deadline=None)
@given(texts=st.lists(TEXT, max_size=30), typed=st.lists(TEXT, min_size=1, max_size=4),
       start=st.booleans())
def test_typing_on_finds_what_a_first_search_finds(way, texts, typed, start):
    """Each word typed letter by letter, then another, on one index: a word that extends the
    last one looked for is found from where that one was, the same as afresh."""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in zip(("_SCAN_VALUES", "_BYTES_PER_TEXT_TESTED", "_FEW_PLACES"),
                               WAYS[way], strict=True):
            patch.setattr(search_index, name, value)
        index = SearchIndex(texts)
        for whole in typed:
            for end in range(1, len(whole) + 1):
                word = (" " if start else "") + whole[:end]
                if word.strip(" "):
                    assert index.holding(word).tolist() == naive([texts], word), word
