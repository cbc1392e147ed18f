"""Conversations over several turns: choosing among people with the same name, logging with
confirmation, "her"/"why?" pointing back to the previous answer, JSON."""

from __future__ import annotations

import json

from coach.wording import french_typography
from tests.coaching.conftest import person_named


def interactions_with(workspace, person_id: int) -> list:
    return [row for row in workspace.store.interactions.since("") if row[0] == person_id]


def thomas_ids(workspace) -> tuple[int, int]:
    """(the 1st-degree Thomas Martin at Cartalis, the 2nd-degree one at Lémanis)."""
    people = [p for p in workspace.roster.people.values() if p.full_name == "Thomas Martin"]
    by_company = {p.company: p.id for p in people}
    return by_company["Cartalis"], by_company["Lémanis"]


def test_an_ambiguous_name_asks_back_with_the_candidates(coach, demo_service):
    cartalis, lemanis = thomas_ids(demo_service)
    answer = coach.ask("How do I reach Thomas Martin?")
    assert answer.intent == "reach" and answer.outcome == "ambiguous"
    assert {c.person_id for c in answer.candidates} == {cartalis, lemanis}
    assert "2 people match “Thomas Martin”" in answer.text
    assert "Cartalis" in answer.text and "Lémanis" in answer.text
    number = 1 + [c.person_id for c in answer.candidates].index(lemanis)
    chosen = coach.ask(str(number))
    assert chosen.intent == "reach" and chosen.outcome == "ok"
    assert chosen.people[0] == lemanis and chosen.data["degree"] == 2


def test_a_candidate_can_be_chosen_by_company_in_french(coach, demo_service):
    cartalis, _ = thomas_ids(demo_service)
    answer = coach.ask("Que puis-je faire avec Thomas ?")
    assert answer.outcome == "ambiguous" and answer.language == "fr"
    assert french_typography("2 personnes correspondent à « Thomas »") in answer.text
    chosen = coach.ask("celui de Cartalis")
    assert chosen.intent == "actions" and chosen.people[0] == cartalis
    assert "✓ Écrire gratuitement" in chosen.text


def test_a_new_question_instead_of_a_choice_is_answered(coach):
    coach.ask("how do I reach thomas")
    answer = coach.ask("who should I reconnect with?")
    assert answer.intent == "reconnect" and answer.outcome == "ok"
    assert coach.choice is None


def test_logging_stores_nothing_before_yes_and_the_action_after(coach, demo_service):
    lea = person_named(demo_service, "Léa Dubois")
    before = len(interactions_with(demo_service, lea))
    pending = demo_service.store.invitations.of(lea)
    answer = coach.ask("I invited Léa")
    assert answer.outcome == "confirm" and answer.pending.person_id == lea
    assert len(interactions_with(demo_service, lea)) == before
    assert demo_service.store.invitations.of(lea) == pending
    stored = coach.ask("yes")
    assert stored.outcome == "stored" and "Stored: you invited Léa Dubois" in stored.text
    rows = interactions_with(demo_service, lea)
    assert len(rows) == before + 1 and rows[-1][2] == "invited"
    assert any(i.status == "pending" and i.direction == "out"
               for i in demo_service.store.invitations.of(lea))
    again = coach.ask("qui inviter cette semaine ?")
    assert "99 sur 100 (envoyées ces 7 derniers jours\u00a0: 1)" in again.text
    assert lea not in again.people


def test_no_stores_nothing(coach, demo_service):
    bob = person_named(demo_service, "Bob Nguyen")
    before = len(interactions_with(demo_service, bob))
    assert coach.ask("j'ai envoyé un message à Bob").outcome == "confirm"
    answer = coach.ask("non")
    assert answer.outcome == "cancelled" and answer.text == "Rien n’a été enregistré."
    assert len(interactions_with(demo_service, bob)) == before
    assert coach.pending is None


def test_another_question_drops_the_pending_action(coach, demo_service):
    bob = person_named(demo_service, "Bob Nguyen")
    before = len(interactions_with(demo_service, bob))
    coach.ask("I met Bob")
    answer = coach.ask("who follows me?")
    assert answer.intent == "followers"
    assert answer.lines[0] == "(Not stored: you met Bob Nguyen.)"
    assert coach.ask("yes").outcome == "not_understood"
    assert len(interactions_with(demo_service, bob)) == before


def test_a_refused_action_says_why_and_stores_nothing(coach, demo_service):
    bob = person_named(demo_service, "Bob Nguyen")
    before = len(interactions_with(demo_service, bob))
    coach.ask("I invited Bob")
    answer = coach.ask("yes")
    assert answer.outcome == "refused"  # as `coach log` and the app's "i" refuse it
    assert answer.text == "Not stored: Invite to connect: You are already connected."
    assert len(interactions_with(demo_service, bob)) == before


def test_logging_an_ambiguous_name_asks_which_then_confirms(coach, demo_service):
    _, lemanis = thomas_ids(demo_service)
    assert coach.ask("j'ai appelé Thomas Martin").outcome == "ambiguous"
    preview = coach.ask("Lémanis")
    assert preview.outcome == "confirm" and preview.pending.person_id == lemanis
    assert preview.pending.kind == "called"
    assert coach.ask("oui").outcome == "stored"
    assert interactions_with(demo_service, lemanis)[-1][2] == "called"


def test_her_and_why_point_back_to_the_previous_answer(coach, demo_service):
    lea = person_named(demo_service, "Léa Dubois")
    first = coach.ask("how do I reach Léa?")
    follow = coach.ask("what can I do with her?")
    assert follow.intent == "actions" and follow.people == [lea]
    why = coach.ask("why?")
    assert why.intent == "why" and why.rules == follow.rules
    assert "rules/moments.toml:" in why.text  # her note: ask for an introduction
    french = coach.ask("comment la joindre ?")
    assert french.intent == "reach" and french.people[0] == lea
    assert french.rules == first.rules


def test_no_name_asks_whom_and_an_unknown_name_says_so(coach):
    whom = coach.ask("how do I reach")
    assert whom.outcome == "not_found" and "Whom do you mean?" in whom.text
    unknown = coach.ask("comment joindre Zorglub ?")
    assert unknown.outcome == "not_found"
    assert french_typography("Je ne trouve personne qui s'appelle « Zorglub »") in unknown.text


def test_names_from_the_data_stay_plain_text(coach, demo_service):
    lea = person_named(demo_service, "Léa Dubois")
    demo_service.store.db.execute(
        "UPDATE person SET last_name = ? WHERE id = ?", ("[bold]Dubois[/]", lea))
    demo_service.refresh()
    answer = coach.ask("how do I reach Léa")
    assert answer.lines[0].startswith("Léa [bold]Dubois[/] — 2nd degree")


def test_empty_and_odd_input_never_raise(coach):
    for text in ("", "   ", "???", "#999999", "a", "[red]x[/]", "é" * 300, "yes", "3"):
        answer = coach.ask(text)
        assert answer.lines, text


def test_answer_json_is_plain_data(coach):
    answer = coach.ask("comment joindre Léa ?")
    data = json.loads(json.dumps(answer.to_json()))
    assert data["intent"] == "reach" and data["language"] == "fr"
    assert data["outcome"] == "ok" and data["pending"] is None
    assert "note-introduction" in data["rules"]
    assert data["data"]["introducer"] == "Bob Nguyen"
    ambiguous = coach.ask("thomas martin").to_json()
    assert ambiguous["outcome"] == "ambiguous" and len(ambiguous["candidates"]) == 2
    assert {"id", "name", "degree", "detail"} <= set(ambiguous["candidates"][0])


def test_the_plan_shows_the_scenario_steps_due_today(coach, demo_service):
    lea = person_named(demo_service, "Léa Dubois")
    assert demo_service.scenarios.enrol("visit-invite-welcome", [lea]).enrolled
    answer = coach.ask("what is my plan today?")
    assert answer.intent == "plan" and answer.outcome == "ok"
    assert "Today's agenda (1 scenario step(s) due):" in answer.text
    assert "Léa Dubois: " in answer.text and "(Visit, invite, then welcome)" in answer.text
    assert answer.people[0] == lea and answer.data["agenda"][0]["person_id"] == lea
    assert "Other best next moves:" in answer.text
    french = coach.ask("quel est mon plan aujourd'hui ?")
    assert "Agenda du jour (étapes de scénario prévues\u00a0: 1)\u00a0:" in french.text
