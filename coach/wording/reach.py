"""Reaching into a company, a role or a city, in French, keyed by the English text: ``coach
reach``, the coach pane's answer and the app's reach screen."""

from __future__ import annotations

from coach.model import Degree
from coach.wording.vocabulary import degree_words
from coach.wording.wording import Wording

MATCH_KINDS_EN = {"company": "company", "role": "role", "city": "city"}
MATCH_KINDS_FR = {"company": "entreprise", "role": "poste", "city": "ville"}


def matched_words(kinds, words: Wording) -> str:
    """What a person matched on, in words: "company, city" / "entreprise, ville"."""
    table = MATCH_KINDS_FR if words.french else MATCH_KINDS_EN
    return ", ".join(table.get(kind, kind) for kind in kinds)


def reach_summary(found, words: Wording) -> str:
    """"“Cartalis”: 10 people known (1st degree: 8 · 2nd degree: 2)." (a ``Reach``)."""
    if not found.total:
        return words("No one known matches “{text}” as a company, a role or a city.",
                     text=found.text)
    parts = [words("{degree}: {n}", degree=degree_words(degree, words.language),
                   n=words.number(count))
             for degree, count in found.counts.items() if count]
    return words.count(found.total, "“{text}”: {n} person known ({parts}).",
                       "“{text}”: {n} people known ({parts}).", text=found.text,
                       parts=" · ".join(parts))


def work_line(contact: dict) -> str:
    """"Senior Product Manager · Cartalis · Lyon": the position, the company and the city
    (a location's first part: "Lyon, Auvergne-Rhône-Alpes, France" is "Lyon")."""
    city = (contact.get("location") or "").split(",")[0].strip()
    return " · ".join(part for part in (contact.get("position"), contact.get("company"), city)
                      if part)


def how_to_reach(person, w: Wording) -> str:
    """"ask Pauline Roux · teammate Carla Rossi can help" (nothing at the 1st degree)."""
    if person.degree is Degree.FIRST:
        return ""
    introducer, teammate = person.introducer, person.teammate
    if introducer is not None and teammate is not None and introducer.id == teammate.id:
        return w("ask {name}, your teammate", name=introducer.name)
    parts = [w("ask {name}", name=introducer.name) if introducer
             else w("no introducer known")]
    if teammate is not None:
        parts.append(w("teammate {name} can help", name=teammate.name))
    return " · ".join(parts)


FRENCH_REACH: dict[str, str] = {
    # the service's refusal, said again in the workspace's language
    "say what to reach: a company, a role or a city (`coach reach Cartalis`)":
        "dites ce que vous cherchez : une entreprise, un poste ou une ville "
        "(`coach reach Cartalis`)",
    # coach reach
    "No one known matches “{text}” as a company, a role or a city.":
        "Aucune personne connue ne correspond à « {text} » (entreprise, poste ou ville).",
    "{degree}: {n}": "{degree} : {n}",
    "“{text}”: {n} person known ({parts}).": "« {text} » : {n} personne connue ({parts}).",
    "“{text}”: {n} people known ({parts}).": "« {text} » : {n} personnes connues ({parts}).",
    "  … and {n} more (--limit)": "  … et {n} de plus (--limit)",
    "ask {name}": "demandez à {name}",
    "ask {name}, your teammate": "demandez à {name}, de votre équipe",
    "no introducer known": "personne pour vous présenter",
    "teammate {name} can help": "{name}, de votre équipe, peut aider",
    # the coach pane
    "People you know matching “{text}” ({n} person), nearest first:":
        "Personnes connues correspondant à « {text} » ({n} personne), de la plus proche à la "
        "plus éloignée :",
    "People you know matching “{text}” ({n} people), nearest first:":
        "Personnes connues correspondant à « {text} » ({n} personnes), de la plus proche à la "
        "plus éloignée :",
    "  {degree}: {names}": "  {degree} : {names}",
    "    {name} — ask {introducer} for an introduction":
        "    {name} — demandez à {introducer} de vous présenter",
    "    {name} — ask {introducer} for an introduction; teammate {teammate} can help":
        "    {name} — demandez à {introducer} de vous présenter ; {teammate}, de "
        "votre équipe, peut aider",
    "    {name} — ask {introducer}, your teammate, for an introduction":
        "    {name} — demandez à {introducer}, de votre équipe, de vous présenter",
    "  {degree}:": "  {degree} :",
    "    {name} — no introducer known": "    {name} — personne pour vous présenter",
    "  and {n} more: `coach reach {text}` lists everyone":
        "  et {n} de plus : `coach reach {text}` liste tout le monde",
    "No one you know matches “{text}” as a company, a role or a city.":
        "Personne de votre réseau ne correspond à « {text} » (entreprise, poste ou ville).",
    # the app
    "Reach a company": "Atteindre une entreprise",
    "who you know at a company, in a role or a city":
        "qui vous connaissez dans une entreprise, à un poste ou dans une ville",
    "A company, a role or a city (Enter looks, Esc closes)":
        "Une entreprise, un poste ou une ville (Entrée cherche, Échap ferme)",
    "Doctolib, product manager, Lyon…": "Doctolib, product manager, Lyon…",
    "Looking…": "Recherche…",
    "Enter on a person shows them in the list.":
        "Entrée sur une personne l'affiche dans la liste.",
    "Matched on": "Trouvé par",
    "Work": "Travail",
    "How to reach": "Comment l'atteindre",
}
