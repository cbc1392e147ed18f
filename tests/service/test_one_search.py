"""One search for every front end: ``coach contacts --search``, the app's "/" and ``coach enrol
--search`` find the same people, in the same order (place, typos and name ranking included)."""

from __future__ import annotations

import json

import pytest

from coach.cli.main import main
from coach.tui.app import make_app
from coach.workspace import Workspace
from tests.tui.conftest import settle


def cli_search(folder, capsys, text: str) -> list[int]:
    code = main(["--home", str(folder), "contacts", "--search", text, "--json"])
    out, _err = capsys.readouterr()
    assert code == (0 if json.loads(out) else 1)
    return [contact["id"] for contact in json.loads(out)]


async def app_search(folder, text: str) -> list[int]:
    app = make_app(Workspace(folder), watch_rules=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *text, "enter")
        await settle(app, pilot)
        screen = app.main_screen
        return [screen.listing.person_id(int(p)) for p in screen.contact_list.positions]


@pytest.mark.parametrize("text", ["lyon", "dubuis", "product lyon", "Orbiteo"])
async def test_the_command_line_finds_who_the_app_finds(prepared, capsys, text):
    on_the_command_line = cli_search(prepared, capsys, text)
    in_the_app = await app_search(prepared, text)
    assert on_the_command_line == in_the_app
    assert on_the_command_line  # each finds someone: by place, by a typo, by company


def test_lyon_is_a_place_and_dubuis_a_typo(prepared, capsys):
    lyon = cli_search(prepared, capsys, "lyon")
    assert len(lyon) == 89
    assert cli_search(prepared, capsys, "dubuis") == cli_search(prepared, capsys, "Léa Dubois")


def test_enrol_search_enrols_the_people_the_list_shows(copy_of, capsys):
    folder = copy_of("enrol")
    shown = cli_search(folder, capsys, "lyon")
    code = main(["--home", str(folder), "enrol", "reconnect", "--search", "lyon", "--json"])
    data = json.loads(capsys.readouterr().out)
    considered = [item["person_id"] for item in data["enrolled"] + data["refused"]]
    assert code == 0 and sorted(considered) == sorted(shown)
    assert data["enrolled"] and data["refused"]  # reconnect takes only 1st-degree people
