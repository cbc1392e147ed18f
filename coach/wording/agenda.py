"""The agenda's sentences in French: what the planner and the quotas say in English (the
``--json`` agenda keeps them), read back by their shape and said again in French.

A sentence of another shape (an exit reason or a limit's text from the French rule files,
already French) is returned as it is.
"""

from __future__ import annotations

import re

from coach.wording.typography import french_typography, is_singular, number
from coach.wording.vocabulary import INVITATION_STATUSES_FR, STEPS_FR

_STEP_NAMES = {"visit their profile": "visit", "wait": "wait", "invite them to connect": "invite",
               "wait for them to accept": "await_acceptance", "send them a message": "message",
               "follow them": "follow", "end": "end"}


def _plural(count: str, one: str, other: str) -> str:
    return one if is_singular(int(count), "fr") else other


def _n(text: str) -> str:
    return number(int(text), "fr")


def french_step(text: str) -> str:
    """A step as ``Step.describe()`` writes it ("wait 3 days"), in French."""
    if text in _STEP_NAMES:
        return STEPS_FR[_STEP_NAMES[text]]
    if match := re.fullmatch(r"wait (\d+) days?", text):
        days = match.group(1)
        return f"attendre {_n(days)} {_plural(days, 'jour', 'jours')}"
    if match := re.fullmatch(r"wait up to (\d+) days for them to accept", text):
        return f"attendre sa réponse jusqu’à {_n(match.group(1))} jours"
    if text == "invite them, with a personal note":
        return "l’inviter à entrer en relation, avec une note personnelle"
    return text


def _weekly(match: re.Match) -> str:
    used, planned, ahead = match.group(2), match.group(4), match.group(6)
    text = (f"la limite hebdomadaire d’invitations est atteinte : environ {_n(match.group(1))} "
            f"par semaine, {_n(used)} {_plural(used, 'envoyée', 'envoyées')} ces 7 derniers jours")
    if planned:
        text += f" et {_n(planned)} {_plural(planned, 'prévue', 'prévues')} aujourd’hui"
    if ahead:
        text += f" et {_n(ahead)} {_plural(ahead, 'prévue', 'prévues')} les jours suivants"
    return text


_SHAPES: tuple[tuple[re.Pattern, object], ...] = (
    (re.compile(r"every step taken"), lambda m: "toutes les étapes sont faites"),
    (re.compile(r"the invitation was (\w+)"),
     lambda m: f"l’invitation a été {INVITATION_STATUSES_FR.get(m.group(1), m.group(1))}"),
    (re.compile(r"no answer (\d+) days after the invitation: withdraw it, or leave it pending"),
     lambda m: f"pas de réponse {_n(m.group(1))} jours après l’invitation : retirez-la, ou "
               f"laissez-la en attente"),
    (re.compile(r"(.+) → step (\d+)"),
     lambda m: "; ".join(french_step(part) for part in m.group(1).split("; "))
     + f" → étape {m.group(2)}"),
    (re.compile(r"(.+): until (\d{4}-\d\d-\d\d)"),
     lambda m: f"{french_step(m.group(1))} : jusqu’au {m.group(2)}"),
    (re.compile(r"the weekly invitation limit is reached: about (\d+) a week, (\d+) sent in the "
                r"last 7 days( and (\d+) planned today)?( and (\d+) planned on the next days)?"),
     _weekly),
    (re.compile(r"invite without a note: the (\d+) personal notes of this month are used"),
     lambda m: f"invitez sans note : les {_n(m.group(1))} notes personnelles du mois sont "
               f"utilisées"),
    (re.compile(r"shorten the note: (\d+) characters, LinkedIn allows (\d+)"),
     lambda m: f"raccourcissez la note : {_n(m.group(1))} caractères, LinkedIn en permet "
               f"{_n(m.group(2))}"),
    (re.compile(r"no InMail credit left this month \((\d+) used of (\d+)\)"),
     lambda m: f"plus de crédit InMail ce mois-ci ({_n(m.group(1))} sur {_n(m.group(2))})"),
    (re.compile(r"message request"), lambda m: "une demande de message"),
    (re.compile(r"InMail \(uses a credit\)"), lambda m: "un InMail (qui utilise un crédit)"),
)


def french_agenda(text: str) -> str:
    """A sentence of the planner or the quotas in French (others as they are)."""
    from coach.wording.pacing import french_pace

    if (paced := french_pace(text)) is not None:
        return french_typography(paced)
    for pattern, say in _SHAPES:
        match = pattern.fullmatch(text)
        if match:
            return french_typography(say(match))
    return french_step(text)
