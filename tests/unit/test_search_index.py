"""The search index answers exactly what a substring test over every text answers."""

from __future__ import annotations

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from coach.listing import ContactListing
from coach.search_index import SearchIndex

# Folded text is lower case without accents, but names keep other scripts, digits,
# punctuation, emoji and even control characters: all of them are drawn here.
TEXT = st.text(alphabet=st.sampled_from("abdeuz019 -.'\x00\téßж李🙂"), max_size=12)


def naive(texts: list[str], word: str, among: list[int] | None = None) -> list[int]:
    positions = range(len(texts)) if among is None else among
    if word.startswith(" "):
        return [p for p in positions if " " + word.lstrip(" ") in " " + texts[p]]
    return [p for p in positions if word in texts[p]]


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(TEXT, max_size=30), word=TEXT, start=st.booleans(),
       picks=st.lists(st.integers(0, 29), max_size=20))
@example(texts=["\x000"], word=" 0", start=False, picks=[])  # a NUL starts no word
def test_holding_matches_a_substring_test_over_every_text(texts, word, start, picks):
    index = SearchIndex(texts)
    word = " " + word.lstrip(" ") if start else word
    assert index.holding(word).tolist() == naive(texts, word)
    among = sorted({p for p in picks if p < len(texts)})
    got = index.holding(word, np.array(among, dtype=np.int64))
    assert got.tolist() == naive(texts, word, among)


def test_one_letter_and_word_starts_over_many_texts():
    texts = [f"{first} {last}" for first in ("lea", "david", "zoe", "ben")
             for last in ("dubois", "martin", "d'arc", "nguyen")] * 50 + ["", "d", " d"]
    index = SearchIndex(texts)
    for word in ("d", " d", "du", " du", " m", "n", " n", "'", " "):
        assert index.holding(word).tolist() == naive(texts, word), word


def test_the_index_spans_chunks_of_texts():
    texts = [f"person {i} {'dubois' if i % 997 == 0 else 'martin'}" for i in range(20_000)]
    index = SearchIndex(texts)
    assert index.holding("dubois").tolist() == [i for i in range(20_000) if i % 997 == 0]
    assert index.holding(" 19999").tolist() == [19_999]


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
