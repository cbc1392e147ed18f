"""``coach rules init|check|test``, ``coach advise`` and the advice in ``coach show``."""

from __future__ import annotations

import json

import pytest

from coach.cli.main import main
from coach.resources import rules_dir


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


def test_check_the_shipped_rules(capsys, home):
    code, out, _ = run(capsys, "--home", home, "rules", "check")
    assert code == 0
    assert out.strip().endswith("tests: no problems")
    assert run(capsys, "rules", "check", rules_dir() / "fr")[0] == 0


def test_check_reports_every_problem_and_exits_2(capsys, tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    bad = folder / "bad.toml"
    bad.write_text('[[rule]]\nid = "x"\ntitle = "t"\npriority = 1000\nadvice = "Hi $frist_name"\n'
                   'why = "w"\n', encoding="utf-8")
    (folder / "broken.toml").write_text("[[rule]\n", encoding="utf-8")
    code, out, _ = run(capsys, "rules", "check", folder)
    assert code == 2
    assert out.splitlines() == [
        f'{bad}:4: rule "x": priority must be a whole number from 0 to 100, not 1000',
        f'{bad}:5: rule "x": unknown placeholder "$frist_name" in advice; '
        f'did you mean "$first_name"?',
        f"{folder / 'broken.toml'}:1:7: invalid TOML: Expected ']]' at the end of an array "
        f"declaration",
        "2 files, 0 rules, 0 actions, 0 limits, 0 tests: 3 problems",
    ]
    code, out, _ = run(capsys, "rules", "check", bad, "--json")
    assert code == 2 and len(json.loads(out)["problems"]) == 2
    assert run(capsys, "rules", "check", tmp_path / "empty-nowhere")[0] == 2


def test_check_reports_config_problems_too(capsys, home):
    home.mkdir()
    (home / "config.toml").write_text('langauge = "fr"\n', encoding="utf-8")
    code, out, _ = run(capsys, "--home", home, "rules", "check")
    assert code == 2
    assert out.splitlines()[0] == \
        f'{home / "config.toml"}:1: unknown key "langauge"; did you mean "language"?'


def test_rules_test_prints_pass_and_fail_naming_the_condition(capsys, tmp_path):
    code, out, _ = run(capsys, "rules", "test", rules_dir())
    assert code == 0
    lines = out.splitlines()
    assert all(line.startswith("PASS ") for line in lines[:-1])
    assert lines[-1].endswith("passed, 0 failed")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "mine.toml").write_text("""
[[rule]]
id = "quiet"
title = "Quiet"
priority = 10
advice = "Write to $first_name"
why = "w"
when = { all = [{ fact = "degree", eq = 1 }, { fact = "days_since_last_interaction", gt = 90 }] }

[[test]]
name = "recent contact"
facts = { degree = 1, days_since_last_interaction = 30, first_name = "Bob" }
expect = ["quiet"]

[[test]]
name = "old contact"
facts = { degree = 1, days_since_last_interaction = 120, first_name = "Bob" }
expect_top = "quiet"
expect_text = "Write to Bob"
""", encoding="utf-8")
    code, out, _ = run(capsys, "rules", "test", rules)
    assert code == 1
    assert out.splitlines() == [
        f'FAIL {rules / "mine.toml"}:10 recent contact: rule "quiet" did not match: '
        f"days_since_last_interaction gt 90 did not hold (days_since_last_interaction is 30)",
        f"PASS {rules / 'mine.toml'}:15 old contact",
        "1 passed, 1 failed",
    ]


def test_rules_init_copies_the_shipped_rules_into_the_workspace(capsys, home):
    code, out, _ = run(capsys, "--home", home, "rules", "init")
    shipped = len([*rules_dir().glob("*.toml"), *rules_dir().glob("scenarios/*.toml")])
    assert code == 0 and out.startswith(f"Copied {shipped} rule files to {home / 'rules'}")
    copied = sorted(path.name for path in (home / "rules").glob("*.toml"))
    assert copied == sorted(path.name for path in rules_dir().glob("*.toml"))
    scenarios = sorted(path.name for path in (home / "rules" / "scenarios").glob("*.toml"))
    assert scenarios == sorted(path.name for path in (rules_dir() / "scenarios").glob("*.toml"))
    first = home / "rules" / "first.toml"
    first.write_text(first.read_text(encoding="utf-8").replace(
        'title = "Keep the relation alive"', 'title = "Stay in touch"'), encoding="utf-8")
    code, out, _ = run(capsys, "--home", home, "rules", "init")
    assert f"Kept {shipped} files you already have" in out
    assert "Stay in touch" in first.read_text(encoding="utf-8")
    code, out, _ = run(capsys, "--home", home, "rules", "check")
    assert code == 0
    code, out, _ = run(capsys, "--home", home, "rules", "init", "--force")
    assert f"Copied {shipped} rule files" in out and "Stay in touch" not in first.read_text("utf-8")


def test_advise_one_person_on_the_demo(capsys, home):
    code, out, err = run(capsys, "--home", home, "advise", "Léa Dubois")
    assert code == 0 and "demo network" in err
    lines = out.splitlines()
    assert lines[0].startswith("Léa Dubois  [2nd] · ")
    assert lines[1] == "Advice:"
    assert lines[2].startswith("  1. ") and "note-introduction" in lines[2]  # her note
    assert any(line.startswith("     Why: ") for line in lines)
    assert "Actions:" in lines
    assert any(line.startswith("  ✓ Invite to connect: 2nd degree: you can invite them.")
               for line in lines)
    assert any(line.startswith("  ✗ Message for free: Only 1st-degree connections") for line in lines)


def test_advise_json(capsys, home):
    code, out, _ = run(capsys, "--home", home, "advise", "Bob Nguyen", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["contact"]["name"] == "Bob Nguyen" and data["contact"]["degree"] == 1
    first = data["advice"][0]
    assert set(first) == {"rule", "title", "text", "priority", "file", "line", "why", "actions",
                          "move", "variant"}
    assert [a["priority"] for a in data["advice"]] == sorted(
        (a["priority"] for a in data["advice"]), reverse=True)
    actions = {a["action"]: a for a in data["actions"]}
    assert actions["message"]["allowed"] is True and actions["invite"]["allowed"] is False
    assert set(actions["invite"]) == {"action", "label", "allowed", "reason", "limit", "left", "why"}


def test_advise_without_a_query_ranks_the_best_moves(capsys, home):
    code, out, _ = run(capsys, "--home", home, "advise", "--limit", "9")
    assert code == 0
    assert "Whom to invite:" in out and "Whom to reconnect with:" in out
    assert "Followers to engage:" in out
    code, out, _ = run(capsys, "--home", home, "advise", "--json", "--limit", "9")
    moves = json.loads(out)
    assert len(moves) == 9
    assert {m["move"] for m in moves} >= {"invite", "reconnect", "engage"}
    assert all("do-not-contact" not in m["contact"]["tags"] for m in moves)
    assert all({"person_id", "move", "score", "advice", "contact"} <= set(m) for m in moves)


def test_show_includes_advice_and_actions(capsys, home):
    code, out, _ = run(capsys, "--home", home, "show", "Léa Dubois", "--json")
    data = json.loads(out)
    assert code == 0 and data["advice"] and data["actions"]
    code, out, _ = run(capsys, "--home", home, "show", "Léa Dubois")
    assert "\nAdvice:\n  1. " in out and "\nActions:\n" in out


def test_french_rules_from_config_toml(capsys, home):
    home.mkdir()
    (home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    code, out, _ = run(capsys, "--home", home, "advise", "Léa Dubois")
    assert code == 0
    assert "Inviter à entrer en relation" in out and "Why: " not in out
    assert "Pourquoi\u00a0: " in out  # the command's own words are French too (issue 15)
    assert "Invitez" in out or "Visitez" in out
    code, out, _ = run(capsys, "--home", home, "rules", "check")
    assert code == 0


def test_french_rules_from_the_rules_option(capsys, home):
    code, out, _ = run(capsys, "--home", home, "--rules", rules_dir() / "fr", "advise",
                       "Bob Nguyen", "--json")
    data = json.loads(out)
    actions = {a["action"]: a for a in data["actions"]}
    assert actions["message"]["reason"] == "Vous êtes en relation\u00a0: les messages sont gratuits."


def test_a_broken_workspace_rule_file_is_reported_and_advice_still_comes(capsys, home):
    run(capsys, "--home", home, "rules", "init")
    broken = home / "rules" / "first.toml"
    broken.write_text(broken.read_text(encoding="utf-8") + "\noops = \n", encoding="utf-8")
    code, out, err = run(capsys, "--home", home, "advise", "Bob Nguyen")
    assert code == 0
    assert f"coach: {broken}:" in err and "invalid TOML" in err
    assert "Advice:\n  1. " in out


def test_copied_rules_run_their_tests_once(capsys, home):
    run(capsys, "--home", home, "rules", "init")
    code, out, _ = run(capsys, "rules", "test", rules_dir())
    shipped = out.splitlines()[-1]
    code, out, _ = run(capsys, "--home", home, "rules", "test")
    assert code == 0 and out.splitlines()[-1] == shipped
    assert all(str(home / "rules") in line for line in out.splitlines()[:-1])


def hostile_rule_folder(folder):
    """A rules folder holding what is not a rule file: a link to itself, a link to a device,
    a link to nothing, a FIFO and a folder, each named like one."""
    import os

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "loop.toml").symlink_to("loop.toml")
    (folder / "zero.toml").symlink_to("/dev/zero")
    (folder / "gone.toml").symlink_to(folder / "nowhere.toml")
    os.mkfifo(folder / "pipe.toml")
    (folder / "box.toml").mkdir()
    return {"loop.toml": "a symbolic link that loops", "zero.toml": "a device, not a file",
            "gone.toml": "a symbolic link to nothing", "pipe.toml": "a FIFO (named pipe), not a file",
            "box.toml": "a folder, not a file"}


def test_rule_files_that_are_not_regular_files_are_problems_not_silence(capsys, tmp_path):
    """Issue 18, item 7: a loop, a device, a FIFO… are said, never read (a FIFO would block)."""
    folder = tmp_path / "rules"
    expected = hostile_rule_folder(folder)
    (folder / "fine.toml").symlink_to(rules_dir() / "first.toml")  # a link to a file is fine
    code, out, _ = run(capsys, "rules", "check", folder)
    assert code == 2
    for name, reason in expected.items():
        assert any(line.startswith(str(folder / name)) and reason in line
                   for line in out.splitlines()), (name, out)
    assert "5 problems" in out.splitlines()[-1]


def test_advice_still_comes_when_the_workspace_holds_such_files(capsys, home):
    hostile_rule_folder(home / "rules")
    code, out, err = run(capsys, "--home", home, "advise", "Bob Nguyen")
    assert code == 0 and "a FIFO (named pipe)" in err and "Advice:\n  1. " in out
