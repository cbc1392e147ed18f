"""Acting on an invitation they sent, logging an invitation with a note, and drafting the next
message from the top advice, through the real service on the demo store."""

from __future__ import annotations

import pytest

from coach.logbook import LogRefused, read_action
from coach.model import Degree
from coach.service import NetworkService


def person(service: NetworkService, name: str) -> int:
    return service.find(name)[0].id


def test_accepted_connects_and_resolves_their_invitation(demo_service):
    nuria = person(demo_service, "Nuria Núñez")
    store = demo_service.store
    assert demo_service.contact(nuria).degree is Degree.SECOND
    logged = demo_service.log(nuria, "accepted")
    assert (logged.kind, logged.direction) == ("connected", "in")
    assert "accepted the invitation of Nuria Núñez" in logged.summary
    invitations = [i for i in store.invitations.of(nuria) if i.direction == "in"]
    assert invitations[0].status == "accepted"
    assert any(i.kind == "connected" and i.direction == "in"
               for i in store.interactions.of(nuria))
    assert store.connections.exists(store.me, nuria)


def test_accepted_without_their_invitation_is_refused_with_the_policy_reason(demo_service):
    lea = person(demo_service, "Léa Dubois")
    before = demo_service.store.interactions.count()
    with pytest.raises(LogRefused, match="Accept their invitation: They have not invited you"):
        demo_service.log(lea, "accepted")
    assert demo_service.store.interactions.count() == before


def test_an_invitation_with_a_note_needs_a_note_left(demo_service, tmp_path):
    lea = person(demo_service, "Léa Dubois")
    rules = demo_service.home / "rules"
    rules.mkdir(exist_ok=True)
    (rules / "limits.toml").write_text("[limit.invitation_notes_per_month]\nvalue = 0\n"
                                       'label = "notes"\nwhy = "none left"\n'
                                       'blocked = "No note left this month."\n',
                                       encoding="utf-8")
    demo_service.reload_rules()
    with pytest.raises(LogRefused, match="No note left this month"):
        demo_service.log(lea, "invited", note="Hello Léa")
    assert demo_service.log(lea, "invited").kind == "invited"  # without a note: allowed


def test_action_words_say_who_acted():
    assert read_action("accepted") == ("connected", "in", "accepted")
    assert read_action("introduced_me") == ("introduced", "in", "introduced")
    assert read_action("replied") == ("replied", "in", "replied")
    assert read_action("connected") == ("connected", "out", "connected")


def test_the_draft_fills_the_top_advice_message(demo_service):
    solene = person(demo_service, "Solène Bonnet")
    draft = demo_service.draft(solene)
    assert draft.rule_id == demo_service.advice(solene)[0].rule_id == "welcome-new-connection"
    assert (draft.kind, draft.log_kind, draft.to_id, draft.limit) == \
        ("message", "messaged", solene, 8000)
    assert draft.text.startswith("Thank you for connecting, Solène!")
    assert draft.from_template


def test_an_introduction_request_goes_to_the_introducer(demo_service):
    lea = person(demo_service, "Léa Dubois")
    draft = demo_service.draft(lea)
    introducer = demo_service.facts(lea)["introducer"]
    assert draft.kind == "introduction" and draft.to_name == introducer != "Léa Dubois"
    assert draft.to_id == person(demo_service, introducer)
    assert "you know Léa Dubois" in draft.text


def test_an_invitation_note_is_held_to_the_note_length_and_premium_lifts_it(demo_workspace):
    service = NetworkService(demo_workspace)
    notes = [pid for pid in service.people() if pid != service.me()
             and service.draft(pid).kind == "invitation" and service.draft(pid).from_template]
    assert notes
    draft = service.draft(notes[0])
    assert (draft.limit, draft.log_kind) == (200, "invited") and draft.text.startswith("Hello")
    (demo_workspace.home / "config.toml").write_text("premium = true\n", encoding="utf-8")
    service.reload_rules()
    assert service.draft(notes[0]).limit == 300


def test_without_a_template_the_draft_is_blank(demo_service):
    nuria = person(demo_service, "Nuria Núñez")
    draft = demo_service.draft(nuria)
    assert draft.rule_id == "invitation-received"
    assert draft.text == "" and not draft.from_template


def test_drafts_follow_the_workspace_language(demo_workspace):
    (demo_workspace.home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    demo_workspace.forget_config()
    service = NetworkService(demo_workspace)
    draft = service.draft(person(service, "Solène Bonnet"))
    assert draft.text.startswith("Merci pour ce nouveau contact, Solène\u202f!")


def test_a_message_template_in_a_rule_file_is_checked_when_it_loads(tmp_path):
    from coach.strategy import RuleBook

    (tmp_path / "mine.toml").write_text(
        '[[rule]]\nid = "x"\ntitle = "X"\npriority = 5\nadvice = "A"\nwhy = "W"\n'
        'actions = ["message"]\nmessage = "Hello $frist_name"\n', encoding="utf-8")
    problems = [str(problem) for problem in RuleBook([tmp_path]).problems]
    assert any('unknown placeholder "$frist_name"' in problem and "$first_name" in problem
               for problem in problems)
