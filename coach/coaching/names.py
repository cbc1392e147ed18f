"""Finding the person a question is about: the words left once the question's own words are
removed, tried as names from the longest span to single words (``coach.directory`` matches
them loosely: accents, case, a unique first name, small typos).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from coach.coaching import intents, language, log_words
from coach.directory import find_people
from coach.model import Person
from coach.naming import fold

MAX_SPAN = 4
PARTICLES = frozenset("de la le du des da di van von der den del della bin ben al el ter".split())
"""Small words that may sit inside a name ("Juan de la Fuente"): kept between name words."""

_POINTING_BACK = re.compile(
    r"\b(?:him|her|them|he|she|lui|elle|eux|this person|that person|cette personne|ce contact)\b"
    r"|\b(?:la|le|l) (?:joindre|contacter|atteindre|inviter|rencontrer|approcher|aborder"
    r"|relancer|presenter|suivre)\b")
"""Words that point back to the person of the previous answer."""

_EXTRA = """
someone somebody anyone people person persons contact contacts network linkedin profile profiles
message messages advice advices rule rules tip tips coach connection connections degree degrees
week weeks day days month today tomorrow yesterday now please thanks thank hi hello hey ok okay
s t d m ll ve re via through using his hers their theirs also again still really best next good
quickly more most some many much right lately recently first second third st nd rd 1st 2nd 3rd
quelqu quelqu un personne gens reseau profil conseil conseils regle regles relation relations
degre semaine jour jours mois demain hier maintenant stp svp merci bonjour salut coucou
deja encore vraiment bien mieux prochain prochaine premier deuxieme troisieme er e eme
"""


@dataclass(frozen=True, slots=True)
class NameSearch:
    """The people a span of the question names (several when the name is ambiguous)."""

    span: str
    people: tuple[Person, ...]


@lru_cache(maxsize=1)
def question_words() -> frozenset[str]:
    """Words that belong to questions, not to names: small words and every phrase-table word."""
    texts = [pattern for table in intents.PATTERNS.values() for _, pattern in table]
    for table in (log_words.MINE_EN, log_words.MINE_FR, log_words.THEIRS_EN,
                  log_words.THEIRS_FR):
        texts.extend(entry[0] for entry in table)
    texts.extend(log_words.MINE_START.values())
    found = {word for text in texts for word in re.findall(r"[a-z]+", text)}
    return frozenset(found | language.ENGLISH | language.FRENCH | set(_EXTRA.split()))


class NameIndex:
    """People by the first two letters of each word of their name (accents and case folded).

    Name matching then reads only the people who share a beginning with a word of the
    question, instead of everyone: a question stays quick on a 100,000-person network.
    """

    def __init__(self, people: Iterable[Person], me: int | None = None) -> None:
        self.people = [person for person in people if person.id != me]
        self._by_start: dict[str, list[Person]] = {}
        for person in self.people:
            for start in {word[:2] for word in fold(person.full_name).split()}:
                self._by_start.setdefault(start, []).append(person)

    def near(self, span: tuple[str, ...]) -> list[Person]:
        """Everyone who may match the span: a name word begins like one of its words."""
        if any(word.startswith("#") or word.isdigit() for word in span):
            return self.people
        found: dict[int, Person] = {}
        for word in span:
            for person in self._by_start.get(word[:2], ()):
                found[person.id] = person
        return list(found.values())


def find_named(words: list[str], index: NameIndex, typos: bool = True) -> NameSearch | None:
    """The longest span of the question that names someone (me left out), or None.

    Without ``typos``, a name with a typo counts only when it is all the question says
    (a stray word of an unknown question is not taken for a misspelt name).
    """
    stop = question_words()
    content = [word for word in words if word not in stop]
    for span, strict in candidate_spans(words):
        matches = find_people(" ".join(span), index.near(span))
        if matches and matches[0].how == "typo" and not typos and list(span) != content:
            continue
        if matches and _convincing(span, matches[0].how, strict):
            return NameSearch(" ".join(span), tuple(match.person for match in matches))
    return None


def candidate_spans(words: list[str]) -> list[tuple[tuple[str, ...], bool]]:
    """Spans that may be a name, longest first, each with whether it must match strictly.

    A span starts and ends with a non-question word (particles may sit inside); the same
    span widened by one question word on either side is tried first but must match a
    name word for word ("Trang Vũ", whose "vu" is also a French word).
    """
    stop = question_words()
    content = [word not in stop or word.startswith("#") for word in words]
    spans: list[tuple[tuple[str, ...], bool]] = []
    for start in range(len(words)):
        for end in range(start, min(len(words), start + MAX_SPAN)):
            if not (content[start] and content[end]):
                continue
            if not all(content[i] or words[i] in PARTICLES for i in range(start, end + 1)):
                continue
            if start > 0 and not content[start - 1]:
                spans.append((tuple(words[start - 1:end + 1]), True))
            if end + 1 < len(words) and not content[end + 1]:
                spans.append((tuple(words[start:end + 2]), True))
            spans.append((tuple(words[start:end + 1]), False))
    spans.sort(key=lambda item: -len(item[0]))
    return spans


def _convincing(span: tuple[str, ...], how: str, strict: bool = False) -> bool:
    """A prefix or a typo is believed only on words long enough not to be chance."""
    if strict:
        return how in ("name", "words")
    if how == "prefix":
        return all(len(word) >= 3 for word in span)
    if how == "typo":
        return len(span) > 1 or len(span[0]) >= 4
    return True


def points_back(words: list[str]) -> bool:
    """Whether the question says "her", "him", "lui"… instead of a name."""
    return bool(_POINTING_BACK.search(" ".join(words)))
