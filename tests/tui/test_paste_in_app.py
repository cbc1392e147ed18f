"""Pasting a LinkedIn page in the app (p, or "Paste a LinkedIn page…"): the terminal's paste
goes into the text area, F2 shows what the page holds before anything is written, F3
imports it, and the network is read again; the same page twice adds nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from textual import events
from textual.app import App
from textual.widgets import Input, TextArea

from coach.tui.app import make_app
from coach.tui.screens.paste_dialog import PasteDialog
from coach.tui.widgets.paste_preview import PastePreview
from coach.wording import ENGLISH
from tests.conftest import dataset
from tests.tui.conftest import settle

SAMPLES = ("linkedin-paste-samples",)


def sample(name: str) -> str:
    return dataset(*SAMPLES, name).read_text(encoding="utf-8")


def counts(store) -> tuple[int, ...]:
    """People, connections, degree hints and follows in the store file, read on a
    connection of its own."""
    with closing(sqlite3.connect(store.path)) as db:
        return db.execute("SELECT (SELECT COUNT(*) FROM person), (SELECT COUNT(*) FROM "
                          "connection), (SELECT COUNT(*) FROM degree_hint), (SELECT COUNT(*) "
                          "FROM follow)").fetchone()


async def open_dialog(app, pilot) -> PasteDialog:
    await settle(app, pilot)
    await pilot.press("p")
    await settle(app, pilot)
    assert isinstance(app.screen, PasteDialog)
    return app.screen


async def paste(pilot, dialog: PasteDialog, text: str) -> None:
    """What the terminal sends when the person pastes: a Paste event to the focused area."""
    area = dialog.query_one(TextArea)
    assert area.has_focus
    dialog.app.post_message(events.Paste(text))  # the app gives it to the focused widget
    await pilot.pause(0.1)
    assert area.text == text


async def wait_written(app, pilot, dialog: PasteDialog) -> None:
    for _ in range(200):
        await pilot.pause(0.05)
        if not dialog.running:
            break
    await settle(app, pilot)


async def test_a_search_results_page_is_previewed_then_imported_once(demo_app):
    async with demo_app.run_test(size=(120, 40)) as pilot:
        store = demo_app.service.store
        before = counts(store)
        dialog = await open_dialog(demo_app, pilot)
        await paste(pilot, dialog, sample("search-results-en.txt"))
        await pilot.press("f2")
        await settle(demo_app, pilot)
        table = dialog.query_one(PastePreview)
        assert table.keys[:5] == ["name", "degree", "mutual_connections",
                                  "named_mutual_connections", "headline"]
        rows = [row[:4] for row in table.shown_rows()]
        assert rows == [["Nadia Benali", "2nd", "6", "Bob Nguyen, Carla Rossi"],
                        ["Tomás Ferreira", "2nd", "1", "Léa Dubois"],
                        ["Yann K.", "3rd", "", ""],
                        ["(LinkedIn Member)", "out", "", ""],
                        ["Sofía García", "1st", "", ""]]
        assert table.shown_rows()[0][4] == "Head of Partnerships at Quartz Finance"
        assert dialog.status_lines[0] == "Recognised 5 people (search results page)"
        assert counts(store) == before  # a preview writes nothing
        await pilot.press("f3")
        await wait_written(demo_app, pilot, dialog)
        report = "\n".join(dialog.status_lines)
        assert report.startswith("Imported pasted text") and "people added" in report
        assert "a LinkedIn Member: no name shown, not imported" in report
        once = counts(store)
        assert once[0] > before[0] and once[2] > before[2]
        await pilot.press("f3")  # the same page again
        await wait_written(demo_app, pilot, dialog)
        assert counts(store)[:2] == once[:2]
        assert "people added                            0" in "\n".join(dialog.status_lines)
        await pilot.press("escape")
        await settle(demo_app, pilot)
        await pilot.pause(0.1)
        await settle(demo_app, pilot)
        assert not isinstance(demo_app.screen, PasteDialog)
        nadia = demo_app.service.find("Nadia Benali")
        assert len(nadia) == 1
        assert demo_app.service.contact(nadia[0].id).degree.label == "2nd"


async def test_text_with_nothing_recognisable_says_what_was_expected(demo_app):
    async with demo_app.run_test(size=(120, 40)) as pilot:
        store = demo_app.service.store
        before = counts(store)
        dialog = await open_dialog(demo_app, pilot)
        await pilot.press("f2")
        assert dialog.status_lines == ["Paste the text of a LinkedIn page first."]
        await paste(pilot, dialog, "Bonjour\nA few words that are no LinkedIn page\n")
        await pilot.press("f3")  # not previewed: F3 shows the preview first
        await settle(demo_app, pilot)
        assert dialog.status_lines[0].startswith("nothing recognisable in the text: expected ")
        assert "search results page" in dialog.status_lines[0]
        assert dialog.status_lines[-1] == "Nothing was written."
        assert dialog.query_one(PastePreview).row_count == 0
        await pilot.press("f3")
        await settle(demo_app, pilot)
        assert not dialog.running and counts(store) == before
        await pilot.press("escape")
        await settle(demo_app, pilot)
        assert not isinstance(demo_app.screen, PasteDialog)


async def test_a_file_can_be_read_instead_and_followers_show_who_follows_whom(demo_app):
    async with demo_app.run_test(size=(120, 40)) as pilot:
        dialog = await open_dialog(demo_app, pilot)
        await pilot.press("tab")
        assert dialog.query_one("#paste-file", Input).has_focus
        path = dataset(*SAMPLES, "followers-en.txt")
        await pilot.press(*str(path), "enter")
        await settle(demo_app, pilot)
        assert dialog.query_one(TextArea).text == sample("followers-en.txt")
        table = dialog.query_one(PastePreview)
        assert "follower" in table.keys and table.row_count > 0
        shown = table.shown_rows()
        column = table.keys.index("follower")
        assert {row[column] for row in shown} <= {"follows you",
                                                 "follows you, you follow back"}
        assert dialog.status_lines[0].endswith("(followers page)")
        dialog.query_one("#paste-file", Input).value = ""  # a file that is not there
        await pilot.press(*"/no/such/file.txt", "enter")
        await settle(demo_app, pilot)
        assert dialog.status_lines[0].startswith("cannot read /no/such/file.txt: ")


async def test_a_field_the_parser_adds_shows_as_a_column_of_its_own():
    class Table(App):
        def compose(self):
            yield PastePreview()

    app = Table()
    async with app.run_test() as pilot:
        table = app.query_one(PastePreview)
        table.show([{"name": "Ana [b]Exemple", "line": 3, "degree": "2nd", "headline": None,
                     "follows_me": None, "i_follow": None, "mutual_connections": 0,
                     "sent": "2 weeks ago", "named_mutual_connections": []}], ENGLISH)
        await pilot.pause()
        assert table.keys == ["name", "degree", "mutual_connections", "sent"]
        assert table.shown_rows() == [["Ana [b]Exemple", "2nd", "0", "2 weeks ago"]]


async def test_the_palette_opens_it_and_it_fits_80_by_24(demo_workspace):
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"Paste a LinkedIn")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, PasteDialog)
        await paste(pilot, dialog, sample("search-results-en.txt"))
        await pilot.press("f2")
        await settle(app, pilot)
        frame = dialog.query_one("VerticalScroll")
        assert dialog.region.contains_region(frame.region)
        for field in ("#paste-text", "#paste-file", "#paste-import", "#paste-table"):
            widget = dialog.query_one(field)
            widget.focus()
            await pilot.pause(0.1)
            assert frame.region.overlaps(widget.region), field
            assert widget.region.y >= frame.region.y, field


async def test_the_invitation_manager_shows_each_invitation_in_one_cell(demo_app):
    async with demo_app.run_test(size=(120, 40)) as pilot:
        dialog = await open_dialog(demo_app, pilot)
        await paste(pilot, dialog, sample("invitations-fr.txt"))
        await pilot.press("f2")
        await settle(demo_app, pilot)
        table = dialog.query_one(PastePreview)
        assert "invitation" in table.keys and "invited_on" not in table.keys
        column = table.keys.index("invitation")
        cells = [row[column] for row in table.shown_rows()]
        assert cells and all(cell.startswith(("received", "sent")) for cell in cells)
        assert dialog.status_lines[0].endswith("(invitation manager)")
