"""What "reach into" a company, a role or a city means for one person's fields.

A text such as "Doctolib", "chez Doctolib SAS", "product manager" or "Lyon" is read as
folded whole words (no case, no accents, punctuation as spaces). A company's legal form
(SAS, S.A., Inc., GmbH…) says nothing about who works there: it is ignored on both sides.
A field matches when the text's words appear in it as a run of whole words: "Lyon" is in
"Lyon, Auvergne-Rhône-Alpes, France" but not in "Lyonnaise des Eaux"; "Cartalis" is in
"Cartalis SAS".
"""

from __future__ import annotations

import re

import numpy as np

from coach.naming import fold

COMPANY, ROLE, CITY = "company", "role", "city"
MATCH_KINDS = (COMPANY, ROLE, CITY)
"""What a person may match on, in the order they are listed."""

LEGAL_FORMS = frozenset("""
sa sas sasu sarl eurl sci sca snc scop scic gie selarl spa srl sprl bv nv ag gmbh mbh kg ug
se ab as asa oy oyj aps kft sro plc ltd llc llp lp inc incorporated corp corporation co
limited pty pte bhd kk
""".split())
"""Legal forms of companies, folded and without dots ("S.A.S." is "sas")."""

LEADING_WORDS = frozenset({"at", "chez", "in", "a", "au", "aux", "en", "from", "de", "of",
                           "the", "la", "le", "les", "l", "for", "pour", "dans"})
"""Words the way people ask ("at Doctolib", "chez Doctolib", "à Lyon") put in front."""


class BadReachText(ValueError):
    """A reach text with nothing to look for (empty, or only "chez", "at"…)."""


_DOTTED = re.compile(r"\b(?:[^\W\d_]\.){2,}(?:[^\W\d_]\b)?")  # S.A.S. / S.A / e.u.r.l.
_NOT_WORD = re.compile(r"[^\w]+|_")
_TITLE_MARK = re.compile(r"\s(?:at|chez)\s|@", re.IGNORECASE)
"""Where a headline names the employer: "Product Manager at Doctolib", "PM @ Cartalis"."""


def words_of(text: str) -> list[str]:
    """Folded whole words of a text: "Doctolib, S.A.S." → ["doctolib", "sas"]."""
    folded = fold(text or "")
    folded = _DOTTED.sub(lambda match: match.group().replace(".", ""), folded)
    return _NOT_WORD.sub(" ", folded).split()


def _without_legal_form(words: list[str]) -> list[str]:
    """The words without legal forms at the end ("cartalis sas" → "cartalis"), unless
    nothing else is left ("SA" alone stays a word)."""
    kept = list(words)
    while len(kept) > 1 and kept[-1] in LEGAL_FORMS:
        kept.pop()
    return kept


def reach_words(text: str) -> list[str]:
    """The words a reach text looks for: folded, without the words of the question in
    front ("chez", "at", "à") nor a legal form at the end. Empty: nothing to look for."""
    words = words_of(text)
    while len(words) > 1 and words[0] in LEADING_WORDS:
        words.pop(0)
    if len(words) == 1 and words[0] in LEADING_WORDS:
        return []
    return _without_legal_form(words)


def holds(field: str, wanted: list[str], company: bool = False) -> bool:
    """Whether ``field`` holds the ``wanted`` words as a run of whole words (a company's
    legal form ignored when ``company``)."""
    if not wanted or not field:
        return False
    words = words_of(field)
    if company:
        words = _without_legal_form(words)
    return f" {' '.join(wanted)} " in f" {' '.join(words)} "


def employer_in(headline: str) -> str:
    """The employer a headline names after "at", "chez" or "@" ("" when it names none)."""
    found = _TITLE_MARK.search(f" {headline or ''} ")
    if found is None:
        return ""
    rest = f" {headline} "[found.end():]
    return re.split(r"[|·•,;/]", rest, maxsplit=1)[0].strip()


def matched_on(wanted: list[str], company: str, position: str, headline: str,
               location: str) -> tuple[str, ...]:
    """What a person matches the words on: company, role (position or headline) and city
    (location), in that order; a headline's "at X" counts as the company."""
    found = []
    if holds(company, wanted, company=True) or holds(employer_in(headline), wanted,
                                                     company=True):
        found.append(COMPANY)
    if holds(position, wanted) or (COMPANY not in found and holds(headline, wanted)):
        found.append(ROLE)
    if holds(location, wanted):
        found.append(CITY)
    return tuple(found)



def matched_on_each(wanted: list[str], companies: list[str], positions: list[str],
                    headlines: list[str], locations: list[str]) -> list[tuple[str, ...]]:
    """:func:`matched_on` for many people at once (one list per field, "" when empty),
    each distinct value read once: at 100k people thousands share a company, a position
    or a place ("Paris" is 13,000 people of a few hundred distinct places)."""
    def column(values: list[str], test) -> np.ndarray:
        seen = {value: bool(value) and all(word in fold(value) for word in wanted)
                and test(value) for value in set(values)}
        return np.fromiter(map(seen.__getitem__, values), dtype=bool, count=len(values))

    def plain(value: str) -> bool:
        return holds(value, wanted)

    def company(value: str) -> bool:
        return holds(value, wanted, company=True)

    def employer(value: str) -> bool:
        return holds(employer_in(value), wanted, company=True)

    at_company = column(companies, company) | column(headlines, employer)
    in_role = column(positions, plain) | (~at_company & column(headlines, plain))
    in_city = column(locations, plain)
    codes = at_company.astype(np.int8) | (in_role.astype(np.int8) << 1) | \
        (in_city.astype(np.int8) << 2)
    kinds = [tuple(kind for bit, kind in enumerate(MATCH_KINDS) if code >> bit & 1)
             for code in range(8)]
    return [kinds[code] for code in codes.tolist()]
