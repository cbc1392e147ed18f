"""Finding people from what a person types: a name (loosely), a profile URL or an id.

Names are compared without accents or case, a first name alone is enough when it is
unique, and small typos are forgiven. Two people with the same name are both returned:
the caller asks which one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from coach.model import Person
from coach.naming import fold
from coach.profile_url import normalise_profile_url

_ID = re.compile(r"^(?:#|id:)(\d+)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Match:
    """A person matched by a query, and how: url, id, ref, name, prefix or typo."""

    person: Person
    how: str
    score: float = 1.0


def find_people(query: str, people: Iterable[Person]) -> list[Match]:
    """Everyone the query could mean, best first; the first non-empty kind of match wins.

    Order: profile URL; ``#id`` or ``id:N``; exact reference (an imported file's key);
    a bare number as an id; the exact full name; every word a whole word of the name;
    every word a prefix of a name word; then names within a small edit distance.
    """
    text = query.strip()
    if not text:
        return []
    people = list(people)
    if "linkedin.com/" in text.lower() or text.lower().startswith(("http://", "https://")):
        key = normalise_profile_url(text)
        return [Match(p, "url") for p in people if p.profile_url and p.profile_url == key]
    explicit = _ID.match(text)
    if explicit:
        wanted = int(explicit.group(1))
        return [Match(p, "id") for p in people if p.id == wanted]
    by_ref = [Match(p, "ref") for p in people if p.ref == text]
    if by_ref:
        return by_ref
    if text.isdigit():
        by_id = [Match(p, "id") for p in people if p.id == int(text)]
        if by_id:
            return by_id
    return find_by_name(text, people)


def find_by_name(text: str, people: Iterable[Person]) -> list[Match]:
    """People whose name matches: exactly, by word prefixes, or with a small typo."""
    wanted = fold(text)
    words = wanted.split()
    if not words:
        return []
    folded = [(p, fold(p.full_name)) for p in people]
    exact = [Match(p, "name") for p, name in folded if name == wanted]
    if exact:
        return exact
    whole = [Match(p, "words") for p, name in folded if _prefixes(words, name.split(), whole=True)]
    if whole:
        return whole
    prefix = [Match(p, "prefix") for p, name in folded if _prefixes(words, name.split())]
    if prefix:
        return prefix
    close = []
    for person, name in folded:
        distance = _name_distance(words, name.split())
        if distance is not None:
            close.append(Match(person, "typo", 1.0 / (1 + distance)))
    close.sort(key=lambda match: (-match.score, fold(match.person.full_name), match.person.id))
    if close:
        best = close[0].score
        close = [match for match in close if match.score == best]
    return close


def _prefixes(words: list[str], name_words: list[str], whole: bool = False) -> bool:
    """Every query word starts (or, ``whole``, is) a different word of the name, any order."""
    remaining = list(name_words)
    for word in words:
        for position, candidate in enumerate(remaining):
            if candidate == word if whole else candidate.startswith(word):
                del remaining[position]
                break
        else:
            return False
    return True


def _name_distance(words: list[str], name_words: list[str]) -> int | None:
    """Total edits to turn each query word into a distinct name word, or None if too far.

    A word of up to 4 letters may have 1 edit, longer words 2.
    """
    remaining = list(name_words)
    total = 0
    for word in words:
        allowed = 1 if len(word) <= 4 else 2
        best_position, best_distance = None, allowed + 1
        for position, candidate in enumerate(remaining):
            if abs(len(candidate) - len(word)) > allowed:
                continue
            distance = edit_distance(word, candidate, allowed)
            if distance < best_distance:
                best_position, best_distance = position, distance
        if best_position is None:
            return None
        total += best_distance
        del remaining[best_position]
    return total


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count once), stopping past ``limit``."""
    if a == b:
        return 0
    previous_previous: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (previous_previous is not None and i > 1 and j > 1
                    and char_a == b[j - 2] and a[i - 2] == char_b):
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]
