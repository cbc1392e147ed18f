"""What the domain says back after a change, in the workspace's language: a logged action,
a marked step, and the domain's refusals (a log that could not have happened, someone left
out of a scenario, a step that cannot be marked, a date that cannot be read).

``Logged`` and ``Marked`` carry their parts, worded here; the refusals are plain English
sentences (the domain does not know the language), read back by their shape, as
:mod:`coach.wording.agenda` does for the planner. A sentence of another shape (a policy
refusal from the rule files, already in the workspace's language) is returned as it is.
"""

from __future__ import annotations

import re

from coach.wording.agenda import french_step
from coach.wording.people_csv import french_mapping_refusal
from coach.wording.typography import fill, french_typography
from coach.wording.vocabulary import AGENDA_STATUSES_FR, interaction, step_words
from coach.wording.wording import Wording


def logged_words(logged, words: Wording) -> str:
    """What ``log`` stored (a :class:`coach.logbook.Logged`), in words."""
    if not words.french:
        return logged.summary
    if logged.kind == "note":
        return words("Noted for {name}: {text}", name=logged.who, text=logged.note)
    what = interaction(logged.kind, words.language)
    template = "Logged: {what} with {name}, at {at}" if logged.direction == "out" \
        else "Logged: {what} from {name}, at {at}"
    return words(template, what=what, name=logged.who, at=logged.at)


def marked_words(marked, words: Wording) -> str:
    """What marking a step did (a :class:`coach.scenarios.Marked`), in words."""
    if not words.french or marked.step is None:
        return marked.summary
    template = ("Done: {name}, step {step} of {scenario} ({what}); {then}"
                if marked.outcome == "done" else
                "Skipped: {name}, step {step} of {scenario} ({what}); {then}")
    then = (words("the scenario is complete") if marked.following is None else
            words("next: {what}", what=step_words(marked.following, words.language)))
    return words(template, name=marked.name, step=marked.number, scenario=marked.scenario,
                 what=step_words(marked.step, words.language), then=then)


def said(text: str, words: Wording) -> str:
    """A sentence of the domain in the language of ``words``: the catalogue's translation,
    else one read back by its shape, else as it is."""
    if not words.french:
        return text
    known = words.known(text)
    return known if known != text else french_outcome(text)


def _condition(text: str) -> str:
    """A condition's explanation ("degree eq 2 did not hold (degree is 3)"), in French with
    the rule syntax kept as it is, between backticks."""
    text = re.sub(r'condition "([^"]+)" did not hold: ',
                  "la condition «\u00a0\\1\u00a0» n’est pas vérifiée\u00a0: ", text)
    text = re.sub(r"([^;:()\s][^;:()]*?) did not hold \((\w+) is ([^)]*)\)",
                  r"`\1` n’est pas vérifiée (`\2` vaut `\3`)", text)
    text = re.sub(r"([^;:()\s][^;:()]*?) did not hold \(([^)]*) held\)",
                  r"`\1` n’est pas vérifiée (`\2` l’est)", text)
    text = re.sub(r"([^;:()`\s][^;:()`]*?) did not hold", r"`\1` n’est pas vérifiée", text)
    return text.replace("none of these held: ",
                        "aucune de ces conditions n’est vérifiée\u00a0: ").replace(
        "; ", "\u00a0; ")


def _t(template: str, **values: object) -> str:
    """A French template with its typography, then its values as they are."""
    return fill(french_typography(template), values)


def _ended(match: re.Match) -> str:
    status = AGENDA_STATUSES_FR.get(match.group(2), match.group(2))
    if match.group(3):
        return _t("l'inscription #{id} est close ({status} : {reason})", id=match.group(1),
                  status=status, reason=said(match.group(3), Wording("fr")))
    return _t("l'inscription #{id} est close ({status})", id=match.group(1), status=status)


_SHAPES: tuple[tuple[re.Pattern, object], ...] = (
    # coach.importers.linkedin: what changed since the last import
    (re.compile(r"no longer in this export, kept: (.+)"),
     lambda m: _t("ne figurent plus dans cet export, conservées : {names}",
                  names=m.group(1).replace(" more", " de plus").replace(" and ", " et "))),
    (re.compile(r"new jobs: (.+)"),
     lambda m: _t("nouveaux postes : {jobs}",
                  jobs=m.group(1).replace(" more", " de plus").replace(" and ", " et "))),
    # coach.logbook
    (re.compile(r"(.+) is already a 1st-degree connection: no invitation needed"),
     lambda m: _t("{name} fait déjà partie de vos relations de 1er degré : pas besoin "
                  "d'invitation", name=m.group(1))),
    (re.compile(r"an invitation to (.+) is already pending since (\S+)"),
     lambda m: _t("une invitation à {name} attend déjà une réponse depuis le {day}",
                  name=m.group(1), day=m.group(2))),
    (re.compile(r"an invitation from (.+) is already pending since (\S+)"),
     lambda m: _t("une invitation de {name} attend déjà votre réponse depuis le {day}",
                  name=m.group(1), day=m.group(2))),
    (re.compile(r"no pending invitation to (.+) to withdraw"),
     lambda m: _t("aucune invitation en attente à retirer pour {name}", name=m.group(1))),
    (re.compile(r"no pending invitation from (.+) to accept"),
     lambda m: _t("aucune invitation de {name} en attente à accepter", name=m.group(1))),
    (re.compile(r"unknown action '(.+)': use one of (.+)"),
     lambda m: _t("action inconnue « {word} » : écrivez l'une de celles-ci : {kinds}",
                  word=m.group(1),
                  kinds=", ".join(f"`{kind}`" for kind in m.group(2).split(", ")))),
    # the notes and reminders (coach.service.follow_ups)
    (re.compile(r"a note may hold at most (\d+) characters, not (\d+)"),
     lambda m: _t("une note compte au plus {most} caractères, pas {n}", most=m.group(1),
                  n=m.group(2))),
    (re.compile(r"cannot read the due date '(.*)': write YYYY-MM-DD, \+N \(days from today\), "
                r"today or tomorrow"),
     lambda m: _t("date de rappel illisible « {text} » : écrivez AAAA-MM-JJ, +N (dans N "
                  "jours), aujourd'hui ou demain", text=m.group(1))),
    # coach.dates
    (re.compile(r"not a date: '(.*)' \(expected YYYY-MM-DD( or YYYY-MM-DDTHH:MM)?\)"),
     lambda m: _t("date illisible « {text} » (attendu : AAAA-MM-JJ ou AAAA-MM-JJTHH:MM)"
                  if m.group(2) else "date illisible « {text} » (attendu : AAAA-MM-JJ)",
                  text=m.group(1))),
    # entering a scenario (coach.scenarios.enrolling)
    (re.compile(r"does not match: (.+)"),
     lambda m: _t("ne remplit pas les conditions d'entrée : {why}",
                  why=_condition(m.group(1)))),
    (re.compile(r"unknown scenario \"(.+?)\"; did you mean \"(.+)\"\?"),
     lambda m: _t("scénario inconnu « {id} » ; vouliez-vous dire « {near} » ?",
                  id=m.group(1), near=m.group(2))),
    (re.compile(r"unknown scenario \"(.+?)\"; expected one of: (.+)"),
     lambda m: _t("scénario inconnu « {id} » ; scénarios connus : {ids}", id=m.group(1),
                  ids=m.group(2))),
    (re.compile(r"unknown scenario \"(.+?)\""),
     lambda m: _t("scénario inconnu « {id} »", id=m.group(1))),
    # marking a step
    (re.compile(r"no enrolment #(\d+)"), lambda m: _t("aucune inscription #{id}", id=m.group(1))),
    (re.compile(r"enrolment #(\d+) has ended \((\w+)(?:: (.+))?\)"), _ended),
    (re.compile(r"step (\d+) of (\S+) is to (.+) \(until (\S+)\): nothing to mark done; skip "
                r"it to move on"),
     lambda m: _t("l'étape {n} de {id} consiste à {what} (jusqu'au {day}) : rien à marquer "
                  "comme fait ; passez-la (skip) pour continuer", n=m.group(1), id=m.group(2),
                  what=french_step(m.group(3)), day=m.group(4))),
    # a policy refusal (coach.logbook.policy_refusal): an action's label and the reason its
    # rule file gives, both already in the language of the rule files
    (re.compile(r"([^:`]+?)[ \u00a0\u202f]*: (.+)"),
     lambda m: f"{m.group(1)}\u00a0: {m.group(2)}"),
)


def french_outcome(text: str) -> str:
    """A refusal of the domain in French (others as they are)."""
    mapping = french_mapping_refusal(text)
    if mapping is not None:
        return mapping
    for pattern, say in _SHAPES:
        match = pattern.fullmatch(text)
        if match:
            return say(match)
    return text
