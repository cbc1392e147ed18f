"""The keys of the add and paste dialogs are in the help screen and the keymap, and both
dialogs speak French in a French workspace (scanned as tests/project/test_french_output
scans the rest of the app)."""

from __future__ import annotations

import tomli
from textual import events
from textual.widgets import Button, Checkbox, Input, Label, Select, Static, TextArea

from coach.importers.paste import parse_paste
from coach.tui.app import make_app
from coach.tui.keys import ALL_KEYS, read_keymap
from coach.tui.screens.add_person_dialog import AddPersonDialog
from coach.tui.screens.paste_dialog import PasteDialog
from coach.tui.widgets.paste_preview import PastePreview
from coach.wording import MISSING
from coach.workspace import Workspace
from tests.conftest import dataset
from tests.project.test_french_output import (  # noqa: F401 (fixtures)
    _rendered,
    data_strings,
    french_home,
    problems_in,
)
from tests.tui.conftest import settle


def test_the_keymap_knows_the_new_ids():
    keymap, problems = read_keymap(tomli.loads('[keymap]\ngrow.add_person = "N"\n'
                                               'grow.paste = "P"\n')["keymap"])
    assert problems == [] and keymap == {"grow.add_person": "N", "grow.paste": "P"}
    assert {"grow.add_person", "grow.paste"} <= {key.id for key in ALL_KEYS}


async def test_the_keys_are_in_help_and_can_be_remapped(demo_workspace):
    keymap, _ = read_keymap({"grow": {"paste": "P"}})
    app = make_app(demo_workspace, keymap=keymap, watch_rules=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        rows = {what: keys for keys, what in app.screen.rows}
        assert rows["Add a person"] == "A" and rows["Paste a LinkedIn page"] == "P"
        await pilot.press("escape", "p")  # no longer bound
        await settle(app, pilot)
        assert not isinstance(app.screen, PasteDialog)
        await pilot.press("P")
        await settle(app, pilot)
        assert isinstance(app.screen, PasteDialog)


def _texts(screen) -> list[str]:
    """Every label a dialog shows: texts, fields' labels and placeholders, buttons, keys."""
    texts = [_rendered(widget.content) for widget in screen.query(Static)
             if not isinstance(widget, (Label, Button))]
    texts += [str(widget.content) for widget in screen.query(Label)]
    texts += [str(button.label) for button in screen.query(Button)]
    texts += [box.placeholder for box in screen.query(Input)]
    texts += [str(box.label) for box in screen.query(Checkbox)]
    texts += [str(select.prompt) for select in screen.query(Select)]
    texts += [active.binding.description for active in screen.active_bindings.values()
              if active.binding.show]
    return texts


async def test_both_dialogs_speak_french(request):
    home = request.getfixturevalue("french_home")  # the demo, in French
    demo_data = request.getfixturevalue("data_strings")  # what comes from its data
    MISSING.clear()
    pasted = dataset("linkedin-paste-samples", "search-results-fr.txt").read_text("utf-8")
    shown = parse_paste(pasted).to_json()["people"]
    data = sorted({str(value) for person in shown for key, value in person.items()
                   if isinstance(value, str) and key != "degree"}
                  | {name for person in shown for name in person["named_mutual_connections"]}
                  | {"Zoé Testeuse", "Renaud"} | set(demo_data), key=len, reverse=True)
    app = make_app(Workspace(home), watch_rules=False)
    told: list[str] = []
    notify = app.notify
    app.notify = lambda message, **options: (told.append(str(message)),
                                             notify(message, **options))[-1]
    texts: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        await pilot.press(*"Ajouter une")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, AddPersonDialog)
        texts += _texts(dialog)
        assert "Ajouter une personne\n" in texts and "URL du profil" in texts
        await pilot.press(*"Zoé Testeuse", "enter", "tab", "tab", *"Renaud")
        await pilot.click("#add-add")
        await settle(app, pilot)
        assert dialog.problem.startswith("'Renaud' correspond à plusieurs de vos relations")
        assert "Frédéric Renaud" in dialog.problem
        texts.append(dialog.problem)
        dialog.query_one("#add-mutual", Input).value = "Bob Nguyen"
        dialog.query_one("#add-url", Input).value = "exemple.com/zoe"
        await pilot.click("#add-add")
        await settle(app, pilot)
        assert dialog.problem == "ce n\u2019est pas l\u2019URL d\u2019un profil LinkedIn\u00a0: " \
                                 "'exemple.com/zoe'"
        texts.append(dialog.problem.replace("'exemple.com/zoe'", ""))
        dialog.query_one("#add-url", Input).value = ""
        await pilot.click("#add-add")
        await settle(app, pilot)
        assert any(text.startswith("Ajout de Zoé Testeuse") for text in told)
        await pilot.press("p")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, PasteDialog)
        texts += _texts(dialog)
        app.post_message(events.Paste(pasted))
        await pilot.pause(0.1)
        assert dialog.query_one(TextArea).text == pasted
        await pilot.press("f2")
        await settle(app, pilot)
        table = dialog.query_one(PastePreview)
        texts += [str(column.label) for column in table.columns.values()]
        texts += [" ".join(row) for row in table.shown_rows()]
        assert [row[1] for row in table.shown_rows()] == ["2e", "3e", "2e", "hors"]
        texts += dialog.status_lines
        assert dialog.status_lines[0] == ("4 personnes reconnues (page de résultats de "
                                          "recherche)")
        await pilot.press("f3")
        for _ in range(100):
            await pilot.pause(0.05)
            if not dialog.running:
                break
        await settle(app, pilot)
        assert dialog.imported and dialog.status_lines[0].startswith("Importé\u00a0: ")
        # rows skipped keep "file:line: reason" as the importer wrote them (as coach paste
        # and coach import show them); the source is named as a file name would be
        texts += [line.replace("pasted text (pasted search results)", "")
                  for line in dialog.status_lines if not line.startswith("    ")]
        dialog.query_one(TextArea).load_text("rien à voir ici")
        await pilot.press("f2")
        await settle(app, pilot)
        assert dialog.status_lines[0].startswith("rien de reconnaissable dans le texte")
        texts += dialog.status_lines
    texts += told
    problems = [problem for text in texts for problem in problems_in(text, data)]
    assert problems == [], "\n".join(problems)
    assert not MISSING, f"untranslated: {sorted(MISSING)}"
