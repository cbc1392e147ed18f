"""What an import remarks (who "you" are, what was not recorded…), in the workspace's language.

The importers write their remarks in English (``coach import --json`` keeps them so); here
each one of a known shape is read back into its parts and said again through
:class:`Wording`, whose catalogue holds the French below (``FRENCH_IMPORT_REMARKS``, in
``_catalogue()``), as :mod:`coach.wording.exports` does for a LinkedIn export's files.
"""

from __future__ import annotations

import re

from coach.wording.typography import french_typography
from coach.wording.wording import Wording

FRENCH_IMPORT_REMARKS = {
    "{n} person you follow but not known before: added by name ({file} has no profile URL)":
        "{n} personne que vous suivez, inconnue jusqu'ici : ajoutée d'après son nom ({file} "
        "ne donne pas d'URL de profil)",
    "{n} people you follow but not known before: added by name ({file} has no profile URL)":
        "{n} personnes que vous suivez, inconnues jusqu'ici : ajoutées d'après leur nom "
        "({file} ne donne pas d'URL de profil)",
    "ambiguous follows, not recorded: {names}": "abonnements ambigus, non notés : {names}",
    "you: {name}": "vous : {name}",
    "you: {name} (from {file})": "vous : {name} (d'après {file})",
    "the export does not name its owner: you are recorded as 'Me' (re-import with --me "
    "\"Your Name\" to set your name)":
        "l'export ne dit pas à qui il appartient : votre nom est noté « Me » (importez-le à "
        "nouveau avec `--me \"Prénom Nom\"` pour donner votre nom)",
    "{name} is your teammate: their connections are recorded with the source '{source}' and "
    "can be reached through them (ask {name} for introductions)":
        "{name} fait partie de votre équipe : ses relations sont notées avec la source "
        "« {source} » et sont joignables par son intermédiaire (demandez des mises en "
        "relation à {name})",
    "note: {file} names {found}, not {name}: is this {name}'s export?":
        "attention : {file} nomme {found}, pas {name} : est-ce bien l'export de {name} ?",
    "me: node {node}": "vous : nœud {node}",
    "shared connections not matched by name: {names}":
        "relations en commun non retrouvées par leur nom : {names}",
    "{name} (not among your connections)": "{name} (pas parmi vos relations)",
    "{name} ({n} of your connections have this name)":
        "{name} ({n} de vos relations portent ce nom)",
    "messages: {n} person, {m} of them replied": "messages : {n} personne, {replied}",
    "messages: {n} people, {m} of them replied": "messages : {n} personnes, {replied}",
    "none of them replied": "aucune n'a répondu",
    "{m} of them replied (one)": "dont {m} a répondu",
    "{m} of them replied": "dont {m} ont répondu",
    "{n} row of {file} with only a date: members who hid their details or left LinkedIn; "
    "counted, not imported":
        "{n} ligne de {file} avec une date seulement : un membre qui a masqué ses "
        "informations ou quitté LinkedIn ; comptée, non importée",
    "{n} rows of {file} with only a date: members who hid their details or left LinkedIn; "
    "counted, not imported":
        "{n} lignes de {file} avec une date seulement : des membres qui ont masqué leurs "
        "informations ou quitté LinkedIn ; comptées, non importées",
    # what was imported, and a count the pasted followers give
    "linkedin export": "export LinkedIn",
    "linkedin export of teammate {name}": "export LinkedIn de {name}, de votre équipe",
    "coach csv": "CSV de coach",
    "coach json": "JSON de coach",
    "pasted text": "texte collé",
    "pasted connections": "page des relations collée",
    "pasted followers": "page des abonnés collée",
    "pasted invitations": "gestionnaire d'invitations collé",
    "pasted search results": "résultats de recherche collés",
    "followers read": "abonnés lus",
}
"""English → French for the remarks of every importer (``report.remarks``), the formats
they name and the counts not said in :mod:`coach.wording.imports`."""

_NUMBER = r"(\d[\d,]*)"
_MISSING = re.compile(r"(.+?) \((?:(not among your connections)|(\d+) of your connections "
                      r"have this name)\)")


def _amount(text: str) -> int:
    return int(text.replace(",", ""))


def _missing(text: str, w: Wording) -> str:
    """``Ana (not among your connections); Bo (2 of your connections have this name) …``"""
    tail = " …" if text.endswith(" …") else ""
    parts = []
    for part in text.removesuffix(" …").split("; "):
        found = _MISSING.fullmatch(part)
        if found is None:
            parts.append(part)
        elif found.group(2):
            parts.append(w("{name} (not among your connections)", name=found.group(1)))
        else:
            parts.append(w("{name} ({n} of your connections have this name)",
                           name=found.group(1), n=found.group(3)))
    return w.typography(" ; ").join(parts) + tail if w.french else "; ".join(parts) + tail


def _follows(m: re.Match, w: Wording) -> str:
    n = _amount(m.group(1))
    return w.count(n, "{n} person you follow but not known before: added by name ({file} has "
                      "no profile URL)",
                   "{n} people you follow but not known before: added by name ({file} has "
                   "no profile URL)", file=m.group(2))


def _messages(m: re.Match, w: Wording) -> str:
    n, replied = _amount(m.group(1)), _amount(m.group(2))
    if not w.french:
        return m.group(0)
    said = (w("none of them replied") if replied == 0 else
            w.count(replied, "{m} of them replied (one)", "{m} of them replied",
                    m=w.number(replied)))
    return w.count(n, "messages: {n} person, {m} of them replied",
                   "messages: {n} people, {m} of them replied", m=replied, replied=said)


def _hidden(m: re.Match, w: Wording) -> str:
    return w.count(_amount(m.group(1)),
                   "{n} row of {file} with only a date: members who hid their details or "
                   "left LinkedIn; counted, not imported",
                   "{n} rows of {file} with only a date: members who hid their details or "
                   "left LinkedIn; counted, not imported", file=m.group(2))


def _you(m: re.Match, w: Wording) -> str:
    if m.group(2):
        return w("you: {name} (from {file})", name=m.group(1), file=m.group(2))
    return w("you: {name}", name=m.group(1))


_SHAPES = (
    (re.compile(_NUMBER + r" (?:person|people) you follow but not known before: added by name "
                r"\((\S+) has no profile URL\)"), _follows),
    (re.compile(r"ambiguous follows, not recorded: (.+)"),
     lambda m, w: w("ambiguous follows, not recorded: {names}", names=m.group(1))),
    (re.compile(r"the export does not name its owner: you are recorded as 'Me' \(re-import "
                r"with --me \"Your Name\" to set your name\)"), lambda m, w: w(m.group(0))),
    (re.compile(r"you: (.+?)(?: \(from (\S+)\))?"), _you),
    (re.compile(r"(.+) is your teammate: their connections are recorded with the source "
                r"'(teammate:.+)' and can be reached through them \(ask \1 for "
                r"introductions\)"),
     lambda m, w: w("{name} is your teammate: their connections are recorded with the source "
                    "'{source}' and can be reached through them (ask {name} for "
                    "introductions)", name=m.group(1), source=m.group(2))),
    (re.compile(r"note: (\S+) names (.+), not (.+): is this \3's export\?"),
     lambda m, w: w("note: {file} names {found}, not {name}: is this {name}'s export?",
                    file=m.group(1), found=m.group(2), name=m.group(3))),
    (re.compile(r"me: node (.+)"), lambda m, w: w("me: node {node}", node=m.group(1))),
    (re.compile(r"shared connections not matched by name: (.+)"),
     lambda m, w: w("shared connections not matched by name: {names}",
                    names=_missing(m.group(1), w))),
    (re.compile(r"messages: " + _NUMBER + r" people, " + _NUMBER + " of them replied"),
     _messages),
    (re.compile(_NUMBER + r" rows? of (.+?) with only a date: members who hid their details "
                r"or left LinkedIn; counted, not imported"), _hidden),
)


def import_remark(text: str, words: Wording) -> str | None:
    """A remark of an import's report in the language of ``words``; None when it is not one
    of the shapes said here."""
    for pattern, say in _SHAPES:
        found = pattern.fullmatch(text)
        if found:
            return say(found, words)
    return None


GRAPH_FORMATS_FR = {"edgelist": "liste d'arêtes", "graphml": "GraphML", "gexf": "GEXF"}
"""The graph formats as a report names them (the catalogue's "edgelist" is the import
screen's longer description of the format)."""


def import_format(text: str, words: Wording) -> str:
    """What was imported ("linkedin export", "pasted followers"…) in words."""
    found = re.fullmatch(r"linkedin export of teammate (.+)", text)
    if found:
        return words("linkedin export of teammate {name}", name=found.group(1))
    if words.french and text in GRAPH_FORMATS_FR:
        return french_typography(GRAPH_FORMATS_FR[text])
    return words.known(text)
