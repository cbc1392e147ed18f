"""No introduction path goes through a do-not-contact person, whichever front end shows it,
and asking for an introduction then says why it is blocked."""

from __future__ import annotations

import io
import json

from coach.cli.main import main
from coach.store import Store
from coach.tui.app import make_app
from coach.workspace import Workspace
from tests.service.conftest import service_on
from tests.tui.conftest import open_blocked, settle


def tag_every_shared_connection(folder, name: str) -> tuple[int, set[int], set[str]]:
    """Tag do-not-contact everyone who links me to ``name``; (their id, the tagged, names)."""
    with service_on(folder) as service:
        person = service.find(name)[0].id
        shared = set(service.network.mutual_connections(person))
        names = {service.contact(pid).name for pid in shared}
    with Store(folder / "coach.sqlite3") as store:
        for pid in shared:
            store.tags.add(pid, "do-not-contact")
    return person, shared, names


def run(capsys, folder, *argv) -> tuple[int, str]:
    code = main(["--home", str(folder), *argv])
    return code, capsys.readouterr().out


async def test_no_entry_point_shows_a_path_through_do_not_contact(copy_of, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    folder = copy_of("paths")
    with service_on(folder) as service:
        lea = service.find("Léa Dubois")[0].id
        assert len(service.introduction_paths(lea)) == 3  # before: three ways in
    lea, tagged, names = tag_every_shared_connection(folder, "Léa Dubois")
    assert len(tagged) >= 3 and {"Bob Nguyen", "Carla Rossi"} <= names

    code, out = run(capsys, folder, "show", "Léa Dubois", "--json")
    profile = json.loads(out)
    assert code == 0 and profile["introduction_paths"] == []
    assert {p["id"] for p in profile["mutual_connection_list"]} == tagged  # still shared
    asking = {a["action"]: a for a in profile["actions"]}["ask_introduction"]
    assert not asking["allowed"] and "do-not-contact" in asking["reason"]
    assert all("ask_introduction" not in item["actions"] for item in profile["advice"])
    assert not any(name in item["text"] for item in profile["advice"] for name in names)

    code, out = run(capsys, folder, "show", "Léa Dubois")
    assert "Introduction paths" not in out
    assert f"✗ Ask for an introduction: {asking['reason']}" in out

    code, out = run(capsys, folder, "ask", "--json", "how do I reach Léa Dubois?")
    answer = json.loads(out)
    assert answer["data"]["paths"] == [] and "introducer" not in answer["data"]
    assert not any(name in line for line in answer["lines"] for name in names)

    app = make_app(Workspace(folder), watch_rules=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        app.main_screen.go_to(lea)
        await pilot.pause(0.1)
        await settle(app, pilot)
        await open_blocked(app, pilot)  # the blocked actions are folded into one line
        shown = app.main_screen.query_one("#detail").shown
        assert "Introduction paths" not in shown
        assert f"✗ Ask for an introduction — {asking['reason']}" in shown


def test_a_third_degree_path_avoids_a_do_not_contact_second_step(copy_of):
    folder = copy_of("third")
    with service_on(folder) as service:
        third, path = next((pid, paths[0]) for pid in service.roster.people
                           if service.contact(pid).degree == 3
                           and (paths := service.introduction_paths(pid)))
        middle = path.person_ids[2]  # me → 1st → this 2nd-degree person → them
    with Store(folder / "coach.sqlite3") as store:
        store.tags.add(middle, "do-not-contact")
    with service_on(folder) as service:
        assert all(middle not in p.person_ids for p in service.introduction_paths(third))
        profile = service.profile(third)
        assert all(middle not in [ref.id for ref in p.people] for p in profile.paths)
