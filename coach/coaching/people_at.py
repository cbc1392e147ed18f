""""Who do I know at Doctolib?" / "qui je connais chez Doctolib ?": the service's reach
(``NetworkService.reach``, as ``coach reach`` prints it) told in the question's language,
with the introducer to ask for each 2nd- and 3rd-degree person."""

from __future__ import annotations

from coach.coaching import intents
from coach.coaching.answer import NOT_FOUND, Answer
from coach.coaching.context import Context
from coach.coaching.text import original_words
from coach.model import Degree
from coach.reach_matching import BadReachText
from coach.wording import Wording
from coach.wording.vocabulary import degree_words, shown_name

NAMED_SHOWN = 8
"""1st-degree (and out-of-network) people named on one line."""
FAR_SHOWN = 5
"""2nd- and 3rd-degree people listed, each with their introducer."""


def people_at(context: Context, question: str, text: str) -> Answer:
    """Everyone known at the company, role or city the question names, by degree; the
    outcome is NOT_FOUND when the question names nothing known there."""
    answer = Answer(intents.PEOPLE_AT, context.language)
    w = Wording(context.language)
    target = intents.people_at_target(text)
    shown = original_words(question, target) if target else ""
    try:
        found = context.service.reach(shown or target, NAMED_SHOWN)
    except BadReachText:
        found = None
    if found is None or not found.total:
        answer.outcome = NOT_FOUND
        return answer.say(w("No one you know matches “{text}” as a company, a role or a "
                            "city.", text=shown))
    answer.data["reach"] = found.to_json()
    answer.say(w.count(found.total,
                       "People you know matching “{text}” ({n} person), nearest first:",
                       "People you know matching “{text}” ({n} people), nearest first:",
                       text=shown))
    listed = 0
    for degree, people in found.people.items():
        if not people:
            continue
        label = degree_words(degree, context.language)
        if degree in (Degree.SECOND, Degree.THIRD):
            people = people[:FAR_SHOWN]
            answer.say(w("  {degree}:", degree=label))
            answer.say(*(_far(person, w) for person in people))
        else:
            answer.say(w("  {degree}: {names}", degree=label, names=", ".join(
                shown_name(person.name, context.language) for person in people)))
        for person in people:
            answer.cite(person.id)
            if person.introducer is not None:
                answer.cite(person.introducer.id)
        listed += len(people)
    if found.total > listed:
        answer.say(w("  and {n} more: `coach reach {text}` lists everyone",
                     n=w.number(found.total - listed),
                     text=f'"{shown}"' if " " in shown else shown))
    return answer


def _far(person, w: Wording) -> str:
    """"    Aïssatou Kouassi — ask Pauline Roux for an introduction; teammate … can help"."""
    name = shown_name(person.name, w.language)
    introducer, teammate = person.introducer, person.teammate
    if introducer is None:
        return w("    {name} — no introducer known", name=name)
    if teammate is not None and teammate.id != introducer.id:
        return w("    {name} — ask {introducer} for an introduction; teammate {teammate} can "
                 "help", name=name, introducer=introducer.name, teammate=teammate.name)
    if teammate is not None:
        return w("    {name} — ask {introducer}, your teammate, for an introduction",
                 name=name, introducer=introducer.name)
    return w("    {name} — ask {introducer} for an introduction", name=name,
             introducer=introducer.name)
