"""The app's import reports in a French workspace (the palette's import screen and the paste
dialog): the same lines as ``coach import`` and ``coach paste`` print, remarks and reasons
in French, through the one ``import_lines``."""

from __future__ import annotations

import io
from contextlib import redirect_stdout

from textual import events
from textual.widgets import TextArea

from coach.cli.main import main
from coach.tui.app import make_app
from coach.workspace import Workspace
from tests.conftest import FIXTURES, dataset
from tests.importers.test_import_french import messy_export
from tests.tui.conftest import settle
from tests.tui.test_import_in_app import wait_done
from tests.tui.test_paste_in_app import wait_written

NBSP = "\u00a0"


def french(home):
    home.mkdir(parents=True)
    (home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    return home


def cli(*argv) -> list[str]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main([str(arg) for arg in argv]) == 0
    return out.getvalue().splitlines()


async def test_the_import_screen_reports_in_french_as_the_command_does(tmp_path):
    export = messy_export(tmp_path)
    printed = cli("--home", french(tmp_path / "cli"), "import", export)
    app = make_app(Workspace(french(tmp_path / "app")), watch_rules=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app, pilot)
        app.action_import()
        await settle(app, pilot)
        screen = app.screen
        await pilot.press(*str(export), "enter")
        await wait_done(app, pilot, screen)
        shown = list(screen.report_lines)
    assert shown[:len(printed)] == printed and not "".join(shown[len(printed):]).strip()
    assert f"    Connections.csv:7: mois inconnu «{NBSP}Foo{NBSP}»" in shown
    assert f"  messages{NBSP}: 2 personnes, dont 1 a répondu" in shown


async def test_the_paste_dialog_reports_in_french(tmp_path):
    home = french(tmp_path / "home")
    cli("--home", home, "import", FIXTURES / "linkedin" / "export-2024")
    app = make_app(Workspace(home), watch_rules=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app, pilot)
        await pilot.press("p")
        await settle(app, pilot)
        dialog = app.screen
        assert dialog.query_one(TextArea).has_focus
        page = dataset("linkedin-paste-samples", "search-results-en.txt")
        app.post_message(events.Paste(page.read_text(encoding="utf-8")))
        await pilot.pause(0.1)
        await pilot.press("f2")  # what the page holds, then F3 writes it
        await settle(app, pilot)
        await pilot.press("f3")
        await wait_written(app, pilot, dialog)
        shown = list(dialog.status_lines)
    assert shown[0] == f"Importé{NBSP}: texte collé (résultats de recherche collés)"
    assert f"    texte collé:40: un Membre LinkedIn{NBSP}: aucun nom affiché, non importé" \
        in shown
