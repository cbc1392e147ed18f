"""Answers about the whole network: whom to invite, reconnect with, engage; who follows me;
today's plan. Lists come from the rules' best moves (``coach.strategy.ranking``), the plan
from the scenarios' agenda (``coach.scenarios``) as ``coach plan`` shows it."""

from __future__ import annotations

from coach.coaching import intents
from coach.coaching.answer import Answer
from coach.coaching.context import Context
from coach.coaching.phrases import MOVE_KINDS, plural
from coach.overview import GROW_HINT
from coach.strategy import Move
from coach.strategy.loop_words import describe, heading
from coach.strategy.open_loops import shown_first
from coach.wording import Wording

SHOWN = 5
PLAN_SHOWN = 8
FOLLOWERS_SHOWN = 10
WAITING_SHOWN = 10


def invite(context: Context) -> Answer:
    """2nd degree to invite this week, best first, within the invitations left."""
    answer = Answer(intents.INVITE, context.language)
    left = _invitations_left(context, answer)
    count = SHOWN if left is None else min(SHOWN, left)
    if left == 0:
        answer.say(context.say("no_invitations_left"))
        return answer
    moves = context.rules.moves("invite", count, context.language)
    if not moves:
        answer.say(context.say("no_invite"))
        if context.service.state.thin:
            answer.say(Wording(context.language)(GROW_HINT))
        return answer
    answer.say(context.say("invite_heading"))
    for rank, move in enumerate(moves, 1):
        contact = context.contact(move.person_id)
        mutual = contact.mutual_connections
        answer.say(context.say("invite_item", rank=rank, name=contact.name, mutual=mutual,
                               s=plural(mutual, context.language), title=move.advice.title,
                               rule=move.advice.rule_id),
                   f"     {move.advice.text}")
    _cite_moves(answer, moves)
    return answer


def reconnect(context: Context) -> Answer:
    """1st-degree connections gone quiet."""
    def line(rank: int, move: Move, contact, table) -> str:
        days = table.value("days_since_last_interaction", table.index(move.person_id))
        quiet = context.say("quiet_days", days=days) if days is not None else context.say("never")
        return context.say("reconnect_item", rank=rank, name=contact.name, quiet=quiet,
                           title=move.advice.title, rule=move.advice.rule_id)

    return _moves(context, intents.RECONNECT, "reconnect", line)


def engage(context: Context) -> Answer:
    """Followers to engage, or to invite when they are active."""
    def line(rank: int, move: Move, contact, table) -> str:
        index = table.index(move.person_id)
        engagement = table.value("engagement_last_90_days", index) or 0
        return context.say("engage_item", rank=rank, name=contact.name,
                           degree=context.degree(contact), engagement=engagement,
                           ever=table.value("inbound_interactions", index) or 0,
                           s=plural(engagement, context.language), title=move.advice.title,
                           rule=move.advice.rule_id)

    return _moves(context, intents.ENGAGE, "engage", line)


def _moves(context: Context, intent: str, kind: str, line) -> Answer:
    """The best moves of one kind, a line each (``no_<kind>`` when there is none)."""
    answer = Answer(intent, context.language)
    moves = context.rules.moves(kind, SHOWN, context.language)
    if not moves:
        return answer.say(context.say(f"no_{kind}"))
    answer.say(context.say(f"{kind}_heading"))
    table = context.service.advisor.table
    for rank, move in enumerate(moves, 1):
        answer.say(line(rank, move, context.contact(move.person_id), table))
    _cite_moves(answer, moves)
    return answer


def followers(context: Context) -> Answer:
    """People who follow me without being connected."""
    answer = Answer(intents.FOLLOWERS, context.language)
    contacts = [context.contact(pid)
                for pid in context.service.followers_not_connected().person_ids()]
    answer.data["count"] = len(contacts)
    if not contacts:
        return answer.say(context.say("no_followers"))
    count = len(contacts)
    answer.say(context.say("followers_heading", count=count,
                           people="person" if count == 1 else "people",
                           verb_s="s" if count == 1 else "", s=plural(count, context.language),
                           verb_fr="t" if plural(count, context.language) == "" else "vent"))
    for contact in contacts[:FOLLOWERS_SHOWN]:
        also = context.say("you_follow_too") if contact.i_follow else ""
        answer.say(context.say("follower_item", name=contact.name,
                               degree=context.degree(contact), also=also))
        answer.cite(contact.id)
    if count > FOLLOWERS_SHOWN:
        answer.say(context.say("more", count=count - FOLLOWERS_SHOWN))
    answer.say(context.say("followers_hint"))
    return answer


def waiting(context: Context) -> Answer:
    """What is waiting on me: the open loops, as ``coach advise --waiting`` lists them."""
    answer = Answer(intents.WAITING, context.language)
    loops = context.service.follow_ups.open_loops()
    answer.data["waiting"] = [loop.to_json() for loop in loops]
    words = Wording(context.language)
    answer.say(heading(len(loops), words))
    if not loops:
        return answer
    for loop in shown_first(loops, WAITING_SHOWN):
        answer.say(f"  • {describe(loop, words)}")
        answer.cite(loop.person_id)
    if len(loops) > WAITING_SHOWN:
        answer.say(context.say("more", count=len(loops) - WAITING_SHOWN))
    return answer


def plan(context: Context) -> Answer:
    """Today's plan: the scenario steps due today (``coach plan``), then the best next moves."""
    answer = Answer(intents.PLAN, context.language)
    steps = _agenda(context, answer)
    moves = context.rules.moves(None, PLAN_SHOWN - min(steps, PLAN_SHOWN // 2),
                                context.language)
    if not moves:
        if not steps:
            answer.say(context.say("no_moves"))
        return answer
    answer.say(context.say("more_moves" if steps else "no_agenda"))
    kinds = MOVE_KINDS[context.language]
    for rank, move in enumerate(moves, 1):
        answer.say(context.say("move_item", rank=rank, kind=kinds.get(move.move, move.move),
                               name=context.contact(move.person_id).name,
                               title=move.advice.title, rule=move.advice.rule_id))
    _cite_moves(answer, moves)
    _invitations_left(context, answer)
    return answer


def _agenda(context: Context, answer: Answer) -> int:
    """Say the scenario steps due today, to do first then waiting; return how many."""
    from coach.scenarios import DO_TODAY

    items = context.service.scenarios.plan().items
    answer.data["agenda"] = [item.to_json() for item in items]
    if not items:
        return 0
    answer.say(context.say("agenda_heading", count=len(items)))
    for rank, item in enumerate(items, 1):
        key = "agenda_item" if item.status == DO_TODAY else "agenda_waits"
        answer.say(context.say(key, rank=rank, name=item.name, what=item.step.describe(),
                               scenario=item.scenario.title, why=item.why))
        answer.cite(item.person_id)
    return len(items)


def _invitations_left(context: Context, answer: Answer) -> int | None:
    """Say how many invitations are left this week; return the number (None: no limit)."""
    figures = context.rules.invitations_left(context.language)
    if figures is None:
        return None
    left, value, used = figures
    answer.data["invitations"] = {"left": left, "limit": value, "sent_this_week": used}
    answer.say(context.say("invitations_left", left=left, value=value, used=used))
    return left


def _cite_moves(answer: Answer, moves: list[Move]) -> None:
    answer.data["moves"] = [move.to_json() for move in moves]
    for move in moves:
        answer.cite(move.person_id, move.advice.rule_id)
