"""The stable markers of text copied from LinkedIn pages, English and French interfaces.

Each function reads one line (already stripped of spaces, badges and emoji, see ``clean``)
and says what it is, or None: nothing here guesses from the look of a line.
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from datetime import date, timedelta

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
    if not line.isascii():
        line = _NON_ASCII.sub(_kept, line)
    return " ".join(line.split())


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_KEPT: dict[str, str] = {}
"""What each non-ASCII character met becomes: itself, a space, or nothing (a page of 1,000
results holds a few dozen distinct ones; looking each up once keeps ``clean`` fast)."""


def _kept(found: re.Match) -> str:
    char = found.group()
    kept = _KEPT.get(char)
    if kept is None:
        category = unicodedata.category(char)
        if category in ("So", "Cs", "Co") or char in "\u200b\u200c\u200d\u2060\ufeff\ufe0f":
            kept = ""
        else:
            kept = " " if category == "Zs" else char
        if len(_KEPT) < 65536:
            _KEPT[char] = kept
    return kept


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


# --- the connections list and the invitation manager ------------------------------------

MEMBER_LABELS = {"member’s name", "member's name", "member’s occupation", "member's occupation",
                 "nom du membre", "profession du membre"}
NAME_LABELS = {"member’s name", "member's name", "nom du membre"}
_CONNECTED_ON = re.compile(r"^(?:Connected on|Relation établie le|Connecté(?:e|\(e\))? le"
                           r"|En relation depuis le) (?P<date>.+)$", re.IGNORECASE)
CONNECTION_BUTTONS = {"message", "more", "plus", "more actions", "plus d’actions",
                      "plus d'actions", "…", "...", "remove connection", "retirer la relation"}
INVITATION_BUTTONS = {"accept": "received", "ignore": "received", "accepter": "received",
                      "ignorer": "received", "withdraw": "sent", "retirer": "sent"}
_MUTUALS_OF = re.compile(
    r"^(?:(?P<n>\d[\d,.\s]*) )?(?:mutual connections? with|relations? en commun avec) "
    r"(?P<name>.+)$", re.IGNORECASE)
_AGO = re.compile(
    r"^(?:(?:sent|received|invited)\s+)?(?P<n>\d+|an?|one) (?P<unit>minute|hour|day|week|month"
    r"|year)s? ago$"
    r"|^(?:(?:envoyée?|envoyé\(e\)|reçue?)\s+)?il y a (?P<fn>\d+|une?) (?P<funit>minute|heure"
    r"|jour|semaine|mois|an)s?$", re.IGNORECASE)
_DAY = re.compile(r"^(?:(?:sent|received|envoyée?|envoyé\(e\)|reçue?)\s+)?(?P<day>today|yesterday"
                  r"|just now|aujourd’hui|aujourd'hui|hier|à l’instant|à l'instant)$",
                  re.IGNORECASE)
_UNITS = {"minute": 0, "day": 1, "jour": 1, "week": 7, "semaine": 7,
          "month": 30, "mois": 30, "year": 365, "an": 365}
_DAYS_BACK = {"today": 0, "just now": 0, "aujourd’hui": 0, "aujourd'hui": 0, "à l’instant": 0,
              "à l'instant": 0, "yesterday": 1, "hier": 1}


def connected_on(line: str) -> str | None:
    """The date text of ``Connected on November 4, 2026`` / ``Relation établie le 4 novembre
    2026``, else None."""
    found = _CONNECTED_ON.match(line)
    if not found:
        return None
    return re.sub(r"^(\d{1,2})(?:er|st|nd|rd|th)\b", r"\1", found.group("date").strip())


def mutuals_of(line: str) -> tuple[str, int | None] | None:
    """(whose, how many) of a heading ``Mutual connections with NAME`` / ``12 relations en
    commun avec NAME``, else None."""
    found = _MUTUALS_OF.match(line)
    if not found:
        return None
    count = found.group("n")
    return found.group("name").strip(), int(re.sub(r"\D", "", count)) if count else None


def invitation_age(line: str, copied_on) -> tuple[str, bool] | None:
    """(the ISO day, whether it is approximate) of ``Sent 3 weeks ago`` / ``Envoyée il y a
    3 semaines`` / ``Sent today``… counted back from ``copied_on``; else None. Weeks, months
    and years are about right only; months and years count back on the calendar."""
    found = _DAY.match(line)
    if found:
        return (copied_on - timedelta(days=_DAYS_BACK[found.group("day").casefold()])).isoformat(), \
            False
    found = _AGO.match(line)
    if not found:
        return None
    amount = (found.group("n") or found.group("fn")).casefold()
    n = int(amount) if amount.isdigit() else 1
    unit = (found.group("unit") or found.group("funit")).casefold()
    if unit in ("month", "mois", "year", "an"):
        months = n * (12 if unit in ("year", "an") else 1)
        year, month = divmod(copied_on.year * 12 + copied_on.month - 1 - months, 12)
        day = min(copied_on.day, monthrange(year, month + 1)[1])
        return date(year, month + 1, day).isoformat(), True
    days = n // 24 if unit in ("hour", "heure") else n * _UNITS[unit]
    return (copied_on - timedelta(days=days)).isoformat(), unit in ("week", "semaine")
