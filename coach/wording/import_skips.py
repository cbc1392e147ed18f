"""Why an import skipped a row, in the workspace's language.

The importers write a skipped row as ``file:line: reason`` in English (``coach import
--json`` keeps it so). Here the ``file:line:`` stays as it is and a reason of a known shape
is said again through :class:`Wording`, whose catalogue holds the French below
(``FRENCH_IMPORT_SKIPS``, in ``_catalogue()``). The keys are the reasons as the importers
write them, a value shown between quotes written ``'{name}'`` (the importers write its
``repr``); a reason of another shape stays as it is, never half translated.
"""

from __future__ import annotations

import ast
import re
import string
from functools import lru_cache

from coach.wording.wording import Wording

FRENCH_IMPORT_SKIPS = {
    # coach.importers.linkedin_csv: dates
    "unknown month '{month}'": "mois inconnu « {month} »",
    "hour {hour} with {meridiem}": "heure {hour} impossible avec {meridiem}",
    "impossible date '{text}' ({why})": "date impossible « {text} » ({why})",
    "unreadable date '{text}' (expected e.g. 09 May 2023, 1/8/18, 6:14 PM, 5-May-23 or "
    "2025-03-07 11:13:51 UTC)":
        "date illisible « {text} » (formes attendues par exemple : 09 May 2023, 1/8/18, "
        "6:14 PM, 5-May-23 ou 2025-03-07 11:13:51 UTC)",
    "not a date: '{text}' (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)":
        "date illisible « {text} » (attendu : AAAA-MM-JJ ou AAAA-MM-JJTHH:MM)",
    # what Python's datetime says of an impossible date
    "day is out of range for month": "ce jour n'existe pas dans ce mois",
    "month must be in 1..12": "le mois va de 1 à 12",
    "hour must be in 0..23": "l'heure va de 0 à 23",
    "minute must be in 0..59": "la minute va de 0 à 59",
    "second must be in 0..59": "la seconde va de 0 à 59",
    # coach.importers.csv_records: a quote that never closes
    "a quote opened here never closes: the next {n} row(s) were read into this one; this "
    "row is skipped and the rows after it are read again (one)":
        "un guillemet ouvert ici ne se ferme jamais : la ligne suivante a été lue dans "
        "celle-ci ; cette ligne est ignorée et la suivante est relue",
    "a quote opened here never closes: the next {n} row(s) were read into this one; this "
    "row is skipped and the rows after it are read again":
        "un guillemet ouvert ici ne se ferme jamais : les {n} lignes suivantes ont été lues "
        "dans celle-ci ; cette ligne est ignorée et les suivantes sont relues",
    # a LinkedIn export's Connections.csv, Invitations.csv, Member_Follows.csv, Notes.csv,
    # messages.csv
    "{n} fields where the header has {width} (an unquoted comma?)":
        "{n} champs alors que l'en-tête en a {width} (une virgule hors guillemets ?)",
    "not a LinkedIn profile URL: '{url}'": "pas une URL de profil LinkedIn : « {url} »",
    "no name and no profile URL: cannot tell who this is":
        "ni nom ni URL de profil : impossible de savoir de qui il s'agit",
    "no name and no profile URL": "ni nom ni URL de profil",
    "this row is the export's owner": "cette ligne vous désigne (l'export est le vôtre)",
    "direction must be OUTGOING or INCOMING, got '{value}'":
        "le sens doit être `OUTGOING` ou `INCOMING`, pas « {value} »",
    "an invitation with the export's owner": "une invitation avec vous-même",
    "status must be Active or Unfollow, got '{value}'":
        "le statut doit être `Active` ou `Unfollow`, pas « {value} »",
    "no name": "aucun nom",
    "{n} people are named '{name}' ({ids}): follow not recorded":
        "{n} personnes s'appellent « {name} » ({ids}) : abonnement non noté",
    "{n} people are named '{name}'": "{n} personnes s'appellent « {name} »",
    "no known person '{name}'": "aucune personne connue ne correspond à « {name} »",
    "no date (a note needs the day it was written)":
        "aucune date (une note a besoin du jour où elle a été écrite)",
    "{n} people are named '{name}'; message not attributed":
        "{n} personnes s'appellent « {name} » ; message non attribué",
    # a CSV of people, search results
    "not an email address: '{value}'": "pas une adresse e-mail : « {value} »",
    "{n} people are named '{name}': add the profile_url":
        "{n} personnes s'appellent « {name} » : ajoutez la colonne profile_url",
    "mutual_connections must be a whole number, got '{value}'":
        "mutual_connections doit être un nombre entier, pas « {value} »",
    "follows_me must be yes or no, got '{value}'":
        "follows_me doit valoir oui ou non, pas « {value} »",
    "this row is you": "cette ligne vous désigne",
    "unknown degree '{value}': use 1, 2, 3 or out":
        "degré inconnu « {value} » : écrivez 1, 2, 3 ou `out`",
    "a search result is 1st, 2nd, 3rd or out of network, not you":
        "un résultat de recherche est au 1er, 2e ou 3e degré ou hors réseau, jamais vous",
    "shared connections listed for a {degree} degree result: only 2nd-degree results share "
    "connections; names ignored":
        "relations en commun indiquées pour un résultat au {degree} degré : seuls les "
        "résultats au 2e degré en ont ; noms ignorés",
    "shared connections listed for a person without a degree: only 2nd-degree results "
    "share connections; names ignored":
        "relations en commun indiquées pour une personne sans degré : seuls les résultats "
        "au 2e degré en ont ; noms ignorés",
    # GraphML and GEXF files
    "node '{node}': {why}": "nœud « {node} » : {why}",
    "degree_hint cannot be 'me'": "degree_hint ne peut pas valoir « me »",
    "edge '{a}'→'{b}': status must be active or unfollowed, got '{value}'":
        "arête « {a} »→« {b} » : le statut doit être `active` ou `unfollowed`, "
        "pas « {value} »",
    "edge '{a}'–'{b}': kind must be connection or follow, got '{value}'":
        "arête « {a} »–« {b} » : le type doit être `connection` ou `follow`, "
        "pas « {value} »",
    # a coach CSV folder or JSON export
    "empty key": "clé vide",
    "key '{key}' appears twice": "la clé « {key} » apparaît deux fois",
    "expected yes or no, got '{value}'": "oui ou non attendu, pas « {value} »",
    "unknown person key '{key}' (not in people.csv)":
        "clé de personne inconnue « {key} » (absente de people.csv)",
    "missing column {column}": "colonne `{column}` manquante",
    "a person cannot be connected to themselves":
        "une personne ne peut pas être en relation avec elle-même",
    "status must be active or unfollowed, got '{value}'":
        "le statut doit être `active` ou `unfollowed`, pas « {value} »",
    "direction must be out or in, got '{value}'":
        "le sens doit être `out` ou `in`, pas « {value} »",
    "empty kind": "type vide",
    "empty date in column {column}": "date vide dans la colonne `{column}`",
    "status must be one of {statuses}, got '{value}'":
        "le statut doit être l'un de ceux-ci : {statuses}, pas « {value} »",
    "not an object": "pas un objet",
    # pasted pages
    "{block}: '{text}'": "{block} : « {text} »",
    "a LinkedIn Member: no name shown, not imported":
        "un Membre LinkedIn : aucun nom affiché, non importé",
    "this is you": "c'est vous",
    "already one of your connections: the invitation is not recorded":
        "déjà parmi vos relations : l'invitation n'est pas notée",
    "not a 1st-degree connection: not one of the connections you share":
        "pas une relation de 1er degré : pas l'une des relations que vous avez en commun",
    "the person whose mutual connections these are":
        "la personne dont ce sont les relations en commun",
    "{n} people are named '{name}': which one the page means cannot be told, not recorded":
        "{n} personnes s'appellent « {name} » : impossible de savoir laquelle la page "
        "désigne, non notée",
}
"""English → French for the reasons of the rows an import skipped."""

_QUOTED = r"(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|None)"
_NUMBERS = {"n", "width", "hour"}
_DEGREES_FR = {"1st": "1er", "2nd": "2e", "3rd": "3e", "3rd+": "3e et +"}
_SWALLOWED = ("a quote opened here never closes: the next {n} row(s) were read into this "
              "one; this row is skipped and the rows after it are read again")


def _pattern(template: str) -> re.Pattern:
    """The regular expression of an English reason: ``'{x}'`` a Python repr, ``{n}`` a
    number, any other field some text."""
    parts = []
    after_quote = False
    for literal, field, _, _ in string.Formatter().parse(template):
        if after_quote:
            literal = literal[1:]
        quoted = field is not None and literal.endswith("'")
        if quoted:
            literal = literal[:-1]
        parts.append(re.escape(literal))
        after_quote = quoted
        if field is None:
            continue
        if quoted:
            parts.append(f"(?P<{field}>{_QUOTED})")
        elif field in _NUMBERS:
            parts.append(f"(?P<{field}>\\d[\\d,]*)")
        else:
            parts.append(f"(?P<{field}>.+?)")
    return re.compile("".join(parts))


@lru_cache(maxsize=1)
def _shapes() -> tuple[tuple[re.Pattern, str], ...]:
    templates = [key for key in FRENCH_IMPORT_SKIPS if not key.endswith("(one)")]
    # the longest first, so that "…: follow not recorded" wins over "{n} people are named"
    return tuple((_pattern(key), key) for key in sorted(templates, key=len, reverse=True))


def _value(field: str, text: str, w: Wording) -> str | None:
    """A field's value as shown in French (None: the reason is of no known shape)."""
    if text.startswith(("'", '"')):
        try:
            return str(ast.literal_eval(text))
        except (ValueError, SyntaxError):
            return text
    if field == "why":
        said = skip_reason(text, w)
        said = said if said != text else w.known(text)
        return said if said != text else None
    if field == "block":
        known = w.known(text)
        return known if known != text else None
    if field in _NUMBERS:
        return w.number(int(text.replace(",", "")))
    if field == "statuses":
        return ", ".join(f"`{status}`" for status in text.split(", "))
    if field == "degree":
        return _DEGREES_FR.get(text, text)
    return text


def skip_reason(text: str, words: Wording) -> str:
    """Why a row was skipped, in the language of ``words`` (as written when its shape is
    not known)."""
    if not words.french:
        return text
    for pattern, template in _shapes():
        found = pattern.fullmatch(text)
        if found is None:
            continue
        values = {}
        for field, value in found.groupdict().items():
            shown = _value(field, value, words)
            if shown is None:
                break
            values[field] = shown
        else:
            if template == _SWALLOWED:
                n = int(values["n"].replace(",", ""))
                return words.count(n, _SWALLOWED + " (one)", _SWALLOWED)
            return words(template, **values)
    return text


def skipped_row(row, words: Wording) -> str:
    """A :class:`coach.importers.report.SkippedRow` as a line: ``file:line:`` as it is, the
    reason in the language of ``words``."""
    reason, where = skip_reason(row.reason, words), words.known(row.file)  # "pasted text"
    return f"{where}:{row.line}: {reason}" if row.line else f"{where}: {reason}"
