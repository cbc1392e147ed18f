"""What a scenario is: entry conditions, steps, exits, and the test cases kept beside them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from coach.strategy.conditions import Condition
from coach.strategy.facts import FACTS, NUMBER, YES_NO, Fact
from coach.strategy.limits import LIMIT_KINDS
from coach.strategy.templates import Template

_EXTRA_FACTS = (
    Fact("replied", YES_NO, "they replied or wrote to me since they entered the scenario"),
    Fact("invited", YES_NO, "I sent them an invitation since they entered the scenario"),
    Fact("days_in_scenario", NUMBER, "days since they entered the scenario"),
    Fact("step_number", NUMBER, "the step they are at (1 for the first)"),
)
SCENARIO_FACTS: dict[str, Fact] = {**FACTS, **{fact.name: fact for fact in _EXTRA_FACTS}}
"""What scenario conditions and templates may use: every fact, and the scenario's own."""

SCENARIO_DEFAULTS = {"replied": False, "invited": False, "days_in_scenario": 0, "step_number": 1}
"""The scenario facts' values when a test case does not give them."""

TEMPLATE_NAMES = frozenset(SCENARIO_FACTS) | frozenset(LIMIT_KINDS)
"""What a note, a message or an exit reason may print."""

STEP_KINDS = {
    "visit": "Visit their profile",
    "wait": "Wait",
    "invite": "Invite them to connect",
    "await_acceptance": "Wait for them to accept",
    "message": "Send them a message",
    "follow": "Follow them",
    "end": "End",
}
"""Every kind of step (``do = "…"`` in a ``[[step]]``), with its label."""

ACTION_STEPS = {"visit": "visited", "invite": "invited", "message": "messaged",
                "follow": "followed"}
"""Steps the person does (on LinkedIn, themselves), and the interaction each logs when done."""

STEP_OPTIONS = {"wait": {"days": True}, "await_acceptance": {"days": True},
                "invite": {"note": False}, "message": {"text": True}}
"""The fields each kind of step takes, and whether they are required."""


@dataclass(frozen=True, slots=True)
class Step:
    """One step: what to do (or wait for), for how many days, with which text."""

    kind: str
    line: int
    days: int | None = None
    template: Template | None = None

    @property
    def is_action(self) -> bool:
        """A step the person does (visit, invite, message, follow), not a wait."""
        return self.kind in ACTION_STEPS

    def describe(self) -> str:
        """The step in a few words: "wait 3 days", "invite them (with a note)"…"""
        if self.kind == "wait":
            return f"wait {self.days} day{'s' * (self.days != 1)}"
        if self.kind == "await_acceptance":
            return f"wait up to {self.days} days for them to accept"
        if self.kind == "invite" and self.template is not None:
            return "invite them, with a personal note"
        return STEP_KINDS[self.kind][0].lower() + STEP_KINDS[self.kind][1:]


@dataclass(frozen=True, slots=True)
class Exit:
    """People for whom ``when`` holds leave the scenario, for ``reason``."""

    id: str
    when: Condition
    reason: Template
    line: int


@dataclass(frozen=True, slots=True)
class Scenario:
    """A sequence of steps for people who match ``enter``; ``exits`` take people out."""

    id: str
    title: str
    priority: int
    enter: Condition
    steps: tuple[Step, ...]
    exits: tuple[Exit, ...]
    why: str
    file: str
    line: int

    def step(self, index: int) -> Step | None:
        """The step at a 0-based index (None past the end or at an ``end`` step)."""
        if 0 <= index < len(self.steps) and self.steps[index].kind != "end":
            return self.steps[index]
        return None

    def lookup(self, facts: Mapping, limits: Mapping | None = None) -> Callable[[str], object]:
        """What a placeholder prints: a fact, or a limit's figure for my account."""

        def value(name: str):
            if name in SCENARIO_FACTS:
                return facts.get(name)
            limit = (limits or {}).get(name)
            return limit.effective(facts) if limit is not None else None

        return value


@dataclass(frozen=True, slots=True)
class ScenarioTest:
    """A ``[[test]]`` case of a scenario file: facts, and what the scenario must do with them."""

    name: str
    facts: Mapping[str, object]
    file: str
    line: int
    expect_enter: bool | None = None
    expect_exit: str | bool | None = None
    expect_text: str | None = None

    @property
    def where(self) -> str:
        """``file:line`` of the case."""
        return f"{self.file}:{self.line}"
