"""Logging an action told in words: say what would be stored, store it only after "yes".

Storing goes through the service's ``log``, like the log keys of the app and ``coach log``:
the same checks (the rules' allowed actions, no invitation to a connection…), the same rows.
"""

from __future__ import annotations

import re
from datetime import timedelta

from coach.coaching import intents
from coach.coaching.answer import CANCELLED, CONFIRM, REFUSED, STORED, Answer, PendingLog
from coach.coaching.context import Context
from coach.coaching.log_words import ToldAction
from coach.coaching.phrases import told
from coach.dates import today
from coach.logbook import LogRefused

YES = frozenset("yes y yeah yep yup ok okay sure confirm confirmed store save go do it oui o "
                "ouais d accord daccord confirme confirmer vas y enregistre valide".split())
NO = frozenset("no n nope nah cancel stop don t dont forget it non annule annuler pas laisse "
               "tomber oublie".split())
_ISO_DAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def reply_kind(words: list[str]) -> str | None:
    """"yes", "no" or None: how a short reply answers a confirmation question."""
    if not words or len(words) > 4:
        return None
    if all(word in YES for word in words):
        return "yes"
    if all(word in NO for word in words):
        return "no"
    return None


def when_told(question: str, words: list[str]) -> str | None:
    """The day an action happened when the sentence says it (yesterday, hier, 2026-11-20)."""
    found = _ISO_DAY.search(question)
    if found:
        return found.group(1)
    if "yesterday" in words or "hier" in words:
        return (today() - timedelta(days=1)).isoformat()
    return None


def preview(context: Context, action: ToldAction, person_id: int, at: str | None) -> Answer:
    """The action as it would be stored, waiting for yes or no."""
    contact = context.contact(person_id)
    pending = PendingLog(person_id, contact.name, action.kind, action.direction, at)
    answer = Answer(intents.LOG, context.language, outcome=CONFIRM, pending=pending)
    answer.cite(person_id)
    answer.data["log"] = pending.to_json()
    return answer.say(context.say("log_confirm", action=describe(context, pending),
                                  degree=context.degree(contact), when=_when(context, at)))


def store(context: Context, pending: PendingLog) -> Answer:
    """Store a confirmed action; a refusal (already connected…) stores nothing and says why."""
    answer = Answer(intents.LOG, context.language)
    answer.cite(pending.person_id)
    try:
        logged = context.service.log(pending.person_id, pending.kind, at=pending.at,
                                     direction=pending.direction)
    except (LogRefused, ValueError) as error:
        answer.outcome = REFUSED
        return answer.say(context.say("log_refused", reason=str(error)))
    answer.outcome = STORED
    answer.data["logged"] = {"kind": logged.kind, "person_id": logged.person_id,
                             "at": logged.at}
    return answer.say(context.say("logged", action=describe(context, pending),
                                  when=_when(context, logged.at[:10])))


def cancel(context: Context, pending: PendingLog) -> Answer:
    """"No": nothing is stored."""
    answer = Answer(intents.LOG, context.language, outcome=CANCELLED)
    answer.cite(pending.person_id)
    return answer.say(context.say("log_cancelled"))


def describe(context: Context, pending: PendingLog) -> str:
    """"you invited Léa Dubois" / "Bob Nguyen vous a répondu"."""
    return told(context.language, pending.kind, pending.direction, pending.name)


def _when(context: Context, at: str | None) -> str:
    day = today().isoformat()
    if at is None or at[:10] == day:
        return context.say("today", date=day)
    return context.say("on_day", date=at[:10])
