"""With ``language = "fr"``, coach speaks French everywhere (issue 15, item 6).

On the demo network in a French workspace, the text of ``show`` (a 1st, a 2nd and a 3rd
degree person), ``advise`` (with and without a name), ``plan``, ``summary`` and the app's
main, overview and agenda screens is scanned, once the data (names, headlines, notes…)
is taken out, for common English words and for French typography: a no-break space
before ``: ; ? !`` and inside « », and ’ rather than '.

What writes (``log``, ``tag``, ``me``, ``note``, ``enrol``, ``step``, ``import``,
``export``, ``rules test``, the ``coach: …`` errors) and the app's palette, toasts, enrol
dialog and import screen are scanned the same way, on copies of this workspace, in
``test_french_actions.py`` (its fixtures and scan come from here).
"""

from __future__ import annotations

import io
import re
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from rich.console import Console

from coach.cli.main import main
from coach.demo import load_demo
from coach.service import NetworkService
from coach.tui.app import make_app
from coach.wording import MISSING
from coach.workspace import Workspace
from tests.tui.conftest import settle

ENGLISH_WORDS = frozenset("""
the and with of for from to by is are was be not none all any more left last never
degree degrees advice why whom who what which invite invited followers follower
follows follow following connections connection mutual shared you your yes no days day
today week rule rules priority step steps waits waiting coming changes sent received
pending people groups tags flags paths shown stored search sort quit help overview close
back clear enrol scenario loading network member found matches can do
""".split())
"""Words that never belong in coach's French labels (French words spelt the same way,
such as actions, contact, message, note, agenda or invitation, are not listed)."""

HIGH_SIGN_WITHOUT_SPACE = re.compile(r"(?<![\u00a0\u202f])[:;?!](?=\s|$)")
QUOTE_WITHOUT_SPACE = re.compile(r"«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»")
STRAIGHT_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
NOT_LABELS = (re.compile(r"`[^`]*`"),  # commands to type, as typed
              re.compile(r"https?://\S+"),
              re.compile(r"\S+\.toml(?::\d+)?"),  # rule files
              re.compile(r"\b[a-z0-9]+(?:[-_][a-z0-9]+)+\b"),  # rule, action and limit ids
              re.compile(r"\b[a-z_]+\.[a-z_]+\b"),  # key ids for [keymap]
              re.compile(r"(?m)^\s*\S(?=\s{2,})"))  # a key, alone at the start of a line


@pytest.fixture(scope="module")
def french_home(tmp_path_factory) -> Path:
    """A workspace holding the demo network, set to French, with people in scenarios."""
    home = tmp_path_factory.mktemp("french") / "home"
    with Workspace(home) as workspace:
        load_demo(workspace.store)
    (home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    for argv in (["enrol", "visit-invite-welcome", "Abdoulaye Kouassi", "Aminata Touré",
                  "--today", "2026-11-10"],
                 ["enrol", "reconnect", "Pilar López", "--today", "2026-11-20"],
                 ["enrol", "visit-invite-welcome", "Chloé Gauthier", "--today", "2026-11-30"],
                 ["step", "1", "done", "--today", "2026-11-12"]):
        assert _run(home, *argv)[0] == 0
    return home


@pytest.fixture(scope="module")
def data_strings(french_home) -> list[str]:
    """Every text of the demo that comes from the data, longest first."""
    with Workspace(french_home) as workspace:
        service = NetworkService(workspace)
        store = workspace.store
        found: set[str] = set()
        for person in store.people.all():
            contact = service.contact(person.id)
            found.update((contact.name, contact.display_name, person.first_name,
                          person.last_name, person.headline, person.company, person.position,
                          person.location, person.profile_url or ""))
            found.update(store.groups.of(person.id))
            found.update(store.tags.of(person.id))
            found.update(text for _, text in store.notes.of(person.id))
            found.update(item.note for item in store.interactions.of(person.id) if item.note)
    return sorted((text for text in found if text), key=len, reverse=True)


def _run(home: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["--home", str(home), *argv])
    return code, out.getvalue()


def labels_of(text: str, data: list[str]) -> str:
    """The text without what comes from the data, the commands and the ids it cites."""
    for value in data:
        text = text.replace(value, " \u2063 ")
    for pattern in NOT_LABELS:
        text = pattern.sub(" \u2063 ", text)
    return text


def problems_in(text: str, data: list[str]) -> list[str]:
    """English words and French typography mistakes in the labels of ``text``."""
    found = []
    for line in labels_of(text, data).splitlines():
        english = sorted({word for word in re.findall(r"[^\W\d_]+", line)
                          if word.casefold() in ENGLISH_WORDS})
        if english:
            found.append(f"English {english}: {line.strip()!r}")
        for pattern, what in ((HIGH_SIGN_WITHOUT_SPACE, "no no-break space before"),
                              (QUOTE_WITHOUT_SPACE, "no no-break space inside « »"),
                              (STRAIGHT_APOSTROPHE, "straight apostrophe")):
            if pattern.search(line):
                found.append(f"{what}: {line.strip()!r}")
    return found


COMMANDS = {
    "show 1st": ["show", "Bob Nguyen"],
    "show 2nd": ["show", "Abdoulaye Kouassi"],
    "show 3rd": ["show", "Adrien B"],
    "advise someone": ["advise", "Abdoulaye Kouassi"],
    "advise": ["advise"],
    "plan": ["plan", "--today", "2026-11-22"],
    "summary": ["summary"],
    "contacts": ["contacts", "--limit", "30"],
}


@pytest.mark.parametrize("command", COMMANDS, ids=list(COMMANDS))
def test_the_command_speaks_french(french_home, data_strings, command):
    MISSING.clear()
    code, out = _run(french_home, *COMMANDS[command])
    assert code == 0 and out.strip()
    assert problems_in(out, data_strings) == []
    assert not MISSING, f"untranslated: {sorted(MISSING)}"


def test_the_commands_show_what_french_needs(french_home):
    """The scan has something to find: French words, no-break spaces, elision, plurals."""
    _, bob = _run(french_home, "show", "Bob Nguyen")
    assert "Degré\u00a0: 1er · 11 relations en commun" in bob
    assert "Vous suit\u00a0: oui · Vous suivez\u00a0: oui" in bob
    _, adrien = _run(french_home, "show", "Adrien B")
    assert "0 relation en commun" in adrien  # the singular for 0
    _, plan = _run(french_home, "plan", "--today", "2026-11-22")
    assert "étape 3\u00a0: l’inviter à entrer en relation" in plan
    assert "avancé — attendre 3 jours → étape 3" in plan


def test_json_keeps_its_english_keys(french_home):
    import json

    _, out = _run(french_home, "show", "Abdoulaye Kouassi", "--json")
    data = json.loads(out)
    assert data["degree_label"] == "2nd" and "mutual_connections" in data
    _, out = _run(french_home, "plan", "--today", "2026-11-22", "--json")
    assert json.loads(out)["items"][0]["status"] == "do today"


def _rendered(renderable, width: int = 400) -> str:
    console = Console(width=width, file=io.StringIO(), color_system=None, record=True)
    console.print(renderable)
    return console.export_text()


async def _screen_texts(app, pilot) -> list[str]:
    """What the main screen shows, from its widgets: the header, the filter chips, the
    list's headings, the detail pane, the search box, the coach pane and the footer."""
    from textual.widgets import Input

    from coach.tui.widgets.contact_list import ContactList
    from coach.tui.widgets.detail_pane import DetailPane
    from coach.tui.widgets.filter_bar import FilterBar

    screen = app.main_screen
    texts = [app.sub_title, screen.query_one(FilterBar).render().plain,
             screen.query_one(ContactList).render_line(0).text,
             screen.query_one(DetailPane).shown,
             screen.query_one("#search", Input).placeholder,
             screen.query_one("#coach-question", Input).placeholder,
             *(_rendered(widget.content) for widget in screen.query("CoachPane Static")),
             *(active.binding.description for active in screen.active_bindings.values()
               if active.binding.show)]
    return texts


@pytest.mark.asyncio
async def test_the_app_speaks_french(french_home, data_strings):
    MISSING.clear()
    app = make_app(Workspace(french_home), watch_rules=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app, pilot)
        texts = await _screen_texts(app, pilot)
        assert "1er degré · 11 relations en commun" in texts[3]  # Bob: the first contact
        assert "Nom affiché" in texts[2] and "abonnés" in texts[1]
        for down in range(3):  # a 2nd and a 3rd degree contact, from the list's end
            await pilot.press("end" if down == 0 else "up")
        await settle(app, pilot)
        texts += await _screen_texts(app, pilot)
        await pilot.press("o")
        await settle(app, pilot)
        texts += [_rendered(widget.content) for widget in app.screen.query("Static")]
        texts += [active.binding.description for active in app.screen.active_bindings.values()
                  if active.binding.show]
        await pilot.press("escape")
        await pilot.press("a")
        await settle(app, pilot)
        agenda = app.screen
        texts += [_rendered(widget.content) for widget in agenda.query("Static")]
        table = agenda.query_one("DataTable")
        texts += [str(column.label) for column in table.columns.values()]
        texts += [" ".join(str(cell) for cell in table.get_row_at(row))
                  for row in range(table.row_count)]
        texts += [active.binding.description for active in agenda.active_bindings.values()
                  if active.binding.show]
        assert table.row_count >= 3
        await pilot.press("escape")
        await pilot.press("question_mark")
        await settle(app, pilot)
        texts += [_rendered(widget.content) for widget in app.screen.query("Static")]
    problems = [problem for text in texts for problem in problems_in(text, data_strings)]
    assert problems == [], "\n".join(problems)
    assert not MISSING, f"untranslated: {sorted(MISSING)}"


@pytest.fixture(scope="module")
def english_home(tmp_path_factory) -> Path:
    """The same workspace in English (no config.toml)."""
    home = tmp_path_factory.mktemp("english") / "home"
    with Workspace(home) as workspace:
        load_demo(workspace.store)
    for argv in (["enrol", "visit-invite-welcome", "Abdoulaye Kouassi", "--today", "2026-11-10"],
                 ["step", "1", "done", "--today", "2026-11-12"]):
        assert _run(home, *argv)[0] == 0
    return home


def test_english_keeps_its_words_and_plain_typography(english_home):
    """English is what it was: its labels, plain spaces, straight quotes, 1,234."""
    MISSING.clear()
    outputs = {name: _run(english_home, *argv)[1] for name, argv in COMMANDS.items()}
    assert "Degree: 1st · 11 mutual connections\nFollows you: yes · You follow: yes" \
        in outputs["show 1st"]
    assert "Degree: 3rd · 0 mutual connections" in outputs["show 3rd"]
    assert "Abdoulaye Kouassi  [2nd] · 8 mutual connections\nAdvice:\n  1. " \
        in outputs["advise someone"]
    assert "\n     Why: " in outputs["advise someone"] and "Whom to invite:\n" in outputs["advise"]
    # 2026-11-22 is a Sunday: the invitation waits for Monday (limits.toml, weekends = false)
    assert outputs["plan"].startswith("Agenda for 2026-11-22: 0 to do today, 1 waiting")
    assert "No invitations on Saturday and Sunday (weekends = false in limits.toml): 1 " \
        "tomorrow" in outputs["plan"]
    assert "step 3: invite them, with a personal note" in outputs["plan"]
    assert "  [1] Abdoulaye Kouassi: moved — wait 3 days → step 3" in outputs["plan"]
    assert "People: 300   Connections: 773" in outputs["summary"]
    assert "  out of network          9\n" in outputs["summary"]
    for text in outputs.values():
        assert "\u00a0" not in text and "\u202f" not in text
    assert not MISSING  # English never looks anything up
