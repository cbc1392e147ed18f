"""The stable markers of text copied from LinkedIn pages, English and French interfaces.

Each function reads one line (already stripped of spaces, badges and emoji, see ``clean``)
and says what it is, or None: nothing here guesses from the look of a line.
"""

from __future__ import annotations

import re
import unicodedata

from coach.model import Degree

_DEGREES = {
    "1st": Degree.FIRST, "2nd": Degree.SECOND, "3rd": Degree.THIRD, "3rd+": Degree.THIRD,
    "1er": Degree.FIRST, "2e": Degree.SECOND, "3e": Degree.THIRD, "3e et +": Degree.THIRD,
    "3e+": Degree.THIRD,
}
_BULLET = re.compile(r"^(?P<before>.*?)\s*[•·]\s*(?P<degree>1st|2nd|3rd\+?|1er|2e|3e(?: et \+|\+)?)$")
_DEGREE_LINE = re.compile(
    r"^(?:(?P<en>1st|2nd|3rd\+?) degree connection"
    r"|Relation de (?P<fr>1er|2e|3e) niveau(?P<plus> et \+)?)$", re.IGNORECASE)
_VIEW = re.compile(r"^(?:View (?P<en>.+?)(?:’s|'s|’|') profile"
                   r"|Voir le profil (?:de |d’|d')(?P<fr>.+?))$")
OUT_OF_NETWORK = {"linkedin member", "membre linkedin"}
BADGES = {
    "premium", "open to work", "#opentowork", "hiring", "#hiring", "verified", "vérifié",
    "status is online", "status is offline", "status is reachable", "status is away",
    "en ligne", "statut : en ligne", "statut : hors ligne", "disponible", "creator",
    "créateur", "créatrice", "top voice", "influencer", "influenceur", "en recherche d’emploi",
    "en recherche d'emploi", "recrute", "#recrute",
}
SEARCH_BUTTONS = {"connect", "message", "follow", "pending", "se connecter", "suivre",
                  "en attente", "invite", "inviter", "view profile", "voir le profil"}
FOLLOW_BACK = {"following": True, "follow": False, "suivi": True, "abonné": True,
               "abonnée": True, "suivre": False}
ASIDE_PREFIXES = ("past:", "skills:", "summary:", "passé :", "passé:", "compétences :",
                  "compétences:", "résumé :", "services:", "services :")
CURRENT_PREFIXES = ("current:", "actuel :", "actuel:", "poste actuel :")
_CREDENTIAL = re.compile(r",\s*(?:[A-Z][A-Za-z.]{1,6}\s*)+$")

_MUTUAL = [
    (re.compile(r"^(?P<names>.+?),? and (?P<n>\d[\d,\s]*) other mutual connections?$"), "n"),
    (re.compile(r"^(?P<names>.+?),? et (?P<n>\d[\d\s]*) autres? relations? en commun$"), "n"),
    (re.compile(r"^(?P<names>.+?) and (?P<last>.+?) are mutual connections$"), "pair"),
    (re.compile(r"^(?P<names>.+?) et (?P<last>.+?) sont des relations en commun$"), "pair"),
    (re.compile(r"^(?P<names>.+?) is a mutual connection$"), "one"),
    (re.compile(r"^(?P<names>.+?) est une relation en commun$"), "one"),
    (re.compile(r"^(?P<n>\d[\d,\s]*) mutual connections?$"), "count"),
    (re.compile(r"^(?P<n>\d[\d\s]*) relations? en commun$"), "count"),
]
MUTUAL_WORDS = ("mutual connection", "relation en commun", "relations en commun")


def clean(line: str) -> str:
    """A line without emoji, pictographs, zero-width characters and extra spaces."""
    kept = []
    for char in line:
        category = unicodedata.category(char)
        if category in ("So", "Cs", "Co") or char in "\u200b\u200c\u200d\u2060\ufeff\ufe0f":
            continue
        kept.append(" " if category == "Zs" else char)
    return " ".join("".join(kept).split())


def person_name(text: str) -> str:
    """A name as a person shows it, without a credential after a comma ("Grace Hopper, PhD")."""
    return _CREDENTIAL.sub("", text).strip()


def is_badge(line: str) -> bool:
    return line.casefold() in BADGES


def view_name(line: str) -> str | None:
    """The name in ``View NAME’s profile`` / ``Voir le profil de NAME``, else None."""
    found = _VIEW.match(line)
    if not found:
        return None
    return (found.group("en") or found.group("fr") or "").strip() or None


def bullet_degree(line: str) -> tuple[str, Degree] | None:
    """(what came before, the degree) of ``• 2nd`` or ``Nadia Benali • 2nd``; else None."""
    found = _BULLET.match(line)
    if not found:
        return None
    return found.group("before").strip(), _DEGREES[found.group("degree")]


def degree_line(line: str) -> Degree | None:
    """The degree in ``2nd degree connection`` / ``Relation de 2e niveau``; else None."""
    found = _DEGREE_LINE.match(line)
    if not found:
        return None
    return _DEGREES[(found.group("en") or found.group("fr")).casefold()]


def mutual_line(line: str) -> tuple[int, list[str]] | None:
    """(count, named mutual connections) of a mutual-connections line; else None."""
    for pattern, kind in _MUTUAL:
        found = pattern.match(line)
        if not found:
            continue
        if kind == "count":
            return int(re.sub(r"\D", "", found.group("n"))), []
        names = [n.strip() for n in found.group("names").split(",") if n.strip()]
        if kind == "pair":
            names.append(found.group("last").strip())
        others = int(re.sub(r"\D", "", found.group("n"))) if kind == "n" else 0
        return len(names) + others, names
    return None


def looks_mutual(line: str) -> bool:
    """Whether a line speaks of mutual connections (read or not)."""
    folded = line.casefold()
    return any(word in folded for word in MUTUAL_WORDS)
