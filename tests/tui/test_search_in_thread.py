"""A search too long for a keypress over a million people: typing shows a broad search's
first rows within the key and orders the rest in a thread; a filter over a search runs in
a thread, the newest winning. Networks under ``QUICK_SEARCH_BELOW`` people search on the
event loop as before."""

from __future__ import annotations

import threading

import coach.listing as listing_module
from coach.listing import ContactListing, ListFilter
from coach.model import Degree
from coach.tui.screens import main_list
from tests.tui.conftest import settle


async def test_a_filter_over_a_long_search_leaves_the_keys_answered_and_the_newest_wins(
        demo_app, monkeypatch):
    monkeypatch.setattr(listing_module, "QUICK_SEARCH_BELOW", 0)  # the demo as if it were 1M
    select = ContactListing.select
    release = threading.Event()
    searched: list[ListFilter] = []

    def slow(listing, wanted):
        if wanted.search:
            searched.append(wanted)
            release.wait(10)  # a search still running
        return select(listing, wanted)

    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        await pilot.press("slash", *"du", "enter")  # typed: answered within each key
        await settle(demo_app, pilot)
        typed = screen.contact_list.positions.tolist()
        monkeypatch.setattr(ContactListing, "select", slow)
        await pilot.press("2")  # the 2nd degree among them: ordered in a thread
        await pilot.pause()
        assert screen.contact_list.positions.tolist() == typed  # the list waits for it
        await pilot.press("down")  # and the keys are still answered meanwhile
        await pilot.pause()
        assert screen.contact_list.cursor == 1
        await pilot.press("3")
        await pilot.pause()
        release.set()
        await settle(demo_app, pilot)
        third = ListFilter(search="du", degree=Degree.THIRD)
        expected = demo_app.service.contacts(third, state=screen.shown)
        assert screen.contact_list.positions.tolist() == expected.positions.tolist()
        assert expected.positions.tolist() != typed
        assert [wanted.degree for wanted in searched[:2]] == [Degree.SECOND, Degree.THIRD]
        chips = screen.query_one("#filters").render().plain
        assert f"{len(expected.positions)} shown" in chips  # not the stale 2nd degree's


async def test_a_small_network_searches_within_the_key(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        await pilot.press("slash", *"dubo")
        assert not [w for w in demo_app.workers if w.group == "select"]
        expected = demo_app.service.contacts(ListFilter(search="dubo"), state=screen.shown)
        assert screen.contact_list.positions.tolist() == expected.positions.tolist()


async def test_a_broad_search_shows_its_first_rows_then_the_rest(demo_app, monkeypatch):
    """Over a very large network a broad search's first rows (and its count) are shown
    within the key; the rest is ordered in a thread, and the cursor stays where the person
    put it meanwhile, even on a row not known yet."""
    monkeypatch.setattr(listing_module, "QUICK_SEARCH_BELOW", 0)  # the demo as if it were 1M
    monkeypatch.setattr(main_list, "FIRST_ROWS", 3)
    select = ContactListing.select
    release = threading.Event()

    def slow(listing, wanted):
        if wanted.search:
            release.wait(10)  # the rest still being ordered
        return select(listing, wanted)

    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        listing = screen.shown.listing
        expected = ContactListing(screen.shown.roster).select(ListFilter(search="a")).tolist()
        monkeypatch.setattr(ContactListing, "select", slow)
        await pilot.press("slash", "a")
        await pilot.pause()
        shown = screen.contact_list
        assert shown.positions.tolist() == expected[:3]  # the first rows, within the key
        assert shown.row_count == len(expected) > 3
        assert f"{len(expected)} shown" in screen.query_one("#filters").render().plain
        assert shown.person_id == listing.person_id(expected[0])
        assert screen.query_one("#detail").shown.startswith(
            demo_app.service.contact(shown.person_id).display_name)
        await pilot.press("enter", "end")  # to the last row, not known yet
        await pilot.pause()
        assert shown.cursor == len(expected) - 1 and shown.person_id is None
        release.set()
        await settle(demo_app, pilot)
        await pilot.pause(0.3)  # the detail pane's rest after a move
        assert shown.positions.tolist() == expected
        assert shown.cursor == len(expected) - 1  # where the person put it
        last = listing.person_id(expected[-1])
        assert shown.person_id == last
        assert screen.query_one("#detail").shown.startswith(
            demo_app.service.contact(last).display_name)
