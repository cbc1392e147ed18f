"""``coach log``, ``coach ask --yes`` and the app's keys refuse exactly the same acts, for the
same reason, and store nothing when they refuse.

Every kind of person a decision depends on (each degree, follows, Open Profile, a shared
group, invitations either way, only an initial shown, do-not-contact) × every act the app
has a key for. The expected verdict is the service's, on a fresh copy; each entry point then
runs the whole table on its own copy, in an order where an accepted act never changes the
verdict of the next one (the invitation last).
"""

from __future__ import annotations

import io

import pytest

from coach.cli.main import main
from coach.store import Store
from coach.tui.app import make_app
from coach.workspace import Workspace
from tests.service.conftest import TAGGED_SECOND, service_on
from tests.tui.conftest import settle

PEOPLE = (
    "Bob Nguyen",          # 1st degree, close
    "Nuria Castaño",       # 1st degree, unfollowed
    "Hương Trần",          # 1st degree, do-not-contact
    "Abdoulaye Kouassi",   # 2nd degree: no free message, no InMail credit on a free account
    TAGGED_SECOND,         # 2nd degree, do-not-contact
    "Élodie Bonnet",       # 2nd degree, Open Profile
    "Agnès Gauthier",      # 2nd degree, a shared group
    "Agnès Rousseau",      # 2nd degree, my invitation pending
    "Nuria Núñez",         # 2nd degree, their invitation waiting
    "Léa Dubois",          # 2nd degree, followed
    "Agnès Fontaine",      # 3rd degree, only the initial of the last name shown
    "Adrien Béranger",     # 3rd degree, a shared group: full name shown
    "Arjun Rao",           # 3rd degree, full name shown
    "Álvaro Castaño",      # out of network
)
KINDS = ("visited", "met", "messaged", "followed", "invited")
KEYS = {"visited": "v", "met": "M", "messaged": "m", "followed": "w", "invited": "i"}
SAID = {"visited": "I visited {}", "met": "I met {}", "messaged": "I sent a message to {}",
        "followed": "I followed {}", "invited": "I invited {}"}


@pytest.fixture
def expected(prepared):
    """(name, kind) → the service's refusal (None: accepted), and name → id (on the fixed
    day every test has: see tests/conftest.py)."""
    with service_on(prepared) as service:
        ids = {p.full_name: p.id for p in service.store.people.all()}
        verdicts = {(name, kind): service.refusal(ids[name], kind)
                    for name in PEOPLE for kind in KINDS}
    return verdicts, ids


def test_the_table_holds_what_linkedin_and_the_person_say(expected):
    """The verdicts themselves: a test that could not fail would prove nothing."""
    verdicts, _ids = expected
    refused = {key for key, reason in verdicts.items() if reason}
    assert ("Agnès Fontaine", "invited") in refused  # only the initial: no Connect
    assert ("Abdoulaye Kouassi", "messaged") in refused  # 2nd degree, 0 InMail credits
    assert {(name, "messaged") for name in ("Hương Trần", TAGGED_SECOND)} <= refused
    assert {(name, "invited") for name in ("Bob Nguyen", "Hương Trần", "Agnès Rousseau",
                                           "Álvaro Castaño", TAGGED_SECOND)} <= refused
    assert ("Léa Dubois", "followed") in refused and ("Bob Nguyen", "followed") in refused
    accepted = set(verdicts) - refused
    assert {("Élodie Bonnet", "messaged"), ("Agnès Gauthier", "messaged"),
            ("Bob Nguyen", "messaged"), ("Arjun Rao", "invited"),
            ("Abdoulaye Kouassi", "invited"), ("Nuria Castaño", "followed")} <= accepted
    assert all(verdicts[(name, kind)] is None for name in PEOPLE for kind in ("visited", "met"))
    assert verdicts[("Agnès Fontaine", "invited")].startswith("Invite to connect: Only the "
                                                               "initial")
    # a fellow member of a group sees the full name, and may invite
    assert {("Adrien Béranger", "invited"), ("Adrien Béranger", "messaged")} <= accepted
    assert "InMail" in verdicts[("Abdoulaye Kouassi", "messaged")]
    assert "do-not-contact" in verdicts[("Hương Trần", "messaged")]


def dump(folder) -> list[str]:
    with Store(folder / "coach.sqlite3") as store:
        return store.db.dump()


def check(outcomes: dict, verdicts: dict, where: str) -> None:
    """Each outcome (stored?, what was said) agrees with the verdict."""
    for key, (stored, said) in outcomes.items():
        reason = verdicts[key]
        if reason is None:
            assert stored, f"{where}: {key} was refused: {said}"
        else:
            assert not stored, f"{where}: {key} was stored though {reason}"
            assert reason in said, f"{where}: {key} said {said!r}, not {reason!r}"


def on_the_command_line(folder, capsys, verdicts, argv, said) -> dict:
    """Run every case of the table through ``main(argv)``; (stored?, what was said) each.
    The exit code is 1 for a refusal, 0 otherwise, and what is said on stderr is one line."""
    outcomes = {}
    for name in PEOPLE:
        for kind in KINDS:
            before = dump(folder)
            code = main(["--home", str(folder), *argv(name, kind)])
            out, err = capsys.readouterr()
            outcomes[(name, kind)] = (dump(folder) != before, said(out, err))
            assert code == (1 if verdicts[(name, kind)] else 0), (name, kind, out, err)
            assert len(err.strip().splitlines()) <= 1  # one line, no traceback
    return outcomes


def test_coach_log_refuses_what_the_service_refuses(expected, copy_of, capsys):
    verdicts, ids = expected
    outcomes = on_the_command_line(copy_of("log"), capsys, verdicts,
                                   lambda name, kind: ["log", f"#{ids[name]}", kind],
                                   lambda out, err: err)
    check(outcomes, verdicts, "coach log")


def test_coach_ask_yes_refuses_what_the_service_refuses(expected, copy_of, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    verdicts, _ids = expected
    outcomes = on_the_command_line(copy_of("ask"), capsys, verdicts,
                                   lambda name, kind: ["ask", "--yes", SAID[kind].format(name)],
                                   lambda out, err: out)
    check(outcomes, verdicts, "coach ask --yes")


async def test_the_apps_keys_refuse_what_the_service_refuses(expected, copy_of):
    verdicts, ids = expected
    folder = copy_of("app")
    app = make_app(Workspace(folder), watch_rules=False)
    said: list[str] = []
    notify = app.notify

    def heard(message, *args, **kwargs):
        said.append(str(message))
        return notify(message, *args, **kwargs)

    app.notify = heard
    outcomes = {}
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        for name in PEOPLE:
            app.main_screen.go_to(ids[name])
            await pilot.pause(0.1)
            await settle(app, pilot)
            assert app.main_screen.contact_list.person_id == ids[name]
            for kind in KINDS:
                before = dump(folder)
                said.clear()
                await pilot.press(KEYS[kind])
                await settle(app, pilot)
                outcomes[(name, kind)] = (dump(folder) != before, " ".join(said))
    check(outcomes, {key: verdicts[key] for key in outcomes}, "the app")
