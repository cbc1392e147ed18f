"""Running the ``[[test]]`` cases of scenario files, saying what did not hold."""

from __future__ import annotations

from coach.scenarios.book import ScenarioBook
from coach.scenarios.exits import first_exit
from coach.scenarios.model import SCENARIO_DEFAULTS, Scenario, ScenarioTest
from coach.strategy.testing import TestResult


def run_scenario_tests(book: ScenarioBook) -> list[TestResult]:
    """Every scenario test case, in file order."""
    return [run_scenario_test(scenario, test) for scenario, test in book.all_tests()]


def run_scenario_test(scenario: Scenario, test: ScenarioTest) -> TestResult:
    """Check one case: does the person enter, which exit takes them out, what the texts say."""
    facts = {**SCENARIO_DEFAULTS, **test.facts}
    failures = []
    if test.expect_enter is not None:
        holds = scenario.enter.holds(facts)
        if holds and not test.expect_enter:
            failures.append(f'they enter "{scenario.id}" but should not: '
                            f"{scenario.enter.describe()} held")
        elif not holds and test.expect_enter:
            failures.append(f'they do not enter "{scenario.id}": '
                            f"{scenario.enter.explain(facts)}")
    if test.expect_exit is not None:
        leaving = first_exit(scenario, facts)
        if test.expect_exit is False and leaving is not None:
            failures.append(f'exit "{leaving.exit_id}" takes them out: {leaving.reason}')
        elif isinstance(test.expect_exit, str):
            if leaving is None:
                failures.append(f'no exit holds; expected "{test.expect_exit}"'
                                + _why_not(scenario, test.expect_exit, facts))
            elif leaving.exit_id != test.expect_exit:
                failures.append(f'exit "{leaving.exit_id}" holds first, not '
                                f'"{test.expect_exit}"')
    if test.expect_text is not None:
        lookup = scenario.lookup(facts)
        texts = [step.template.render(lookup) for step in scenario.steps if step.template]
        wanted = test.expect_text.casefold()
        if not any(wanted in text.casefold() for text in texts):
            shown = f': the first says "{texts[0]}"' if texts else ": the scenario has no text"
            failures.append(f'no step text says "{test.expect_text}"{shown}')
    return TestResult(test, tuple(failures))


def _why_not(scenario: Scenario, exit_id: str, facts: dict) -> str:
    for leave in scenario.exits:
        if leave.id == exit_id:
            return f" ({leave.when.explain(facts)})"
    return ""
