"""Live data: what another process writes to the store (``coach log``, ``coach import`` from
a second shell: real subprocesses on the real store file) shows in the running app within
2 s, with the cursor on the same person and the filters kept; ``r`` reads it again too."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading

from coach.model import Degree
from coach.store import Store
from coach.tui.app import make_app
from tests.tui.conftest import settle

TODAY = "2026-11-22"  # COACH_TODAY, in the subprocesses too (tests/conftest.py)
SHOWN_WITHIN = 2.0
"""Seconds the app has to show another process's change (issue 17, item 4)."""


async def coach_elsewhere(home, *argv: str) -> str:
    """Run the real command line in another process on the same workspace."""
    done = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-m", "coach", "--home", str(home), *argv],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


async def shown_within(pilot, seconds: float, condition) -> bool:
    """Let the app run until ``condition()`` holds, for at most ``seconds``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while loop.time() < deadline:
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()


def person_named(app, name: str) -> int:
    return app.service.find(name)[0].id


def last_contact(app, person_id: int) -> str:
    listing = app.main_screen.listing
    return listing.last_contact[listing.position_of(person_id)]


async def on_first_degree_row(app, pilot, rows_down: int) -> int:
    """Show the 1st degree only and move the cursor down; the highlighted person's id."""
    await settle(app, pilot)
    await pilot.press("1", *["down"] * rows_down)
    await settle(app, pilot)
    return app.main_screen.contact_list.person_id


async def test_a_log_from_another_process_shows_within_two_seconds_on_the_same_person(
        demo_workspace):
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(160, 45)) as pilot:
        cursor = await on_first_degree_row(app, pilot, 3)
        carla = person_named(app, "Carla Rossi")
        assert cursor != carla and not last_contact(app, carla).startswith(TODAY)
        before = app.main_screen.shown

        await coach_elsewhere(demo_workspace.home, "log", "Carla Rossi", "messaged")

        assert await shown_within(pilot, SHOWN_WITHIN, lambda: app.main_screen.shown
                                  is not before and last_contact(app, carla).startswith(TODAY))
        await settle(app, pilot)
        screen = app.main_screen
        assert screen.contact_list.person_id == cursor  # the cursor stayed on the person
        assert screen.wanted.degree is Degree.FIRST  # and the filter stayed
        assert app.live_data.changes >= 1
        assert any("changed outside the app" in str(n.message) for n in app._notifications)


async def test_a_tag_and_an_import_from_another_process_show_with_the_search_kept(
        demo_workspace, tmp_path):
    leads = tmp_path / "leads.csv"
    leads.write_text("firstName,lastName,company\nZoé,Marchal,Parcelle\n", encoding="utf-8")
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"parcelle", "enter")
        await settle(app, pilot)
        screen = app.main_screen
        cursor = screen.contact_list.person_id
        rows = len(screen.contact_list.positions)
        assert cursor is not None and rows >= 1

        await coach_elsewhere(demo_workspace.home, "tag", "Léa Dubois", "salon")
        assert await shown_within(pilot, SHOWN_WITHIN,
                                  lambda: "salon" in screen.listing.tag_counts())

        await coach_elsewhere(demo_workspace.home, "import", str(leads), "--format", "people")
        assert await shown_within(pilot, SHOWN_WITHIN,
                                  lambda: len(screen.contact_list.positions) == rows + 1)
        await settle(app, pilot)
        assert screen.wanted.search == "parcelle"  # the search stayed, and finds the newcomer
        assert "zoe marchal" in [screen.listing.names[p] for p in screen.contact_list.positions]
        assert screen.contact_list.person_id == cursor


async def test_r_reads_the_rules_and_the_store_again(demo_workspace):
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        app.live_data.stop()  # only the key reads the store now
        carla = person_named(app, "Carla Rossi")
        await coach_elsewhere(demo_workspace.home, "log", "Carla Rossi", "messaged")
        await pilot.pause(0.6)
        assert not last_contact(app, carla).startswith(TODAY)
        reloads = app.rule_reloads
        await pilot.press("r")
        await settle(app, pilot)
        assert last_contact(app, carla).startswith(TODAY)
        assert app.rule_reloads == reloads + 1


async def test_the_apps_own_writes_are_not_taken_for_another_process(demo_workspace):
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Carla Rossi", "enter")
        await settle(app, pilot)
        await pilot.press("m")  # logged by the app itself: rebuilt once, by the log
        await settle(app, pilot)
        await pilot.pause(0.6)
        await settle(app, pilot)
        assert app.live_data.changes == 0


def test_data_version_moves_for_other_connections_only_and_never_waits(tmp_path):
    with Store(tmp_path / "coach.sqlite3") as store:
        version = store.data_version()
        store.settings.set("seen", "own")  # this connection's own write
        assert store.data_version() == version
        with Store(tmp_path / "coach.sqlite3") as other:
            other.settings.set("seen", "other")
        assert store.data_version() != version

        held, release = threading.Event(), threading.Event()

        def hold() -> None:
            with store.transaction():
                held.set()
                release.wait(5)

        writer = threading.Thread(target=hold)
        writer.start()
        held.wait(5)
        try:
            assert store.data_version(wait=False) is None  # busy: no wait on the event loop
        finally:
            release.set()
            writer.join()
        assert store.data_version(wait=False) is not None
