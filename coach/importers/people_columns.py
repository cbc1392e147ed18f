"""The columns of a CSV of people, mapped to what coach keeps by their meaning.

Exports of other tools (Waalaxy, Phantombuster, Lemlist, Dux-Soup, Sales Navigator
scrapers, HubSpot or Salesforce contacts) and hand-made spreadsheets name the same thing
in many ways: ``firstName``, ``First Name``, ``first_name``, ``Prénom``. A header cell is
compared as a *column key* (case, accents, spaces, underscores, dashes and camelCase
ignored) with the synonyms of each field; ``--map COLUMN=FIELD`` decides the rest.

A ``followers`` column is the person's follower *count* in every tool seen: coach keeps who
follows *you* (``follows_me``), not how many follow someone else, so such a column is
listed as not used, with that reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.importers.report import ImportFailure
from coach.naming import fold

FIELDS = {
    "name": "full name",
    "first_name": "first name",
    "last_name": "last name",
    "profile_url": "LinkedIn profile URL",
    "headline": "headline",
    "company": "company",
    "position": "job title",
    "location": "location",
    "email": "email address",
    "degree": "degree shown by LinkedIn (1st, 2nd, 3rd, out of network)",
    "mutual_connections": "number of mutual connections",
    "shared_connections": "names of shared connections, separated by ;",
    "follows_me": "whether the person follows you (yes/no)",
    "tags": "tags, separated by , or ;",
    "note": "a note about the person",
    "observed_on": "the day the row was seen",
}
"""Every field a column can fill, with what it holds (``--map COLUMN=FIELD``)."""

IGNORE = "ignore"
"""``--map COLUMN=ignore``: leave a column out."""

_SYNONYMS = {
    "name": ("name", "full name", "nom complet", "contact name", "person name", "lead name",
             "display name", "profile name", "prenom nom", "nom prenom", "nom et prenom",
             "member name"),
    "first_name": ("first name", "firstname", "given name", "prenom", "first"),
    "last_name": ("last name", "lastname", "surname", "family name", "nom", "nom de famille",
                  "last"),
    "profile_url": ("profile url", "linkedin url", "linkedin profile url", "linkedin profile",
                    "linkedin", "linked in url", "person linkedin url", "public profile url",
                    "default profile url", "linkedin profile link", "profile link",
                    "linkedin link", "lien linkedin", "url linkedin", "url du profil",
                    "lien du profil", "profil linkedin", "profile", "url"),
    "headline": ("headline", "titre", "occupation", "tagline", "linkedin headline",
                 "accroche", "titre du profil"),
    "company": ("company", "company name", "current company", "organization", "organisation",
                "organization name", "employer", "account name", "entreprise", "societe",
                "nom de l entreprise", "entreprise actuelle"),
    "position": ("job title", "title", "position", "poste", "current position", "current title",
                 "job", "role", "fonction", "intitule du poste", "current job title"),
    "location": ("location", "localisation", "city", "ville", "lieu", "region",
                 "mailing city", "country", "pays"),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "work email",
              "professional email", "courriel", "adresse e mail", "adresse email"),
    "degree": ("degree", "connection degree", "degre", "degre de relation", "network distance",
               "distance", "relationship degree"),
    "mutual_connections": ("mutual connections", "mutual connections count",
                           "mutual connection count", "shared connections count",
                           "common connections count", "number of mutual connections",
                           "nombre de relations en commun", "nb relations en commun"),
    "shared_connections": ("shared connection names", "mutual connection names",
                           "named shared connections", "noms des relations en commun"),
    "follows_me": ("follows me", "follows you", "is follower", "is a follower",
                   "follower of mine", "me suit", "vous suit", "abonne a moi"),
    "tags": ("tags", "tag", "labels", "label", "etiquettes", "etiquette"),
    "note": ("note", "notes", "comment", "comments", "commentaire", "commentaires", "memo",
             "remarks"),
    "observed_on": ("observed on", "seen on", "date seen", "vu le", "observe le"),
}
COUNT_OR_NAMES = ("shared connections", "common connections", "relations en commun")
"""Columns that hold a count in some tools and names in others (coach's own search-results
format): read as a count when every cell is a whole number, else as names."""
FOLLOWER_COUNT = ("followers", "followers count", "follower count", "number of followers",
                  "nb followers", "abonnes", "nombre d abonnes", "nb abonnes")

NOT_KNOWN = "no field known by this name"
IGNORED = "ignored by --map"
FOLLOWERS_REASON = ("a follower count: coach keeps who follows you (follows_me), not how many "
                    "follow someone")
TAKEN = "{field} taken from {column}"

_RANK = {key: (name, rank) for name, keys in _SYNONYMS.items()
         for rank, key in enumerate(keys)}
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_PUNCTUATION = re.compile(r"[\W_]+")


def column_key(text: str) -> str:
    """A header cell compared without case, accents, BOM, punctuation or camelCase:
    ``linkedinProfileURL`` → ``linkedin profile url``, ``Prénom`` → ``prenom``."""
    text = _CAMEL.sub(" ", text.replace("\ufeff", "").strip())
    key = " ".join(_PUNCTUATION.sub(" ", fold(text)).split())
    return f" {key} ".replace(" linked in ", " linkedin ").strip()


@dataclass(slots=True)
class ColumnMapping:
    """Which column fills which field, and the columns not used with the reason."""

    columns: list[tuple[str, str]] = field(default_factory=list)
    """(column as written in the file, field), in the file's order."""
    unused: list[tuple[str, str]] = field(default_factory=list)
    """(column as written, why it is not used), in the file's order."""

    positions: dict[str, int] = field(default_factory=dict, repr=False)
    """Field → the position of its column in the header."""

    def has(self, *names: str) -> bool:
        """Whether some column fills one of these fields."""
        return any(name in names for _, name in self.columns)

    def lines(self) -> list[str]:
        """The mapping as report lines, in English."""
        out = ["  columns used:"]
        out += [f"    {column} → {name}" for column, name in self.columns]
        if self.unused:
            out.append("  columns not used: " + "; ".join(
                f"{column} ({why})" for column, why in self.unused))
        return out

    def to_json(self) -> dict:
        """The mapping as plain data."""
        return {"columns": [{"column": c, "field": f} for c, f in self.columns],
                "unused": [{"column": c, "reason": r} for c, r in self.unused]}


def parse_map(texts) -> tuple[tuple[str, str], ...]:
    """``("Col=field", …)`` (from ``--map``, or ``a=b, c=d`` split by the caller) as pairs;
    ImportFailure for a text without ``=`` or a field coach does not know."""
    pairs = []
    for text in texts:
        column, equals, name = text.rpartition("=")
        column, name = column.strip(), name.strip().casefold().replace(" ", "_")
        if not equals or not column or not name:
            raise ImportFailure(f"--map expects COLUMN=FIELD, got {text.strip()!r}")
        if name not in FIELDS and name != IGNORE:
            raise ImportFailure(f"unknown field {name!r} in --map {text.strip()!r}: use "
                                f"{', '.join(FIELDS)} or {IGNORE}")
        pairs.append((column, name))
    return tuple(pairs)


def map_columns(header: list[str], rows: list[list[str]],
                given: tuple[tuple[str, str], ...] = ()) -> ColumnMapping:
    """Map a header (cells as written) to fields: ``given`` pairs first, then synonyms.

    ``rows`` (cells) decide columns that may hold a count or names. ImportFailure when a
    given column is not in the header or a given field is unknown.
    """
    keys = [column_key(cell) for cell in header]
    chosen: dict[int, str] = {}
    reasons: dict[int, str] = {}
    for column, name in parse_map(f"{c}={f}" for c, f in given):
        wanted = column_key(column)
        positions = [i for i, key in enumerate(keys) if key == wanted]
        if not positions:
            shown = ", ".join(cell.strip() for cell in header if cell.strip())
            raise ImportFailure(f"--map names a column the file lacks: {column!r}; its "
                                f"columns: {shown}")
        for position in positions:
            if name == IGNORE:
                reasons[position] = IGNORED
            else:
                chosen[position] = name
    taken = {name: position for position, name in chosen.items()}
    ranked: dict[str, list[tuple[int, int]]] = {}
    for position, key in enumerate(keys):
        if position in chosen or position in reasons:
            continue
        if key in _RANK:
            name, rank = _RANK[key]
        elif key in COUNT_OR_NAMES:
            name, rank = _count_or_names(position, rows), len(_RANK)
        elif key in FOLLOWER_COUNT:
            reasons[position] = FOLLOWERS_REASON
            continue
        else:
            reasons[position] = NOT_KNOWN
            continue
        ranked.setdefault(name, []).append((rank, position))
    for name, candidates in ranked.items():
        candidates.sort()
        if name not in taken:
            taken[name] = candidates.pop(0)[1]
            chosen[taken[name]] = name
        for _, position in candidates:
            reasons[position] = TAKEN.format(field=name, column=header[taken[name]].strip())
    mapping = ColumnMapping()
    for position, cell in enumerate(header):
        if position in chosen:
            mapping.columns.append((cell.strip(), chosen[position]))
            mapping.positions[chosen[position]] = position
        elif cell.strip():
            mapping.unused.append((cell.strip(), reasons.get(position, NOT_KNOWN)))
    return mapping


def _count_or_names(position: int, rows: list[list[str]]) -> str:
    cells = [row[position].strip() for row in rows if position < len(row)]
    numbers = all(cell.replace(",", "").replace(" ", "").isdigit() for cell in cells if cell)
    return "mutual_connections" if numbers and any(cells) else "shared_connections"


def needs_a_name(name: str, header: list[str]) -> ImportFailure:
    """The refusal of a file where no column gives a name or a profile URL."""
    seen = ", ".join(cell.strip() for cell in header if cell.strip()) or "none"
    return ImportFailure(
        f"{name}: no column gives a name or a LinkedIn profile URL (columns seen: {seen}); "
        "needed: a full name, a first and last name, or a profile URL column "
        "(or --map COLUMN=name)")


def identifies_people(mapping: ColumnMapping) -> bool:
    """Whether the mapped columns can tell who each row is."""
    return mapping.has("name", "first_name", "last_name", "profile_url")
