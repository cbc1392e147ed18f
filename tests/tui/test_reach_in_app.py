"""The palette's "Reach a company": type a company, see everyone known there by degree with
the introducer to ask; Enter on a person shows them in the main list."""

from __future__ import annotations

from coach.model import Degree
from coach.tui.app import make_app
from coach.tui.screens.reach_screen import ReachScreen
from tests.tui.conftest import settle


async def open_reach(app, pilot) -> ReachScreen:
    await settle(app, pilot)
    await pilot.press("ctrl+p")
    await pilot.pause(0.2)
    await pilot.press(*"Reach a company")
    await pilot.pause(0.3)
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, ReachScreen)
    return app.screen


def cells(screen: ReachScreen) -> list[list[str]]:
    table = screen.table
    return [[str(cell) for cell in table.get_row_at(row)] for row in range(table.row_count)]


async def test_reach_cartalis_then_jump_to_a_2nd_degree_person(demo_app):
    service = demo_app.service
    expected = service.reach("Cartalis")
    second = expected.people[Degree.SECOND][0]
    async with demo_app.run_test(size=(160, 45)) as pilot:
        screen = await open_reach(demo_app, pilot)
        await pilot.press(*"chez Cartalis", "enter")
        await settle(demo_app, pilot)
        rows = cells(screen)
        assert [row[1] for row in rows] == [p.name for p in expected.everyone()]
        assert [row[0] for row in rows] == ["1st"] * 8 + ["2nd"] * 2
        assert all(row[3] == "company" for row in rows)
        assert rows[8][2] == f"ask {second.introducer.name}"
        assert rows[0][2] == ""  # 1st degree: no one to ask
        assert rows[0][4] == "UX Researcher · Cartalis · Lyon"
        summary = str(screen.query_one("#reach-summary").render())
        assert "“chez Cartalis”: 10 people known (1st degree: 8 · 2nd degree: 2)." in summary
        assert screen.focused is screen.table  # the results take the keys
        for _ in range(8):
            await pilot.press("down")
        await pilot.press("enter")
        await settle(demo_app, pilot)
        assert demo_app.screen is demo_app.main_screen
        assert demo_app.main_screen.contact_list.person_id == second.id


async def test_an_empty_text_says_why_and_escape_closes(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        screen = await open_reach(demo_app, pilot)
        await pilot.press("enter")
        await settle(demo_app, pilot)
        assert "say what to reach: a company, a role or a city" in str(
            screen.query_one("#reach-summary").render())
        assert screen.table.row_count == 0
        await pilot.press(*"Zorglub", "enter")
        await settle(demo_app, pilot)
        assert "No one known matches “Zorglub”" in str(screen.query_one("#reach-summary").render())
        await pilot.press("escape")
        await settle(demo_app, pilot)
        assert demo_app.screen is demo_app.main_screen


async def test_in_french(demo_workspace):
    (demo_workspace.home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        app.push_screen(ReachScreen("Cartalis"))
        await settle(app, pilot)
        screen = app.screen
        rows = cells(screen)
        assert [row[0] for row in rows] == ["1er"] * 8 + ["2e"] * 2
        assert rows[8][3] == "entreprise" and rows[8][2].startswith("demandez à ")
        summary = str(screen.query_one("#reach-summary").render())
        assert summary.startswith("«\u00a0Cartalis\u00a0»\u00a0: 10 personnes connues")
        assert "Entrée sur une personne l’affiche dans la liste." in summary
