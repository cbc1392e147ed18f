"""Scenario files: the shipped ones (English and French), and broken ones with exact messages."""

from __future__ import annotations

import pytest
import tomli

from coach.resources import rules_dir
from coach.scenarios import load_scenarios
from coach.scenarios.reader import load_scenario_file
from coach.scenarios.testing import run_scenario_test, run_scenario_tests

SHIPPED = ("visit-invite-welcome", "followers-to-connections", "reconnect")
BOOKS = {"en": load_scenarios([rules_dir()]), "fr": load_scenarios([rules_dir() / "fr"])}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_shipped_scenarios_load_and_their_tests_pass(language):
    book = BOOKS[language]
    assert [str(problem) for problem in book.problems] == []
    assert list(book.scenarios) == list(SHIPPED)  # best priority first
    results = run_scenario_tests(book)
    assert len(results) >= 15
    assert [result.line() for result in results if not result.passed] == []
    first = book.get("visit-invite-welcome")
    assert [step.kind for step in first.steps] == \
        ["visit", "wait", "invite", "await_acceptance", "message", "end"]
    assert [step.days for step in first.steps][1:4] == [3, None, 15]


def test_french_scenarios_mirror_the_english_ones():
    for path in (rules_dir() / "scenarios").glob("*.toml"):
        english = tomli.loads(path.read_text(encoding="utf-8"))
        french = tomli.loads((rules_dir() / "fr" / "scenarios" / path.name).read_text("utf-8"))
        assert english["scenario"]["id"] == french["scenario"]["id"]
        assert english["scenario"]["enter"] == french["scenario"]["enter"]
        assert [{k: v for k, v in s.items() if k not in ("note", "text")}
                for s in english["step"]] == \
            [{k: v for k, v in s.items() if k not in ("note", "text")} for s in french["step"]]
        assert [(e["id"], e["when"]) for e in english["exit"]] == \
            [(e["id"], e["when"]) for e in french["exit"]]
        for one, other in zip(english["step"], french["step"]):
            for key in ("note", "text"):
                assert (key in one) == (key in other)
                assert one.get(key) != other.get(key) or key not in one, path.name


def test_an_unknown_scenario_names_the_nearest_one():
    with pytest.raises(KeyError) as error:
        BOOKS["en"].get("reconect")
    assert str(error.value) == 'unknown scenario "reconect"; did you mean "reconnect"?'


BROKEN = {
    "typos.toml": ("""[scenario]
id = "typos"
title = "Typos"
priority = 50
enter = { fact = "degre", eq = 2 }

[[step]]
do = "invit"

[[step]]
do = "wait"

[[step]]
do = "message"
text = "Hi $frist_name"
days = 3

[[exit]]
id = "gone"
when = { fact = "repleid", eq = true }
reason = "bye"
""", [
        '{f}:5: scenario "typos": unknown fact "degre"; did you mean "degree"?',
        '{f}:8: step "1": unknown step "invit"; did you mean "invite"?',
        '{f}:10: step "2": "days" is required for a "wait" step (a whole number from 1 to 365)',
        '{f}:15: step "3": unknown placeholder "$frist_name" in text; did you mean '
        '"$first_name"?',
        '{f}:16: step "3": "days" does not apply to a "message" step',
        '{f}:20: exit "gone": unknown fact "repleid"; did you mean "replied"?',
    ]),
    "order.toml": ("""[scenario]
id = "order"
title = "Order"
priorty = 50

[[step]]
do = "await_acceptance"
days = 500

[[step]]
do = "end"

[[step]]
do = "visit"

[[stepz]]
""", [
        '{f}:1: scenario "order": "priority" is required (a whole number from 0 to 100)',
        '{f}:4: scenario "order": unknown field "priorty"; did you mean "priority"?',
        '{f}:8: step "1": days must be a whole number from 1 to 365, not 500',
        '{f}:16: unknown section "stepz"; did you mean "step"?',
    ]),
    "sequence.toml": ("""[scenario]
id = "sequence"
title = "Sequence"
priority = 5

[[step]]
do = "await_acceptance"
days = 5

[[step]]
do = "end"

[[step]]
do = "wait"
days = 2

[[exit]]
id = "x"
when = { fact = "replied", eq = true }
reason = "r"

[[exit]]
id = "x"
when = { fact = "invited", eq = true }
reason = "r"

[[test]]
name = "a typo in an exit id"
facts = { degree = 2 }
expect_exit = "y"
""", [
        '{f}:1: scenario "sequence": a scenario needs at least one step to do: visit, invite, '
        'message, follow',
        '{f}:6: step "1": "await_acceptance" needs an "invite" step before it',
        '{f}:13: step "3": comes after "end" and would never be reached',
        '{f}:22: exit "x": duplicate exit id "x": already defined at {f}:17',
    ]),
    "nosteps.toml": ('[scenario]\nid = "none"\ntitle = "None"\npriority = 5\n\n[[test]]\n'
                     'name = "t"\nfacts = { degre = 2 }\nexpect_exit = "do-not-contact"\n', [
        '{f}:1: scenario "none": a scenario needs steps: add [[step]] tables such as '
        'do = "visit"',
        '{f}:8: test "t": unknown fact "degre"; did you mean "degree"?',
    ]),
    "noscenario.toml": ('[[scenario]]\nid = "a"\n', [
        "{f}:1: a scenario file needs one [scenario] table (id, title, priority, enter), "
        "not a list",
    ]),
    "toml.toml": ('[scenario\n', ["{f}:1:10: invalid TOML: Expected ']' at the end of a table "
                                  "declaration"]),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_scenario_files_report_every_problem_at_its_line(tmp_path, name):
    text, expected = BROKEN[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    loaded, problems = load_scenario_file(path)
    assert [str(problem) for problem in problems] == [line.format(f=path) for line in expected]
    assert loaded.scenario is None


def test_a_failing_case_says_what_did_not_hold(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text("""[scenario]
id = "mine"
title = "Mine"
priority = 5
enter = { fact = "degree", eq = 2 }

[[step]]
do = "message"
text = "Hello $first_name"

[[exit]]
id = "replied"
when = { fact = "replied", eq = true }
reason = "replied"

[[test]]
name = "wrong on purpose"
facts = { degree = 1, first_name = "Bob" }
expect_enter = true
expect_exit = "replied"
expect_text = "Hi Bob"
""", encoding="utf-8")
    loaded, problems = load_scenario_file(path)
    assert problems == []
    (test,) = loaded.tests
    result = run_scenario_test(loaded.scenario, test)
    assert result.line() == (
        f"FAIL {path}:16 wrong on purpose: they do not enter \"mine\": degree eq 2 did not hold "
        f'(degree is 1); no exit holds; expected "replied" (replied eq true did not hold '
        f'(replied is false)); no step text says "Hi Bob": the first says "Hello Bob"')
