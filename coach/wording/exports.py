"""What a LinkedIn export's report says of its files, in the workspace's language.

The importer writes its remarks in English (``--json`` keeps them so); here each one of a
known shape is read back into its parts and said again through :class:`Wording`, whose
catalogue holds the French below (``FRENCH_EXPORTS``, in ``_catalogue()``).
"""

from __future__ import annotations

import re

from coach.wording.wording import Wording

FRENCH_EXPORTS = {
    "{n} other files of the export not used: {names}":
        "{n} autres fichiers de l'export non utilisés : {names}",
    "{n} other file of the export not used: {names}":
        "{n} autre fichier de l'export non utilisé : {names}",
    "{names} and {more} more (`coach import --json` lists them all)":
        "{names} et {more} de plus (`coach import --json` les liste tous)",
    "{n} files are {role}: read {chosen} ({why}), not {others}":
        "{n} fichiers tiennent le rôle de {role} : lu {chosen} ({why}), écarté {others}",
    "{chosen} as {role}": "{chosen} comme {role}",
    "the newest, {when}": "le plus récent, {when}",
    "as new as the others and the nearest the root":
        "aussi récent que les autres et le plus près de la racine",
    "as new as the others and as near the root":
        "aussi récent que les autres et aussi près de la racine",
    "read {chosen} as {role} (its header says so)":
        "lu {chosen} comme {role} (son en-tête l'indique)",
    "skipped {reason} (the other files were read)":
        "laissé de côté : {reason} (les autres fichiers ont été lus)",
    "{file}: no header found; saw columns {saw}; needed {needed}":
        "{file} : aucun en-tête trouvé ; colonnes vues : {saw} ; attendu : {needed}",
    "a note column (Note) and a person column (Profile URL, or First Name and Last Name)":
        "une colonne de note (Note) et une colonne de personne (Profile URL, ou First Name "
        "et Last Name)",
    "{name}: read as UTF-16 ({order}; saved by a spreadsheet program?)":
        "{name} : lu en UTF-16 ({order} ; enregistré par un tableur ?)",
    "{name}: not UTF-8; read as Windows-1252 (saved by Excel?)":
        "{name} : pas en UTF-8 ; lu en Windows-1252 (enregistré par Excel ?)",
    "new connections since the last import: {names}":
        "nouvelles relations depuis le dernier import : {names}",
    "{names} and {more} more": "{names} et {more} de plus",
}

_MORE = re.compile(r"(.+) and (\d[\d,]*) more( \(`coach import --json` lists them all\))?")
_ORDER_FR = {"little-endian": "LE", "big-endian": "BE"}


def _names(text: str, w: Wording) -> str:
    found = _MORE.fullmatch(text)
    if not found:
        return text
    if found.group(3):
        return w("{names} and {more} more (`coach import --json` lists them all)",
                 names=found.group(1), more=found.group(2).replace(",", ""))
    return w("{names} and {more} more", names=found.group(1), more=found.group(2))


def _why(text: str, w: Wording) -> str:
    if text.startswith("the newest, "):
        return w("the newest, {when}", when=text.removeprefix("the newest, "))
    return w(text)


def _needed(text: str, w: Wording) -> str:
    if text.startswith("a note column"):
        return w(text)
    return text.replace(" and ", " et ") if w.french else text


def _reason(text: str, w: Wording) -> str:
    found = re.fullmatch(r"(.+?): no header found; saw columns (.+); needed (.+)", text)
    if not found:
        return text
    return w("{file}: no header found; saw columns {saw}; needed {needed}", file=found.group(1),
             saw=found.group(2), needed=_needed(found.group(3), w))


def _files_not_used(m: re.Match, w: Wording) -> str:
    template = ("{n} other file of the export not used: {names}" if m.group(1) == "1" else
                "{n} other files of the export not used: {names}")
    return w(template, n=w.number(int(m.group(1).replace(",", ""))),
             names=_names(m.group(2), w))


def _chosen(m: re.Match, w: Wording) -> str:
    chosen = m.group(3) if not m.group(4) else w("{chosen} as {role}", chosen=m.group(3),
                                                  role=m.group(4))
    return w("{n} files are {role}: read {chosen} ({why}), not {others}", n=m.group(1),
             role=m.group(2), chosen=chosen, why=_why(m.group(5), w), others=m.group(6))


_SHAPES = (
    (re.compile(r"([\d,]+) other files? of the export not used: (.+)"), _files_not_used),
    (re.compile(r"(\d+) files are (\S+): read (.+?)(?: as (\S+))? \((the newest, [^)]+|as new "
                r"as the others and [^)]+)\), not (.+)"), _chosen),
    (re.compile(r"read (.+) as (\S+) \(its header says so\)"),
     lambda m, w: w("read {chosen} as {role} (its header says so)", chosen=m.group(1),
                    role=m.group(2))),
    (re.compile(r"skipped (.+) \(the other files were read\)"),
     lambda m, w: w("skipped {reason} (the other files were read)",
                    reason=_reason(m.group(1), w))),
    (re.compile(r"(.+): read as UTF-16 \((\S+); saved by a spreadsheet program\?\)"),
     lambda m, w: w("{name}: read as UTF-16 ({order}; saved by a spreadsheet program?)",
                    name=m.group(1), order=_ORDER_FR.get(m.group(2), m.group(2))
                    if w.french else m.group(2))),
    (re.compile(r"(.+): not UTF-8; read as Windows-1252 \(saved by Excel\?\)"),
     lambda m, w: w("{name}: not UTF-8; read as Windows-1252 (saved by Excel?)",
                    name=m.group(1))),
    (re.compile(r"new connections since the last import: (.+)"),
     lambda m, w: w("new connections since the last import: {names}",
                    names=_names(m.group(1), w))),
)


def export_remark(text: str, words: Wording) -> str | None:
    """A remark of a LinkedIn export's report in the language of ``words``; None when it
    is not one of the shapes said here."""
    for pattern, say in _SHAPES:
        found = pattern.fullmatch(text)
        if found:
            return say(found, words)
    return None
