"""A conversation with the coach: questions in, answers out, with what it must remember.

It remembers an action waiting for "yes"/"no", a name waiting to be chosen among several
people, the person of the last answer (so "how do I reach her?" works) and the rules of
the last answer (so "why?" explains them). Each answer is in the question's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.coaching import about_person, intents, logging_flow, network_lists, people_at, talk
from coach.coaching.answer import AMBIGUOUS, NOT_FOUND, OK, Answer, Candidate, PendingLog
from coach.coaching.context import Context
from coach.coaching.language import detect_language
from coach.coaching.log_words import ToldAction, parse_told_action
from coach.coaching.names import NameIndex, candidate_spans, find_named, points_back
from coach.coaching.rules_language import CoachRules
from coach.coaching.text import original_words, words as words_of
from coach.directory import find_people
from coach.naming import fold

CANDIDATES_SHOWN = 10

_ABOUT_PERSON = {intents.REACH: about_person.reach, intents.ACTIONS: about_person.actions,
                 intents.PERSON: about_person.summary, intents.WHY: talk.why_person}
_ABOUT_NETWORK = {intents.INVITE: network_lists.invite, intents.RECONNECT: network_lists.reconnect,
                  intents.ENGAGE: network_lists.engage, intents.FOLLOWERS: network_lists.followers,
                  intents.PLAN: network_lists.plan, intents.HELP: talk.help_answer,
                  intents.WAITING: network_lists.waiting}


@dataclass(frozen=True, slots=True)
class _Choice:
    """A question waiting for the person to be chosen among candidates."""

    intent: str
    candidates: tuple[int, ...]
    told: ToldAction | None
    at: str | None


class Conversation:
    """Answers questions about one network, in English or French, remembering the thread.

    ``service`` is the network service (``coach.service.NetworkService``): every fact,
    list and act goes through it."""

    def __init__(self, service, language: str | None = None) -> None:
        self.service = service
        self.rules = CoachRules(service)
        config = getattr(service, "config", None)
        self.language = language or getattr(config, "language", "en") or "en"
        self.pending: PendingLog | None = None
        self.choice: _Choice | None = None
        self.last_person: int | None = None
        self.last_rules: list[str] = []
        self._question = ""
        self._name_index: tuple[object, NameIndex] | None = None

    def ask(self, question: str) -> Answer:
        """The answer to one question (never raises for what a person may type)."""
        words = words_of(question)
        self.language = detect_language(words, self.language)
        context = Context(self.service, self.rules, self.language)
        dropped = None
        if self.pending is not None:
            reply = logging_flow.reply_kind(words)
            if reply is not None:
                return self._remember(self.confirm() if reply == "yes" else self.cancel())
            dropped = context.say("log_dropped", action=logging_flow.describe(context,
                                                                              self.pending))
            self.pending = None
        self._question = question
        answer = self._answer(question, words, context)
        if dropped:
            answer.lines.insert(0, dropped)
        return self._remember(answer)

    def confirm(self) -> Answer:
        """Store the action waiting for confirmation ("yes")."""
        return self._settle(logging_flow.store)

    def cancel(self) -> Answer:
        """Drop the action waiting for confirmation ("no")."""
        return self._settle(logging_flow.cancel)

    def _settle(self, outcome) -> Answer:
        pending, self.pending = self.pending, None
        context = Context(self.service, self.rules, self.language)
        if pending is None:
            return talk.help_answer(context)
        return outcome(context, pending)

    # --- answering -----------------------------------------------------------------------

    def _answer(self, question: str, words: list[str], context: Context) -> Answer:
        if not words:
            return talk.help_answer(context)
        if self.choice is not None:
            choice, self.choice = self.choice, None
            chosen = self._chosen(words, choice.candidates)
            if chosen is not None:
                return self._about(context, choice.intent, chosen, choice.told, choice.at)
        text = " ".join(words)
        told = parse_told_action(text)
        if told is not None:
            at = logging_flow.when_told(question, words)
            return self._with_person(context, intents.LOG, list(told.person_words), told, at)
        found = intents.intents_of(text, context.language)
        if intents.WHY in found:
            rule_ids = talk.rule_ids_in(question, context)
            if rule_ids:
                return talk.explain_rules(context, rule_ids)
        missed = None  # "who do I know at X?" with no one known at X: unless another intent
        for intent in found:
            if intent == intents.PEOPLE_AT:
                answer = people_at.people_at(context, question, text)
                if answer.outcome == OK:
                    return answer
                missed = missed or answer
                continue
            if intent in _ABOUT_NETWORK:
                return _ABOUT_NETWORK[intent](context)
            answer = self._with_person(context, intent, words, None, None, quiet=True)
            if answer is not None:
                return answer
        if missed is not None:
            return missed
        if intents.WHY in found:
            if self.last_rules:
                return talk.explain_rules(context, self.last_rules)
            return talk.why_what(context)
        needing = [intent for intent in found if intent in intents.NEEDS_PERSON]
        if needing:
            return self._no_one(context, needing[0], words)
        answer = self._with_person(context, intents.PERSON, words, None, None, quiet=True,
                                   typos=False)
        return answer or talk.help_answer(context, intents.UNKNOWN)

    def _with_person(self, context: Context, intent: str, words: list[str],
                     told: ToldAction | None, at: str | None, quiet: bool = False,
                     typos: bool = True):
        """Answer ``intent`` about the person the words name; None (when ``quiet``) if none."""
        named = find_named(words, self._names(), typos)
        if named is None:
            if points_back(words) and self.last_person is not None:
                return self._about(context, intent, self.last_person, told, at)
            return None if quiet else self._no_one(context, intent, words)
        people = named.people
        if len(people) == 1:
            return self._about(context, intent, people[0].id, told, at)
        ids = tuple(person.id for person in people)
        self.choice = _Choice(intent, ids, told, at)
        answer = Answer(intent, context.language, outcome=AMBIGUOUS)
        answer.say(context.say("ambiguous", count=len(ids),
                               span=original_words(self._question, named.span)))
        for rank, person_id in enumerate(ids[:CANDIDATES_SHOWN], 1):
            contact = context.contact(person_id)
            detail = context.detail(contact)
            answer.candidates.append(Candidate(person_id, contact.name, contact.degree.label,
                                               detail))
            answer.say(context.say("candidate", rank=rank, name=contact.name,
                                   degree=context.degree(contact),
                                   detail=f" · {detail}" if detail else ""))
        if len(ids) > CANDIDATES_SHOWN:
            answer.say(context.say("more", count=len(ids) - CANDIDATES_SHOWN))
        return answer

    def _about(self, context: Context, intent: str, person_id: int, told: ToldAction | None,
               at: str | None) -> Answer:
        if intent == intents.LOG and told is not None:
            answer = logging_flow.preview(context, told, person_id, at)
            self.pending = answer.pending
            return answer
        return _ABOUT_PERSON.get(intent, about_person.summary)(context, person_id)

    def _no_one(self, context: Context, intent: str, words: list[str]) -> Answer:
        """No name found: say so when a word looked like one, else ask whom they mean."""
        answer = Answer(intent, context.language, outcome=NOT_FOUND)
        spans = [span for span, strict in candidate_spans(words) if not strict]
        if spans:
            span = original_words(self._question, " ".join(spans[0]))
            return answer.say(context.say("not_found", span=span))
        example = talk.EXAMPLES[context.language][0][1].format(**talk.example_names(context))
        return answer.say(context.say("who", example=example))

    def _chosen(self, words: list[str], candidates: tuple[int, ...]) -> int | None:
        """The candidate a reply picks: its number, its id, or words of its name or detail."""
        if len(words) == 1 and words[0].isdigit():
            number = int(words[0])
            if 1 <= number <= min(len(candidates), CANDIDATES_SHOWN):
                return candidates[number - 1]
            return number if number in candidates else None
        if len(words) == 1 and words[0].startswith("#") and words[0][1:].isdigit():
            return int(words[0][1:]) if int(words[0][1:]) in candidates else None
        people = [self.service.people()[pid] for pid in candidates]
        matches = find_people(" ".join(words), people)
        if len(matches) == 1:
            return matches[0].person.id
        hits = [person.id for person in people
                if any(word in fold(" ".join((person.position, person.company, person.location)))
                       .split() for word in words if len(word) > 2)]
        return hits[0] if len(hits) == 1 else None

    def _names(self) -> NameIndex:
        """The name index of the current roster (built again when the network changes)."""
        people = self.service.people()
        if self._name_index is None or self._name_index[0] is not people:
            self._name_index = (people, NameIndex(people.values(), self.service.me()))
        return self._name_index[1]

    def _remember(self, answer: Answer) -> Answer:
        if answer.people and answer.intent in intents.NEEDS_PERSON | {intents.WHY}:
            self.last_person = answer.people[0]
        if answer.rules:
            self.last_rules = list(answer.rules)
        return answer
