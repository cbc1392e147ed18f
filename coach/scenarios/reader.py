"""Reading one scenario file, with every problem at its ``file:line`` (as rule files are read).

A file holds one ``[scenario]`` (id, title, priority, ``enter`` condition, why), its
``[[step]]`` tables in order, its ``[[exit]]`` conditions and its ``[[test]]`` cases; it may
name lists and conditions as rule files do. A scenario with any problem is left out whole:
running half a sequence would be worse than running none.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coach.scenarios.model import (
    ACTION_STEPS, SCENARIO_FACTS, STEP_KINDS, STEP_OPTIONS, TEMPLATE_NAMES, Exit, Scenario,
    ScenarioTest, Step,
)
from coach.strategy.conditions import ALWAYS
from coach.strategy.facts import describe_type
from coach.strategy.file_context import Entry, FileContext
from coach.strategy.loader import (
    drop_duplicates, read_entries, read_lists_and_conditions, read_toml, unknown_sections,
)
from coach.strategy.problems import RuleProblem, did_you_mean, unknown
from coach.strategy.rule_reader import (entry_id, read_priority, read_test_facts,
                                         read_whole_number)

SECTIONS = ("scenario", "step", "exit", "test", "lists", "conditions")
SCENARIO_FIELDS = ("id", "title", "priority", "enter", "why")
STEP_FIELDS = ("do", "days", "note", "text")
EXIT_FIELDS = ("id", "when", "reason")
TEST_FIELDS = ("name", "facts", "expect_enter", "expect_exit", "expect_text")
MAX_DAYS = 365


@dataclass(frozen=True)
class ScenarioFile:
    """What one file defines: its scenario (None when it has problems) and its tests."""

    file: str
    scenario: Scenario | None = None
    tests: tuple[ScenarioTest, ...] = ()


def load_scenario_file(path: Path, display: str | None = None
                       ) -> tuple[ScenarioFile, list[RuleProblem]]:
    """Read, parse and check one scenario file; ``display`` is the name used in problems."""
    file = display or str(path)
    data, source, problems = read_toml(path, file)
    if data is None:
        return ScenarioFile(file), problems
    ctx = FileContext(file, source)
    unknown_sections(ctx, data, SECTIONS)
    read_lists_and_conditions(ctx, data, SCENARIO_FACTS)
    scenario = _scenario(ctx, data)
    tests = read_entries(ctx, data, "test", _test)
    _test_exits(ctx, tests, scenario)
    problems = sorted(ctx.problems, key=lambda problem: problem.line)
    return ScenarioFile(file, scenario, tuple(tests)), problems


def _scenario(ctx: FileContext, data: dict) -> Scenario | None:
    raw = data.get("scenario")
    if not isinstance(raw, dict):
        found = "" if raw is None else f", not {describe_type(raw)}"
        ctx.add(None, f"a scenario file needs one [scenario] table (id, title, priority, "
                      f"enter){found}", ctx.source.key_line("scenario") or 1)
        return None
    span = ctx.source.table("scenario") or (1, len(ctx.source.lines))
    entry, ok = entry_id(ctx, "scenario", raw, span)
    before = len(ctx.problems)
    ctx.unknown_fields(entry, raw, SCENARIO_FIELDS)
    title = ctx.text(entry, raw, "title")
    priority = read_priority(ctx, entry, raw, required=True)
    why = ctx.text(entry, raw, "why", required=False) or ""
    enter = ALWAYS
    if "enter" in raw:
        errors = []
        enter = ctx.conditions.read(raw["enter"], errors)
        ctx.condition_errors(entry, errors)
    steps = _steps(ctx, data, entry)
    exits = read_entries(ctx, data, "exit", _exit)
    drop_duplicates(ctx, exits, "exit")
    if len(ctx.problems) > before or not ok or steps is None:
        return None
    return Scenario(entry.id, title, priority, enter, tuple(steps), tuple(exits), why, ctx.file,
                    span[0])


def _steps(ctx: FileContext, data: dict, scenario: Entry) -> list[Step] | None:
    """The steps in order, checked as a sequence; None when any has a problem."""
    raw = data.get("step")
    if raw is None:
        ctx.add(scenario, "a scenario needs steps: add [[step]] tables such as do = \"visit\"")
        return None
    before = len(ctx.problems)
    numbers = iter(range(1, 1 + (len(raw) if isinstance(raw, list) else 0)))
    steps = read_entries(ctx, data, "step",
                         lambda ctx, table, span: _step(ctx, table, span, next(numbers)))
    if len(ctx.problems) > before:
        return None
    kinds = [step.kind for step in steps]
    if "end" in kinds and kinds.index("end") < len(kinds) - 1:
        after = steps[kinds.index("end") + 1]
        ctx.add(Entry("step", str(kinds.index("end") + 2), (after.line, after.line)),
                'comes after "end" and would never be reached')
    if not any(kind in ACTION_STEPS for kind in kinds):
        ctx.add(scenario, "a scenario needs at least one step to do: "
                          + ", ".join(ACTION_STEPS))
    for number, step in enumerate(steps, start=1):
        if step.kind == "await_acceptance" and "invite" not in kinds[:number - 1]:
            ctx.add(Entry("step", str(number), (step.line, step.line)),
                    '"await_acceptance" needs an "invite" step before it')
    return steps if len(ctx.problems) == before else None


def _step(ctx: FileContext, raw: dict, span: tuple[int, int], number: int) -> Step | None:
    entry = Entry("step", str(number), span)
    before = len(ctx.problems)
    ctx.unknown_fields(entry, raw, STEP_FIELDS)
    kind = raw.get("do")
    if kind is None:
        ctx.add(entry, '"do" is required: one of ' + ", ".join(STEP_KINDS))
        return None
    if not isinstance(kind, str) or kind not in STEP_KINDS:
        ctx.add(entry, unknown("step", str(kind), STEP_KINDS), ctx.key_line(entry, "do"))
        return None
    options = STEP_OPTIONS.get(kind, {})
    for key in ("days", "note", "text"):
        if key in raw and key not in options:
            ctx.add(entry, f'"{key}" does not apply to a "{kind}" step', ctx.key_line(entry, key))
    days = _days(ctx, entry, raw, kind) if "days" in options else None
    template = None
    for key in ("note", "text"):
        if key in options and (options[key] or key in raw):
            template = ctx.template(entry, raw, key, TEMPLATE_NAMES)
    if len(ctx.problems) > before:
        return None
    return Step(kind, span[0], days, template)


def _days(ctx: FileContext, entry: Entry, raw: dict, kind: str) -> int | None:
    return read_whole_number(ctx, entry, raw, "days", 1, MAX_DAYS,
                             f'"days" is required for a "{kind}" step (a whole number from 1 to '
                             f"{MAX_DAYS})")


def _exit(ctx: FileContext, raw: dict, span: tuple[int, int]) -> Exit | None:
    entry, ok = entry_id(ctx, "exit", raw, span)
    before = len(ctx.problems)
    ctx.unknown_fields(entry, raw, EXIT_FIELDS)
    when = None
    if "when" not in raw:
        ctx.add(entry, '"when" is required: the condition that takes people out')
    else:
        errors = []
        when = ctx.conditions.read(raw["when"], errors)
        ctx.condition_errors(entry, errors)
    reason = ctx.template(entry, raw, "reason", TEMPLATE_NAMES)
    if len(ctx.problems) > before or not ok or when is None:
        return None
    return Exit(entry.id, when, reason, span[0])


def _test(ctx: FileContext, raw: dict, span: tuple[int, int]) -> ScenarioTest | None:
    entry, ok = entry_id(ctx, "test", raw, span, key="name")
    before = len(ctx.problems)
    ctx.unknown_fields(entry, raw, TEST_FIELDS)
    facts = read_test_facts(ctx, entry, raw.get("facts"), SCENARIO_FACTS)
    enter = raw.get("expect_enter")
    if enter is not None and not isinstance(enter, bool):
        ctx.add(entry, f'"expect_enter" must be true or false, not {describe_type(enter)}',
                ctx.key_line(entry, "expect_enter"))
    leave = raw.get("expect_exit")
    if leave is not None and leave is not False and not (isinstance(leave, str) and leave):
        ctx.add(entry, '"expect_exit" must be the id of an exit, or false for none',
                ctx.key_line(entry, "expect_exit"))
    text = ctx.text(entry, raw, "expect_text", required=False)
    if not any(key in raw for key in TEST_FIELDS[2:]):
        ctx.add(entry, "a test needs at least one of: " + ", ".join(TEST_FIELDS[2:]))
    if len(ctx.problems) > before or not ok or facts is None:
        return None
    return ScenarioTest(entry.id, facts, ctx.file, span[0], enter, leave, text)


def _test_exits(ctx: FileContext, tests: list[ScenarioTest], scenario: Scenario | None) -> None:
    """Tests that expect an exit the file does not define (a typo)."""
    from coach.scenarios.exits import BUILT_IN_EXITS

    if scenario is None:
        return
    known = [*BUILT_IN_EXITS, *(leave.id for leave in scenario.exits)]
    for test in tests:
        if isinstance(test.expect_exit, str) and test.expect_exit not in known:
            ctx.add(Entry("test", test.name, (test.line, test.line)),
                    f'expects exit "{test.expect_exit}", which is not defined'
                    f"{did_you_mean(test.expect_exit, known)}",
                    ctx.source.key_line("expect_exit", (test.line, len(ctx.source.lines))))
