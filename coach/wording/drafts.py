"""French for the app's acts, tag picker and drafts (issue 17, items 3 and 6)."""

from __future__ import annotations

FRENCH_DRAFTS = {
    # keys
    "They replied": "Réponse reçue",
    "Accepted their invitation": "Invitation reçue acceptée",
    "Withdrew my invitation": "Invitation retirée",
    "Connected": "En relation",
    "They introduced me": "Mise en relation reçue",
    "Tag or untag": "Étiqueter",
    "Draft the next message": "Rédiger le prochain message",
    "Copy": "Copier",
    "Log as sent": "Noter l'envoi",
    # the tag picker
    "Tags of {name} (Space ticks or unticks, Tab: a new tag, Enter on an empty line saves, "
    "Esc cancels)": "Étiquettes de {name} (Espace coche ou décoche, Tab : une nouvelle "
                    "étiquette, Entrée sur une ligne vide enregistre, Échap annule)",
    "a new tag": "une nouvelle étiquette",
    "Tagging": "étiquetage",
    "Nothing was tagged": "Aucune étiquette n'a changé",
    "Tags of {name}: {tags}": "Étiquettes de {name} : {tags}",
    "{name} has no tag now": "{name} n'a plus d'étiquette",
    # the draft dialog
    "Drafting": "rédaction du brouillon",
    "Invitation note for {name}": "Note d'invitation pour {name}",
    "Message to {name}": "Message à {name}",
    "Introduction request to {to}, about {name}":
        "Demande de mise en relation à {to}, au sujet de {name}",
    "From the advice: {title}": "D'après le conseil : {title}",
    "The advice ({title}) has no message to draft: write your own.":
        "Le conseil ({title}) ne propose pas de message : écrivez le vôtre.",
    "No advice for them has a message to draft: write your own.":
        "Aucun conseil pour cette personne ne propose de message : écrivez le vôtre.",
    "F2 copies · F3 logs it as sent, after copying · Esc closes":
        "F2 copie · F3 note l'envoi, après la copie · Échap ferme",
    "The draft is empty: nothing was copied.": "Le brouillon est vide : rien n'a été copié.",
    "Copied to the clipboard, {count} characters over the limit of {limit}: shorten it "
    "before sending.": "Copié dans le presse-papiers, {count} caractères au-delà de la limite "
                       "de {limit} : raccourcissez-le avant de l'envoyer.",
    "Copied to the clipboard: paste it in LinkedIn, then F3 logs it as sent.":
        "Copié dans le presse-papiers : collez-le dans LinkedIn, puis F3 note l'envoi.",
    "Copy it first (F2), send it, then log it (F3).":
        "Copiez-le d'abord (F2), envoyez-le, puis notez l'envoi (F3).",
}
