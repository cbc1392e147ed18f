"""A person's history and what an undo took back, in the workspace's language."""

from __future__ import annotations

from coach.wording.vocabulary import interaction, invitation_status
from coach.wording.wording import Wording


def undone_words(undone, name: str, words: Wording) -> str:
    """What ``service.history.undo`` took back (a :class:`coach.service.history.Undone`)."""
    kind, _, what = undone.kind.partition(":")
    if kind == "log" and what == "note" or kind == "note":
        return words("Undone: the note on {name} ({text})", name=name, text=undone.detail)
    if kind == "log":
        return words("Undone: logged {what} {name} at {at}", name=name,
                     what=interaction(what, words.language),
                     at=undone.detail[:16].replace("T", " "))
    if kind == "tag":
        return words("Undone: tag {tags} on {name}", tags=undone.detail, name=name)
    if kind == "untag":
        return words("Undone: tag {tags} taken off {name} (it is back)", tags=undone.detail,
                     name=name)
    return words("Undone: the entry of {day} deleted from the history of {name} is back",
                 day=undone.detail[:10], name=name)


def entry_words(entry, words: Wording) -> str:
    """One line of a person's history (a :class:`coach.service.history.Entry`)."""
    language = words.language
    if entry.kind == "note":
        status = ""
        if entry.status == "done":
            status = words(" (reminder done)")
        elif entry.status:
            status = words(" (reminder due {day})", day=entry.status.removeprefix("due "))
        return words("note: {text}", text=entry.text) + status
    if entry.kind == "invitation":
        template = "invitation sent, {status}" if entry.direction == "out" else \
            "invitation received, {status}"
        line = words(template, status=invitation_status(entry.status, language))
    else:
        what = interaction(entry.kind, language)
        line = words("{what}, by you", what=what) if entry.direction == "out" else \
            words("{what}, from them", what=what)
    return line + (f" — {entry.text}" if entry.text else "")


FRENCH_HISTORY: dict[str, str] = {
    "Undone: the note on {name} ({text})": "Annulé : la note sur {name} ({text})",
    "Undone: logged {what} {name} at {at}": "Annulé : {what} avec {name}, noté pour le {at}",
    "Undone: tag {tags} on {name}": "Annulé : l'étiquette {tags} sur {name}",
    "Undone: tag {tags} taken off {name} (it is back)":
        "Annulé : l'étiquette {tags} retirée de {name} (elle est rétablie)",
    "Undone: the entry of {day} deleted from the history of {name} is back":
        "Annulé : l'entrée du {day} supprimée de l'historique de {name} est rétablie",
    " (reminder done)": " (rappel traité)",
    " (reminder due {day})": " (rappel pour le {day})",
    "note: {text}": "note : {text}",
    "invitation sent, {status}": "invitation envoyée, {status}",
    "invitation received, {status}": "invitation reçue, {status}",
    "{what}, by you": "{what}, de votre part",
    "{what}, from them": "{what}, de sa part",
    "History of {name}, newest first:": "Historique de {name}, du plus récent au plus ancien :",
    "No history with {name} yet.": "Pas encore d'historique avec {name}.",
    "Delete an entry: coach history {query} --delete ID (coach undo brings it back)":
        "Supprimer une entrée : coach history {query} --delete ID (coach undo la rétablit)",
    "Deleted {id} from the history of {name}: {what} (coach undo brings it back)":
        "Supprimé de l'historique de {name} : {id}, {what} (coach undo la rétablit)",
    "nothing to undo": "rien à annuler",
    "nothing to undo in this session": "rien à annuler dans cette session",
    "cannot undo the last act: what it changed was changed again since (`coach history QUERY` "
    "lists what is kept)":
        "impossible d'annuler la dernière action : ce qu'elle avait changé a changé depuis "
        "(`coach history QUERY` montre ce qui est gardé)",
}
