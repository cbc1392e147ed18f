"""Importing from the command palette: a worker with a progress bar, then the report; while
the demo is shown, the import goes to the person's own workspace and the app switches to it."""

from __future__ import annotations

from coach.demo import DEMO_BANNER
from coach.importers import ImportOptions
from coach.store import Store
from coach.tui.app import make_app
from coach.tui.screens.import_screen import ImportScreen
from tests.conftest import FIXTURES, dataset
from tests.tui.conftest import settle


async def open_import(app, pilot) -> ImportScreen:
    await settle(app, pilot)
    await pilot.press("ctrl+p")
    await pilot.pause(0.2)
    await pilot.press(*"Import a file")
    await pilot.pause(0.3)
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, ImportScreen)
    return app.screen


async def wait_done(app, pilot, screen: ImportScreen) -> None:
    for _ in range(600):
        await pilot.pause(0.05)
        if not screen.running:
            break
    await settle(app, pilot)


async def test_importing_an_export_from_the_demo_switches_to_ones_own_network(demo_workspace,
                                                                              tmp_path):
    sample = dataset("linkedin-export-samples", "yang-db-linked-knowledge")
    mine = tmp_path / "mine"
    demo_workspace.is_demo = True
    app = make_app(demo_workspace, demo_banner=DEMO_BANNER, watch_rules=False, import_home=mine)
    seen = []
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_import(app, pilot)
        original = screen._progress
        screen._progress = lambda done, total: (seen.append((done, total)), original(done, total))
        await pilot.press(*str(sample), "enter")
        await wait_done(app, pilot, screen)
        report = "\n".join(screen.report_lines)
        assert "Connections.csv rows read" in report and "1,869" in report
        assert seen and seen[-1][0] == seen[-1][1]  # the bar went to the end
        await pilot.press("enter")  # back to the network
        await settle(app, pilot)
        main = app.main_screen
        assert app.service.home == mine and not app.service.is_demo
        assert main.query_one("#demo-banner").text == ""
        assert len(main.listing) == app.service.store.people.count() - 1  # all but me
        await pilot.pause(0.1)
        await settle(app, pilot)
        highlighted = app.service.contact(main.contact_list.person_id)
        assert main.contact_list.cursor == 0
        assert main.query_one("#detail").shown.startswith(highlighted.name)
        with Store(mine / "coach.sqlite3") as store:
            assert store.connections.count() > 1000
    with Store(demo_workspace.store.path) as demo_store:
        assert demo_store.people.count() < 400  # the demo itself was not touched


async def test_a_file_of_no_known_format_says_so_and_imports_nothing(demo_workspace):
    app = make_app(demo_workspace, watch_rules=False)
    before = demo_workspace.store.people.count()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_import(app, pilot)
        await pilot.press(*str(FIXTURES / "linkedin" / "not-an-export.csv"), "enter")
        await wait_done(app, pilot, screen)
        text = "\n".join(screen.report_lines)
        assert "cannot tell the format" in text and "Nothing was imported." in text
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, ImportScreen)
        assert app.service.workspace is demo_workspace
    assert demo_workspace.store.people.count() == before


async def test_the_options_of_coach_import_are_on_the_screen(workspace, tmp_path):
    """Format, me, teammate and directed, as `coach import` takes them: an edge list of
    follows, with me named, lands as follows from me's point of view."""
    edges = tmp_path / "follows.txt"
    edges.write_text("ana bob\nbob carl\ncarl ana\nana carl\n", encoding="utf-8")
    workspace.store.people.add(first_name="Seed")  # a workspace of one's own, not the demo
    app = make_app(workspace, watch_rules=False)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_import(app, pilot)
        await pilot.press(*str(edges))
        await pilot.press("tab", "tab", *"ana", "tab", "tab", "space")  # me, then directed
        assert screen.options() == ImportOptions(format=None, directed=True, me="ana",
                                                 teammate=None)
        await pilot.press("shift+tab", "shift+tab", "enter")  # Enter in any box imports
        await wait_done(app, pilot, screen)
        assert "Nothing was imported." not in "\n".join(screen.report_lines)
    store = workspace.store
    ana = store.people.by_ref("ana")
    assert store.me == ana.id
    assert (store.connections.count(), store.follows.count()) == (0, 4)


async def test_a_teammate_for_a_file_that_is_not_an_export_is_refused(workspace, tmp_path):
    edges = tmp_path / "edges.txt"
    edges.write_text("a b\n", encoding="utf-8")
    workspace.store.people.add(first_name="Seed")
    app = make_app(workspace, watch_rules=False)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_import(app, pilot)
        await pilot.press(*str(edges), "tab", "tab", "tab", *"Carla", "enter")
        await wait_done(app, pilot, screen)
        assert screen.report_lines == [
            "--teammate reads a teammate's LinkedIn export, not a file of format edgelist",
            "Nothing was imported."]
    assert workspace.store.connections.count() == 0
