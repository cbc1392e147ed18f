"""The app's dialogs that grow the network, in French, keyed by their English text: add a
person by hand, paste a LinkedIn page (its preview table and what it says)."""

from __future__ import annotations

FRENCH_GROWING: dict[str, str] = {
    # keys, the help screen and the palette
    "Add people": "Ajouter des personnes",
    "Add a person": "Ajouter une personne",
    "Paste a LinkedIn page": "Coller une page LinkedIn",
    "Add a person…": "Ajouter une personne…",
    "someone seen on LinkedIn or met in person": "vue sur LinkedIn ou rencontrée en personne",
    "Paste a LinkedIn page…": "Coller une page LinkedIn…",
    "search results, followers… copied from LinkedIn":
        "résultats de recherche, abonnés… copiés depuis LinkedIn",
    # adding a person
    "This is the demo network: what you add here is not kept.":
        "Ceci est le réseau de démonstration : ce que vous y ajoutez n'est pas conservé.",
    "Someone seen on LinkedIn or met in person. Enter: next field; on the note, or on Add, "
    "it adds. Esc cancels.":
        "Une personne vue sur LinkedIn ou rencontrée en personne. Entrée : champ suivant ; "
        "sur la note, ou sur Ajouter, elle est ajoutée. Échap annule.",
    "Profile URL": "URL du profil",
    "Degree": "Degré",
    "Follows": "Abonnements",
    "Company": "Entreprise",
    "Position": "Poste",
    "first and last name, as LinkedIn shows it (required)":
        "prénom et nom, comme LinkedIn les affiche (obligatoire)",
    "names of your connections, separated by commas":
        "noms de vos relations, séparés par des virgules",
    "what you want to remember (Enter adds)": "ce que vous voulez retenir (Entrée ajoute)",
    "unknown": "inconnu",
    "follows me": "me suit",
    "I follow them": "je suis cette personne",
    "Add": "Ajouter",
    "A person needs a name.": "Il faut un nom.",
    "Adding failed: {reason}. Nothing was written.":
        "L'ajout a échoué : {reason}. Rien n'a été enregistré.",
    "… and {n} more": "… et {n} de plus",
    # what the service refuses (coach.service.by_hand, coach.importers.paste_import)
    "not a LinkedIn profile URL: {url!r}": "ce n'est pas l'URL d'un profil LinkedIn : {url!r}",
    "no 'me' in this workspace yet: import your own network first":
        "pas encore de « moi » dans cet espace de travail : importez d'abord votre propre réseau",
    "no 'me' in this workspace yet: import your own network first (pasted pages are seen "
    "from you)":
        "pas encore de « moi » dans cet espace de travail : importez d'abord votre propre "
        "réseau (une page collée est vue depuis vous)",
    "that is you: a person added by hand is 1st, 2nd, 3rd or out":
        "c'est vous : une personne ajoutée à la main est au 1er, 2e ou 3e degré, ou hors réseau",
    "that is you": "c'est vous",
    "Added {name}": "Ajout de {name}",
    "Updated {name}": "Mise à jour de {name}",
    # pasting a page
    "On LinkedIn, select the whole page (people search results, followers…), copy it and "
    "paste it below. F2: preview what it shows · F3: import it · Tab: a file instead · "
    "Esc: close.":
        "Sur LinkedIn, sélectionnez toute la page (résultats de recherche de personnes, "
        "abonnés…), copiez-la et collez-la ci-dessous. F2 : aperçu de ce qu'elle montre · "
        "F3 : l'importer · Tab : un fichier à la place · Échap : fermer.",
    "or a text file: its path, then Enter": "ou un fichier texte : son chemin, puis Entrée",
    "Preview": "Aperçu",
    "Import": "Importer",
    "cannot read {path}: {reason}": "impossible de lire {path} : {reason}",
    "{path} is not text (UTF-8 or UTF-16)": "{path} n'est pas du texte (UTF-8 ou UTF-16)",
    "Paste the text of a LinkedIn page first.": "Collez d'abord le texte d'une page LinkedIn.",
    "Nothing was written.": "Rien n'a été enregistré.",
    "F3 or Import writes them; nothing is written yet.":
        "F3 ou Importer les enregistre ; rien n'est encore enregistré.",
    "Importing…": "Import en cours…",
    "Esc: back to the network": "Échap : retour au réseau",
    "an unknown page": "une page inconnue",
    # what coach paste says when nothing is recognisable (coach.importers.paste.EXPECTED)
    'nothing recognisable in the text: expected a LinkedIn people search results page or '
    'a profile\'s mutual connections (lines "View NAME’s profile" or "Voir le profil de '
    'NAME", "• 2nd" / "• 2e"), the followers list (a name, a headline, then '
    '"Following"/"Follow" or "Suivi"/"Suivre"), the connections list (a name, an '
    'occupation, "Connected on November 4, 2026" / "Relation établie le 4 novembre 2026")'
    ' or the invitation manager (a name, a headline, then "Ignore"/"Accept", '
    '"Ignorer"/"Accepter" or "Withdraw"/"Retirer")':
        "rien de reconnaissable dans le texte : il faut le texte entier d'une page LinkedIn "
        "(résultats d'une recherche de personnes ou relations en commun d'un profil, avec "
        "« Voir le profil de NOM » et « • 2e » ; la liste des abonnés, avec « Suivi » ou "
        "« Suivre » ; la liste des relations, avec « Relation établie le 4 novembre 2026 » ; "
        "ou le gestionnaire d'invitations, avec « Ignorer »/« Accepter » ou « Retirer »)",
    # the preview table
    "headline": "titre",
    "location": "lieu",
    "current": "poste actuel",
    "you follow": "vous suivez",
}
