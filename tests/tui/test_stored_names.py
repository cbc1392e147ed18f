"""Toasts and dialogs name a person as stored ("Álvaro Castaño"), never as LinkedIn shows
them at their degree ("LinkedIn Member"), in English and in French."""

from __future__ import annotations

from coach.model import Degree
from coach.tui.screens.enrol_dialog import EnrolDialog
from coach.tui.screens.note_dialog import NoteDialog
from tests.tui.conftest import settle

NAME = "Álvaro Castaño"  # out of network in the demo: shown as "LinkedIn Member"


async def on_alvaro(app, pilot) -> int:
    await settle(app, pilot)
    await pilot.press("slash", *NAME, "enter")
    await settle(app, pilot)
    person_id = app.main_screen.contact_list.person_id
    contact = app.service.contact(person_id)
    assert contact.name == NAME and contact.degree is Degree.OUT_OF_NETWORK
    assert contact.display_name == "LinkedIn Member"
    return person_id


def told(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_a_log_toast_and_the_dialogs_say_the_stored_name(demo_app):
    async with demo_app.run_test(size=(160, 45)) as pilot:
        await on_alvaro(demo_app, pilot)
        await pilot.press("M")
        await settle(demo_app, pilot)
        logged = [note for note in told(demo_app) if note.startswith("Logged: met")]
        assert logged and NAME in logged[-1]
        assert not any("LinkedIn Member" in note for note in told(demo_app))

        await pilot.press("n")
        await settle(demo_app, pilot)
        assert isinstance(demo_app.screen, NoteDialog)
        assert demo_app.screen.person_name == NAME
        await pilot.press("escape")
        await settle(demo_app, pilot)

        await pilot.press("e")
        await settle(demo_app, pilot)
        assert isinstance(demo_app.screen, EnrolDialog) and demo_app.screen.who == NAME


async def test_the_log_toast_says_the_stored_name_in_french(demo_workspace):
    from coach.tui.app import make_app

    (demo_workspace.home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    demo_workspace.forget_config()
    app = make_app(demo_workspace, watch_rules=False)
    assert app.words.french
    async with app.run_test(size=(160, 45)) as pilot:
        await on_alvaro(app, pilot)
        await pilot.press("M")
        await settle(app, pilot)
        assert any(NAME in note and note.startswith("Noté") for note in told(app)), \
            told(app)
        assert not any("LinkedIn Member" in note or "Membre LinkedIn" in note
                       for note in told(app))
