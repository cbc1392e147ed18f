"""A broad search's first rows, before its whole order (issue 19: key → frame at 1M): the
first rows and the count are exactly those of the whole answer, for every filter, sort and
search, whichever way the rows are found (by rank, or walking the order)."""

from __future__ import annotations

from itertools import product

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import coach.listing as listing_module
import coach.listing_orders as orders_module
from coach.listing import SORTS, ContactListing, ListFilter
from coach.listing_orders import SortedKeys
from coach.model import Degree
from tests.unit.test_listing_filters import service  # noqa: F401 - the fixture

ROWS = (0, 1, 3, 40, 10**6)


def naive_first(order: list[int], kind: list[int], kinds: int, rows: int):
    """Each kind's positions in the order, kind 0 first: the first rows and the count."""
    chosen = [position for each in range(kinds) for position in order
              if kind[position] == each]
    return chosen[:rows], len(chosen)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_the_first_rows_of_an_order_are_those_of_its_whole_split(data):
    size = data.draw(st.integers(0, 300))
    order = data.draw(st.permutations(list(range(size))))
    kind = data.draw(st.lists(st.integers(0, 3), min_size=size, max_size=size))
    rows = data.draw(st.integers(0, size + 2))
    dense = data.draw(st.sampled_from((1, 64, 10**9)))  # by rank, as it comes, walked
    walked = data.draw(st.sampled_from((1, 7, 8192)))
    keys = SortedKeys(np.array(order, dtype=np.int64), np.zeros(size, dtype=np.int8),
                      np.zeros(size, dtype=bool))
    original = orders_module._DENSE_ENOUGH, orders_module._WALKED
    orders_module._DENSE_ENOUGH, orders_module._WALKED = dense, walked
    try:
        first, total = keys.first(np.array(kind, dtype=np.int8), 3, rows)
    finally:
        orders_module._DENSE_ENOUGH, orders_module._WALKED = original
    assert (first.tolist(), total) == naive_first(order, kind, 3, rows)
    assert first.dtype == np.int64


@pytest.mark.parametrize("dense", (1, 10**9))
def test_a_listings_first_rows_are_its_whole_answers(service, monkeypatch,  # noqa: F811
                                                      dense):
    monkeypatch.setattr(orders_module, "_DENSE_ENOUGH", dense)
    degrees = [None, *(degree for degree in Degree if degree is not Degree.ME)]
    filters = [ListFilter(degree=degree, followers=followers, tag=tag, search=search, sort=sort)
               for degree, followers, tag, search, sort in product(
                   degrees, (False, True), (None, "close"), ("", "a", "e a", "zed", "qqq"),
                   SORTS)]
    whole = service.state.listing
    broad = 0
    for wanted in filters:
        expected = whole.select(wanted).tolist()
        fresh = ContactListing(service.state.roster)  # nothing answered yet
        for rows in ROWS:
            first, total = fresh.first_rows(wanted, rows)
            assert (first.tolist(), total) == (expected[:rows], len(expected)), (wanted, rows)
        broad += wanted not in fresh._selected  # answered without ordering it whole
        assert fresh.select(wanted).tolist() == expected  # and the whole, after them
    assert broad > 50  # the first rows' own way was taken, not only the whole answer's


def test_a_few_hits_are_ordered_whole_and_kept(service, monkeypatch):  # noqa: F811
    listing = ContactListing(service.state.roster)
    first, total = listing.first_rows(ListFilter(search="zed"), 5)
    assert total == 1 and ListFilter(search="zed") in listing._selected
    monkeypatch.setattr(listing_module, "_MANY_HITS", 10**9)  # every search is "broad"
    wide = ListFilter(search="zed", degree=Degree.FIRST)
    first, total = listing.first_rows(wide, 5)
    assert (first.tolist(), total) == (listing.select(wide).tolist()[:5], 0)


def test_a_typo_gives_the_near_names_first_rows_too(service, monkeypatch):  # noqa: F811
    monkeypatch.setattr(listing_module, "_MANY_HITS", 10**9)  # every search is "broad"
    typo = ListFilter(search="dubios")  # held by nobody: names within two edits instead
    listing = ContactListing(service.state.roster)
    first, total = listing.first_rows(typo, 10)
    expected = ContactListing(service.state.roster).select(typo).tolist()
    assert expected and (first.tolist(), total) == (expected[:10], len(expected))
    names = [listing.names[position] for position in expected]
    assert any("dubois" in name for name in names)
