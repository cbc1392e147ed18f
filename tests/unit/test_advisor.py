"""The Advisor on real workspaces: facts from the store, advice, actions, limits, best moves."""

from __future__ import annotations

import pytest

from coach.directory import find_people
from coach.importers.coach_csv import import_coach_csv
from coach.logbook import log_action
from coach.model import Degree, Invitation
from coach.service import NetworkService
from coach.strategy import RuleBook
from coach.strategy.facts import FACTS
from tests.conftest import FIXTURES


def person_id(workspace, name: str) -> int:
    (match,) = find_people(name, workspace.roster.people.values())
    return match.person.id


@pytest.fixture
def small(workspace):
    """The small fixture network: me, Bob (close), Carla (coworker), Léa (2nd, invited)…"""
    import_coach_csv(workspace.store, FIXTURES / "small")
    return NetworkService(workspace)


def test_facts_from_the_store(small):
    facts = small.advisor.facts(person_id(small, "Léa Dubois"))
    assert set(facts) == set(FACTS)
    assert {key: facts[key] for key in (
        "degree", "degree_label", "connected", "mutual_connections", "introducer",
        "invitation_pending", "days_since_invitation", "last_invitation_status",
        "invitations_this_week", "invitation_notes_this_month", "my_connections",
        "full_name_visible", "display_name")} == {
        "degree": 2, "degree_label": "2nd", "connected": False, "mutual_connections": 2,
        "introducer": "Bob Nguyen", "invitation_pending": True, "days_since_invitation": 4,
        "last_invitation_status": "pending", "invitations_this_week": 1,
        "invitation_notes_this_month": 1, "my_connections": 3, "full_name_visible": True,
        "display_name": "Léa Dubois"}
    zoe = small.advisor.facts(person_id(small, "Zoé Petit"))
    assert (zoe["degree"], zoe["display_name"], zoe["full_name_visible"], zoe["open_profile"],
            zoe["shared_group"], zoe["i_follow"], zoe["introducer"]) == \
        (3, "Zoé Petit", True, True, "Lyon Tech", True, "Bob Nguyen")  # a shared group
    carla = small.advisor.facts(person_id(small, "Carla Rossi"))
    assert carla["coworker"] and carla["days_since_last_interaction"] == 12
    assert carla["tie_strength"] > 0 and carla["tags"] == ()
    fan = small.advisor.facts(person_id(small, "Ahmed El Amrani"))
    assert (fan["degree"], fan["follows_me"], fan["display_name"]) == (4, True, "LinkedIn Member")


def test_advice_and_actions_for_one_contact(small):
    lea = person_id(small, "Léa Dubois")
    advice = small.advisor.advice(lea)
    assert advice[0].rule_id == "invitation-pending"
    assert advice[0].text.startswith("Your invitation to Léa Dubois left 4 days ago.")
    assert advice[0].file.endswith("general.toml") and advice[0].line > 0
    actions = {status.action: status for status in small.advisor.actions(lea)}
    assert actions["invite"].reason == "Your invitation is already waiting (sent 4 days ago)."
    assert actions["withdraw_invitation"].allowed
    assert not actions["message"].allowed


def test_a_withdrawal_blocks_a_new_invitation_for_21_days(small):
    lea = person_id(small, "Léa Dubois")
    log_action(small.store, lea, "withdraw", Degree.SECOND, at="2026-11-20")
    small.refresh()
    facts = small.advisor.facts(lea)
    assert (facts["invitation_pending"], facts["days_since_withdrawal"]) == (False, 2)
    invite = {s.action: s for s in small.advisor.actions(lea)}["invite"]
    assert (invite.allowed, invite.limit, invite.left) == (False, "reinvite_wait_days", 0)
    assert "19 more to wait" in invite.reason
    assert small.advisor.advice(lea)[0].rule_id == "reinvite-wait"


def test_weekly_invitations_are_counted_from_the_store(demo_service):
    advisor = demo_service.advisor
    lea = person_id(demo_service, "Léa Dubois")
    before = advisor.facts(lea)["invitations_this_week"]
    others = [p for p in demo_service.roster.people if p != lea][:120]
    with demo_service.store.transaction():
        for number, other in enumerate(others[:100 - before]):
            demo_service.store.invitations.add(
                Invitation(other, "out", f"2026-11-{16 + number % 7:02d}T09:{number % 60:02d}"))
        demo_service.store.invitations.add(Invitation(others[-1], "out", "2026-11-01"))
    demo_service.refresh()
    advisor = demo_service.advisor  # one advisor per state of the network
    assert advisor.facts(lea)["invitations_this_week"] == 100
    invite = {s.action: s for s in advisor.actions(lea)}["invite"]
    assert (invite.allowed, invite.limit, invite.left) == (False, "invitations_per_week", 0)


def test_the_demo_people(demo_service):
    advisor = demo_service.advisor
    lea, bob, carla = (person_id(demo_service, name)
                       for name in ("Léa Dubois", "Bob Nguyen", "Carla Rossi"))
    facts = advisor.facts(lea)
    assert facts["degree"] == 2 and facts["mutual_connections"] >= 2
    shared = {demo_service.contact(p).name for p in demo_service.network.mutual_connections(lea)}
    assert facts["introducer"] in shared and {"Bob Nguyen", "Carla Rossi"} <= shared
    advice = advisor.advice(lea)
    # her note says to ask Bob or Carla for an introduction: that comes first
    assert advice[0].actions == ("ask_introduction",) and "Bob" in advice[0].text
    assert any(item.rule_id.startswith("second-") for item in advice)
    assert advisor.facts(bob)["degree"] == 1 and "close" in advisor.facts(bob)["tags"]
    assert advisor.facts(carla)["degree"] == 1
    statuses = {s.action: s.allowed for s in advisor.actions(bob)}
    assert statuses["message"] and not statuses["invite"]


def test_top_advice_for_everyone_matches_advice_for_each(demo_service):
    """The vectorised ranking gives every person the same top advice as one-by-one advice."""
    advisor = demo_service.advisor
    top = advisor.top_advice_all()
    me = demo_service.store.me
    assert me not in top
    assert len(top) == len(demo_service.roster.people) - 1
    for person, advice in top.items():
        one = advisor.advice(person)
        assert (advice.rule_id if advice else None) == (one[0].rule_id if one else None), person
        if advice:
            assert advice == one[0]


def test_best_moves_across_the_demo_network(demo_service):
    advisor = demo_service.advisor
    moves = advisor.best_moves(limit=12)
    assert len(moves) == 12
    assert {"invite", "reconnect", "engage"} <= {move.move for move in moves}
    assert len({move.person_id for move in moves}) == len(moves)
    tags = demo_service.store.tags.all()
    assert all("do-not-contact" not in tags.get(move.person_id, []) for move in moves)
    for move in moves:
        assert move.advice.move == move.move
        contact = demo_service.contact(move.person_id)
        if move.move == "reconnect":
            assert contact.degree is Degree.FIRST
        if move.move == "engage":
            assert contact.follows_me and contact.degree is not Degree.FIRST


def test_do_not_contact_is_honoured_everywhere(demo_service):
    tagged = [p for p, tags in demo_service.store.tags.all().items() if "do-not-contact" in tags]
    assert tagged
    advisor = demo_service.advisor
    everyone = {move.person_id for move in advisor.best_moves(limit=500)}
    for person in tagged:
        assert person not in everyone
        assert advisor.top_advice_all()[person].rule_id == "do-not-contact"
        assert [a.rule_id for a in advisor.advice(person)] == ["do-not-contact"]
        actions = {s.action: s for s in advisor.actions(person)}
        assert not actions["message"].allowed and not actions["invite"].allowed


def test_the_advisor_follows_a_rule_reload(demo_service, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "only.toml").write_text(
        '[[rule]]\nid = "hello"\ntitle = "Hello"\npriority = 1\nadvice = "Hi $first_name"\n'
        'why = "w"\nwhen = { fact = "degree", eq = 1 }\n', encoding="utf-8")
    demo_service.use_rules(rules)
    bob = person_id(demo_service, "Bob Nguyen")
    assert [a.text for a in demo_service.advisor.advice(bob)] == ["Hi Bob"]
    (rules / "only.toml").write_text(
        '[[rule]]\nid = "hello"\ntitle = "Hello"\npriority = 1\nadvice = "Bye $first_name"\n'
        'why = "w"\n', encoding="utf-8")
    assert demo_service.reload_rules() == []
    assert [a.text for a in demo_service.advisor.advice(bob)] == ["Bye Bob"]
    assert demo_service.advisor.top_advice_all()[bob].text == "Bye Bob"
    assert isinstance(demo_service.rulebook, RuleBook)


def test_display_names_match_the_naming_rules(demo_service):
    """The fast display names of the fact table are exactly those of coach.naming."""
    table = demo_service.advisor.table
    for person in demo_service.roster.people:
        expected = demo_service.contact(person).display_name
        assert table.value("display_name", table.index(person)) == expected, person
