"""Rule files are checked strictly: every problem at once, with file:line and a suggestion."""

from __future__ import annotations

import textwrap
from pathlib import Path

from coach.strategy import RuleBook, RuleProblem
from coach.strategy.loader import load_rule_file

GOOD = """
[[rule]]
id = "hello"
title = "Say hello"
priority = 50
advice = "Say hello to $first_name."
actions = ["message"]
why = "Because it is polite."
when = { fact = "degree", eq = 1 }
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    _rules, problems = load_rule_file(path)
    return [str(problem) for problem in problems]


def test_a_good_file_loads_with_its_line(tmp_path):
    path = write(tmp_path, "good.toml", GOOD)
    loaded, problems = load_rule_file(path)
    assert problems == []
    (rule,) = loaded.rules
    assert (rule.id, rule.priority, rule.line, rule.file) == ("hello", 50, 1, str(path))
    assert rule.when.holds({"degree": 1}) and not rule.when.holds({"degree": 2})


def test_every_problem_is_reported_at_once_with_its_line(tmp_path):
    path = write(tmp_path, "bad.toml", """
        [lists]
        close_tags = ["close", "mentor"]

        [[rule]]
        id = "one"
        title = "One"
        priority = 1000
        advise = "Hello $first_name"
        actions = ["invitee"]
        why = "Because."
        when = { fact = "degre", eqq = 2 }

        [[rule]]
        id = "two"
        title = "Two"
        priority = 10
        advice = "Hello $frist_name"
        why = "w"
        when = { fact = "tags", contains_any = "close_tag" }
        """)
    f = str(path)
    assert problems_of(path) == [
        f'{f}:7: rule "one": priority must be a whole number from 0 to 100, not 1000',
        f'{f}:8: rule "one": unknown field "advise"; did you mean "advice"?',
        f'{f}:9: rule "one": unknown action "invitee"; did you mean "invite"?',
        f'{f}:11: rule "one": unknown operator "eqq"; did you mean "eq"?',
        f'{f}:11: rule "one": unknown fact "degre"; did you mean "degree"?',
        f'{f}:17: rule "two": unknown placeholder "$frist_name" in advice; '
        f'did you mean "$first_name"?',
        f'{f}:19: rule "two": unknown list "close_tag"; did you mean "close_tags"?',
    ]


def test_toml_syntax_error_has_line_and_column(tmp_path):
    path = write(tmp_path, "syntax.toml", '[[rule]]\nid = "x"\ntitle = \n')
    (problem,) = load_rule_file(path)[1]
    assert (problem.line, problem.column) == (3, 9)
    assert str(problem) == f"{path}:3:9: invalid TOML: Invalid value"


def test_a_key_that_fell_under_rule_when(tmp_path):
    path = write(tmp_path, "when.toml", """
        [[rule]]
        id = "late"
        title = "Late keys"
        priority = 10
        why = "w"
        [rule.when]
        fact = "degree"
        eq = 2
        advice = "This line belongs to [rule.when] now."
        """)
    assert problems_of(path) == [
        f'{path}:9: rule "late": "advice" is inside [rule.when]: move it above the [rule.when] '
        f"line (keys after a table header belong to that table)",
    ]


def test_duplicate_ids_across_files_of_one_folder(tmp_path):
    write(tmp_path, "a.toml", GOOD)
    second = tmp_path / "b.toml"
    second.write_text("# the same rule again\n" + GOOD, encoding="utf-8")
    book = RuleBook([tmp_path])
    assert [str(p) for p in book.problems] == [
        f'{second}:3: rule "hello": duplicate rule id "hello": already defined at '
        f"{tmp_path / 'a.toml'}:1",
    ]
    assert [rule.file for rule in book.book.rules] == [str(tmp_path / "a.toml")]


def test_unknown_operator_action_and_section(tmp_path):
    path = write(tmp_path, "x.toml", """
        [[rulez]]
        id = "x"

        [[rule]]
        id = "ok-id"
        title = "t"
        priority = 0
        advice = "a"
        actions = ["mesage"]
        why = "w"
        when = { all = [{ fact = "mutual_connections", greater = 2 }] }
        """)
    f = str(path)
    assert problems_of(path) == [
        f'{f}:1: unknown section "rulez"; did you mean "rule"?',
        f'{f}:9: rule "ok-id": unknown action "mesage"; did you mean "message"?',
        f'{f}:11: rule "ok-id": unknown operator "greater"; did you mean "gte"?',
    ]


def test_types_of_operands_are_checked(tmp_path):
    path = write(tmp_path, "types.toml", """
        [[rule]]
        id = "typed"
        title = "t"
        priority = 1
        advice = "a"
        why = "w"
        [rule.when]
        all = [
          { fact = "degree", gt = "2" },
          { fact = "tags", gt = 1 },
          { fact = "follows_me", eq = "yes" },
          { fact = "days_since_last_interaction", missing = 1 },
        ]
        """)
    f = str(path)
    assert problems_of(path) == [
        f'{f}:9: rule "typed": "gt" on degree needs a number, not text "2"',
        f'{f}:10: rule "typed": "gt" does not apply to tags (list of text): use contains, '
        f"contains_any, missing",
        f'{f}:11: rule "typed": "eq" on follows_me needs true or false, not text "yes"',
        f'{f}:12: rule "typed": "missing" needs true or false, not a number',
    ]


def test_missing_fields_and_bad_ids(tmp_path):
    path = write(tmp_path, "missing.toml", """
        [[rule]]
        id = "has space"

        [[rule]]
        title = "no id"
        """)
    f = str(path)
    assert problems_of(path) == [
        f'{f}:1: "title" is required',
        f'{f}:1: "priority" is required (a whole number from 0 to 100)',
        f'{f}:1: "advice" is required',
        f'{f}:1: "why" is required',
        f'{f}:2: id must be letters, digits, "-" or "_" (80 at most), not \'has space\'',
        f'{f}:4: a rule needs an "id"',
        f'{f}:4: "priority" is required (a whole number from 0 to 100)',
        f'{f}:4: "advice" is required',
        f'{f}:4: "why" is required',
    ]


def test_named_conditions_unknown_and_cycles(tmp_path):
    path = write(tmp_path, "named.toml", """
        [conditions]
        quiet = { fact = "days_since_last_interaction", gt = 90 }
        loop_a = { condition = "loop_b" }
        loop_b = { condition = "loop_a" }

        [[rule]]
        id = "uses"
        title = "t"
        priority = 1
        advice = "a"
        why = "w"
        when = { condition = "quite" }
        """)
    f = str(path)
    assert problems_of(path) == [
        f'{f}:3: condition "loop_a": condition "loop_a" refers to itself '
        f"(loop_a → loop_b → loop_a)",
        f'{f}:12: rule "uses": unknown condition "quite"; did you mean "quiet"?',
    ]


def test_tests_are_checked_too(tmp_path):
    path = write(tmp_path, "t.toml", GOOD + """
        [[test]]
        name = "typo in a fact"
        facts = { degre = 1, mutual_connections = "two" }
        expect = ["hello"]

        [[test]]
        name = "nothing expected"
        facts = { degree = 1 }
        """)
    f = str(path)
    assert problems_of(path) == [
        f'{f}:12: test "typo in a fact": unknown fact "degre"; did you mean "degree"?',
        f'{f}:12: test "typo in a fact": mutual_connections is a number, not text',
        f'{f}:15: test "nothing expected": a test needs at least one of: expect, expect_not, '
        f"expect_top, expect_text, expect_allowed, expect_blocked, expect_variant",
    ]


def test_a_test_that_expects_an_unknown_rule(tmp_path):
    write(tmp_path, "t.toml", GOOD + '\n[[test]]\nname = "typo"\nfacts = { degree = 1 }\n'
                                     'expect = ["helo"]\n')
    book = RuleBook([tmp_path])
    assert [str(p) for p in book.problems] == [
        f'{tmp_path / "t.toml"}:10: test "typo": expects rule "helo", which is not defined; '
        f'did you mean "hello"?'
    ]


def test_actions_and_limits_files_are_checked(tmp_path):
    path = write(tmp_path, "policy.toml", """
        [[action]]
        id = "invitee"
        label = "Invite"
        otherwise = "No."
        why = "w"
        limits = ["invitations_per_weak"]
        [[action.case]]
        when = { fact = "degree", eq = 2 }
        alowed = true
        reason = "ok"

        [limit.invitations_per_week]
        value = -3
        label = "per week"
        why = "w"
        blocked = "Used $usd"

        [limit.invitation_per_week]
        value = 3
        """)
    f = str(path)
    assert problems_of(path) == [
        f'{f}:2: action "invitee": unknown action "invitee"; did you mean "invite"?',
        f'{f}:6: action "invitee": unknown limit "invitations_per_weak"; '
        f'did you mean "invitations_per_week"?',
        f'{f}:7: action "invitee": "allowed" is required (true or false)',
        f'{f}:9: action "invitee": unknown field "alowed"; did you mean "allowed"?',
        f'{f}:13: limit "invitations_per_week": value must be a whole number, 0 or more, not -3',
        f'{f}:16: limit "invitations_per_week": unknown placeholder "$usd" in blocked; '
        f'did you mean "$used"?',
        f'{f}:18: limit "invitation_per_week": unknown limit "invitation_per_week"; '
        f'did you mean "invitations_per_week"?',
    ]


def test_rule_problem_text_with_and_without_a_rule():
    assert str(RuleProblem("first.toml", 12, None, "x", "unknown fact")) == \
        'first.toml:12: rule "x": unknown fact'
    assert str(RuleProblem("first.toml", 3, 7, None, "invalid TOML: Invalid value")) == \
        "first.toml:3:7: invalid TOML: Invalid value"
    assert str(RuleProblem("limits.toml", 2, None, "note_length", "bad", "limit")) == \
        'limits.toml:2: limit "note_length": bad'
