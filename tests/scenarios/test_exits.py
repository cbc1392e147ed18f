"""Each way out of a scenario, seen when the agenda is computed; do-not-contact everywhere."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coach.logbook import log_action
from coach.model import Degree
from coach.scenarios import MarkRefused
from coach.strategy.actions import CONTACT_ACTIONS
from tests.scenarios.helpers import agenda, contacts, enrol, mark, update

START = date(2026, 11, 22)


def free_second(workspace, count=1) -> list[int]:
    found = []
    for person in contacts(workspace, Degree.SECOND):
        facts = workspace.advisor.facts(person)
        if not (facts["invitation_pending"] or facts["invitation_received"] or facts["tags"]):
            found.append(person)
    return found[:count]


def quiet_first(workspace) -> int:
    return next(person for person in contacts(workspace, Degree.FIRST)
                if (workspace.advisor.facts(person)["days_since_last_interaction"] or 999) > 180
                and not workspace.advisor.facts(person)["tags"])


def exit_of(workspace, enrolment_id):
    stored = workspace.store.enrolments.get(enrolment_id)
    return stored.status, stored.reason


def test_a_reply_ends_the_scenario(demo_service):
    workspace = demo_service
    person = quiet_first(workspace)
    enrolment = enrol(workspace, "reconnect", [person], START).enrolled[person]
    mark(workspace, enrolment, "done", START)
    log_action(workspace.store, person, "replied", Degree.FIRST, at="2026-11-23")
    first_name = workspace.store.people.get(person).first_name
    plan = agenda(workspace, START + timedelta(days=2))
    assert [(c.status, c.reason) for c in plan.changes] == [
        ("exited", f"{first_name} replied: enjoy the conversation.")]
    assert exit_of(workspace, enrolment) == ("active", "")  # planning stores nothing
    with pytest.raises(MarkRefused, match="has ended"):  # marking stores the exit first
        mark(workspace, enrolment, "done", START + timedelta(days=2))
    assert exit_of(workspace, enrolment) == \
        ("exited", f"{first_name} replied: enjoy the conversation.")


def test_a_reply_before_enrolment_does_not_count(demo_service):
    workspace = demo_service
    person = quiet_first(workspace)
    log_action(workspace.store, person, "replied", Degree.FIRST, at="2026-11-01")
    workspace.refresh()
    enrolment = enrol(workspace, "reconnect", [person], date(2027, 6, 1)).enrolled[person]
    assert agenda(workspace, date(2027, 6, 1)).item(enrolment) is not None


def test_do_not_contact_takes_them_out_of_every_scenario_and_every_advice(demo_service):
    workspace = demo_service
    person = quiet_first(workspace)
    second = free_second(workspace)[0]
    reconnect = enrol(workspace, "reconnect", [person], START).enrolled[person]
    invite = enrol(workspace, "visit-invite-welcome", [second], START).enrolled[second]
    workspace.store.tags.add(person, "Do-Not-Contact")
    workspace.store.tags.add(second, "do-not-contact")
    plan = agenda(workspace, START + timedelta(days=1))  # (it refreshes the service)
    assert plan.items == [] and plan.later == []
    assert {(c.enrolment.id, c.reason) for c in plan.changes} == {
        (reconnect, "You tagged them do-not-contact."), (invite, "You tagged them do-not-contact.")}
    again = enrol(workspace, "reconnect", [person], START + timedelta(days=1))
    assert again.enrolled == {} and again.refused == {person: "You tagged them do-not-contact."}
    advisor = workspace.advisor
    for tagged in (person, second):
        assert all(not CONTACT_ACTIONS.intersection(a.actions) for a in advisor.advice(tagged))
        assert not any(s.allowed for s in advisor.actions(tagged) if s.action in CONTACT_ACTIONS)


def test_connected_before_the_invitation_leaves_with_the_files_reason(demo_service):
    workspace = demo_service
    person = free_second(workspace)[0]
    enrolment = enrol(workspace, "visit-invite-welcome", [person], START).enrolled[person]
    mark(workspace, enrolment, "done", START)
    log_action(workspace.store, person, "connected", Degree.SECOND, at="2026-11-23")
    update(workspace, START + timedelta(days=3))
    first_name = workspace.store.people.get(person).first_name
    assert exit_of(workspace, enrolment) == \
        ("exited", f"{first_name} is already a connection: no invitation needed.")


def test_an_invitation_step_is_never_due_for_a_connection_whatever_the_file(demo_service,
                                                                              tmp_path):
    workspace = demo_service
    folder = tmp_path / "mine" / "scenarios"
    folder.mkdir(parents=True)
    (folder / "bare.toml").write_text(
        '[scenario]\nid = "bare"\ntitle = "Bare"\npriority = 1\n\n'
        '[[step]]\ndo = "wait"\ndays = 1\n\n[[step]]\ndo = "invite"\n', encoding="utf-8")
    workspace.use_rules([*workspace.rule_folders(), tmp_path / "mine"])
    person = free_second(workspace)[0]
    enrolment = enrol(workspace, "bare", [person], START).enrolled[person]
    log_action(workspace.store, person, "connected", Degree.SECOND, at="2026-11-22")
    update(workspace, START + timedelta(days=1))
    assert exit_of(workspace, enrolment) == \
        ("exited", "Already a 1st-degree connection: no invitation needed.")


def test_a_declined_invitation_ends_the_wait_for_acceptance(demo_service):
    workspace = demo_service
    person = free_second(workspace)[0]
    enrolment = enrol(workspace, "visit-invite-welcome", [person], START).enrolled[person]
    mark(workspace, enrolment, "done", START)
    mark(workspace, enrolment, "done", START + timedelta(days=3))
    workspace.store.invitations.resolve(person, "declined", "2026-11-27")
    update(workspace, START + timedelta(days=5))
    assert exit_of(workspace, enrolment) == ("exited", "the invitation was declined")


def test_a_follower_who_stops_following_leaves(demo_service):
    workspace = demo_service
    store = workspace.store
    followers = [person for person in contacts(workspace, Degree.SECOND, followers=True)]
    silent = enrol(workspace, "followers-to-connections", followers, START)
    assert silent.enrolled == {}  # the demo's followers never react: not "active"
    person = followers[0]
    log_action(store, person, "liked", Degree.SECOND, at="2026-11-20", direction="in")
    result = enrol(workspace, "followers-to-connections", followers, START)
    assert list(result.enrolled) == [person]
    enrolment = result.enrolled[person]
    store.follows.set(person, store.me, "unfollowed", "2026-11-23", "manual")
    plan = agenda(workspace, START + timedelta(days=1))
    first_name = store.people.get(person).first_name
    assert [(c.enrolment.id, c.reason) for c in plan.changes] == \
        [(enrolment, f"{first_name} no longer follows you.")]


def test_a_removed_connection_leaves_reconnect(demo_service):
    workspace = demo_service
    person = quiet_first(workspace)
    enrolment = enrol(workspace, "reconnect", [person], START).enrolled[person]
    workspace.store.connections.remove(workspace.store.me, person)
    update(workspace, START)
    assert exit_of(workspace, enrolment)[0] == "exited"
    assert "no longer one of your connections" in exit_of(workspace, enrolment)[1]
