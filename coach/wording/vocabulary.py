"""The domain's words in each language: degrees, flags, kinds of move, interactions,
invitation statuses, sorts, limits and scenario steps.

The domain names these things in English (and ``--json`` keeps those names); the front
ends show them through these tables.
"""

from __future__ import annotations

from coach.model import LINKEDIN_MEMBER, Degree
from coach.wording.typography import french_typography
from coach.wording.wording import Wording

BADGES = {
    "en": {Degree.ME: "you", Degree.FIRST: "1st", Degree.SECOND: "2nd", Degree.THIRD: "3rd",
           Degree.OUT_OF_NETWORK: "out"},
    "fr": {Degree.ME: "vous", Degree.FIRST: "1er", Degree.SECOND: "2e", Degree.THIRD: "3e",
           Degree.OUT_OF_NETWORK: "hors"},
}
"""The short badge beside a name."""

DEGREE_WORDS = {
    "en": {Degree.ME: "you", Degree.FIRST: "1st degree", Degree.SECOND: "2nd degree",
           Degree.THIRD: "3rd degree", Degree.OUT_OF_NETWORK: "out of network"},
    "fr": {Degree.ME: "vous", Degree.FIRST: "1er degré", Degree.SECOND: "2e degré",
           Degree.THIRD: "3e degré", Degree.OUT_OF_NETWORK: "hors réseau"},
}

FLAGS_FR = {"shares a group with you": "membre d’un groupe en commun",
            "Open Profile": "profil ouvert à tous (Open Profile)",
            "current coworker": "travaille dans votre entreprise",
            "Follow is their main button": "« Suivre » est son bouton principal"}

MOVES_FR = {"invite": "qui inviter", "introduction": "mises en relation à demander",
            "reconnect": "avec qui renouer", "engage": "abonnés à animer"}

INTERACTIONS_FR = {
    "visited": "visite du profil", "invited": "invitation", "messaged": "message",
    "followed": "abonnement", "unfollowed": "désabonnement", "met": "rencontre",
    "called": "appel", "commented": "commentaire", "liked": "réaction « J’aime »",
    "shared": "partage", "endorsed": "validation de compétence",
    "recommended": "recommandation", "introduced": "mise en relation",
    "connected": "entrée en relation", "withdrew": "invitation retirée",
    "replied": "réponse", "note": "note",
}

INVITATION_STATUSES_FR = {"pending": "en attente", "accepted": "acceptée",
                          "withdrawn": "retirée", "declined": "refusée", "ignored": "ignorée"}

SORTS_FR = {"degree": "degré", "name": "nom", "mutual": "relations en commun",
            "recent": "dernier contact"}

LIMITS_FR = {"invitations_per_week": "invitations de la semaine",
             "invitation_notes_per_month": "notes d’invitation du mois",
             "inmail_credits_per_month": "crédits InMail du mois",
             "max_connections": "relations au plus",
             "reinvite_wait_days": "jours d’attente avant de réinviter",
             "note_length": "caractères par note",
             "message_length": "caractères par message"}

STEPS_FR = {"visit": "consulter son profil", "wait": "attendre",
            "invite": "l’inviter à entrer en relation", "await_acceptance": "attendre sa réponse",
            "message": "lui envoyer un message", "follow": "suivre cette personne",
            "end": "fin"}

AGENDA_STATUSES_FR = {"do today": "à faire", "waits": "en attente", "moved": "avancé",
                      "done": "terminé", "exited": "sorti du scénario"}


def badge(degree: Degree, language: str) -> str:
    """"2nd" / "2e"."""
    return BADGES.get(language, BADGES["en"])[degree]


def degree_words(degree: Degree, language: str) -> str:
    """"2nd degree" / "2e degré"."""
    return DEGREE_WORDS.get(language, DEGREE_WORDS["en"])[degree]


def _word(table: dict[str, str], key: str, language: str) -> str:
    return french_typography(table.get(key, key)) if language == "fr" else key


def flag(label: str, language: str) -> str:
    """A profile flag's words ("Open Profile", "current coworker"…)."""
    return _word(FLAGS_FR, label, language)


def move_heading(kind: str, english: str, language: str) -> str:
    """The heading of a kind of move ("whom to invite")."""
    return MOVES_FR.get(kind, english) if language == "fr" else english


def interaction(kind: str, language: str) -> str:
    """An interaction kind ("messaged" / "message")."""
    return _word(INTERACTIONS_FR, kind, language)


def invitation_status(status: str, language: str) -> str:
    """An invitation status ("pending" / "en attente")."""
    return _word(INVITATION_STATUSES_FR, status, language)


def sort_label(sort: str, english: str, language: str) -> str:
    """What the list is sorted by."""
    return SORTS_FR.get(sort, english) if language == "fr" else english


def limit_words(limit: str, language: str) -> str:
    """A limit's id in words (the id itself in English, as it always was)."""
    return _word(LIMITS_FR, limit, language)


def agenda_status(status: str, language: str) -> str:
    """An agenda item's or change's status ("do today", "waits", "exited"…)."""
    return _word(AGENDA_STATUSES_FR, status, language)


def shown_name(name: str, language: str) -> str:
    """A name as shown: "LinkedIn Member" is "Membre LinkedIn" in French."""
    return "Membre LinkedIn" if language == "fr" and name == LINKEDIN_MEMBER else name


def step_words(step, language: str) -> str:
    """A scenario step in a few words ("wait 3 days" / "attendre 3 jours")."""
    if language != "fr":
        return step.describe()
    words = Wording("fr")
    if step.kind == "wait":
        return words.count(step.days, "wait {n} day", "wait {n} days")
    if step.kind == "await_acceptance":
        return words("wait up to {days} days for them to accept", days=words.number(step.days))
    if step.kind == "invite" and step.template is not None:
        return words("invite them, with a personal note")
    return STEPS_FR.get(step.kind, step.kind)
