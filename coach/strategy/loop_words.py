"""Open loops in words, in English and in French (no-break spaces before : ; ? !)."""

from __future__ import annotations

from coach.strategy.open_loops import OpenLoop

NBSP = "\u00a0"

HEADINGS = {
    "en": {"title": "Waiting on you", "none": "Nothing is waiting on you."},
    "fr": {"title": "Ce qui vous attend", "none": "Rien ne vous attend."},
}
"""The list's heading and what it says when it is empty."""

_PHRASES = {
    "en": {
        "reply": "Reply to {name}: they wrote {ago}{asks}",
        "invitation_received": "Answer {name}’s invitation: it has waited {for_days}",
        "reminder": "Reminder about {name}, {due}: {detail}",
        "welcome": "Welcome {name}: you connected {ago} and have not written yet",
        "thank_introduction": "Thank {name} for the introduction they made {ago}",
        "stale_invitation": "Your invitation to {name} has waited {for_days}: withdraw it, "
                            "or follow up another way",
        "keep_in_touch": "Get back in touch with {name}: nothing for {for_days}, and you "
                         "meant to be in touch every {every}",
    },
    "fr": {
        "reply": f"Répondre à {{name}}{NBSP}: message reçu {{ago}}{{asks}}",
        "invitation_received": f"Répondre à l’invitation {{de_name}}{NBSP}: elle attend "
                               f"depuis {{for_days}}",
        "reminder": f"Rappel pour {{name}}, {{due}}{NBSP}: {{detail}}",
        "welcome": f"Souhaiter la bienvenue à {{name}}{NBSP}: relation faite {{ago}}, sans "
                   "message depuis",
        "thank_introduction": "Remercier {name} pour la mise en relation faite {ago}",
        "stale_invitation": f"Votre invitation à {{name}} attend depuis {{for_days}}{NBSP}: "
                            "retirez-la, ou relancez autrement",
        "keep_in_touch": f"Reprendre contact avec {{name}}{NBSP}: rien depuis {{for_days}}, "
                         "pour un rythme voulu de {every}",
    },
}


def describe(loop: OpenLoop, language: str = "en") -> str:
    """One open loop as a sentence."""
    words = _PHRASES["fr" if language == "fr" else "en"]
    french = language == "fr"
    days = loop.days
    asks = ""
    if loop.kind == "reply" and loop.detail.rstrip().endswith("?"):
        asks = " (une question)" if french else " and asked a question"
    return words[loop.kind].format(
        name=loop.name, de_name=of_name(loop.name), ago=ago(days, french),
        for_days=count_days(days, french), every=count_days(loop.every, french),
        due=due(days, french), detail=loop.detail, asks=asks)


def ago(days: int | None, french: bool) -> str:
    """"today", "yesterday", "12 days ago" (French: "aujourd’hui", "hier", "il y a 12 jours")."""
    if days is None:
        return "un jour" if french else "some time ago"
    if days <= 0:
        return "aujourd’hui" if french else "today"
    if days == 1:
        return "hier" if french else "yesterday"
    return f"il y a {days}{NBSP}jours" if french else f"{days} days ago"


def count_days(days: int | None, french: bool) -> str:
    """"1 day", "12 days" (French: "1 jour", "12 jours"; singular for 0 and 1)."""
    days = 0 if days is None else abs(days)
    if french:
        return f"{days}{NBSP}jour" + ("" if days <= 1 else "s")
    return f"{days} day" + ("" if days == 1 else "s")


def due(days: int | None, french: bool) -> str:
    """When a reminder is due: today, or how overdue it is."""
    if not days:
        return "pour aujourd’hui" if french else "due today"
    if days < 0:
        late = count_days(days, french)
        return f"en retard de {late}" if french else f"{late} overdue"
    return f"dans {count_days(days, french)}" if french else f"due in {count_days(days, french)}"


def of_name(name: str) -> str:
    """French "de" before a name, elided before a vowel: "de Léa", "d’Abdoulaye"."""
    first = name[:1].casefold()
    return f"d’{name}" if first and first in "aeiouyàâäéèêëîïôöûüù" else f"de {name}"
