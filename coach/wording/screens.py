"""The app's words in French, keyed by their English text (see coach.wording.catalogue)."""

from __future__ import annotations

KEYS_FR: dict[str, str] = {
    # key descriptions (footer and help) and their groups
    "Help": "Aide",
    "Overview": "Vue d'ensemble",
    "Agenda": "Agenda",
    "Quit": "Quitter",
    "Search": "Chercher",
    "Clear search and filters": "Effacer la recherche et les filtres",
    "Everyone": "Tout le monde",
    "1st degree": "1er degré",
    "2nd degree": "2e degré",
    "3rd degree": "3e degré",
    "Out of network": "Hors réseau",
    "Followers": "Abonnés",
    "Next tag": "Étiquette suivante",
    "Sort": "Trier",
    "Reload rules": "Relire les règles",
    "Visited": "Visité",
    "Invited": "Invitation",
    "Messaged": "Message",
    "Followed": "Suivi",
    "Met": "Rencontre",
    "Note": "Note",
    "Coach": "Coach",
    "Enrol in a scenario": "Inscrire dans un scénario",
    "Enrol everyone shown": "Inscrire toutes les personnes affichées",
    "Next contact": "Contact suivant",
    "Previous contact": "Contact précédent",
    "Page down": "Page suivante",
    "Page up": "Page précédente",
    "First contact": "Premier contact",
    "Last contact": "Dernier contact",
    "Browse": "Parcourir",
    "App": "Application",
    "Rules": "Règles",
    "Log an action": "Noter une action",
    "Scenarios": "Scénarios",
    "Palette": "Palette",
    "palette": "palette",
    "Close": "Fermer",
    "Done": "Fait",
    "Skip": "Passer",
    "Back to the list": "Retour à la liste",
    "Focus Next": "Élément suivant",
    "Focus Previous": "Élément précédent",
    "Copy selected text": "Copier le texte sélectionné",
}

FRENCH_SCREENS: dict[str, str] = {
    **KEYS_FR,
    # main screen
    "search names, companies, positions… (Enter: list, Esc: clear)":
        "chercher un nom, une entreprise, un poste… (Entrée : liste, Échap : effacer)",
    "Loading the network…": "Lecture du réseau…",
    "No contact matches {filters}. Press Esc to clear the filters.":
        "Aucun contact ne correspond au filtre {filters}. Échap efface les filtres.",
    "followers": "abonnés",
    "tag {tag}": "étiquette {tag}",
    "everyone": "tout le monde",
    "No contact has a tag yet: `coach tag NAME close` adds one.":
        "Aucun contact n'a encore d'étiquette : `coach tag NOM close` en ajoute une.",
    "Not allowed: nothing was logged": "Action impossible : rien n'a été noté",
    "the {n} contacts shown": "les {n} contacts affichés",
    "… and {n} more (coach rules check)": "… et {n} de plus (coach rules check)",
    "Rule files have problems; the last good rules stay in force:":
        "Les fichiers de règles ont des problèmes ; les dernières règles valides restent "
        "en vigueur :",
    "This is the demo network. Import your own: `coach import Connections.zip` "
    "(your LinkedIn export) or `coach import edges.txt --format edgelist --me ID`.":
        "Ceci est le réseau de démonstration. Importez le vôtre : `coach import "
        "Connections.zip` (votre export LinkedIn) ou `coach import edges.txt --format "
        "edgelist --me ID`.",
    # contact list and filter bar
    "all": "tous",
    "1st": "1er",
    "2nd": "2e",
    "3rd": "3e",
    "out": "hors",
    "{key} followers {n}": "{key} abonnés {n}",
    "{key} tag {tag} {n}": "{key} étiquette {tag} {n}",
    "{key} tags ({n})": "{key} étiquettes ({n})",
    "{key} no tags": "{key} aucune étiquette",
    "{key} sort: {sort}": "{key} tri : {sort}",
    "  {n} contact shown": "  {n} contact affiché",
    "  {n} contacts shown": "  {n} contacts affichés",
    # detail pane
    "  (stored as {name})": "  (enregistré sous le nom {name})",
    "{n} shared connection": "{n} relation en commun",
    "{n} shared connections": "{n} relations en commun",
    "Introduction paths": "Chemins de mise en relation",
    "Shared connections": "Relations en commun",
    "What you can do": "Ce que vous pouvez faire",
    " — {left} left ({limit})": " — encore {left} ({limit})",
    "Advice": "Conseils",
    "  No rule applies to this contact.": "  Aucune règle ne s'applique à ce contact.",
    "     why: {why}": "     pourquoi : {why}",
    "     rule {rule} · {where}": "     règle {rule} · {where}",
    # coach pane
    "Ask me in plain words, in English or French: “how do I reach Léa?”, "
    "“qui inviter cette semaine ?”, “I invited Bob”… Type help for more. "
    "Esc goes back to the list.":
        "Posez vos questions en mots simples, en français ou en anglais : « comment joindre "
        "Léa ? », « qui inviter cette semaine ? », « j'ai invité Bob »… Tapez aide pour en "
        "savoir plus. Échap ramène à la liste.",
    "Ask the coach… (Enter: ask, Esc: back to the list)":
        "Demandez au coach… (Entrée : demander, Échap : retour à la liste)",
    # overview
    "1st degree (connections)": "1er degré (relations)",
    "  of whom not connected": "  dont hors relations",
    "You follow": "Vous suivez",
    "Invitations sent in 7 days": "Invitations envoyées en 7 jours",
    "Invitations left this week": "Invitations restantes cette semaine",
    "no weekly limit": "pas de limite hebdomadaire",
    "{left} of {limit}": "{left} sur {limit}",
    "Pending: sent / received": "En attente : envoyées / reçues",
    "New connections per month, {first} to {last} ({total} in all)":
        "Nouvelles relations par mois, de {first} à {last} ({total} en tout)",
    # agenda
    "Id": "N°",
    "Status": "État",
    "Name": "Nom",
    "Deg": "Deg",
    "Scenario": "Scénario",
    "Step": "Étape",
    "Planning today's steps…": "Préparation des étapes du jour…",
    "to do": "à faire",
    "waits": "en attente",
    "from {day}": "dès le {day}",
    "Agenda for {day}: {to_do} to do today, {waiting} waiting, {later} coming up. "
    "d: done · x: skip · Esc: back":
        "Agenda du {day} : à faire aujourd'hui {to_do}, en attente {waiting}, à venir "
        "{later}. d : fait · x : passer · Échap : retour",
    "{name}: {status} — {reason}": "{name} : {status} — {reason}",
    "No step today. Enrol people from the contact list (e, or E for everyone shown) or "
    "with `coach enrol SCENARIO QUERY…`.":
        "Aucune étape aujourd'hui. Inscrivez des personnes depuis la liste des contacts (e, "
        "ou E pour toutes les personnes affichées) ou avec `coach enrol SCENARIO QUERY…`.",
    "{name} — {scenario}, step {step}: {what}": "{name} — {scenario}, étape {step} : {what}",
    "Waits: {why}": "En attente : {why}",
    "Note: {why}": "Remarque : {why}",
    "Text: {text}": "Texte : {text}",
    "No step to mark.": "Aucune étape à marquer.",
    # help
    "coach shows your network from your point of view: the degree of each person, the name "
    "as LinkedIn shows it, who follows whom, the shared connections, what you may do and "
    "the advice of your rule files. Ctrl+P opens the command palette (go to a contact, "
    "filters, rules). Change a key in <home>/config.toml: [keymap] \"main.sort\" = \"S\".":
        "coach montre votre réseau de votre point de vue : le degré de chaque personne, le "
        "nom tel que LinkedIn l'affiche, qui suit qui, les relations en commun, ce que vous "
        "pouvez faire et les conseils de vos fichiers de règles. Ctrl+P ouvre la palette de "
        "commandes (aller à un contact, filtres, règles). Changez une touche dans "
        "<home>/config.toml : [keymap] \"main.sort\" = \"S\".",
    "Command palette: go to a contact, import a file, filters, rules":
        "Palette de commandes : aller à un contact, importer un fichier, filtres, règles",
    # the note dialog (n) and what it says
    "Note about {name} (Enter saves, Tab: a reminder date, Esc cancels)":
        "Note sur {name} (Entrée enregistre, Tab : une date de rappel, Échap annule)",
    "what you want to remember": "ce que vous voulez retenir",
    "Remind me on (optional): YYYY-MM-DD, +3 for in three days, tomorrow":
        "Me le rappeler le (facultatif) : AAAA-MM-JJ, +3 pour dans trois jours, demain",
    "no reminder": "pas de rappel",
    "Nothing was noted": "Rien n'a été noté",
    "Reminder for {name}, due {day}: {text}": "Rappel pour {name}, le {day} : {text}",
    "Noted for {name}: {text}": "Noté pour {name} : {text}",
}
