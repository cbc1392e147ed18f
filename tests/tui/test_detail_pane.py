"""Pilot tests of the detail pane (issue 17, items 1 and 2): it reads in order of use, Tab
goes into it and the keys scroll it, a history entry is deleted after a question, ctrl+z
undoes the last act of the session, long and blocked lists fold, in English and French.
Real app, real store files."""

from __future__ import annotations

import sqlite3

from coach.service import NetworkService
from coach.tui.app import make_app
from coach.workspace import Workspace
from tests.tui.conftest import settle
from tests.tui.test_browse import drawn_detail

KEPT_APART = ("act", "revision", "network_cache")
"""Tables an act and an undo may change: the act itself and the bookkeeping of changes."""


async def highlight(app, pilot, name: str) -> int:
    """Search a name, back to the list; the highlighted person's id once the pane follows."""
    await settle(app, pilot)
    await pilot.press("slash", *name, "enter")
    await settle(app, pilot)
    await pilot.pause(0.1)
    await settle(app, pilot)
    person_id = app.main_screen.contact_list.person_id
    assert app.service.contact(person_id).name == name
    return person_id


async def press(app, pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await settle(app, pilot)


def pane(app):
    return app.main_screen.query_one("#detail")


def store_dump(path) -> list[str]:
    """Every row of the store but the tables an act may touch, as SQL text."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        tables = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                  if name not in KEPT_APART]
        return sorted(f"{table}: {row!r}" for table in tables
                      for row in db.execute(f"SELECT * FROM {table}"))


async def cursor_to(app, pilot, wanted) -> None:
    """Move the pane's cursor down until its line stands for what ``wanted`` accepts."""
    detail = pane(app)
    for _ in range(200):
        if wanted(detail.target or ""):
            return
        await press(app, pilot, "down")
    raise AssertionError(f"no such line in the pane:\n{detail.shown}")


def with_history(workspace, name: str, visits: int = 0, notes: tuple[str, ...] = ()) -> int:
    """Log visits and keep notes about ``name`` through the service (as `coach log` does)."""
    service = NetworkService(workspace)
    person_id = next(pid for pid in service.roster.people if service.contact(pid).name == name)
    for day in range(visits):
        service.log(person_id, "visited", at=f"2026-10-{day + 1:02d}")
    for text in notes:
        service.follow_ups.note(person_id, text)
    return person_id


async def test_the_pane_reads_in_order_of_use(demo_app):
    async with demo_app.run_test(size=(140, 45)) as pilot:
        await highlight(demo_app, pilot, "Céline Royer")
        text = pane(demo_app).shown
        order = [text.index(part) for part in ("1st degree", "Advice\n", "  1. ",
                                                "What you can do", "  ✓ Message for free",
                                                "actions not possible now",
                                                "Shared connections", "History\n")]
        assert order == sorted(order)
        assert "  2. " not in text  # the top advice only, the rest behind one line
        assert "… and 2 more pieces of advice (Enter)" in text


async def test_tab_goes_into_the_pane_and_end_reaches_its_last_line(demo_workspace):
    person_id = with_history(demo_workspace, "Céline Royer", visits=3,
                             notes=("Rencontré au salon VivaTech [stand 4]", "Aime le vélo"))
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(140, 30)) as pilot:
        await highlight(app, pilot, "Céline Royer")
        detail = pane(app)
        assert detail.shown.rstrip().endswith("Rencontré au salon VivaTech [stand 4]")
        assert detail.scroll_offset.y == 0 and detail.max_scroll_y > 0
        await press(app, pilot, "tab")
        assert app.focused is detail
        await press(app, pilot, "down", "down")
        assert detail.cursor_line == 2 and detail.scroll_offset.y == 0
        await press(app, pilot, "end")
        assert detail.scroll_offset.y == detail.max_scroll_y
        assert detail.cursor_text.endswith("Rencontré au salon VivaTech [stand 4]")
        assert detail.target.startswith("entry:n")
        drawn = [row for row in drawn_detail(app) if row]
        assert drawn[-1].endswith("Rencontré au salon VivaTech [stand 4]")  # literal, no markup
        await press(app, pilot, "pageup")
        assert detail.scroll_offset.y < detail.max_scroll_y
        await press(app, pilot, "home")
        assert detail.scroll_offset.y == 0 and detail.cursor_line == 0
        # Esc goes back to the list, whose keys work again
        await press(app, pilot, "escape")
        assert app.focused is app.main_screen.contact_list
        await press(app, pilot, "l")
        assert app.focused is detail
        await press(app, pilot, "tab")
        assert app.focused is app.main_screen.contact_list
        await press(app, pilot, "escape", "down")  # everyone again, then the next one
        await pilot.pause(0.1)
        await settle(app, pilot)
        assert app.main_screen.contact_list.person_id != person_id
        assert not detail.shown.startswith("Céline Royer")


async def test_a_log_then_ctrl_z_leaves_nothing_new_in_the_store(demo_app):
    async with demo_app.run_test(size=(140, 45)) as pilot:
        person_id = await highlight(demo_app, pilot, "Léa Dubois")
        path = demo_app.service.store.path
        before = store_dump(path)
        visits = pane(demo_app).shown.count("visited, by you")
        await press(demo_app, pilot, "v")
        assert store_dump(path) != before
        assert pane(demo_app).shown.count("visited, by you") == visits + 1
        await press(demo_app, pilot, "ctrl+z")
        await pilot.pause(0.1)
        await settle(demo_app, pilot)
        assert store_dump(path) == before
        toasts = [str(n.message) for n in demo_app._notifications]
        assert any(t.startswith("Undone: logged visited Léa Dubois at ") for t in toasts)
        assert pane(demo_app).shown.count("visited, by you") == visits
        assert demo_app.main_screen.contact_list.person_id == person_id  # the cursor stayed
        await press(demo_app, pilot, "ctrl+z")  # nothing else was done in this session
        assert store_dump(path) == before
        assert "nothing to undo in this session" in str(
            list(demo_app._notifications)[-1].message)


async def test_an_entry_is_deleted_after_a_question_and_ctrl_z_brings_it_back(demo_workspace):
    person_id = with_history(demo_workspace, "Céline Royer", visits=2)
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await highlight(app, pilot, "Céline Royer")
        history = app.service.history
        before = history.entries(person_id)
        visit = next(entry for entry in before if entry.kind == "visited")
        await press(app, pilot, "l")
        await cursor_to(app, pilot, lambda target: target == f"entry:{visit.id}")
        await press(app, pilot, "x")
        question = str(app.screen.query_one("#confirm-question").render())
        assert question == (f"Delete 'visited, by you' of {visit.at[:10]} from the history "
                            "of Céline Royer? y/n")
        await press(app, pilot, "n")  # no: nothing deleted
        assert history.entries(person_id) == before
        await press(app, pilot, "x")
        await press(app, pilot, "y")
        await pilot.pause(0.1)
        await settle(app, pilot)
        assert [e.id for e in history.entries(person_id)] == [
            e.id for e in before if e.id != visit.id]
        toast = str(list(app._notifications)[-1].message)
        assert toast == (f"Deleted 'visited, by you' of {visit.at[:10]} from the history of "
                         "Céline Royer: ctrl+z brings it back")
        assert app.focused is pane(app)  # still in the pane, on the same person
        assert app.main_screen.contact_list.person_id == person_id
        await press(app, pilot, "ctrl+z")
        await pilot.pause(0.1)
        await settle(app, pilot)
        assert history.entries(person_id) == before
        assert f"{visit.at[:10]}  visited, by you" in pane(app).shown


async def test_a_line_not_an_entry_deletes_nothing(demo_app):
    async with demo_app.run_test(size=(140, 45)) as pilot:
        await highlight(demo_app, pilot, "Céline Royer")
        await press(demo_app, pilot, "l", "x")  # the cursor is on the name
        assert demo_app.screen is demo_app.main_screen


async def test_blocked_actions_are_folded_then_opened(demo_app):
    async with demo_app.run_test(size=(140, 45)) as pilot:
        await highlight(demo_app, pilot, "Bob Nguyen")
        detail = pane(demo_app)
        assert "✗ Invite to connect" not in detail.shown
        folded = next(line for line in detail.shown.splitlines() if "not possible" in line)
        assert folded.startswith("  ✗ ") and folded.endswith(
            "actions not possible now — Enter shows why")
        await press(demo_app, pilot, "l")
        await cursor_to(demo_app, pilot, lambda target: target == "open:blocked")
        line = detail.cursor_line
        await press(demo_app, pilot, "enter")
        assert "  ✗ Invite to connect [i] — You are already connected." in detail.shown
        assert detail.cursor_line == line and demo_app.focused is detail
        await press(demo_app, pilot, "enter")  # Enter on its first line folds it again
        assert "✗ Invite to connect" not in detail.shown


async def test_a_long_history_shows_its_first_lines_then_opens(demo_workspace):
    person_id = with_history(demo_workspace, "Léa Dubois", visits=14)
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await highlight(app, pilot, "Léa Dubois")
        detail = pane(app)
        entries = [e for e in app.service.history.entries(person_id) if e.kind != "note"]
        lines = detail.shown.splitlines()
        history = [lines[number] for number, target in sorted(detail._targets.items())
                   if target.startswith(("entry:i", "entry:v"))]
        assert len(history) == 8 and history[0].startswith(f"  {entries[0].at[:10]}")
        assert f"  … and {len(entries) - 8} more (Enter)" in detail.shown
        await press(app, pilot, "l")
        await cursor_to(app, pilot, lambda target: target == "open:history")
        await press(app, pilot, "enter")
        assert len([line for line in detail.shown.splitlines()
                    if "visited, by you" in line]) == sum(e.kind == "visited" for e in entries)
        assert "more (Enter)" not in detail.shown


async def test_the_pane_speaks_french(demo_workspace):
    from coach.wording import MISSING
    from coach.wording.pane import FRENCH_PANE

    with_history(demo_workspace, "Bob Nguyen", visits=1, notes=("Déjeuner prévu",))
    (demo_workspace.home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    app = make_app(Workspace(demo_workspace.home), watch_rules=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await highlight(app, pilot, "Bob Nguyen")
        text = pane(app).shown
        assert "\nHistorique\n" in text and "visite du profil, de votre part" in text
        assert "actions impossibles pour l’instant — Entrée montre pourquoi" in text
        await press(app, pilot, "l")
        await cursor_to(app, pilot, lambda target: target.startswith("entry:i"))
        await press(app, pilot, "x")
        question = str(app.screen.query_one("#confirm-question").render())
        assert question.startswith("Supprimer «\u00a0") and question.endswith("\u00a0? y/n")
        await press(app, pilot, "y", "ctrl+z")
        toasts = [str(n.message) for n in app._notifications]
        assert any(t.startswith("Entrée supprimée de l’historique de Bob Nguyen\u00a0: «\u00a0")
                   for t in toasts)
        assert any(t.startswith("Annulé\u00a0: l’entrée du") for t in toasts)
    assert not MISSING & set(FRENCH_PANE)


async def test_what_waits_on_you_comes_before_the_advice(demo_app):
    loop = next(loop for loop in demo_app.service.follow_ups.open_loops()
                if loop.kind == "reply")
    async with demo_app.run_test(size=(140, 45)) as pilot:
        await highlight(demo_app, pilot, loop.name)
        text = pane(demo_app).shown
        waiting = f"⏳ Reply to {loop.name}: they wrote "
        assert waiting in text and text.index(waiting) < text.index("Advice\n")
        assert demo_app.service.follow_ups.open_loops_of(loop.person_id)[0].kind == "reply"
