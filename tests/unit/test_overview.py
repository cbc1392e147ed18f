"""The overview's invitations left this week come from the rules' weekly limit and the
invitations logged in the last 7 days, as the advice and the coach count them."""

from __future__ import annotations

import shutil

from coach.logbook import log_action
from coach.model import Degree
from coach.resources import rules_dir


def second_degree(workspace, count):
    roster = workspace.roster
    found = [pid for pid in sorted(roster.people)
             if workspace.contact(pid).degree is Degree.SECOND
             and not any(i.status == "pending" for i in workspace.store.invitations.of(pid))]
    return found[:count]


def test_invitations_left_follow_the_log_and_the_rules(demo_service, tmp_path):
    before = demo_service.overview()
    assert before.weekly_invitation_limit == 100
    for pid in second_degree(demo_service, 3):
        log_action(demo_service.store, pid, "invited", Degree.SECOND)
    demo_service.refresh()
    after = demo_service.overview()
    assert after.invitations_sent_this_week == before.invitations_sent_this_week + 3
    assert after.invitations_left == 100 - after.invitations_sent_this_week
    used, limit = demo_service.advisor.weekly_invitations()
    assert (used, limit) == (after.invitations_sent_this_week, 100)

    rules = tmp_path / "rules"
    shutil.copytree(rules_dir(), rules, ignore=shutil.ignore_patterns("fr", "scenarios"))
    limits = rules / "limits.toml"
    limits.write_text(limits.read_text("utf-8").replace("value = 100", "value = 80", 1), "utf-8")
    demo_service.use_rules(rules)
    demo_service.reload_rules()
    mine = demo_service.overview()
    assert mine.weekly_invitation_limit == 80
    assert mine.invitations_left == 80 - mine.invitations_sent_this_week
