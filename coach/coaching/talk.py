"""Answers about the coach itself: help with examples, the reply to a question it does not
understand, and why a piece of advice was given (the rule, its file and its why)."""

from __future__ import annotations

import re

from coach.coaching import intents
from coach.coaching.answer import NOT_UNDERSTOOD, Answer
from coach.coaching.context import Context
from coach.listing import ListFilter
from coach.model import Degree
from coach.resources import shown_path
from coach.strategy.rule import Rule
from coach.wording.typography import french_typography

WHY_SHOWN = 3

EXAMPLES = {
    "en": (
        ("How to reach someone (degree, paths, introductions, advice)", "How do I reach {second}?"),
        ("What I can do with someone, and why", "What can I do with {first}?"),
        ("Who I know at a company, in a role or a city, and who can introduce me",
         "Who do I know at {company}?"),
        ("Whom to invite this week", "Who should I invite this week?"),
        ("Whom to reconnect with", "Who should I reconnect with?"),
        ("Followers to engage or invite", "Which followers should I engage?"),
        ("Who follows me without being connected", "Who follows me without being connected?"),
        ("Today's plan", "What is my plan today?"),
        ("Log an action (confirmed before it is stored)", "I invited {second}"),
        ("Why a piece of advice was given", "Why {rule}?"),
        ("What is waiting on me (messages, invitations, reminders)", "What's waiting on me?"),
    ),
    "fr": (
        ("Comment joindre quelqu'un (degré, chemins, mises en relation, conseils)",
         "Comment joindre {second} ?"),
        ("Ce que je peux faire avec quelqu'un, et pourquoi", "Que puis-je faire avec {first} ?"),
        ("Qui je connais dans une entreprise, un métier ou une ville, et qui peut m'y présenter",
         "Qui je connais chez {company} ?"),
        ("Qui inviter cette semaine", "Qui inviter cette semaine ?"),
        ("Avec qui reprendre contact", "Avec qui reprendre contact ?"),
        ("Quels abonnés animer ou inviter", "Quels abonnés inviter ?"),
        ("Qui me suit sans être en relation", "Qui me suit sans être en relation ?"),
        ("Le plan du jour", "Quel est mon plan aujourd'hui ?"),
        ("Noter une action (confirmée avant d'être enregistrée)", "J'ai invité {second}"),
        ("Pourquoi un conseil a été donné", "Pourquoi {rule} ?"),
        ("Ce qui m’attend (messages, invitations, rappels)", "Qu’est-ce qui m’attend\u00a0?"),
    ),
}


def help_answer(context: Context, intent: str = intents.HELP) -> Answer:
    """What the coach can answer, with examples on this network's names."""
    answer = Answer(intent, context.language)
    if intent == intents.UNKNOWN:
        answer.outcome = NOT_UNDERSTOOD
        answer.say(context.say("not_understood"))
    else:
        answer.say(context.say("help_intro"))
    names = example_names(context)
    for topic, example in EXAMPLES[context.language]:
        answer.say(f"  • {topic}: “{example.format(**names)}”" if context.language == "en"
                   else french_typography(f"  • {topic} : « {example} »").format(**names))
    return answer


def example_names(context: Context) -> dict[str, str]:
    """Names for the examples: a 2nd-degree person with many shared connections, a 1st,
    and the company of the first of them who has one."""
    names = {"second": "Léa", "first": "Bob", "rule": "second-ask-introduction",
             "company": ""}
    for key, degree in (("second", Degree.SECOND), ("first", Degree.FIRST)):
        page = context.service.contacts(ListFilter(degree=degree))  # most shared first
        if len(page):
            person = context.contact(page.person_ids()[0]).person
            names[key] = person.first_name or person.full_name
            names["company"] = names["company"] or (person.company or "").strip()
    names["company"] = names["company"] or "Doctolib"
    rules = context.rules.book(context.language).rules
    if rules and not any(rule.id == names["rule"] for rule in rules):
        names["rule"] = rules[0].id
    return names


def rule_ids_in(question: str, context: Context) -> list[str]:
    """Rule ids written in a question ("why second-ask-introduction?")."""
    known = {rule.id for rule in context.rules.book(context.language).rules}
    return [word for word in re.findall(r"[a-z0-9][a-z0-9_-]+", question.casefold())
            if word in known]


def explain_rules(context: Context, rule_ids: list[str]) -> Answer:
    """Each rule: its title, file and line, priority, why, and the actions it suggests."""
    answer = Answer(intents.WHY, context.language)
    book = context.rules.book(context.language)
    for rule_id in rule_ids[:WHY_SHOWN]:
        rule = book.rule(rule_id)
        if rule is None:
            answer.say(context.say("unknown_rule", rule=rule_id))
            continue
        _explain(context, answer, rule)
    return answer


def _explain(context: Context, answer: Answer, rule: Rule) -> None:
    if answer.lines:
        answer.say("")
    answer.say(context.say("rule_head", rule=rule.id, title=rule.title),
               context.say("rule_file", file=shown_path(rule.file), line=rule.line,
                           priority=rule.priority),
               context.say("rule_why", why=rule.why))
    if rule.actions:
        answer.say(context.say("rule_actions", actions=", ".join(rule.actions)))
    answer.cite(rule_id=rule.id)
    answer.data.setdefault("rules", []).append(
        {"rule": rule.id, "title": rule.title, "file": rule.file, "line": rule.line,
         "priority": rule.priority, "why": rule.why, "actions": list(rule.actions)})


def why_person(context: Context, person_id: int) -> Answer:
    """Why the coach advises what it does for one person: each rule's file and why."""
    contact = context.contact(person_id)
    answer = Answer(intents.WHY, context.language)
    answer.cite(person_id)
    advice = context.rules.advice(person_id, context.language)
    answer.say(context.say("why_person", name=contact.name))
    if not advice:
        return answer.say(context.say("no_advice"))
    for item in advice[:WHY_SHOWN]:
        answer.say(context.say("why_item", title=item.title, rule=item.rule_id,
                               file=shown_path(item.file), line=item.line, why=item.why))
        answer.cite(rule_id=item.rule_id)
    answer.data["advice"] = [item.to_json() for item in advice[:WHY_SHOWN]]
    return answer


def why_what(context: Context) -> Answer:
    """Asked "why?" with nothing to explain: say how to ask."""
    answer = Answer(intents.WHY, context.language)
    return answer.say(context.say("why_what", example=example_names(context)["rule"]))
