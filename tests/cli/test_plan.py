"""``coach enrol``, ``coach plan`` and ``coach step``; scenarios in ``coach rules check|test``."""

from __future__ import annotations

import json

import pytest

from coach.cli.main import main
from coach.resources import rules_dir
from tests.cli.test_commands import run


@pytest.fixture
def home(demo_home):
    """A workspace holding the demo network."""
    return demo_home


def test_enrol_plan_and_mark_steps_through_the_days(capsys, home):
    code, out, _ = run(capsys, "--home", home, "enrol", "reconnect", "--degree", "1", "--json",
                       "--today", "2026-11-22")
    assert code == 0
    result = json.loads(out)
    assert result["scenario"] == "reconnect" and len(result["enrolled"]) >= 10
    refused = {item["name"]: item["reason"] for item in result["refused"]}
    assert refused["Bob Nguyen"].startswith("does not match: ")
    first = result["enrolled"][0]

    code, out, _ = run(capsys, "--home", home, "plan", "--today", "2026-11-22", "--json")
    plan = json.loads(out)
    assert code == 0 and plan["day"] == "2026-11-22"
    item = next(i for i in plan["items"] if i["enrolment"] == first["enrolment"])
    assert (item["do"], item["status"], item["step"]) == ("visit", "do today", 1)

    code, out, _ = run(capsys, "--home", home, "step", f"#{first['enrolment']}", "done",
                       "--today", "2026-11-22")
    assert code == 0
    assert out == (f"Done: {first['name']}, step 1 of Reconnect with a quiet connection (visit "
                   f"their profile); next: wait 2 days\n")
    code, _, err = run(capsys, "--home", home, "step", first["enrolment"], "done",
                       "--today", "2026-11-23")
    assert code == 2
    assert err == ("coach: step 2 of reconnect is to wait 2 days (until 2026-11-24): nothing "
                   "to mark done; skip it to move on\n")

    code, out, _ = run(capsys, "--home", home, "plan", "--today", "2026-11-24")
    lines = out.splitlines()
    assert lines[0].startswith("Agenda for 2026-11-24: ")
    head = (f"  [{first['enrolment']}] {first['name']} (1st) — Reconnect with a quiet "
            f"connection, step 3: send them a message")
    assert head in lines
    text = lines[lines.index(head) + 1]
    assert text.startswith("       text: Hello ") and "it has been a while" in text
    assert f"  [{first['enrolment']}] {first['name']}: moved — wait 2 days → step 3" in lines
    assert run(capsys, "--home", home, "step", first["enrolment"], "done",
               "--today", "2026-11-24")[0] == 0
    code, out, _ = run(capsys, "--home", home, "show", f"#{first['person_id']}", "--json")
    assert code == 0


def test_bad_input_and_nothing_matched(capsys, home):
    code, _, err = run(capsys, "--home", home, "enrol", "reconect", "Bob Nguyen")
    assert (code, err) == (2, 'coach: unknown scenario "reconect"; did you mean "reconnect"?\n')
    code, _, err = run(capsys, "--home", home, "enrol", "reconnect")
    assert code == 2 and "name the people to enrol" in err
    code, out, _ = run(capsys, "--home", home, "enrol", "reconnect", "Bob Nguyen")
    assert code == 1 and "Left out 1:" in out
    assert run(capsys, "--home", home, "enrol", "reconnect", "Nobody Atall")[0] == 1
    code, _, err = run(capsys, "--home", home, "plan", "--today", "22/11/2026")
    assert (code, err) == (2, "coach: not a date: '22/11/2026' (expected YYYY-MM-DD)\n")
    code, _, err = run(capsys, "--home", home, "step", "999", "done")
    assert (code, err) == (1, "coach: no enrolment #999\n")
    code, _, err = run(capsys, "--home", home, "step", "abc", "skip")
    assert code == 2 and "not an enrolment id" in err
    with pytest.raises(SystemExit) as exit_info:
        main(["--home", str(home), "step", "1", "later"])
    assert exit_info.value.code == 2


def test_running_out_of_weekly_invitations_on_the_command_line(capsys, home):
    folder = home / "rules" / "scenarios"
    folder.mkdir(parents=True)
    (folder / "invite.toml").write_text('[scenario]\nid = "invite-now"\ntitle = "Invite now"\n'
                                        'priority = 70\n\n[[step]]\ndo = "invite"\n',
                                        encoding="utf-8")
    assert run(capsys, "--home", home, "enrol", "invite-now", "--degree", "2",
               "--today", "2026-11-25")[0] == 0
    code, out, _ = run(capsys, "--home", home, "plan", "--today", "2026-11-25")
    assert code == 0
    lines = out.splitlines()
    to_do, waiting = (int(part.split()[0]) for part in lines[0].split(": ")[1].split(", "))
    assert to_do == 20 and waiting > 120  # a Wednesday: 20 a working day, the rest later
    assert "Waiting (limits)" in lines
    assert "20 invitations a working day: 20 today, 20 more tomorrow; 60 on the following " \
           "days, until 2026-12-01" in lines  # Thursday, Friday, then Monday and Tuesday
    assert "       waits: 20 invitations a working day: planned for 2026-11-27" in lines
    assert "       waits: the weekly invitation limit is reached: about 100 a week, 0 sent in " \
           "the last 7 days and 20 planned today and 80 planned on the next days" in lines


def test_a_broken_scenario_file_stops_plan_with_its_line(capsys, home):
    folder = home / "rules" / "scenarios"
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text('[scenario]\nid = "mine"\ntitle = "M"\npriority = 1\n\n'
                                      '[[step]]\ndo = "vist"\n', encoding="utf-8")
    code, _, err = run(capsys, "--home", home, "plan")
    assert code == 2
    assert err.splitlines() == [
        "coach: the scenario files have problems (coach rules check):",
        f'{folder / "mine.toml"}:7: step "1": unknown step "vist"; did you mean "visit"?']
    code, out, _ = run(capsys, "--home", home, "rules", "check")
    assert code == 2
    assert out.splitlines()[0] == \
        f'{folder / "mine.toml"}:7: step "1": unknown step "vist"; did you mean "visit"?'


def test_rules_check_and_test_include_the_scenarios(capsys, tmp_path):
    code, out, _ = run(capsys, "rules", "check", rules_dir())
    assert code == 0 and ", 3 scenarios, " in out.splitlines()[-1]
    code, out, _ = run(capsys, "rules", "test", rules_dir() / "scenarios")
    lines = out.splitlines()
    assert code == 0 and len(lines) >= 19 and lines[-1].endswith(" passed, 0 failed")
    assert f"PASS {rules_dir() / 'scenarios' / 'reconnect.toml'}:52 a reply ends it" in lines
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (folder / "mine.toml").write_text("""[scenario]
id = "mine"
title = "Mine"
priority = 5

[[step]]
do = "visit"

[[test]]
name = "enters?"
facts = { degree = 2 }
expect_enter = false
""", encoding="utf-8")
    code, out, _ = run(capsys, "rules", "test", folder)
    assert code == 1
    assert out.splitlines() == [
        f'FAIL {folder / "mine.toml"}:9 enters?: they enter "mine" but should not: always '
        f"held", "0 passed, 1 failed"]


def test_plan_json_gives_the_pace_and_the_day_each_step_is_planned_for(capsys, home):
    folder = home / "rules" / "scenarios"
    folder.mkdir(parents=True)
    (folder / "invite.toml").write_text('[scenario]\nid = "invite-now"\ntitle = "Invite now"\n'
                                        'priority = 70\n\n[[step]]\ndo = "invite"\n',
                                        encoding="utf-8")
    assert run(capsys, "--home", home, "enrol", "invite-now", "--degree", "2",
               "--today", "2026-11-25")[0] == 0
    code, out, _ = run(capsys, "--home", home, "plan", "--today", "2026-11-27", "--json")
    assert code == 0
    plan = json.loads(out)
    assert plan["pace"] == [{
        "limit": "invitations_per_day", "per_day": 20, "weekends": False, "day_off": False,
        "today": 20, "sent_today": 0, "held": 80, "next_day": "2026-11-30",
        "next_day_count": 20, "after": 60, "last_day": "2026-12-03"}]
    items = [item for item in plan["items"] if item["do"] == "invite"]
    assert [item["status"] for item in items[:20]] == ["do today"] * 20
    assert all(item["planned_on"] is None for item in items[:20])
    planned = [item for item in items if item["planned_on"]]
    assert len(planned) == 80 and planned[0]["status"] == "waits"
    assert planned[0]["why"] == "20 invitations a working day: planned for 2026-11-30"
    # On Friday the next working day is Monday: the text says its date, not "tomorrow".
    code, out, _ = run(capsys, "--home", home, "plan", "--today", "2026-11-27")
    assert "20 invitations a working day: 20 today, 20 more on 2026-11-30; 60 on the " \
           "following days, until 2026-12-03" in out.splitlines()


def test_plan_in_french_says_the_pace(capsys, home):
    (home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    folder = home / "rules" / "scenarios"
    folder.mkdir(parents=True)
    (folder / "invite.toml").write_text('[scenario]\nid = "invite-now"\ntitle = "Inviter"\n'
                                        'priority = 70\n\n[[step]]\ndo = "invite"\n',
                                        encoding="utf-8")
    assert run(capsys, "--home", home, "enrol", "invite-now", "--degree", "2",
               "--today", "2026-11-20")[0] == 0
    code, out, _ = run(capsys, "--home", home, "plan", "--today", "2026-11-23")
    assert code == 0
    lines = out.splitlines()
    assert any(line.startswith("20 invitations par jour ouvré\xa0: 20 aujourd’hui, ")
               for line in lines), lines[:12]
    assert any("20 invitations par jour ouvré\xa0: prévue le 2026-11-24" in line
               for line in lines)


def test_rules_check_reports_a_bad_pace_with_its_line(capsys, tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    path = folder / "limits.toml"
    path.write_text('[limit.invitations_per_day]\nvalue = -5\nweekends = "no"\nlabel = "a day"\n'
                    'why = "w"\nblocked = "Too many"\n\n[limit.invitations_per_week]\n'
                    'value = 100\nweekends = true\nlabel = "a week"\nwhy = "w"\nblocked = "b"\n'
                    '\n[limit.messages_per_dy]\nvalue = 3\n', encoding="utf-8")
    code, out, _ = run(capsys, "rules", "check", folder)
    assert code == 2
    assert out.splitlines()[:5] == [
        f'{path}:2: limit "invitations_per_day": value must be a whole number, 0 or more, '
        f'not -5',
        f'{path}:3: limit "invitations_per_day": "weekends" must be true or false, not text',
        f'{path}:6: limit "invitations_per_day": invitations_per_day never blocks an action: '
        f'remove "blocked"',
        f'{path}:10: limit "invitations_per_week": only a daily pace (invitations_per_day, '
        f'messages_per_day) takes "weekends"',
        f'{path}:15: limit "messages_per_dy": unknown limit "messages_per_dy"; did you mean '
        f'"messages_per_day"?',
    ]
