"""Who leaves a scenario, and why: the file's ``[[exit]]`` conditions and two that always apply.

Whatever a scenario file says, a ``do-not-contact`` tag takes the person out of it, and an
invitation step is never due for someone who is already a 1st-degree connection.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from coach.scenarios.model import Scenario
from coach.strategy.actions import DO_NOT_CONTACT_REASON, tagged_do_not_contact

BUILT_IN_EXITS = {
    "do-not-contact": DO_NOT_CONTACT_REASON,
    "already-connected": "Already a 1st-degree connection: no invitation needed.",
}
"""Exits every scenario has, by id, with their reason."""


@dataclass(frozen=True, slots=True)
class Leaving:
    """The exit that takes a person out of a scenario, and the reason in words."""

    exit_id: str
    reason: str


def first_exit(scenario: Scenario, facts: Mapping, limits: Mapping | None = None
               ) -> Leaving | None:
    """The first exit that holds for these facts (``step_number`` says where they are)."""
    if tagged_do_not_contact(facts):
        return Leaving("do-not-contact", BUILT_IN_EXITS["do-not-contact"])
    lookup = scenario.lookup(facts, limits)
    for leave in scenario.exits:
        if leave.when.holds(facts):
            return Leaving(leave.id, leave.reason.render(lookup))
    step = scenario.step(int(facts.get("step_number") or 1) - 1)
    if step is not None and step.kind == "invite" and facts.get("connected"):
        return Leaving("already-connected", BUILT_IN_EXITS["already-connected"])
    return None
