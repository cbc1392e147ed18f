"""Facts for people in scenarios: every strategy fact on a given day, plus the scenario's own."""

from __future__ import annotations

from datetime import date, timedelta

from coach.scenarios.model import Step
from coach.store import Store
from coach.store.enrolments import Enrolment
from coach.strategy.fact_table import FactTable

REPLY_KINDS = ("replied", "messaged")
"""Interactions from them that count as a reply."""


def person_facts(table: FactTable, person_id: int) -> dict | None:
    """Every strategy fact about one person (None when they are not in the network)."""
    index = table.index(person_id)
    return table.row(index) if index is not None else None


def enrolment_facts(table: FactTable, store: Store, enrolment: Enrolment,
                    day: date) -> dict | None:
    """A person's facts with the scenario's own: replied, invited, days in it, step number."""
    facts = person_facts(table, enrolment.person_id)
    if facts is None:
        return None
    start, end = enrolment.enrolled_on[:10], day.isoformat()
    facts["replied"] = any(
        item.direction == "in" and item.kind in REPLY_KINDS and start <= item.at[:10] <= end
        for item in store.interactions.of(enrolment.person_id))
    facts["invited"] = any(
        invitation.direction == "out" and start <= invitation.sent_at[:10] <= end
        for invitation in store.invitations.of(enrolment.person_id))
    facts["days_in_scenario"] = max(0, (day - date.fromisoformat(start)).days)
    facts["step_number"] = enrolment.step + 1
    return facts


def due_on(step: Step | None, since: date) -> date:
    """When a step started on ``since`` is due: after its days for waits, at once otherwise."""
    if step is not None and step.days is not None:
        return since + timedelta(days=step.days)
    return since
