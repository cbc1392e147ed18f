"""Pilot tests: what the screen says after key sequences on the demo network."""

from __future__ import annotations

from coach.model import Degree
from coach.tui.widgets.contact_list import ContactList
from tests.tui.conftest import settle


def shown_people(app) -> list[int]:
    screen = app.main_screen
    listing = screen.listing
    return [listing.person_id(int(p)) for p in screen.contact_list.positions]


def screen_text(app) -> str:
    """Every line the contact list draws (heading and visible rows), as plain text."""
    contacts = app.main_screen.query_one(ContactList)
    height = contacts.scrollable_content_region.height
    return "\n".join(contacts.render_line(y).text for y in range(height))


async def test_opens_on_the_demo_with_banner_chips_and_list(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        assert "demo network" in screen.query_one("#demo-banner").text
        assert "coach import" in screen.query_one("#demo-banner").text
        counts = screen.listing.degree_counts()
        assert len(shown_people(demo_app)) == sum(counts.values())
        text = screen_text(demo_app)
        assert "Name as shown" in text.splitlines()[0]
        assert "Bob Nguyen" in text


async def test_filter_to_second_degree_shows_only_second_degree(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        await pilot.press("2")
        await settle(demo_app, pilot)
        workspace = demo_app.service
        shown = shown_people(demo_app)
        assert len(shown) == workspace.network.counts_by_degree()[Degree.SECOND]
        assert {workspace.contact(pid).degree for pid in shown} == {Degree.SECOND}
        rows = screen_text(demo_app).splitlines()[1:]
        assert rows and all(" 2nd " in row for row in rows if row.strip())
        await pilot.press("f")
        await settle(demo_app, pilot)
        both = shown_people(demo_app)
        assert both and all(workspace.contact(p).follows_me and
                            workspace.contact(p).degree is Degree.SECOND for p in both)
        await pilot.press("0")
        await pilot.press("f")
        await settle(demo_app, pilot)
        assert len(shown_people(demo_app)) == len(demo_app.main_screen.listing)


async def test_search_highlights_the_right_person(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        await pilot.press("slash", *"lea dub", "enter")
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        person = demo_app.service.contact(screen.contact_list.person_id)
        assert person.name == "Léa Dubois"
        detail = screen.query_one("#detail").shown
        assert detail.startswith("Léa Dubois")
        assert "2nd degree" in detail
        assert "You → Bob Nguyen → Léa Dubois" in detail or "You → Carla Rossi → Léa Dubois" in detail
        await pilot.press("escape")
        await settle(demo_app, pilot)
        assert len(shown_people(demo_app)) == len(screen.listing)
        assert demo_app.service.contact(screen.contact_list.person_id).name == "Léa Dubois"


async def test_search_forgives_accents_case_and_typos(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        await pilot.press("slash", *"LUKASZ")
        await settle(demo_app, pilot)
        names = {demo_app.service.contact(p).name for p in shown_people(demo_app)}
        assert "Łukasz Zając" in names
        await pilot.press(*["backspace"] * 6, *"lea duboys")
        await settle(demo_app, pilot)
        assert [demo_app.service.contact(p).name for p in shown_people(demo_app)] == ["Léa Dubois"]


async def test_cursor_moves_and_detail_follows(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        first = screen.contact_list.person_id
        await pilot.press("down", "down")
        await settle(demo_app, pilot)
        third = screen.contact_list.person_id
        assert third == shown_people(demo_app)[2] and third != first
        assert screen.query_one("#detail").shown.startswith(demo_app.service.contact(third).display_name)
        await pilot.press("end")
        assert screen.contact_list.person_id == shown_people(demo_app)[-1]
        await pilot.press("home")
        assert screen.contact_list.person_id == first


async def test_sort_and_tag_chips(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        await pilot.press("s")  # by name
        await settle(demo_app, pilot)
        names = [screen.listing.names[int(p)] for p in screen.contact_list.positions]
        assert names == sorted(names)
        await pilot.press("t")
        await settle(demo_app, pilot)
        tag = screen.wanted.tag
        assert tag is not None
        assert all(tag in demo_app.service.contact(p).tags for p in shown_people(demo_app))
        workspace = demo_app.service
        everyone = [pid for pid in workspace.roster.people if pid != workspace.network.me_id]
        carrying = [pid for pid in everyone if tag in workspace.contact(pid).tags]
        assert sorted(shown_people(demo_app)) == sorted(carrying)
        assert screen.listing.tag_counts()[tag] == len(carrying)


async def test_help_and_overview(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        await pilot.press("question_mark")
        await settle(demo_app, pilot)
        from coach.tui.screens.help import HelpScreen
        from coach.tui.screens.overview import OverviewScreen

        assert isinstance(demo_app.screen, HelpScreen)
        await pilot.press("escape", "o")
        await settle(demo_app, pilot)
        assert isinstance(demo_app.screen, OverviewScreen)
        overview = demo_app.screen.overview
        assert overview.counts[Degree.FIRST] == demo_app.service.network.counts_by_degree()[Degree.FIRST]
        assert sum(count for _, count in overview.growth) > 0
        await pilot.press("escape")
        assert demo_app.screen is demo_app.main_screen


def drawn_detail(app) -> list[str]:
    """The detail pane's rows as the screen holds them now (what the terminal was sent),
    not as the pane would draw them afresh: a line left unrepainted would show here."""
    screen = app.main_screen
    pane = screen.query_one("#detail")
    strips = screen._compositor.render_strips()
    x, y, width, height = pane.content_region
    return [strips[row].crop(x, x + width - 1).text.rstrip() for row in range(y, y + height)]


async def test_the_detail_pane_repaints_every_line_that_changed(demo_app):
    """The pane repaints only the lines that differ from the last contact's: whatever it
    skips must already be right on screen, for contacts of every degree."""
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        pane = screen.query_one("#detail")
        seen = set()
        for key in ["down"] * 12 + ["end", "up", "home", "2", "down", "3", "0", "pagedown"]:
            await pilot.press(key)
            await settle(demo_app, pilot)
            expected = pane.shown.split("\n")
            drawn = drawn_detail(demo_app)
            assert drawn[0] == expected[0].rstrip(), key
            wrapped = [line.text.rstrip() for line in pane._strips][:len(drawn)]
            assert drawn[:len(wrapped)] == wrapped, key
            assert all(not row for row in drawn[len(wrapped):]), key  # nothing left below
            seen.add(demo_app.service.contact(screen.contact_list.person_id).degree)
        assert len(seen) >= 3


async def test_a_long_search_keeps_its_end_in_view(demo_app):
    async with demo_app.run_test(size=(100, 40)) as pilot:
        await settle(demo_app, pilot)
        await pilot.press("slash", *("consultant " * 12).strip())
        await settle(demo_app, pilot)
        box = demo_app.main_screen.query_one("#search")
        assert box.value.endswith("consultant") and box.scroll_x > 0
        assert box.render_line(0).text.rstrip().endswith("consultant")
