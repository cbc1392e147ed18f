"""The do-not-contact tag outranks every rule file: no advice to reach out, every contact blocked."""

from __future__ import annotations

from coach.model import Degree
from coach.strategy.actions import CONTACT_ACTIONS
from tests.scenarios.helpers import contacts

PUSHY = """
[[rule]]
id = "invite-everyone"
title = "Invite everyone"
priority = 100
advice = "Invite $first_name now."
actions = ["invite"]
why = "Written without a do-not-contact condition."

[[action]]
id = "invite"
label = "Invite"
otherwise = "never"
why = "w"
[[action.case]]
allowed = true
reason = "Anyone may be invited here."
"""


def test_rules_that_forget_the_tag_still_cannot_advise_contact(demo_service, tmp_path):
    workspace = demo_service
    folder = tmp_path / "pushy"
    folder.mkdir()
    (folder / "pushy.toml").write_text(PUSHY, encoding="utf-8")
    workspace.use_rules([*workspace.rule_folders(), folder])
    advisor = workspace.advisor
    person = next(p for p in contacts(workspace, Degree.SECOND)
                  if not workspace.advisor.facts(p)["tags"])
    other = next(p for p in contacts(workspace, Degree.SECOND)
                 if p != person and not workspace.advisor.facts(p)["tags"])
    assert advisor.advice(person)[0].rule_id == "invite-everyone"
    assert {s.action: s.allowed for s in advisor.actions(person)}["invite"]

    workspace.store.tags.add(person, "do-not-contact")
    workspace.refresh()
    advisor = workspace.advisor  # one advisor per state of the network
    advice = advisor.advice(person)
    assert "invite-everyone" not in [item.rule_id for item in advice]
    assert all(not CONTACT_ACTIONS.intersection(item.actions) for item in advice)
    statuses = {s.action: s for s in advisor.actions(person)}
    assert (statuses["invite"].allowed, statuses["invite"].reason) == \
        (False, "You tagged them do-not-contact.")
    top = advisor.top_advice_all()
    assert top[person] is None or not CONTACT_ACTIONS.intersection(top[person].actions)
    assert top[other].rule_id == "invite-everyone"  # the others keep the rule's advice
    assert person not in {move.person_id for move in advisor.best_moves(limit=500)}
