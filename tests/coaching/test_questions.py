"""The question table: each question, its intent and language, and the key facts of the
answer on the demo network (Léa Dubois is 2nd degree through Bob Nguyen and Carla Rossi)."""

from __future__ import annotations

import pytest

from coach.wording import french_typography
from tests.coaching.conftest import person_named

# question, intent, language, expected facts:
#   person: the first person cited; degree: data["degree"]; via: an intermediary of a path;
#   rules: rule ids cited; text: phrases the answer contains; kind: the action to log.
QUESTIONS = [
    # --- English -----------------------------------------------------------------------
    ("How do I reach Léa?", "reach", "en",
     {"person": "Léa Dubois", "degree": 2, "via": "Bob Nguyen",
      "rules": ["note-introduction"],
      "text": ["You → Bob Nguyen → Léa Dubois", "Ask Bob Nguyen for an introduction"]}),
    ("how can i contact lea dubois", "reach", "en",
     {"person": "Léa Dubois", "degree": 2, "via": "Carla Rossi"}),
    ("Who can introduce me to Léa Dubios?", "reach", "en",
     {"person": "Léa Dubois", "text": ["Ask Bob Nguyen for an introduction"]}),
    ("What degree is Bob?", "reach", "en",
     {"person": "Bob Nguyen", "degree": 1, "text": ["1st degree", "directly connected"]}),
    ("How do I get in touch with CARLA?", "reach", "en",
     {"person": "Carla Rossi", "degree": 1}),
    ("How do I reach Trang Vu?", "reach", "en",
     {"person": "Trang Vũ", "degree": 3, "via": "Carla Rossi",
      "text": ["You → Carla Rossi → Agnès Rousseau → Trang Vũ"]}),
    ("What can I do with Léa?", "actions", "en",
     {"person": "Léa Dubois", "text": ["✓ Invite to connect", "✗ Message for free",
                                       "✓ Ask for an introduction — Ask Bob Nguyen"]}),
    ("Can I message Bob?", "actions", "en",
     {"person": "Bob Nguyen", "text": ["✓ Message for free", "✗ Invite to connect"]}),
    ("What are my options with Lukasz Wojcik?", "actions", "en",
     {"person": "Łukasz Wójcik", "degree": 1}),
    ("Who should I invite this week?", "invite", "en",
     {"person": "Mehmet Şahin", "rules": ["second-they-visited", "second-close-introducer"],
      "text": ["Invitations left this week: 100 of 100", "Abdoulaye Kouassi — 8 shared"]}),
    ("How many invitations do I have left?", "invite", "en",
     {"text": ["Invitations left this week: 100 of 100 (0 sent in the last 7 days)"]}),
    ("Who should I reconnect with?", "reconnect", "en",
     {"person": "Trang Phạm", "rules": ["first-reconnect-close", "first-reconnect"],
      "text": ["63 days since your last exchange"]}),
    ("Which connections have gone quiet?", "reconnect", "en", {"person": "Trang Phạm"}),
    ("Which followers should I engage?", "engage_followers", "en",
     {"person": "Lorenzo Lombardi", "rules": ["follower-invite-active"]}),
    ("Who follows me without being connected?", "followers", "en",
     {"person": "Kofi Ouédraogo", "text": ["16 people follow you without being connected",
                                           "Kofi Ouédraogo (2nd degree) — you follow them too"]}),
    ("who follows me", "followers", "en", {"text": ["16 people follow you"]}),
    ("What is my plan today?", "plan", "en",
     {"person": "Mehmet Şahin", "rules": ["second-they-visited", "first-reconnect-close"],
      "text": ["No scenario step is due today", "Reconnect: Trang Phạm"]}),
    ("What should I do today?", "plan", "en", {"text": ["best next moves"]}),
    ("I invited Léa", "log", "en",
     {"person": "Léa Dubois", "kind": "invited", "text": ["you invited Léa Dubois",
                                                         "Answer yes or no"]}),
    ("Bob replied", "log", "en",
     {"person": "Bob Nguyen", "kind": "replied", "text": ["Bob Nguyen replied to you"]}),
    ("Why second-ask-introduction?", "why", "en",
     {"rules": ["second-ask-introduction"], "text": ["rules/second.toml:", "Why: Asking a"]}),
    ("Why should I invite Léa?", "why", "en",
     {"person": "Léa Dubois", "rules": ["second-close-introducer"],
      "text": ["rules/second.toml:"]}),
    ("help", "help", "en", {"text": ["Who should I invite this week?", "I invited"]}),
    ("What's the weather like in Lyon?", "unknown", "en",
     {"text": ["I did not understand", "How do I reach"]}),
    ("Who is Hương Đỗ?", "person", "en",
     {"person": "Hương Đỗ", "degree": 3, "rules": ["shared-group-message"]}),  # a group
    # --- French ------------------------------------------------------------------------
    ("Comment joindre Léa ?", "reach", "fr",
     {"person": "Léa Dubois", "degree": 2, "via": "Bob Nguyen",
      "rules": ["note-introduction"],
      "text": ["2e degré, 4 relations en commun", "Vous → Bob Nguyen → Léa Dubois",
               "Demandez à Bob Nguyen de vous présenter"]}),
    ("comment contacter LEA", "reach", "fr", {"person": "Léa Dubois", "degree": 2}),
    ("Qui peut me présenter à Léa Dubois ?", "reach", "fr",
     {"person": "Léa Dubois", "via": "Carla Rossi"}),
    ("À quel degré est Carla ?", "reach", "fr",
     {"person": "Carla Rossi", "degree": 1, "text": ["1er degré", "relation directe"]}),
    ("Comment atteindre Trang Vũ ?", "reach", "fr",
     {"person": "Trang Vũ", "degree": 3, "text": ["Commencez par Carla Rossi"]}),
    ("Que puis-je faire avec Léa ?", "actions", "fr",
     {"person": "Léa Dubois", "text": ["Vous pouvez :", "✓ Inviter à entrer en relation",
                                       "Vous ne pouvez pas :"]}),
    ("Qu'est-ce que je peux faire avec Bob ?", "actions", "fr",
     {"person": "Bob Nguyen", "text": ["✓ Écrire gratuitement"]}),
    ("Puis-je envoyer un message à Léa ?", "actions", "fr",
     {"person": "Léa Dubois", "text": ["✗ Écrire gratuitement"]}),
    ("Qui inviter cette semaine ?", "invite", "fr",
     {"person": "Mehmet Şahin", "rules": ["second-they-visited"],
      "text": ["Invitations restantes cette semaine : 100 sur 100",
               "Visite de votre profil\u00a0: invitez maintenant"]}),
    ("Combien d'invitations me reste-t-il ?", "invite", "fr",
     {"text": ["Invitations restantes cette semaine"]}),
    ("Avec qui reprendre contact ?", "reconnect", "fr",
     {"person": "Trang Phạm", "rules": ["first-reconnect-close"],
      "text": ["63 jours sans échange"]}),
    ("Qui relancer parmi mes relations ?", "reconnect", "fr", {"person": "Trang Phạm"}),
    ("Quels abonnés inviter ?", "engage_followers", "fr",
     {"rules": ["follower-engage"], "text": ["Abonnés à animer ou à inviter"]}),
    ("Qui me suit sans être en relation ?", "followers", "fr",
     {"person": "Kofi Ouédraogo", "text": ["16 personnes vous suivent sans être en relation"]}),
    ("Quel est mon plan aujourd'hui ?", "plan", "fr",
     {"rules": ["second-they-visited"],
      "text": ["Aucune étape de scénario n'est prévue aujourd'hui", "Relancer : Trang Phạm"]}),
    ("Que faire aujourd'hui ?", "plan", "fr", {"person": "Mehmet Şahin"}),
    ("J'ai envoyé un message à Bob", "log", "fr",
     {"person": "Bob Nguyen", "kind": "messaged", "text": ["vous avez écrit à Bob Nguyen",
                                                          "Répondez oui ou non"]}),
    ("J'ai invité Léa hier", "log", "fr",
     {"person": "Léa Dubois", "kind": "invited", "text": ["le 2026-11-21"]}),
    ("Léa a accepté mon invitation", "log", "fr",
     {"person": "Léa Dubois", "kind": "connected"}),
    ("Bob m'a répondu", "log", "fr",
     {"person": "Bob Nguyen", "kind": "replied", "text": ["Bob Nguyen vous a répondu"]}),
    ("Pourquoi second-invite-common-link ?", "why", "fr",
     {"rules": ["second-invite-common-link"],
      "text": ["Fichier : rules/fr/second.toml", "priorité 85", "Pourquoi :"]}),
    ("Pourquoi ce conseil pour Carla ?", "why", "fr",
     {"person": "Carla Rossi", "rules": ["first-project-together"]}),
    ("aide", "help", "fr", {"text": ["Qui inviter cette semaine ?", "J'ai invité"]}),
    ("Quelle est la capitale du Pérou ?", "unknown", "fr",
     {"text": ["Je n'ai pas compris", "Comment joindre"]}),
    ("Qui est Hương Đỗ ?", "person", "fr", {"person": "Hương Đỗ", "text": ["3e degré"]}),
]


def test_the_table_is_large_and_half_french():
    assert len(QUESTIONS) >= 40
    assert sum(1 for row in QUESTIONS if row[2] == "fr") >= len(QUESTIONS) // 2
    assert {row[1] for row in QUESTIONS} >= {
        "reach", "actions", "invite", "reconnect", "engage_followers", "followers", "plan",
        "log", "why", "help", "unknown"}


@pytest.mark.parametrize(("question", "intent", "language", "facts"), QUESTIONS,
                         ids=[row[0] for row in QUESTIONS])
def test_question(coach, demo_service, question, intent, language, facts):
    answer = coach.ask(question)
    assert (answer.intent, answer.language) == (intent, language), answer.text
    workspace = demo_service
    if "person" in facts:
        assert answer.people, answer.text
        assert workspace.contact(answer.people[0]).name == facts["person"]
    if "degree" in facts:
        assert answer.data["degree"] == facts["degree"]
    if "via" in facts:
        via = person_named(workspace, facts["via"])
        assert any(via in path[1:-1] for path in answer.data["paths"])
        assert via in answer.people
    for rule in facts.get("rules", []):
        assert rule in answer.rules, answer.rules
    for phrase in facts.get("text", []):
        if language == "fr":  # written plainly here; the coach writes French typography
            phrase = french_typography(phrase)
        assert phrase in answer.text, answer.text
    if "kind" in facts:
        assert answer.pending is not None and answer.pending.kind == facts["kind"]
        assert answer.outcome == "confirm"
    elif intent == "unknown":
        assert answer.outcome == "not_understood"
    else:
        assert answer.outcome == "ok"
        assert answer.pending is None


def test_cited_rules_exist_in_the_rule_book(coach, demo_service):
    book = demo_service.rulebook.book
    for question in ("How do I reach Léa?", "Who should I invite this week?", "What is my plan?"):
        answer = coach.ask(question)
        assert answer.rules and all(book.rule(rule) is not None for rule in answer.rules)


def test_answers_use_the_same_advice_as_the_advisor(coach, demo_service):
    lea = person_named(demo_service, "Léa Dubois")
    answer = coach.ask("how do I reach Léa")
    top = [item.rule_id for item in demo_service.advisor.advice(lea)[:2]]
    assert answer.rules == top
    moves = demo_service.advisor.best_moves(40)
    invites = [move.person_id for move in moves if move.move == "invite"][:5]
    assert coach.ask("who should I invite this week").people == invites
