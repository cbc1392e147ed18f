"""Answers about one person: how to reach them, what I can do with them, who they are."""

from __future__ import annotations

from coach.coaching import intents
from coach.coaching.answer import Answer
from coach.coaching.context import Context
from coach.model import Degree

ADVICE_SHOWN = 2


def reach(context: Context, person_id: int) -> Answer:
    """Degree, introduction paths, whom to ask for an introduction, and the advice."""
    contact, answer = _opening(context, intents.REACH, person_id)
    if contact.degree is Degree.ME:
        return answer
    if contact.degree is Degree.FIRST:
        answer.say(context.say("direct"))
    else:
        _paths(context, answer, person_id, contact)
    _advice(context, answer, person_id)
    return answer


def actions(context: Context, person_id: int) -> Answer:
    """Every action of the policy, allowed or blocked, with the reason and what is left."""
    contact, answer = _opening(context, intents.ACTIONS, person_id)
    if contact.degree is Degree.ME:
        return answer
    statuses = context.rules.actions(person_id, context.language)
    answer.data["actions"] = [status.to_json() for status in statuses]
    allowed = [status for status in statuses if status.allowed]
    blocked = [status for status in statuses if not status.allowed]
    if allowed:
        answer.say(context.say("can"))
        for status in allowed:
            left = (context.say("left", left=status.left, limit=status.limit)
                    if status.left is not None else "")
            answer.say(f"  ✓ {status.label} — {status.reason}{left}")
    if blocked:
        answer.say(context.say("cannot"))
        answer.say(*(f"  ✗ {status.label} — {status.reason}" for status in blocked))
    _advice(context, answer, person_id, 1)
    return answer


def summary(context: Context, person_id: int) -> Answer:
    """Who someone is: degree, position, the top advice, and what else to ask."""
    contact, answer = _opening(context, intents.PERSON, person_id)
    detail = context.detail(contact)
    if detail:
        answer.say(detail)
    if contact.degree is not Degree.ME:
        _advice(context, answer, person_id, 1)
        answer.say(context.say("more_about", first=contact.person.first_name or contact.name))
    return answer


def _opening(context: Context, intent: str, person_id: int):
    """The contact, and an answer about them that starts with who they are."""
    contact = context.contact(person_id)
    answer = Answer(intent, context.language)
    answer.cite(person_id)
    answer.say(context.head(contact))
    answer.data.update({"person": contact.id, "name": contact.name,
                        "degree": contact.degree.json_value,
                        "mutual_connections": contact.mutual_connections})
    return contact, answer


def _paths(context: Context, answer: Answer, person_id: int, contact) -> None:
    service = context.service
    paths = [path for path in service.introduction_paths(person_id)
             if len(path.person_ids) >= 3]
    answer.data["paths"] = [list(path.person_ids) for path in paths]
    if not paths:
        answer.say(context.say("no_path"))
        return
    answer.say(context.say("paths"))
    for path in paths:
        names = [context.say("me")] + [context.contact(pid).name for pid in path.person_ids[1:]]
        answer.say("  " + " → ".join(names))
        for pid in path.person_ids[1:-1]:
            answer.cite(pid)
    introducer = service.facts(person_id).get("introducer")
    if introducer:
        key = "ask_intro" if contact.degree is Degree.SECOND else "ask_intro_far"
        answer.say(context.say(key, introducer=introducer))
        answer.data["introducer"] = introducer


def _advice(context: Context, answer: Answer, person_id: int, shown: int = ADVICE_SHOWN) -> None:
    advice = context.rules.advice(person_id, context.language)
    answer.data["advice"] = [item.to_json() for item in advice]
    if not advice:
        answer.say(context.say("no_advice"))
        return
    answer.say(context.say("advice"))
    for item in advice[:shown]:
        answer.say(context.say("advice_item", title=item.title, text=item.text, rule=item.rule_id))
        answer.cite(rule_id=item.rule_id)
