"""The daily agenda: the scenario steps due today, what fits LinkedIn's limits, what waits.

Computing the agenda brings every enrolment up to date, in memory: people who match an
exit leave (a do-not-contact tag always takes them out), waits that are over move on, an
accepted invitation (re-imported or logged by hand) moves people past their
"await_acceptance" step, and an acceptance that never came ends the run. Reading the
agenda writes nothing: the changes are kept with it (``Agenda.updates``) and stored by
:func:`store_updates` when a step is marked or people enrol.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from coach.scenarios.book import ScenarioBook
from coach.scenarios.exits import first_exit
from coach.scenarios.facts import due_on, enrolment_facts
from coach.scenarios.model import Scenario, Step
from coach.scenarios.pacing import PaceSummary
from coach.scenarios.quotas import Quotas
from coach.store import Store
from coach.store.enrolments import Enrolment
from coach.strategy.book import Book
from coach.strategy.fact_table import FactTable

DO_TODAY, WAITS = "do today", "waits"
REFUSED_STATUSES = ("declined", "withdrawn", "ignored")


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One step due today for one person: do it today, or it waits (and why)."""

    enrolment: Enrolment
    scenario: Scenario
    step: Step
    name: str
    degree: str
    status: str
    why: str = ""
    text: str = ""
    how: str = ""
    planned_on: str | None = None
    """For a step the daily pace keeps from today: the day it is planned for."""

    @property
    def person_id(self) -> int:
        return self.enrolment.person_id

    def to_json(self) -> dict:
        """The item as plain values (``status`` is "do today" or "waits")."""
        return {"enrolment": self.enrolment.id, "person_id": self.person_id, "name": self.name,
                "degree": self.degree, "scenario": self.scenario.id,
                "scenario_title": self.scenario.title, "step": self.enrolment.step + 1,
                "do": self.step.kind, "what": self.step.describe(), "status": self.status,
                "why": self.why, "text": self.text, "how": self.how,
                "due_on": self.enrolment.due_on, "planned_on": self.planned_on}


@dataclass(frozen=True, slots=True)
class Change:
    """Something the update did to an enrolment: moved on, done, or exited (and why)."""

    enrolment: Enrolment
    name: str
    status: str
    reason: str

    def to_json(self) -> dict:
        return {"enrolment": self.enrolment.id, "person_id": self.enrolment.person_id,
                "name": self.name, "scenario": self.enrolment.scenario,
                "status": self.status, "reason": self.reason}


@dataclass
class Agenda:
    """One day's plan: due steps (to do first, then waiting), later steps, and the changes
    that bring the stored enrolments up to date (``updates``: what storing them writes)."""

    day: date
    items: list[AgendaItem] = field(default_factory=list)
    later: list[AgendaItem] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    problems: list = field(default_factory=list)
    updates: list[Enrolment] = field(default_factory=list)
    pacing: list[PaceSummary] = field(default_factory=list)
    """The daily paces over this plan: how many today, how many wait for the next days."""

    @property
    def to_do(self) -> list[AgendaItem]:
        return [item for item in self.items if item.status == DO_TODAY]

    @property
    def waiting(self) -> list[AgendaItem]:
        return [item for item in self.items if item.status == WAITS]

    def item(self, enrolment_id: int) -> AgendaItem | None:
        """The due item of one enrolment, if it is due today."""
        return next((item for item in self.items if item.enrolment.id == enrolment_id), None)

    def to_json(self) -> dict:
        return {"day": self.day.isoformat(), "items": [item.to_json() for item in self.items],
                "later": [item.to_json() for item in self.later],
                "changes": [change.to_json() for change in self.changes],
                "problems": [problem.to_json() for problem in self.problems],
                "pace": [pace.to_json() for pace in self.pacing]}


def agenda(store: Store, table: FactTable, book: ScenarioBook, rules: Book,
           day: date) -> Agenda:
    """Plan ``day``: enrolments brought up to date in memory, then the steps due, within
    the limits of ``rules``; ``table`` holds everyone's facts as they stand on ``day``."""
    limits = rules.limits
    plan = Agenda(day, problems=list(book.problems))
    due: list[tuple[Enrolment, Scenario, dict]] = []
    for enrolment in store.enrolments.active():
        scenario = book.scenarios.get(enrolment.scenario)
        facts = enrolment_facts(table, store, enrolment, day)
        if scenario is None or facts is None:
            continue  # its file is gone or broken: kept as it is until it is back
        change, updated = _bring_up_to_date(scenario, enrolment, facts, day, limits)
        if change is not None:
            plan.changes.append(Change(updated, _name(facts), *change))
            plan.updates.append(updated)
        if updated.active:
            due.append((updated, scenario, facts))
    due.sort(key=lambda entry: (-entry[1].priority, entry[0].due_on, entry[0].id))
    account = due[0][2] if due else {}
    quotas = Quotas(rules, account, day)
    waiting = []
    for enrolment, scenario, facts in due:
        step = scenario.step(enrolment.step)
        name, degree = _name(facts), str(facts.get("degree_label") or "")
        if not step.is_action or enrolment.due_on > day.isoformat():
            until = f"until {enrolment.due_on}"
            plan.later.append(AgendaItem(enrolment, scenario, step, name, degree, WAITS,
                                         f"{step.describe()}: {until}"))
            continue
        fit = quotas.fit(step, facts, scenario.lookup(facts, limits))
        item = AgendaItem(enrolment, scenario, step, name, degree,
                          DO_TODAY if fit.fits else WAITS, fit.why, fit.text, fit.how,
                          fit.planned_on.isoformat() if fit.planned_on else None)
        (plan.items if fit.fits else waiting).append(item)
    plan.items.extend(waiting)
    plan.pacing = [summary for pace in quotas.paces.values()
                   if (summary := pace.summary()) is not None and summary.held]
    plan.later.sort(key=lambda item: (item.enrolment.due_on, item.enrolment.id))
    return plan


def _name(facts: dict) -> str:
    return str(facts.get("name") or facts.get("display_name") or "?")


def store_updates(store: Store, plan: Agenda) -> None:
    """Store the changes that bring the enrolments up to date (one transaction)."""
    with store.transaction():
        for enrolment in plan.updates:
            if enrolment.active:
                store.enrolments.move(enrolment.id, enrolment.step, enrolment.step_since,
                                      enrolment.due_on)
            else:
                store.enrolments.end(enrolment.id, enrolment.status, enrolment.reason,
                                     plan.day.isoformat())
    plan.updates = []


def _bring_up_to_date(scenario: Scenario, enrolment: Enrolment, facts: dict, day: date,
                      limits) -> tuple[tuple[str, str] | None, Enrolment]:
    """Apply exits and finished waits to one enrolment; the change and the new state."""
    index = enrolment.step
    since = date.fromisoformat(enrolment.step_since[:10])
    due = date.fromisoformat(enrolment.due_on[:10])
    moved = []
    for _ in range(len(scenario.steps) + 1):
        facts["step_number"] = index + 1
        step = scenario.step(index)
        if step is None:
            return ("done", "every step taken"), _state(enrolment, index, since, due, "done",
                                                        "every step taken")
        leaving = first_exit(scenario, facts, limits)
        reason = leaving.reason if leaving is not None else _passive_end(step, facts, due, day)
        if reason:
            return ("exited", reason), _state(enrolment, index, since, due, "exited", reason)
        finished = _finished_on(step, facts, due, day)
        if finished is None:
            break
        moved.append(step.describe())
        index, since = index + 1, finished
        due = due_on(scenario.step(index), since)
    if not moved:
        return None, enrolment
    change = ("moved", "; ".join(moved) + f" → step {index + 1}")
    return change, _state(enrolment, index, since, due, "active")


def _passive_end(step: Step, facts: dict, due: date, day: date) -> str:
    """Why an "await_acceptance" step ends the run: refused, or no answer in time."""
    if step.kind != "await_acceptance" or facts.get("connected"):
        return ""
    status = facts.get("last_invitation_status")
    if not facts.get("invitation_pending") and status in REFUSED_STATUSES:
        return f"the invitation was {status}"
    if day > due:
        return (f"no answer {step.days} days after the invitation: withdraw it, or leave it "
                f"pending")
    return ""


def _finished_on(step: Step, facts: dict, due: date, day: date) -> date | None:
    """The day a step finished without the person marking it, or None while it runs."""
    if step.kind == "wait":
        return due if due <= day else None
    if step.kind == "await_acceptance":
        return day if facts.get("connected") else None
    if step.kind == "invite" and facts.get("invitation_pending"):
        return day  # an invitation is already on its way: the step is done
    if step.kind == "follow" and facts.get("i_follow"):
        return day
    return None


def _state(enrolment: Enrolment, index: int, since: date, due: date, status: str,
           reason: str = "") -> Enrolment:
    return replace(enrolment, step=index, step_since=since.isoformat(), due_on=due.isoformat(),
                   status=status, reason=reason)
