"""Putting people into a scenario, and marking their current step done or skipped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from coach.logbook import LogRefused
from coach.model import Degree
from coach.scenarios.book import ScenarioBook, UnknownScenario
from coach.scenarios.exits import BUILT_IN_EXITS
from coach.scenarios.facts import due_on, person_facts
from coach.scenarios.model import ACTION_STEPS, SCENARIO_DEFAULTS, Scenario
from coach.scenarios.planner import Agenda
from coach.store import Store
from coach.strategy.actions import tagged_do_not_contact
from coach.strategy.fact_table import FactTable

LogStep = Callable[[int, str, str | None, str], object]
"""Logs a step done: (person id, kind, when or None for now, note); raises LogRefused when
the rules say it could not have been done."""

OUTCOMES = ("done", "skipped")


class MarkRefused(ValueError):
    """A step cannot be marked (the message says why); nothing was changed."""


class NoSuchEnrolment(LookupError):
    """No enrolment has this id."""


@dataclass
class Enrolled:
    """Who entered the scenario (person id → enrolment id) and who did not, with why."""

    scenario: str
    enrolled: dict[int, int] = field(default_factory=dict)
    refused: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Marked:
    """What marking a step did, in words (``summary``), and its parts for a front end that
    words it in another language: the outcome ("done" or "skipped"), the person's name,
    the step's number, the scenario's title, the step and the next one (None: the
    scenario is complete)."""

    enrolment_id: int
    summary: str
    outcome: str = "done"
    name: str = ""
    number: int = 0
    scenario: str = ""
    step: object = None
    following: object = None


def enrol(store: Store, table: FactTable, scenario: Scenario, person_ids, day: date) -> Enrolled:
    """Start these people at the first step of a scenario, in one transaction.

    People who do not match its entry conditions, who already run it, who carry the
    do-not-contact tag (or who are me) stay out, each with the reason. ``table`` holds
    everyone's facts on ``day``.
    """
    running = {e.person_id for e in store.enrolments.active() if e.scenario == scenario.id}
    result = Enrolled(scenario.id)
    first_due = due_on(scenario.step(0), day).isoformat()
    with store.transaction():
        for person_id in dict.fromkeys(person_ids):
            facts = person_facts(table, person_id)
            if facts is None:
                result.refused[person_id] = "not in your network"
            elif facts.get("degree") == int(Degree.ME):
                result.refused[person_id] = "that is you"
            elif person_id in running:
                result.refused[person_id] = "already in this scenario"
            elif tagged_do_not_contact(facts):
                result.refused[person_id] = BUILT_IN_EXITS["do-not-contact"]
            elif not scenario.enter.holds(facts | SCENARIO_DEFAULTS):
                explained = scenario.enter.explain(facts | SCENARIO_DEFAULTS)
                result.refused[person_id] = f"does not match: {explained}"
            else:
                result.enrolled[person_id] = store.enrolments.add(
                    person_id, scenario.id, day.isoformat(), first_due)
    return result


def mark(store: Store, book: ScenarioBook, plan: Agenda, enrolment_id: int, outcome: str,
         log: LogStep, name: str, today: date) -> Marked:
    """Mark an enrolment's current step done (logging the interaction) or skipped; move on.

    ``plan`` is the agenda of the day the step was taken, its updates already stored
    (``store_updates``), so a person who replied or was tagged do-not-contact has already
    left and cannot be marked; a done step logs (through ``log``) the note or message the
    agenda planned.
    ``name`` is the person's name for the summary; ``today`` tells whether the step was
    taken now or on an earlier day.
    """
    if outcome not in OUTCOMES:
        raise MarkRefused(f"unknown outcome {outcome!r}: use done or skip")
    day = plan.day
    if store.enrolments.get(enrolment_id) is None:
        raise NoSuchEnrolment(f"no enrolment #{enrolment_id}")
    enrolment = store.enrolments.get(enrolment_id)
    if not enrolment.active:
        raise MarkRefused(f"enrolment #{enrolment_id} has ended ({enrolment.status}"
                          + (f": {enrolment.reason})" if enrolment.reason else ")"))
    try:
        scenario = book.get(enrolment.scenario)
    except UnknownScenario as error:
        raise MarkRefused(f"enrolment #{enrolment_id}: {error}") from None
    step = scenario.step(enrolment.step)
    number = enrolment.step + 1
    item = plan.item(enrolment_id)
    if item is not None and item.enrolment.step != enrolment.step:
        item = None  # planned for a step already marked
    if outcome == "done" and not step.is_action:
        raise MarkRefused(f"step {number} of {scenario.id} is to {step.describe()} (until "
                          f"{enrolment.due_on}): nothing to mark done; skip it to move on")
    following = scenario.step(enrolment.step + 1)
    with store.transaction():
        if outcome == "done":
            at = None if day == today else day.isoformat()
            note = item.text if item is not None else ""
            try:
                log(enrolment.person_id, ACTION_STEPS[step.kind], at, note)
            except LogRefused as error:
                raise MarkRefused(str(error)) from None
        if following is None:
            store.enrolments.end(enrolment_id, "done", "every step taken", day.isoformat())
            then = "the scenario is complete"
        else:
            store.enrolments.move(enrolment_id, enrolment.step + 1, day.isoformat(),
                                  due_on(following, day).isoformat())
            then = f"next: {following.describe()}"
    verb = "Done" if outcome == "done" else "Skipped"
    return Marked(enrolment_id, f"{verb}: {name}, step {number} of {scenario.title} "
                                f"({step.describe()}); {then}", outcome, name, number,
                  scenario.title, step, following)
