"""Pilot tests: the map screen (issue 20) lists the circles and brokers the service found,
draws a bar per circle, and Enter shows the highlighted person in the main list."""

from __future__ import annotations

from coach.tui.screens.network_map import MapScreen
from tests.tui.conftest import settle


async def open_map(app, pilot) -> MapScreen:
    await settle(app, pilot)
    await pilot.press("g")
    await settle(app, pilot)
    assert isinstance(app.screen, MapScreen)
    return app.screen


async def test_the_map_lists_circles_and_brokers_and_enter_shows_the_person(demo_app):
    async with demo_app.run_test(size=(150, 40)) as pilot:
        screen = await open_map(demo_app, pilot)
        network_map = demo_app.service.network_map()
        assert screen.network_map is network_map  # the service's map, made in the worker
        assert screen.table.row_count == len(network_map.brokers) + network_map.connections
        summary = str(screen.query_one("#map-summary").render())
        assert "circles among your 80 connections" in summary
        bars = str(screen.query_one("#map-bars").render())
        colleagues = next(c for c in network_map.circles if c.colleagues)
        assert f"{colleagues.number}. {colleagues.label}" in bars and "█" in bars
        row = next(i for i, (_, under) in enumerate(screen.rows) if under is colleagues)
        screen.table.move_cursor(row=row)
        await settle(demo_app, pilot)
        detail = str(screen.query_one("#map-detail").render())
        assert "your Orbiteo colleagues" in detail and "Strongest tie:" in detail
        chosen = screen.selected
        assert chosen == colleagues.members[0]
        await pilot.press("enter")
        await settle(demo_app, pilot)
        assert demo_app.screen is demo_app.main_screen
        assert demo_app.main_screen.contact_list.person_id == chosen


async def test_a_broker_row_says_what_they_bridge(demo_app):
    async with demo_app.run_test(size=(150, 40)) as pilot:
        screen = await open_map(demo_app, pilot)
        broker = screen.network_map.brokers[0]
        assert screen.rows[0][0] == broker.person_id
        detail = str(screen.query_one("#map-detail").render())
        name = screen.network_map.names[broker.person_id]
        assert f"{name} links " in detail
        await pilot.press("escape")
        await settle(demo_app, pilot)
        assert demo_app.screen is demo_app.main_screen


async def test_the_palette_opens_the_map_and_louvain_runs_once(demo_app):
    async with demo_app.run_test(size=(150, 40)) as pilot:
        await settle(demo_app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"Network map")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(demo_app, pilot)
        assert isinstance(demo_app.screen, MapScreen)
        await pilot.press("g")  # g closes it too
        await settle(demo_app, pilot)
        await open_map(demo_app, pilot)
        assert demo_app.service.state.circles.computed == 1


async def test_the_map_in_french(demo_workspace):
    from coach.tui.app import make_app

    (demo_workspace.home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    demo_workspace.forget_config()
    from coach.wording import MISSING

    app = make_app(demo_workspace, watch_rules=False)
    before = set(MISSING)
    async with app.run_test(size=(150, 40)) as pilot:
        screen = await open_map(app, pilot)
        screen.table.move_cursor(row=len(screen.network_map.brokers) + 1)  # a circle's row
        await settle(app, pilot)
        assert "Lien le plus fort" in str(screen.query_one("#map-detail").render())
        screen.table.move_cursor(row=0)
        await settle(app, pilot)
        summary = str(screen.query_one("#map-summary").render())
        assert "cercles parmi vos 80 relations" in summary
        assert "Entrée\u00a0: voir la personne" in summary
        assert " fait le lien entre " in str(screen.query_one("#map-detail").render())
        assert "Passerelles" in str(screen.table.get_row_at(0)[0])
        assert set(MISSING) == before, f"left in English: {set(MISSING) - before}"


async def test_a_map_ready_after_the_screen_closed_is_dropped(demo_app):
    async with demo_app.run_test(size=(150, 40)) as pilot:
        screen = await open_map(demo_app, pilot)
        await pilot.press("escape")
        await settle(demo_app, pilot)
        screen.show(demo_app.service.network_map())  # what the worker would do, late
        await settle(demo_app, pilot)
        assert demo_app.screen is demo_app.main_screen and demo_app._exception is None


async def test_the_main_screen_is_never_closed(demo_app):
    """A palette told to close twice by one burst of keys (Textual's palette can) must not
    take the contact list with it."""
    async with demo_app.run_test(size=(150, 40)) as pilot:
        await settle(demo_app, pilot)
        main = demo_app.main_screen
        demo_app.pop_screen()
        await settle(demo_app, pilot)
        assert demo_app.screen is main
