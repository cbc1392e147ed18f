"""A CSV of people in French: the mapping of its columns (in the report and the app's
preview), its counts, remarks and refusals, and the app's import dialog additions."""

from __future__ import annotations

import re

from coach.import_formats import FORMAT_HELP
from coach.wording.typography import fill, french_typography

FRENCH_PEOPLE_CSV = {
    FORMAT_HELP["people"]:
        "n'importe quel CSV de personnes (l'export d'un autre outil, un tableur) : colonnes "
        "reconnues par leur sens, --map COLONNE=CHAMP pour les autres",
    "people csv": "CSV de personnes",
    # the mapping, in the report and the preview
    "  columns used:": "  colonnes utilisées :",
    "  columns not used: {columns}": "  colonnes non utilisées : {columns}",
    "{column} ({why})": "{column} ({why})",
    "no field known by this name": "aucun champ connu sous ce nom",
    "ignored by --map": "ignorée par --map",
    "a follower count: coach keeps who follows you (follows_me), not how many follow someone":
        "un nombre d'abonnés : coach retient qui vous suit (follows_me), pas combien de "
        "personnes suivent quelqu'un",
    "{field} taken from {column}": "{field} pris dans {column}",
    # counts and remarks
    "tags added": "étiquettes ajoutées",
    "rows whose degree or follow waits for 'me'":
        "lignes dont le degré ou l'abonnement attend de savoir qui vous êtes",
    "no 'me' in this workspace yet: degrees, follows and shared connections were not "
    "recorded (import your own network first, then this file again)":
        "personne n'est encore « moi » dans cet espace : les degrés, abonnements et relations "
        "en commun n'ont pas été notés (importez d'abord votre propre réseau, puis ce fichier "
        "à nouveau)",
    # the app's import dialog
    "mapping: column=field, … (for a CSV of people)":
        "correspondance : colonne=champ, … (pour un CSV de personnes)",
    "{name}: {format}, {n} rows. Nothing is written yet: Enter imports; first correct the "
    "mapping below if a column is read wrong (column=field, …).":
        "{name} : {format}, {n} lignes. Rien n'est encore écrit : Entrée importe ; corrigez "
        "d'abord la correspondance ci-dessous si une colonne est mal lue (colonne=champ, …).",
    "{name}: {format}, {n} row. Nothing is written yet: Enter imports; first correct the "
    "mapping below if a column is read wrong (column=field, …).":
        "{name} : {format}, {n} ligne. Rien n'est encore écrit : Entrée importe ; corrigez "
        "d'abord la correspondance ci-dessous si une colonne est mal lue (colonne=champ, …).",
    "  first rows:": "  premières lignes :",
    "Reading {name}…": "Lecture de {name}…",
    "search results": "résultats de recherche",
    "A LinkedIn export (.zip or folder), a coach CSV folder, an edge list (.txt), a GraphML "
    "or GEXF file, a search-results CSV or any CSV of people. The format is recognised "
    "from the file; → completes the path; Tab reaches the options (as `coach import "
    "--format --me --teammate --directed --map`); a CSV of people is shown before it is "
    "imported.":
        "Un export LinkedIn (.zip ou dossier), un dossier CSV de coach, une liste d'arêtes "
        "(.txt), un fichier GraphML ou GEXF, un CSV de résultats de recherche ou n'importe "
        "quel CSV de personnes. Le format est reconnu d'après le fichier ; → complète le "
        "chemin ; Tab mène aux options (comme `coach import --format --me --teammate "
        "--directed --map`) ; un CSV de personnes est montré avant d'être importé.",
}
"""English → French for the CSV of people and its place in the app."""

_SHAPES = (
    (re.compile(r"--map expects COLUMN=FIELD, got '(.*)'"),
     "--map attend COLONNE=CHAMP, pas « {0} »"),
    (re.compile(r"unknown field '(.*)' in --map '(.*)': use (.*) or ignore"),
     "champ inconnu « {0} » dans --map « {1} » : utilisez {2} ou ignore"),
    (re.compile(r"--map names a column the file lacks: '(.*)'; its columns: (.*)"),
     "--map nomme une colonne absente du fichier : « {0} » ; ses colonnes : {1}"),
    (re.compile(r"--map maps the columns of a CSV of people, not of a file of format (\S+)"),
     "--map s'applique aux colonnes d'un CSV de personnes, pas à un fichier au format {0}"),
    (re.compile(r"(.+): no column gives a name or a LinkedIn profile URL \(columns seen: (.*)\);"
                r" needed: a full name, a first and last name, or a profile URL column "
                r"\(or --map COLUMN=name\)"),
     ("{0} : aucune colonne ne donne un nom ou une URL de profil LinkedIn (colonnes vues : "
      "{1}) ; il faut une colonne de nom complet, de prénom et nom, ou d'URL de profil (ou "
      "--map COLONNE=name)")),
)


_TAKEN = re.compile(r"(\S+) taken from (.+)")
"""``people_columns.TAKEN``: a field filled by another column."""


def french_mapping_refusal(text: str) -> str | None:
    """A refusal about a CSV of people or ``--map``, in French; None for other sentences."""
    for pattern, template in _SHAPES:
        match = pattern.fullmatch(text)
        if match:
            values = {str(i): value for i, value in enumerate(match.groups())}
            return fill(french_typography(template), values)
    return None


def mapping_lines(mapping, words) -> list[str]:
    """A ``ColumnMapping`` as report lines in the language of ``words``."""
    if not words.french:
        return mapping.lines()

    def why(reason: str) -> str:
        match = _TAKEN.fullmatch(reason)
        if match:
            return words("{field} taken from {column}", field=match[1], column=match[2])
        return words(reason)

    out = [words("  columns used:")]
    out += [f"    {column} → {name}" for column, name in mapping.columns]
    if mapping.unused:
        out.append(words("  columns not used: {columns}", columns="\u00a0; ".join(
            words("{column} ({why})", column=column, why=why(reason))
            for column, reason in mapping.unused)))
    return out


def preview_lines(preview, words) -> list[str]:
    """An ``ImportPreview`` of a CSV of people as lines: what it is, how many rows, the
    mapping, the first rows; then that Enter imports it."""
    out = [words.count(preview.rows,
                       "{name}: {format}, {n} row. Nothing is written yet: Enter imports; "
                       "first correct the mapping below if a column is read wrong "
                       "(column=field, …).",
                       "{name}: {format}, {n} rows. Nothing is written yet: Enter imports; "
                       "first correct the mapping below if a column is read wrong "
                       "(column=field, …).",
                       name=preview.file, format=words.known(preview.name))]
    out += mapping_lines(preview.mapping, words)
    if preview.first_rows:
        out.append(words("  first rows:"))
        out += ["    " + " · ".join(value for value in row.values() if value)
                for row in preview.first_rows]
    return out
