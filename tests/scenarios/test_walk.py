"""A scenario walked day by day over weeks on the demo network, with ``--today``-style days."""

from __future__ import annotations

from datetime import date, timedelta

from coach.logbook import log_action
from coach.model import Degree
from coach.scenarios import DO_TODAY
from tests.scenarios.helpers import agenda, contacts, enrol, mark, update

START = date(2026, 11, 22)


def day(n: int) -> date:
    return START + timedelta(days=n)


def second_degree(workspace, count: int) -> list[int]:
    """2nd-degree people free to invite (no invitation either way), best connected first."""
    facts = workspace.advisor
    chosen = []
    for person in contacts(workspace, Degree.SECOND):
        row = facts.facts(person)
        if not row["invitation_pending"] and not row["invitation_received"] and not row["tags"]:
            chosen.append(person)
    return chosen[:count]


def steps_due(plan) -> dict[int, tuple[str, str]]:
    return {item.person_id: (item.step.kind, item.status) for item in plan.items}


def test_visit_wait_invite_accept_welcome_walked_day_by_day(demo_service):
    workspace = demo_service
    lea, other = second_degree(workspace, 2)
    result = enrol(workspace, "visit-invite-welcome", [lea, other], START)
    assert set(result.enrolled) == {lea, other} and result.refused == {}
    enrolment = result.enrolled[lea]

    plan = agenda(workspace, day(0))
    assert steps_due(plan) == {lea: ("visit", DO_TODAY), other: ("visit", DO_TODAY)}
    marked = mark(workspace, enrolment, "done", day(0))
    assert "step 1" in marked.summary and "next: wait 3 days" in marked.summary
    assert workspace.store.interactions.of(lea)[0].kind == "visited"
    mark(workspace, result.enrolled[other], "skipped", day(0))
    assert [i.kind for i in workspace.store.interactions.of(other)][:1] != ["visited"]

    for n in (1, 2):  # the wait: nothing to do, the step shows as coming up
        plan = agenda(workspace, day(n))
        assert plan.items == []
        assert {item.person_id: item.why for item in plan.later}[lea] == \
            f"wait 3 days: until {day(3).isoformat()}"

    plan = agenda(workspace, day(3))
    item = plan.item(enrolment)
    assert (item.step.kind, item.status) == ("invite", DO_TODAY)
    introducer = workspace.advisor.facts(lea)["introducer"]
    assert introducer and f"both connected to {introducer}" in item.text
    assert [change.status for change in plan.changes] == ["moved", "moved"]
    mark(workspace, enrolment, "done", day(3), plan=plan)
    invitation = workspace.store.invitations.of(lea)[0]
    assert (invitation.status, invitation.sent_at, invitation.message) == \
        ("pending", day(3).isoformat(), item.text)

    for n in range(4, 9):  # waiting for the acceptance: nothing due for Léa
        assert lea not in steps_due(agenda(workspace, day(n)))

    # They accept on day 9 (an import would add the same connection).
    log_action(workspace.store, lea, "connected", Degree.SECOND, at=day(9).isoformat())
    plan = agenda(workspace, day(9))
    assert [(c.enrolment.id, c.status) for c in plan.changes] == [(enrolment, "moved")]
    item = plan.item(enrolment)
    assert (item.step.kind, item.status) == ("message", DO_TODAY)
    first_name = workspace.store.people.get(lea).first_name
    assert item.text.startswith(f"Thank you for connecting, {first_name}!")
    marked = mark(workspace, enrolment, "done", day(10))
    assert "the scenario is complete" in marked.summary
    stored = workspace.store.enrolments.get(enrolment)
    assert (stored.status, stored.reason, stored.ended_on) == \
        ("done", "every step taken", day(10).isoformat())
    message = workspace.store.interactions.of(lea)[0]
    assert (message.kind, message.at, message.note) == ("messaged", day(10).isoformat(), item.text)


def test_an_invitation_not_accepted_in_15_days_ends_the_run(demo_service):
    workspace = demo_service
    (person,) = second_degree(workspace, 1)
    enrolment = enrol(workspace, "visit-invite-welcome", [person], START).enrolled[person]
    mark(workspace, enrolment, "done", day(0))
    mark(workspace, enrolment, "done", day(3))
    assert workspace.store.enrolments.get(enrolment).due_on == day(18).isoformat()
    update(workspace, day(18))
    assert workspace.store.enrolments.get(enrolment).active
    plan = agenda(workspace, day(19))
    exited = [("exited", "no answer 15 days after the invitation: withdraw it, or leave it "
                         "pending")]
    assert [(c.status, c.reason) for c in plan.changes] == exited
    assert workspace.store.enrolments.get(enrolment).active  # planning stores nothing
    assert [(c.status, c.reason) for c in update(workspace, day(19)).changes] == exited
    assert workspace.store.enrolments.get(enrolment).status == "exited"
    assert agenda(workspace, day(20)).changes == []


def test_days_skipped_between_agendas_do_not_delay_the_steps(demo_service):
    workspace = demo_service
    (person,) = second_degree(workspace, 1)
    enrolment = enrol(workspace, "visit-invite-welcome", [person], START).enrolled[person]
    mark(workspace, enrolment, "done", day(0))
    plan = agenda(workspace, day(12))  # nobody looked for twelve days
    item = plan.item(enrolment)
    assert item.step.kind == "invite" and item.enrolment.due_on == day(3).isoformat()
