"""The daily pace: invitations spread over the working days, within the weekly limit."""

from __future__ import annotations

from collections import Counter
from datetime import date

from coach.logbook import log_action
from coach.model import Degree
from coach.scenarios import DO_TODAY, WAITS
from coach.wording import Wording
from coach.wording.pacing import pace_lines
from tests.scenarios.helpers import agenda, enrol
from tests.scenarios.test_limits import invitable, use_scenario

SUNDAY, MONDAY = date(2026, 11, 22), date(2026, 11, 23)
EVERY_DAY = """
[limit.invitations_per_day]
value = 20
weekends = true
label = "invitations a day"
why = "The pace holds on weekends too."
"""


def enrol_invitable(workspace, count: int = 147) -> list[int]:
    """``count`` people the policy lets me invite, in the invite-now scenario."""
    people = [person for person in invitable(workspace)
              if next(status for status in workspace.advisor.actions(person)
                      if status.action == "invite").allowed]
    assert len(people) >= count
    enrolled = enrol(workspace, "invite-now", people[:count], SUNDAY).enrolled
    assert len(enrolled) == count
    return people[:count]


def invites(plan):
    return [item for item in plan.items if item.step.kind == "invite"]


def test_147_due_20_today_the_rest_on_the_next_working_days_within_the_week(demo_service,
                                                                           tmp_path):
    workspace = demo_service
    use_scenario(workspace, tmp_path, limits="")  # the shipped paces
    enrol_invitable(workspace)
    plan = agenda(workspace, MONDAY)
    due = invites(plan)
    assert len(due) == 147
    used = workspace.state.facts_on(MONDAY).value("invitations_this_week", 0)
    assert used < 20
    to_do = [item for item in due if item.status == DO_TODAY]
    assert len(to_do) == 20 and all(item.planned_on is None for item in to_do)
    planned = Counter(item.planned_on for item in due if item.planned_on)
    # Tuesday to Friday, 20 a day, until the weekly limit (100, with what was sent) is full.
    ahead = 100 - int(used) - 20
    assert sum(planned.values()) == ahead
    days = sorted(planned)
    assert days[:3] == ["2026-11-24", "2026-11-25", "2026-11-26"]
    assert all(count <= 20 for count in planned.values())
    assert all(date.fromisoformat(day).weekday() < 5 for day in days)  # never a weekend
    for item in due:
        if item.planned_on:
            assert (item.status, item.why) == (
                WAITS, f"20 invitations a working day: planned for {item.planned_on}")
    weekly = [item for item in due if item.status == WAITS and not item.planned_on]
    assert len(weekly) == 147 - 20 - ahead
    assert {item.why for item in weekly} == {
        f"the weekly invitation limit is reached: about 100 a week, {int(used)} sent in the "
        f"last 7 days and 20 planned today and {ahead} planned on the next days"}
    [pace] = plan.pacing
    assert (pace.limit, pace.per_day, pace.today, pace.held, pace.next_day, pace.next_day_count,
            pace.after) == ("invitations_per_day", 20, 20, ahead, date(2026, 11, 24), 20,
                            ahead - 20)
    assert pace_lines(plan.pacing, MONDAY, Wording("en")) == [
        f"20 invitations a working day: 20 today, 20 more tomorrow; {ahead - 20} on the "
        f"following days, until {days[-1]}"]
    french = pace_lines(plan.pacing, MONDAY, Wording("fr"))
    assert french[0].startswith("20 invitations par jour ouvré\xa0: 20 aujourd’hui, 20 de "
                                "plus demain")


def test_invitations_sent_today_count_against_the_pace(demo_service, tmp_path):
    workspace = demo_service
    use_scenario(workspace, tmp_path, limits="")
    people = enrol_invitable(workspace, 40)
    others = [person for person in invitable(workspace) if person not in people
              and not workspace.advisor.facts(person)["invitation_pending"]]
    for person in others[:5]:
        log_action(workspace.store, person, "invited", Degree.SECOND, at="2026-11-23T09:00")
    plan = agenda(workspace, MONDAY)
    assert len([item for item in invites(plan) if item.status == DO_TODAY]) == 15
    assert plan.pacing[0].sent_today == 5


def test_a_sunday_is_a_day_off_unless_weekends_is_true(demo_service, tmp_path):
    workspace = demo_service
    use_scenario(workspace, tmp_path, limits="")
    enrol_invitable(workspace, 30)
    plan = agenda(workspace, SUNDAY)
    assert [item for item in invites(plan) if item.status == DO_TODAY] == []
    assert Counter(item.planned_on for item in invites(plan)) == {"2026-11-23": 20,
                                                                  "2026-11-24": 10}
    assert pace_lines(plan.pacing, SUNDAY, Wording("en")) == [
        "No invitations on Saturday and Sunday (weekends = false in limits.toml): 20 tomorrow; "
        "10 on the following days, until 2026-11-24"]

    (tmp_path / "mine" / "limits.toml").write_text(EVERY_DAY, encoding="utf-8")
    workspace.use_rules(workspace.rule_folders())  # read the rules again
    plan = agenda(workspace, SUNDAY)
    assert len([item for item in invites(plan) if item.status == DO_TODAY]) == 20
    assert {item.planned_on for item in invites(plan) if item.status == WAITS} == {"2026-11-23"}
    assert invites(plan)[-1].why == "20 invitations a day: planned for 2026-11-23"


def test_a_pace_of_0_plans_nothing_and_says_so(demo_service, tmp_path):
    workspace = demo_service
    use_scenario(workspace, tmp_path, limits=EVERY_DAY.replace("value = 20", "value = 0"))
    enrol_invitable(workspace, 3)
    plan = agenda(workspace, MONDAY)
    assert {(item.status, item.planned_on, item.why) for item in invites(plan)} == {
        (WAITS, None, "the daily pace of invitations is 0 (limits.toml): nothing is planned")}
    assert pace_lines(plan.pacing, MONDAY, Wording("en")) == [
        "The daily pace of invitations is 0 (limits.toml): 3 wait"]


def test_messages_are_paced_too(demo_service, tmp_path):
    workspace = demo_service
    messages = """
[limit.messages_per_day]
value = 2
weekends = true
label = "messages a day"
why = "A few at a time."
"""
    use_scenario(workspace, tmp_path, text=MESSAGE_FIRST, limits=messages)
    first = [person for person in workspace.contacts(None).person_ids()
             if workspace.contact(person).degree is Degree.FIRST][:5]
    enrolled = enrol(workspace, "message-now", first, SUNDAY).enrolled
    assert len(enrolled) == 5
    plan = agenda(workspace, SUNDAY)
    assert [item.status for item in plan.items] == [DO_TODAY, DO_TODAY, WAITS, WAITS, WAITS]
    assert [item.planned_on for item in plan.items[2:]] == ["2026-11-23", "2026-11-23",
                                                            "2026-11-24"]
    assert plan.items[2].why == "2 messages a day: planned for 2026-11-23"
    assert pace_lines(plan.pacing, SUNDAY, Wording("en")) == [
        "2 scenario messages a day: 2 today, 2 more tomorrow; 1 on the following days, "
        "until 2026-11-24"]


MESSAGE_FIRST = """
[scenario]
id = "message-now"
title = "Message now"
priority = 70
enter = { fact = "degree", eq = 1 }

[[step]]
do = "message"
text = "Hello $first_name"
"""
