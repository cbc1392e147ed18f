"""Scenarios: sequences of steps (visit, wait, invite, message…), quotas and the daily agenda.

coach plans the steps and reminds the person; it never acts on LinkedIn itself::

    book = load_scenarios(workspace.rule_folders())   # rules/scenarios/*.toml, problems kept
    enrol(workspace, "visit-invite-welcome", [12, 40], day)
    plan = agenda(workspace, day)                      # .to_do, .waiting (and why), .changes
    mark(workspace, enrolment_id, "done", day)         # logs the interaction, moves on
"""

from coach.scenarios.book import ScenarioBook, UnknownScenario, load_scenarios, scenario_files
from coach.scenarios.enrolling import (
    Enrolled, Marked, MarkRefused, NoSuchEnrolment, enrol, mark,
)
from coach.scenarios.model import SCENARIO_FACTS, STEP_KINDS, Exit, Scenario, ScenarioTest, Step
from coach.scenarios.planner import DO_TODAY, WAITS, Agenda, AgendaItem, agenda

__all__ = ["DO_TODAY", "SCENARIO_FACTS", "STEP_KINDS", "WAITS", "Agenda", "AgendaItem",
           "Enrolled", "Exit", "MarkRefused", "Marked", "NoSuchEnrolment", "Scenario",
           "ScenarioBook", "ScenarioTest", "Step", "UnknownScenario", "agenda", "enrol",
           "load_scenarios", "mark", "scenario_files"]
