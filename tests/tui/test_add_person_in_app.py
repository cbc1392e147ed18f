"""Adding a person from the app (A, or "Add a person…" in the palette): the fields of
``coach add``, what the service refuses said in the dialog with nothing written, and the
person shown at once in the list and the detail pane, with the introduction path."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from textual.widgets import Input, Select

from coach.model import Degree
from coach.tui.app import make_app
from coach.tui.screens.add_person_dialog import AddPersonDialog
from tests.tui.conftest import settle
from tests.tui.test_acting import detail


def counts(store) -> tuple[int, ...]:
    """People, connections, notes, degree hints and follows in the store file, read on a
    connection of its own: what an add writes."""
    with closing(sqlite3.connect(store.path)) as db:
        return db.execute("SELECT (SELECT COUNT(*) FROM person), (SELECT COUNT(*) FROM "
                          "connection), (SELECT COUNT(*) FROM note), (SELECT COUNT(*) FROM "
                          "degree_hint), (SELECT COUNT(*) FROM follow)").fetchone()


async def open_dialog(app, pilot) -> AddPersonDialog:
    await settle(app, pilot)
    await pilot.press("A")
    await settle(app, pilot)
    assert isinstance(app.screen, AddPersonDialog)
    return app.screen


async def choose_degree(pilot, dialog: AddPersonDialog, label: str) -> None:
    """Open the degree list (Enter) and go down to ``label``, as a person does."""
    select = dialog.query_one("#add-degree", Select)
    assert select.has_focus
    await pilot.press("enter")
    await pilot.pause(0.1)
    for _ in range(6):
        if select.value == label:
            break
        await pilot.press("down", "enter")
        await pilot.pause(0.1)
        if select.value == label:
            break
        await pilot.press("enter")
        await pilot.pause(0.1)
    assert select.value == label


async def test_a_person_added_with_a_shared_connection_is_2nd_degree_with_the_path(demo_app):
    told = []
    notify = demo_app.notify
    demo_app.notify = lambda message, **options: (told.append(message), notify(message,
                                                                               **options))[-1]
    async with demo_app.run_test(size=(120, 40)) as pilot:
        store = demo_app.service.store
        people, connections, notes, hints, follows = counts(store)
        await pilot.press("1")  # a filter that would hide a 2nd-degree person
        dialog = await open_dialog(demo_app, pilot)
        await pilot.press(*"Zoé Testeuse", "enter")
        await pilot.press(*"https://www.linkedin.com/in/zoe-testeuse/", "enter")
        await choose_degree(pilot, dialog, "2nd")
        await pilot.press("tab", *"Bob Nguyen", "enter")
        await pilot.press("space", "tab")  # follows me
        await pilot.press("tab", *"Quartz", "enter", *"Designer", "enter",
                          *"Rencontrée au meetup", "enter")
        await settle(demo_app, pilot)
        await pilot.pause(0.1)
        await settle(demo_app, pilot)
        assert not isinstance(demo_app.screen, AddPersonDialog)
        main = demo_app.main_screen
        person = main.contact_list.person_id
        contact = demo_app.service.contact(person)
        assert contact.name == "Zoé Testeuse" and main.wanted.degree is None
        assert contact.degree is Degree.SECOND and contact.follows_me and not contact.i_follow
        shown = detail(demo_app)
        assert shown.startswith("Zoé Testeuse") and "Designer · Quartz" in shown
        assert "2nd degree" in shown and "Rencontrée au meetup" in shown
        assert "You → Bob Nguyen → Zoé Testeuse" in shown
        assert counts(store) == (people + 1, connections + 1, notes + 1, hints + 1, follows + 1)
        assert contact.person.profile_url == "https://www.linkedin.com/in/zoe-testeuse"
    assert "Added Zoé Testeuse\nShared connections: Bob Nguyen" in told


async def test_an_ambiguous_shared_connection_lists_the_candidates_and_writes_nothing(
        demo_app):
    async with demo_app.run_test(size=(120, 40)) as pilot:
        store = demo_app.service.store
        before = counts(store)
        dialog = await open_dialog(demo_app, pilot)
        await pilot.press(*"Ana Exemple", "enter", "tab", "tab", *"Renaud")
        await pilot.click("#add-add")
        await settle(demo_app, pilot)
        assert isinstance(demo_app.screen, AddPersonDialog)
        problem = dialog.problem
        assert problem.startswith("'Renaud' matches several of your connections")
        for name in ("Delphine Renaud", "Frédéric Renaud", "Grégoire Renaud"):
            assert name in problem
        assert dialog.query_one("#add-mutual", Input).has_focus
        assert counts(store) == before
        mutual = dialog.query_one("#add-mutual", Input)
        mutual.value = ""
        await pilot.press(*"Personne Inconnue")
        await pilot.click("#add-add")
        await settle(demo_app, pilot)
        assert "'Personne Inconnue' is none of your 1st-degree connections" in dialog.problem
        assert counts(store) == before
        mutual.value = ""
        await pilot.press(*"Frédéric Renaud")
        await pilot.click("#add-add")
        await settle(demo_app, pilot)
        await pilot.pause(0.1)
        await settle(demo_app, pilot)
        assert not isinstance(demo_app.screen, AddPersonDialog)
        assert "You → Frédéric Renaud → Ana Exemple" in detail(demo_app)
        assert counts(store)[:3] == (before[0] + 1, before[1] + 1, before[2])


async def test_a_bad_profile_url_is_said_and_nothing_written(demo_app):
    async with demo_app.run_test(size=(120, 40)) as pilot:
        store = demo_app.service.store
        before = counts(store)
        dialog = await open_dialog(demo_app, pilot)
        await pilot.press(*"Ana Exemple", "enter", *"example.com/ana")
        await pilot.click("#add-add")
        await settle(demo_app, pilot)
        assert dialog.problem == "not a LinkedIn profile URL: 'example.com/ana'"
        assert dialog.query_one("#add-url", Input).has_focus
        await pilot.press("escape")
        await settle(demo_app, pilot)
        assert counts(store) == before


async def test_a_name_is_needed_and_esc_cancels_without_writing(demo_app):
    async with demo_app.run_test(size=(120, 40)) as pilot:
        store = demo_app.service.store
        before = counts(store)
        dialog = await open_dialog(demo_app, pilot)
        await pilot.click("#add-add")
        await settle(demo_app, pilot)
        assert dialog.problem == "A person needs a name."
        await pilot.press(*"Jeanne Partie", "tab", "tab")
        await pilot.press("escape")
        await settle(demo_app, pilot)
        assert not isinstance(demo_app.screen, AddPersonDialog)
        assert counts(store) == before
        assert not demo_app.service.find("Jeanne Partie")


async def test_the_palette_opens_the_dialog(demo_app):
    async with demo_app.run_test(size=(120, 40)) as pilot:
        await settle(demo_app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"Add a person")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(demo_app, pilot)
        assert isinstance(demo_app.screen, AddPersonDialog)


async def test_the_dialog_fits_80_by_24(demo_workspace):
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(app, pilot)
        frame = dialog.query_one("VerticalScroll")
        assert dialog.region.contains_region(frame.region)  # the frame is on the screen
        for field in ("#add-name", "#add-note", "#add-add", "#add-cancel"):
            widget = dialog.query_one(field)
            widget.focus()
            await pilot.pause(0.1)
            assert frame.region.contains_region(widget.region), field
