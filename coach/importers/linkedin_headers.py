"""The columns of LinkedIn export files, matched by meaning rather than by exact text.

A header cell is compared without case, accents, spaces, underscores, hyphens or a BOM
(``First_Name``, ``FirstName`` and ``first name`` are one column), and through the
synonyms below: names that other exports, spreadsheets and LinkedIn's localised French
exports give the same column. Each synonym is one a person or a tool writes for exactly
that meaning; nothing ambiguous (a bare ``Name``, ``Date``) is mapped to a person's
column. A column matched becomes the name the importers use (``first name``,
``url``…); other columns keep their own key and are ignored by the importers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

Meanings = Mapping[str, tuple[str, ...]]
"""A column's name as the importers use it → the other names it is known by."""

PERSON: Meanings = {
    "first name": ("firstname", "first", "given name", "forename", "connection first name",
                   "prénom", "prenom"),
    "last name": ("lastname", "last", "surname", "family name", "connection last name", "nom",
                  "nom de famille"),
    "url": ("profile url", "connection profile url", "linkedin url", "linkedin profile url",
            "linkedin profile", "profile link", "public profile url", "url du profil",
            "lien du profil", "profil linkedin"),
}

CONNECTIONS: Meanings = {
    **PERSON,
    "email address": ("email", "e-mail", "e-mail address", "mail", "adresse e-mail",
                      "adresse email", "adresse électronique", "courriel"),
    "company": ("organization", "organisation", "company name", "employer", "entreprise",
                "société", "organisation actuelle"),
    "position": ("title", "job title", "poste", "intitulé du poste", "fonction"),
    "connected on": ("connection date", "connected", "connected at", "date connected",
                     "date de connexion", "relation établie le", "connecté le",
                     "date de mise en relation"),
}

INVITATIONS: Meanings = {
    "from": (), "to": (), "sent at": ("sent on", "sent date", "date sent"),
    "message": (), "direction": (),
    "inviterprofileurl": (), "inviteeprofileurl": (),
}

FOLLOWS: Meanings = {"date": (), "status": (), "fullname": ("member name",)}

MESSAGES: Meanings = {
    name: () for name in (
        "conversation id", "conversation title", "from", "sender profile url", "to",
        "recipient profile urls", "date", "subject", "content", "folder", "direction",
        "is message draft", "is conversation draft")
}

PROFILE: Meanings = {**PERSON, "headline": (), "geo location": ("location",)}


def header_key(text: str) -> str:
    """A header cell compared without case, BOM, underscores or extra spaces."""
    return " ".join(text.replace("\ufeff", "").replace("_", " ").strip().lower().split())


def _compact(text: str) -> str:
    """A name without case, accents or anything but letters and digits."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in plain if not unicodedata.combining(c)))


def _lookup(meanings: Meanings) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, synonyms in meanings.items():
        for other in (name, *synonyms):
            found.setdefault(_compact(other), name)
    return found


_LOOKUPS: dict[int, dict[str, str]] = {}


def canonical_header(cells: Iterable[str], meanings: Meanings | None) -> list[str]:
    """Header cells as the importers name them; the first column of a meaning wins, the
    others (and columns of no known meaning) keep their own key."""
    keys = [header_key(cell) for cell in cells]
    if meanings is None:
        return keys
    lookup = _LOOKUPS.get(id(meanings))
    if lookup is None:
        lookup = _LOOKUPS[id(meanings)] = _lookup(meanings)
    taken: set[str] = set()
    out = []
    for key in keys:
        name = lookup.get(_compact(key))
        if name is None or name in taken:
            out.append(key)
        else:
            taken.add(name)
            out.append(name)
    return out


def shown(columns: Iterable[str]) -> str:
    """Column names as a person reads them: ``First Name and Last Name``."""
    names = [" ".join(word.upper() if word == "url" else word.capitalize()
                      for word in column.split()) for column in columns]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"
