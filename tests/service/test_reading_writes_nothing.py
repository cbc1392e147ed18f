"""Commands that only read leave the store as it was: same bytes, same ``PRAGMA data_version``
seen from another connection — even when the agenda finds people to move on or to let go."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3

from coach.cli.main import main
from coach.model import Degree
from coach.service import NetworkService
from coach.workspace import Workspace


def fingerprint(folder) -> str:
    return hashlib.sha256((folder / "coach.sqlite3").read_bytes()).hexdigest()


def test_plan_and_every_reading_command_leave_the_store_unchanged(copy_of, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    folder = copy_of("plan")
    with NetworkService(Workspace(folder)) as service:
        quiet = [pid for pid in service.contacts().person_ids()
                 if service.contact(pid).degree is Degree.FIRST and not service.facts(pid)["tags"]
                 and (service.facts(pid)["days_since_last_interaction"] or 999) > 180][:3]
        enrolled = service.scenarios.enrol("reconnect", quiet).enrolled
        assert len(enrolled) == 3
        service.store.tags.add(quiet[0], "do-not-contact")  # the agenda will let them go
    watcher = sqlite3.connect(folder / "coach.sqlite3")
    version = watcher.execute("PRAGMA data_version").fetchone()[0]
    before = fingerprint(folder)

    for argv in (["plan"], ["plan", "--json"], ["plan", "--today", "2026-12-24"],
                 ["contacts", "--degree", "2"], ["contacts", "--search", "lyon", "--json"],
                 ["show", "Léa Dubois"], ["advise"], ["advise", "Bob Nguyen", "--json"],
                 ["summary"], ["ask", "what is my plan today?"], ["ask", "who follows me"]):
        code = main(["--home", str(folder), *argv])
        out, err = capsys.readouterr()
        assert code == 0, (argv, err)
        assert fingerprint(folder) == before, argv
        assert watcher.execute("PRAGMA data_version").fetchone()[0] == version, argv

    main(["--home", str(folder), "plan", "--json"])
    plan = json.loads(capsys.readouterr().out)
    assert [change["status"] for change in plan["changes"]] == ["exited"]  # found, not stored
    assert len(plan["items"]) == 2
    main(["--home", str(folder), "step", str(plan["items"][0]["enrolment"]), "skip"])
    capsys.readouterr()
    assert watcher.execute("PRAGMA data_version").fetchone()[0] != version  # a write does
    with Workspace(folder) as workspace:
        statuses = {e.id: e.status for e in workspace.store.enrolments.of(quiet[0])}
    assert statuses == {enrolled[quiet[0]]: "exited"}  # stored with the first act
    watcher.close()
