"""A search too long for a keypress (a few hundred ms over a million people) runs in a
thread: the box shows each letter at once, the list follows, and the newest search wins.
Networks under ``QUICK_SEARCH_BELOW`` people search on the event loop as before."""

from __future__ import annotations

import threading

from textual.widgets import Input

import coach.listing as listing_module
from coach.listing import ContactListing, ListFilter
from tests.tui.conftest import settle


async def test_a_long_search_leaves_the_keys_answered_and_the_newest_search_wins(
        demo_app, monkeypatch):
    monkeypatch.setattr(listing_module, "QUICK_SEARCH_BELOW", 0)  # the demo as if it were 1M
    select = ContactListing.select
    release = threading.Event()
    searched: list[str] = []

    def slow(listing, wanted):
        if wanted.search:
            searched.append(wanted.search)
            release.wait(10)  # a search still running
        return select(listing, wanted)

    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        everyone = len(screen.contact_list.positions)
        monkeypatch.setattr(ContactListing, "select", slow)
        await pilot.press("slash", *"du")
        await pilot.pause()
        assert screen.query_one("#search", Input).value == "du"  # drawn while it searches
        assert len(screen.contact_list.positions) == everyone  # the list waits for it
        await pilot.press(*"bo")
        await pilot.pause()
        release.set()
        await settle(demo_app, pilot)
        expected = demo_app.service.contacts(ListFilter(search="dubo"), state=screen.shown)
        assert screen.contact_list.positions.tolist() == expected.positions.tolist()
        assert 0 < len(expected.positions) < everyone
        assert "du" in searched and searched[-1] == "dubo"  # a stale search was not shown
        chips = screen.query_one("#filters").render().plain
        assert f"{len(expected.positions)} shown" in chips


async def test_a_small_network_searches_within_the_key(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        await pilot.press("slash", *"dubo")
        assert not [w for w in demo_app.workers if w.group == "select"]
        expected = demo_app.service.contacts(ListFilter(search="dubo"), state=screen.shown)
        assert screen.contact_list.positions.tolist() == expected.positions.tolist()
