"""What an import took and what an export wrote, in the workspace's language.

The importers name their counts in English ("people added", "notes.csv rows read") and
``--json`` keeps those names; in French they are said again here. Rows skipped keep their
``file:line:`` and say their reason again when its shape is known
(:mod:`coach.wording.import_skips`); so do remarks (:mod:`coach.wording.import_remarks`).
"""

from __future__ import annotations

import re

from coach.wording.exports import export_remark
from coach.wording.import_remarks import import_format, import_remark
from coach.wording.import_skips import skipped_row
from coach.wording.outcomes import said
from coach.wording.people_csv import mapping_lines
from coach.wording.typography import french_typography
from coach.wording.wording import Wording

COUNTS_FR = {
    "people added": "personnes ajoutées",
    "people updated": "personnes mises à jour",
    "people rows read": "lignes de personnes lues",
    "connections added": "relations ajoutées",
    "connections already known": "relations déjà connues",
    "follows read": "abonnements lus",
    "follows added": "abonnements ajoutés",
    "follows already known": "abonnements déjà connus",
    "follows added or changed": "abonnements ajoutés ou modifiés",
    "follows recorded or changed": "abonnements notés ou modifiés",
    "ambiguous follows (several people with the name)":
        "abonnements ambigus (plusieurs personnes de ce nom)",
    "group memberships read": "appartenances à un groupe lues",
    "interactions added": "échanges ajoutés",
    "invitations read": "invitations lues",
    "invitations added": "invitations ajoutées",
    "invitations now accepted": "invitations désormais acceptées",
    "invitations no longer pending (withdrawn or ignored)":
        "invitations qui n'attendent plus (retirées ou ignorées)",
    "notes added": "notes ajoutées",
    "connections no longer in this export (kept)":
        "relations qui ne figurent plus dans cet export (conservées)",
    "people whose company or position changed": "personnes qui ont changé d'entreprise ou de poste",
    "degree hints read": "indices de degré lus",
    "degree hints recorded": "indices de degré notés",
    "edges read": "arêtes lues",
    "edge lines read": "lignes d'arêtes lues",
    "edges already known": "arêtes déjà connues",
    "nodes read": "nœuds lus",
    "self-loops ignored": "boucles ignorées",
    "duplicate edges merged": "arêtes en double fusionnées",
    "comment or blank lines": "lignes vides ou de commentaire",
    "search results read": "résultats de recherche lus",
    "shared connections added": "relations en commun ajoutées",
    "shared connections not matched": "relations en commun non retrouvées",
    "hidden members (rows blank but the date)": "membres masqués (lignes vides sauf la date)",
    "rows repeating a member already in the file": "lignes répétant un membre déjà lu",
    "profile URLs learnt from messages": "URL de profil apprises des messages",
    "teammate connected to you": "membre de votre équipe mis en relation avec vous",
    "messages ignored (drafts, spam, sponsored, LinkedIn Member)":
        "messages ignorés (brouillons, spam, sponsorisés, Membre LinkedIn)",
    "message interactions added": "échanges par message ajoutés",
    "message interactions already known": "échanges par message déjà connus",
    "messages with someone not found by name": "messages avec une personne introuvable par son nom",
}

EXPORTED_FR = {"people": "personnes", "connections": "relations", "follows": "abonnements",
               "groups": "groupes", "interactions": "échanges", "invitations": "invitations",
               "notes": "notes", "degree_hints": "indices de degré"}


def count_label(label: str, words: Wording) -> str:
    """An import's count ("people added"), in words."""
    if not words.french:
        return label
    if label in COUNTS_FR:
        return french_typography(COUNTS_FR[label])
    if words.known(label) != label:
        return words.known(label)
    if match := re.fullmatch(r"(\S+) rows read", label):
        return f"lignes lues dans {match.group(1)}"
    return words.known(label)


def _counts(counts: dict[str, int], words: Wording, labels: dict[str, str]) -> list[str]:
    shown = {labels.get(name, name): amount for name, amount in counts.items()}
    width = max((len(name) for name in shown), default=0)
    return [f"  {name:<{width}}  {words.number(amount):>9}" for name, amount in shown.items()]


def import_lines(report, words: Wording) -> list[str]:
    """An :class:`coach.importers.ImportReport` as lines (in English, ``report.lines()``)."""
    if not words.french:
        return report.lines()
    w = words
    out = [w("Imported {source} ({format})", source=w.known(report.source),
             format=import_format(report.format, w))]
    if report.mapping is not None:
        out += mapping_lines(report.mapping, w)
    out += _counts(report.counts, w, {name: count_label(name, w) for name in report.counts})
    if report.skipped:
        out.append(w("  rows skipped: {n}", n=w.number(len(report.skipped))))
        out += [f"    {skipped_row(row, w)}" for row in report.skipped[:20]]
        if len(report.skipped) > 20:
            out.append(w("    … and {n} more", n=w.number(len(report.skipped) - 20)))
    out += [f"  {remark_words(remark, w)}" for remark in report.remarks]
    return out


def remark_words(remark: str, words: Wording) -> str:
    """A remark of an import's report in words: one of the importers' shapes, else the
    catalogue's or the domain's (:func:`said`); a remark of no known shape stays as
    written (never given French spacing inside an English sentence)."""
    known = import_remark(remark, words) or export_remark(remark, words)
    if known is not None:
        return known
    out = said(remark, words)
    unknown = re.sub(r"[ \u00a0\u202f]*: ", "\u00a0: ", remark, count=1)
    return remark if out == unknown and out != remark else out


def export_lines(path, kind: str, counts: dict[str, int], words: Wording) -> list[str]:
    """What ``coach export`` wrote: where, in which format, and how many of each."""
    labels = {name: french_typography(EXPORTED_FR.get(name, name)) if words.french else name
              for name in counts}
    head = words("Exported to {path} ({kind})", path=path, kind=kind)
    if not words.french:
        width = max(len(name) for name in counts)
        return [head, *(f"  {name:<{width}}  {amount:>9,}" for name, amount in counts.items())]
    return [head, *_counts(counts, words, labels)]
