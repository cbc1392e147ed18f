"""Scenarios: sequences of steps (visit, wait, invite, message…), quotas and the daily agenda.

coach plans the steps and reminds the person; it never acts on LinkedIn itself. The
service (``coach.service``) gives these functions what they need::

    book = load_scenarios(rule_folders)              # rules/scenarios/*.toml, problems kept
    enrol(store, facts, scenario, [12, 40], day)     # facts: a FactTable for that day
    plan = agenda(store, facts, book, rules, day)    # .to_do, .waiting (and why), .changes
    store_updates(store, plan)                       # what the plan found, stored
    mark(store, book, plan, enrolment_id, "done", log, name, today)   # logs, moves on
"""

from coach.scenarios.book import ScenarioBook, UnknownScenario, load_scenarios, scenario_files
from coach.scenarios.enrolling import (
    Enrolled, Marked, MarkRefused, NoSuchEnrolment, enrol, mark,
)
from coach.scenarios.model import SCENARIO_FACTS, STEP_KINDS, Exit, Scenario, ScenarioTest, Step
from coach.scenarios.planner import DO_TODAY, WAITS, Agenda, AgendaItem, agenda, store_updates

__all__ = ["DO_TODAY", "SCENARIO_FACTS", "STEP_KINDS", "WAITS", "Agenda", "AgendaItem",
           "Enrolled", "Exit", "MarkRefused", "Marked", "NoSuchEnrolment", "Scenario",
           "ScenarioBook", "ScenarioTest", "Step", "UnknownScenario", "agenda", "enrol",
           "load_scenarios", "mark", "scenario_files", "store_updates"]
