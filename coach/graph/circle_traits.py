"""What the people of a circle share most: a company, a place, words of their headlines.

A trait describes a circle when many of its people have it and it is rarer in the rest of
my network: everyone in a Lyon network lives in Lyon, so "Lyon" only names a circle when
no sharper trait does. Headline words are meaningful words only (no stop words, English or
French, no company name, no job-title filler).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coach.graph.loading import NO_EMPLOYER
from coach.model import Person

COMPANY, PLACE, WORD = "company", "place", "word"
"""The kinds of trait, in the order they name a circle when they score the same."""

MIN_SHARE = 0.3
"""A trait describes a circle when at least this share of its people have it…"""

MIN_PEOPLE = 2
"""…and at least this many of them (one person's company is not a circle's)…"""

MIN_LIFT = 1.5
"""…and it is this many times more common in the circle than in my whole network (when
no trait is, the most shared one still names the circle)."""

STOP_WORDS = frozenset("""
a an and at as by for from in into of on or the to with within without our my your their
is are be been being this that these those it its via per over under about after before
de du des la le les l d et en pour par au aux dans sur sous avec sans chez un une ou où
à a ex ancien ancienne former current currently actuellement who qui je i me moi nous
mes mon ma notre nos vos votre leur leurs ses son sa plus more than que
""".split())
"""Words that never describe a circle, English and French."""

FILLER_WORDS = frozenset("""
senior junior lead head chief manager managers director directrice directeur responsable
chargé chargée officer associate assistant assistante intern stagiaire alternant
alternante co founder cofounder co-founder fondateur fondatrice team équipe
""".split())
"""Job-title filler: "Senior", "Head", "Manager" say little about what a circle shares."""

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Trait:
    """One thing a circle's people share: its kind, its text and how many have it."""

    kind: str
    text: str
    people: int

    def to_json(self) -> dict:
        """The trait as plain values."""
        return {"kind": self.kind, "text": self.text, "people": self.people}


def person_traits(person: Person) -> dict[tuple[str, str], str]:
    """(kind, folded text) → the text as written, for every trait of one person."""
    found: dict[tuple[str, str], str] = {}
    company = (person.company or "").strip()
    if company and company.casefold() not in NO_EMPLOYER:
        found[(COMPANY, company.casefold())] = company
    place = (person.location or "").split(",")[0].strip()
    if place:
        found[(PLACE, place.casefold())] = place
    company_words = {word.casefold() for word in _WORD.findall(company)}
    for word in _WORD.findall(person.headline or ""):
        folded = word.casefold().strip("'’-")
        if _meaningful(word, folded) and folded not in company_words:
            found.setdefault((WORD, folded), word)
    return found


def _meaningful(word: str, folded: str) -> bool:
    if folded in STOP_WORDS or folded in FILLER_WORDS:
        return False
    return len(folded) >= 3 or (len(word) >= 2 and word.isupper())  # "IA", "UX", "AI"


class TraitCounts:
    """How many people of the whole ego network have each trait (the baseline)."""

    def __init__(self, people: Iterable[dict[tuple[str, str], str]]) -> None:
        self.counts: Counter = Counter()
        self.total = 0
        for traits in people:
            self.total += 1
            self.counts.update(traits.keys())

    def describe(self, members: Sequence[dict[tuple[str, str], str]],
                 limit: int = 3) -> tuple[Trait, ...]:
        """The traits that describe a group of people best, best first (ties: company, then
        place, then words; then alphabetical order, so the same group reads the same)."""
        size = len(members)
        if size == 0 or self.total == 0:
            return ()
        counts: Counter = Counter()
        written: dict[tuple[str, str], Counter] = {}
        for traits in members:
            counts.update(traits.keys())
            for key, text in traits.items():
                written.setdefault(key, Counter())[text] += 1
        scored = []
        order = {COMPANY: 0, PLACE: 1, WORD: 2}
        for key, count in counts.items():
            share = count / size
            if count < MIN_PEOPLE or share < MIN_SHARE:
                continue
            lift = share / (self.counts[key] / self.total)
            scored.append((lift < MIN_LIFT, -count * lift, order[key[0]], key[1], key, count))
        scored.sort()
        sharp = [entry for entry in scored if not entry[0]]
        scored = sharp or scored[:1]
        return tuple(Trait(key[0], _most_written(written[key]), count)
                     for *_, key, count in scored[:limit])


def _most_written(forms: Counter) -> str:
    """The most common way a trait is written (ties: alphabetical)."""
    return min(forms.items(), key=lambda item: (-item[1], item[0]))[0]
