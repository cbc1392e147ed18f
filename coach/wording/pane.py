"""The app's detail pane, its history, ctrl+z and deleting an entry, in French."""

from __future__ import annotations

FRENCH_PANE: dict[str, str] = {
    # keys (footer and help)
    "Detail": "Détail",
    "Undo the last act of this session": "Annuler la dernière action de cette session",
    "Next line": "Ligne suivante",
    "Previous line": "Ligne précédente",
    "First line": "Première ligne",
    "Last line": "Dernière ligne",
    "Open the list under the cursor": "Déplier la liste sous le curseur",
    "Delete the history entry under the cursor":
        "Supprimer l'entrée d'historique sous le curseur",
    # the pane
    "History": "Historique",
    "… and {n} more piece of advice (Enter)": "… et {n} autre conseil (Entrée)",
    "… and {n} more pieces of advice (Enter)": "… et {n} autres conseils (Entrée)",
    "  Nothing is possible with them now.":
        "  Rien n'est possible avec cette personne pour l'instant.",
    "{n} action not possible now — Enter shows why":
        "{n} action impossible pour l'instant — Entrée montre pourquoi",
    "{n} actions not possible now — Enter shows why":
        "{n} actions impossibles pour l'instant — Entrée montre pourquoi",
    "{n} action not possible now:": "{n} action impossible pour l'instant :",
    "{n} actions not possible now:": "{n} actions impossibles pour l'instant :",
    " and {n} more (Enter)": " et {n} de plus (Entrée)",
    " and {n} more (`coach show NAME`)": " et {n} de plus (`coach show NAME`)",
    "… and {n} more (Enter)": "… et {n} de plus (Entrée)",
    # undo and delete
    "Undoing": "L'annulation",
    "Deleting a history entry": "La suppression d'une entrée d'historique",
    "Nothing was undone": "Rien n'a été annulé",
    "Nothing was deleted": "Rien n'a été supprimé",
    "y: yes · n or Esc: no": "y : oui · n ou Échap : non",
    "Delete '{what}' of {day} from the history of {name}? y/n":
        "Supprimer « {what} » du {day} de l'historique de {name} ? y/n",
    "Deleted '{what}' of {day} from the history of {name}: ctrl+z brings it back":
        "Entrée supprimée de l'historique de {name} : « {what} » du {day} ; ctrl+z la "
        "rétablit",
}
