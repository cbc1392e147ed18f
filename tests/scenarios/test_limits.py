"""LinkedIn's limits over a day's plan: the 100 weekly invitations, notes, re-invite wait."""

from __future__ import annotations

from datetime import date, timedelta

from coach.logbook import log_action
from coach.model import Degree, Invitation
from coach.scenarios import DO_TODAY, WAITS
from tests.scenarios.helpers import agenda, contacts, enrol, mark

START = date(2026, 11, 22)
INVITE_FIRST = """
[scenario]
id = "invite-now"
title = "Invite now"
priority = 70
enter = { fact = "degree", in = [2, 3] }

[[step]]
do = "invite"

[[step]]
do = "await_acceptance"
days = 15
"""


NO_PACE = """
[limit.invitations_per_day]
value = 1000
weekends = true
label = "invitations a day"
why = "These tests are about the weekly limit: the daily pace stays out of the way."
"""


def use_scenario(workspace, tmp_path, text: str = INVITE_FIRST, limits: str = NO_PACE) -> None:
    folder = tmp_path / "mine" / "scenarios"
    folder.mkdir(parents=True)
    (folder / "invite_now.toml").write_text(text, encoding="utf-8")
    if limits:
        (tmp_path / "mine" / "limits.toml").write_text(limits, encoding="utf-8")
    workspace.use_rules([*workspace.rule_folders(), tmp_path / "mine"])


def invitable(workspace) -> list[int]:
    return contacts(workspace, Degree.SECOND) + contacts(workspace, Degree.THIRD)


def test_more_than_100_invitations_due_only_100_fit_the_rest_waits(demo_service, tmp_path):
    workspace = demo_service
    use_scenario(workspace, tmp_path)
    result = enrol(workspace, "invite-now", invitable(workspace), START)
    assert len(result.enrolled) > 150
    plan = agenda(workspace, START)
    invites = [item for item in plan.items if item.step.kind == "invite"]
    used = workspace.advisor.facts(invites[0].person_id)["invitations_this_week"]
    to_do = [item for item in invites if item.status == DO_TODAY]
    waiting = [item for item in invites if item.status == WAITS]
    blocked = [item for item in waiting if not item.why.startswith("the weekly")]
    assert len(to_do) == 100 - used
    assert len(to_do) + len(waiting) == len(invites)
    weekly = [item for item in waiting if item.why.startswith("the weekly")]
    assert len(weekly) > 40
    assert {item.why for item in weekly} == {
        f"the weekly invitation limit is reached: about 100 a week, {used} sent in the last 7 "
        f"days and {100 - used} planned today"}
    # People the policy blocks (3rd degree shown by initial only…) wait with its reason.
    policy = {status.reason for item in blocked
              for status in workspace.advisor.actions(item.person_id) if status.action == "invite"}
    assert blocked and {item.why for item in blocked} == policy
    assert any("initial" in reason for reason in policy)
    assert plan.items.index(to_do[-1]) < plan.items.index(waiting[0])  # to do first

    for item in to_do:  # the person sends them
        mark(workspace, item.enrolment.id, "done", START, plan=plan)
    plan = agenda(workspace, START + timedelta(days=1))
    assert [item for item in plan.items if item.status == DO_TODAY] == []
    assert {item.why for item in plan.items if item.why.startswith("the weekly")} == {
        "the weekly invitation limit is reached: about 100 a week, 100 sent in the last 7 days"}
    # A week later the invitations of the first day no longer count.
    later = agenda(workspace, START + timedelta(days=7))
    fits = [item for item in later.items if item.step.kind == "invite"
            and item.status == DO_TODAY]
    assert len(fits) == min(100, len(weekly))


def test_invitations_logged_by_hand_count_against_the_week(demo_service, tmp_path):
    workspace = demo_service
    use_scenario(workspace, tmp_path)
    people = invitable(workspace)
    enrol(workspace, "invite-now", people[:120], START)
    before = len(agenda(workspace, START).to_do)
    others = [p for p in people[120:] if not workspace.advisor.facts(p)["invitation_pending"]]
    for person in others[:30]:
        log_action(workspace.store, person, "invited", Degree.SECOND, at="2026-11-20")
    assert len(agenda(workspace, START).to_do) == before - 30


def test_no_reinvite_within_21_days_of_a_withdrawal(demo_service, tmp_path):
    workspace = demo_service
    use_scenario(workspace, tmp_path)
    person = next(p for p in invitable(workspace)
                  if workspace.contact(p).degree is Degree.SECOND
                  and not workspace.advisor.facts(p)["invitation_pending"])
    store = workspace.store
    store.invitations.add(Invitation(person, "out", "2026-11-01", "pending"))
    store.invitations.resolve(person, "withdrawn", "2026-11-10")
    enrolment = enrol(workspace, "invite-now", [person], START).enrolled[person]
    item = agenda(workspace, START).item(enrolment)
    assert item.status == WAITS
    assert item.why == ("You withdrew an invitation to them 12 days ago: LinkedIn lets you "
                        "invite them again after 21 days (9 more to wait).")
    assert agenda(workspace, date(2026, 12, 1)).item(enrolment).status == DO_TODAY


def test_personal_notes_run_out_and_invitations_go_without(demo_service):
    workspace = demo_service
    people = contacts(workspace, Degree.SECOND)
    enrol(workspace, "visit-invite-welcome", people, START)
    plan = agenda(workspace, START)
    for item in plan.to_do:
        mark(workspace, item.enrolment.id, "done", START, plan=plan)
    plan = agenda(workspace, START + timedelta(days=3))
    invites = plan.to_do
    used = workspace.advisor.facts(people[0])["invitation_notes_this_month"]
    with_note = [item for item in invites if item.text]
    assert len(with_note) == 5 - used
    without = [item for item in invites if not item.text]
    assert without and {item.why for item in without} == {
        "invite without a note: the 5 personal notes of this month are used"}
