"""In a French workspace, what changes the network speaks French too (issue 15, item 6).

The commands that write — ``log``, ``tag``, ``me``, ``note`` (add, list, done),
``enrol``, ``step``, ``import`` (a coach CSV folder), ``export`` — and ``rules test`` and
``rules check`` run on a copy of the French demo workspace of ``test_french_output``, and
their confirmations, and coach's own ``coach: …`` errors, are scanned as the reading
commands are. In the app, the command palette (coach's commands, Textual's, a search for
a contact), the toasts after logging, noting, enrolling and marking a step, the enrol
dialog and the import screen are scanned the same way.

Still English, on purpose: argparse's messages, the ``coach:`` prefix of an error (a
program's name, as Unix tools write it), the ``file:line: reason`` of rows an import skips,
and what the rule files and the rule checker say in ``rules check`` and a failing case.
"""

from __future__ import annotations

import io
import re
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from coach.cli.main import main
from coach.tui.app import make_app
from coach.wording import MISSING
from coach.workspace import Workspace
from tests.project.test_french_output import (  # noqa: F401 (fixtures)
    data_strings,
    french_home,
    problems_in,
)
from tests.tui.conftest import settle

PATH = re.compile(r"(?<![\w/])/(?:[^\s/]+/)*[^\s/]+")
"""A file's path (the workspace's, the rule files'): data, not labels."""
OUR_NOTES = ["Appeler Bob mardi pour le café", "Lui envoyer l'article"]


@pytest.fixture()
def copy_home(french_home, tmp_path) -> Path:
    """A copy of the French demo workspace, to change without disturbing the other tests."""
    home = tmp_path / "copy"
    shutil.copytree(french_home, home)
    return home


def _run(home: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--home", str(home), *argv])
    return code, out.getvalue(), err.getvalue()


OPTION = re.compile(r"(?<!\w)--[a-z][a-z-]*")
"""An option of the command line, as typed."""
CASE_NAME = re.compile(r"(?m)^(RÉUSSI|ÉCHEC) (.*)$")
"""A case of ``rules test``: its name is the rule file's."""


def _problems(text: str, data: list[str]) -> list[str]:
    text = re.sub(r"(?m)^coach: ", "", CASE_NAME.sub(r"\1", text))
    text = OPTION.sub(" \u2063 ", PATH.sub(" \u2063 ", text))
    return problems_in(text, [*OUR_NOTES, *data])


WRITES = [
    ("log met", ["log", "Bob Nguyen", "met"], 0),
    ("log a note", ["log", "Bob Nguyen", "note", "--note", OUR_NOTES[0]], 0),
    ("log a reply", ["log", "Abdoulaye Kouassi", "replied"], 0),
    ("tag", ["tag", "Bob Nguyen", "close", "proche"], 0),
    ("untag all", ["tag", "Adrien B", "proche", "--remove"], 0),
    ("me", ["me"], 0),
    ("me chosen", ["me", "Camille Laurent"], 0),
    ("note", ["note", "Bob Nguyen", OUR_NOTES[1]], 0),
    ("reminder", ["note", "Bob Nguyen", OUR_NOTES[0], "--due", "+3"], 0),
    ("notes listed", ["note", "Bob Nguyen"], 0),
    ("no notes", ["note", "Adrien B"], 0),
    ("enrol with refusals", ["enrol", "visit-invite-welcome", "Adrien B", "Bob Nguyen",
                             "Léa Dubois", "--today", "2026-11-22"], 0),
    ("enrol no one", ["enrol", "reconnect", "Abdoulaye Kouassi", "--today", "2026-11-22"], 1),
    ("step done", ["step", "2", "done", "--today", "2026-11-22"], 0),
    ("step skipped", ["step", "2", "skip", "--today", "2026-11-22"], 0),
    ("step ended", ["step", "1", "done", "--today", "2026-11-22"], 2),
    ("rules test", ["rules", "test"], 0),
    ("rules check", ["rules", "check"], 0),
]

ERRORS = [
    ("no such reminder", ["note", "--done", "999"], 1),
    ("note without a name", ["note"], 2),
    ("reminder without text", ["note", "Bob Nguyen", "--due", "+3"], 2),
    ("unreadable due date", ["note", "Bob Nguyen", "café", "--due", "whenever"], 2),
    ("no one matches", ["show", "Personne Inconnue"], 1),
    ("several match", ["show", "Bo"], 1),
    ("unknown scenario", ["enrol", "nosuch", "Bob Nguyen"], 2),
    ("enrol whom", ["enrol", "reconnect"], 2),
    ("not an enrolment id", ["step", "x", "done"], 2),
    ("no such enrolment", ["step", "99", "done"], 1),
    ("unknown action", ["log", "Bob Nguyen", "frob"], 2),
    ("not a date", ["log", "Bob Nguyen", "met", "--at", "2026-13-01"], 2),
    ("refused by the rules", ["log", "Bob Nguyen", "invited"], 1),
    ("already pending", ["log", "Léa Dubois", "invited", "--direction", "in"], 0),
]


def test_the_writing_commands_speak_french(copy_home, data_strings):
    MISSING.clear()
    problems, outputs = [], {}
    for name, argv, expected in WRITES + ERRORS:
        code, out, err = _run(copy_home, *argv)
        assert code == expected, (name, out, err)
        outputs[name] = out + err
        assert (out + err).strip(), name
        problems += [f"{name}: {problem}" for problem in _problems(out + err, data_strings)]
    assert problems == [], "\n".join(problems)
    assert not MISSING, f"untranslated: {sorted(MISSING)}"
    assert outputs["log met"].startswith("Noté\u00a0: rencontre — Bob Nguyen, le ")
    assert "Noté\u00a0: réponse de la part d’Abdoulaye Kouassi" in outputs["log a reply"]
    assert outputs["untag all"] == "Adrien Béranger\u00a0: aucune étiquette\n"
    assert "Rappel n° " in outputs["reminder"] and "Notes sur Bob Nguyen\u00a0:" \
        in outputs["notes listed"]
    assert "Laissées de côté (2)\u00a0:" in outputs["enrol with refusals"]
    assert "`degree eq 2` n’est pas vérifiée (`degree` vaut `3`)" \
        in outputs["enrol with refusals"]
    assert outputs["step done"].startswith("Fait\u00a0: Aminata Touré, étape 1 de ")
    assert "réussis\u00a0: " in outputs["rules test"] and "RÉUSSI " in outputs["rules test"]
    assert outputs["no such reminder"].startswith("coach: aucun rappel ouvert n° 999")
    assert "10 personnes correspondent à «\u00a0Bo\u00a0»" in outputs["several match"]


def test_import_and_export_speak_french(copy_home, tmp_path, data_strings):
    MISSING.clear()
    folder = tmp_path / "exported"
    code, exported, _ = _run(copy_home, "export", str(folder))
    assert code == 0 and exported.startswith("Exporté vers ")
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    (fresh / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    code, imported, err = _run(fresh, "import", str(folder))
    assert code == 0 and imported.startswith("Importé\u00a0: ")
    assert "personnes ajoutées" in imported
    _, again, _ = _run(fresh, "import", str(folder / "missing"))
    _, empty, _ = _run(tmp_path / "empty-fr", "export", str(tmp_path / "x"))
    problems = _problems(exported + imported + err + again + empty, data_strings)
    assert problems == [], "\n".join(problems)
    assert not MISSING, f"untranslated: {sorted(MISSING)}"


def test_english_confirmations_are_unchanged(tmp_path):
    """The same commands in English say exactly what they always said."""
    from coach.demo import load_demo

    home = tmp_path / "english"
    with Workspace(home) as workspace:
        load_demo(workspace.store)
    assert _run(home, "tag", "Adrien B", "x", "--remove")[1] == "Adrien Béranger: no tags\n"
    assert _run(home, "log", "Bob Nguyen", "met")[1].startswith("Logged: met Bob Nguyen at ")
    assert _run(home, "note", "--done", "999")[2] == \
        "coach: no open reminder #999 (`coach note NAME` lists them)\n"
    code, out, _ = _run(home, "enrol", "visit-invite-welcome", "Adrien B", "--today",
                        "2026-11-22")
    assert code == 1 and out == (
        "Enrolled 0 in Visit, invite, then welcome (visit-invite-welcome) on 2026-11-22; "
        "first step: visit their profile\nLeft out 1:\n  #2 Adrien Béranger: does not match: "
        "degree eq 2 did not hold (degree is 3)\n")
    assert _run(home, "rules", "test")[1].endswith(" passed, 0 failed\n")
    assert _run(home, "show", "Personne")[2] == "coach: no one matches 'Personne'\n"


# --- the app ---------------------------------------------------------------------------


def _options(palette) -> list[str]:
    from textual.command import CommandList

    listed = palette.query_one(CommandList)
    return [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]


@pytest.mark.asyncio
async def test_the_palette_and_the_toasts_speak_french(copy_home, tmp_path, data_strings):
    from textual.widgets import Checkbox, Input, Select, Static

    MISSING.clear()
    _run(copy_home, "export", str(tmp_path / "exported"))
    app = make_app(Workspace(copy_home), watch_rules=False)
    told: list[str] = []
    notify = app.notify
    app.notify = lambda message, **options: (told.append(str(message)),
                                             told.append(str(options.get("title") or "")),
                                             notify(message, **options))[-1]
    texts: list[str] = []
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        await pilot.pause(0.3)
        texts += _options(app.screen) + [app.screen.query_one(Input).placeholder]
        await pilot.press(*"Bob")
        await pilot.pause(0.5)
        texts += _options(app.screen)
        assert any(text.startswith("Aller à Bob Nguyen\n1er") for text in texts)
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("v")  # Bob, the first contact: a visit
        await settle(app, pilot)
        await pilot.press("n", *"Un café bientôt", "enter")
        await settle(app, pilot)
        await pilot.press("e")  # enrol Bob: the dialog, then a toast
        await settle(app, pilot)
        texts += [str(widget.render()) for widget in app.screen.query(Static)]
        texts += [active.binding.description for active in app.screen.active_bindings.values()
                  if active.binding.show]
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        app.screen.table.move_cursor(row=len(app.screen.loops))  # below what waits on you
        await pilot.pause()
        await pilot.press("d")  # mark a step in the agenda
        await settle(app, pilot)
        await pilot.pause(0.3)
        await pilot.press("escape")
        await settle(app, pilot)
        app.action_import()
        await settle(app, pilot)
        screen = app.screen
        texts += [str(widget.render()) for widget in screen.query(Static)]
        texts += [box.placeholder for box in screen.query(Input)]
        texts += [str(screen.query_one(Select).prompt), str(screen.query_one(Checkbox).label)]
        await pilot.press(*str(tmp_path / "exported"), "enter")
        for _ in range(50):
            await pilot.pause(0.1)
            if screen.imported:
                break
        texts += screen.report_lines
        assert screen.imported and screen.report_lines[0].startswith("Importé\u00a0: ")
    texts += told
    assert any(text.startswith("Noté\u00a0: visite du profil — Bob Nguyen") for text in told)
    assert any(text.startswith("Inscriptions dans ") for text in told)
    assert any(text.startswith(("Fait\u00a0: ", "Passé\u00a0: ")) for text in told)
    problems = [problem for text in texts
                for problem in _problems(text, ["Un café bientôt", *data_strings])]
    assert problems == [], "\n".join(problems)
    assert not MISSING, f"untranslated: {sorted(MISSING)}"
