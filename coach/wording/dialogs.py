"""The app's palette, dialogs and notices in French, keyed by their English text (see
:mod:`coach.wording.screens`): the command palette, the enrol dialog, the import screen and
what the app says after logging or enrolling, or when work fails."""

from __future__ import annotations

from coach.import_formats import FORMAT_HELP

FORMATS_FR = {
    "linkedin": "un export LinkedIn (.zip, son dossier, ou son Connections.csv)",
    "edgelist": "une liste d'arêtes, façon SNAP : 'a b' par ligne",
    "graphml": "un fichier GraphML",
    "gexf": "un fichier GEXF",
    "csv": "un dossier CSV de coach ou son .zip (people.csv, connections.csv…)",
    "search": "un CSV de résultats de recherche (name,profile_url,degree,…)",
}

FRENCH_DIALOGS: dict[str, str] = {
    # the command palette: coach's commands
    "Search for commands…": "Chercher une commande…",
    "Show everyone": "Afficher tout le monde",
    "all degrees": "tous les degrés",
    "Show 1st degree": "Afficher le 1er degré",
    "your connections": "vos relations",
    "Show 2nd degree": "Afficher le 2e degré",
    "friends of friends": "les relations de vos relations",
    "Show 3rd degree": "Afficher le 3e degré",
    "one step further": "un cran plus loin",
    "Show out of network": "Afficher les personnes hors réseau",
    "LinkedIn Members": "les « Membres LinkedIn »",
    "Toggle followers": "Abonnés seulement, ou tout le monde",
    "people who follow you": "les personnes qui vous suivent",
    "Next sort order": "Tri suivant",
    "degree, name, shared connections, last contact":
        "degré, nom, relations en commun, dernier échange",
    "Import a file": "Importer un fichier",
    "LinkedIn export, CSV, edge list, GraphML…": "export LinkedIn, CSV, liste d'arêtes, GraphML…",
    "Check and reload rules": "Vérifier et relire les règles",
    "re-read the rule files now": "relire les fichiers de règles maintenant",
    "counts, followers, growth, invitations left":
        "chiffres, abonnés, croissance, invitations restantes",
    "today's scenario steps, and what waits": "les étapes de scénario du jour, et ce qui attend",
    "Enrol the highlighted contact in a scenario":
        "Inscrire le contact sélectionné dans un scénario",
    "visit, invite, welcome…": "visite, invitation, bienvenue…",
    "Enrol everyone shown in a scenario": "Inscrire toutes les personnes affichées dans un scénario",
    "after a confirmation": "après confirmation",
    "every key": "toutes les touches",
    "Edit rule file {name}": "Modifier le fichier de règles {name}",
    "Go to {name}": "Aller à {name}",
    # the command palette: Textual's own commands
    "Theme": "Thème",
    "Change the current theme": "Changer de thème",
    "Quit the application as soon as possible": "Quitter l'application aussitôt",
    "Keys": "Touches",
    "Show help for the focused widget and a summary of available keys":
        "Afficher l'aide de l'élément actif et le résumé des touches",
    "Hide the keys and widget help panel": "Masquer le panneau des touches et de l'aide",
    "Maximize": "Agrandir",
    "Maximize the focused widget": "Agrandir l'élément actif",
    "Minimize": "Réduire",
    "Minimize the widget and restore to normal size": "Rendre à l'élément sa taille normale",
    "Screenshot": "Capture d'écran",
    "Save an SVG 'screenshot' of the current screen":
        "Enregistrer une capture de l'écran au format SVG",
    # when work fails, and what was being done
    "{what} failed: {reason}. What you see is the last good state.":
        "Échec — {what} : {reason}. Ce qui est affiché est le dernier état valide.",
    "Something went wrong": "Un problème est survenu",
    "Reading the rules": "lecture des règles",
    "Reading the network": "lecture du réseau",
    "Ranking the advice": "classement des conseils",
    "Searching": "recherche",
    "Reloading the rules": "relecture des règles",
    "Showing this contact": "affichage du contact",
    "Keeping a note": "enregistrement de la note",
    "Logging": "enregistrement de l'action",
    "Enrolling": "inscription",
    "Planning today": "préparation du jour",
    "{n} problem(s) in the rule files: see the banner":
        "{n} problème(s) dans les fichiers de règles : voir le bandeau",
    "This demo has no workspace to import into: run `coach import PATH`.":
        "Cette démonstration n'a pas d'espace de travail où importer : lancez `coach import "
        "PATH`.",
    "cannot open {name} in {editor}: {reason}": "impossible d'ouvrir {name} avec {editor} : {reason}",
    # enrolling from the app
    "No contact to enrol.": "Aucun contact à inscrire.",
    "{n} problem(s) in the scenario files: {first}":
        "{n} problème(s) dans les fichiers de scénarios : {first}",
    "No scenario to enrol into: add files to rules/scenarios.":
        "Aucun scénario où inscrire : ajoutez des fichiers dans rules/scenarios.",
    "Enrolled {n} in {scenario}": "Inscriptions dans {scenario} : {n}",
    "; {n} left out ({reason}{more})": " ; laissées de côté : {n} ({reason}{more})",
    "Enrol {who} in which scenario? (Enter chooses, Esc cancels)":
        "Inscrire {who} dans quel scénario ? (Entrée choisit, Échap annule)",
    "Enrol {who} in {scenario}? Those who do not match its entry conditions stay out. "
    "y: yes · n: no":
        "Inscrire {who} dans {scenario} ? Les personnes qui ne remplissent pas ses conditions "
        "d'entrée restent de côté. y : oui · n : non",
    "Cancel": "Annuler",
    "Yes": "Oui",
    # the import screen
    "Import into {home}": "Importer dans {home}",
    "A LinkedIn export (.zip or folder), a coach CSV folder, an edge list (.txt), a GraphML "
    "or GEXF file, or a search-results CSV. The format is recognised from the file; Tab "
    "reaches the options (as `coach import --format --me --teammate --directed`).":
        "Un export LinkedIn (.zip ou dossier), un dossier CSV de coach, une liste d'arêtes "
        "(.txt), un fichier GraphML ou GEXF, ou un CSV de résultats de recherche. Le format "
        "est reconnu d'après le fichier ; Tab mène aux options (comme `coach import --format "
        "--me --teammate --directed`).",
    "path of the file or folder (Enter imports, Esc closes)":
        "chemin du fichier ou du dossier (Entrée importe, Échap ferme)",
    "{name}: {what}": "{name} : {what}",
    **{FORMAT_HELP[name]: french for name, french in FORMATS_FR.items()},
    "format: guessed": "format : reconnu",
    "me: your id, name or URL": "moi : votre numéro, nom ou URL",
    "teammate: whose export": "coéquipier : l'auteur de l'export",
    "directed": "orienté",
    "Type the path of a file or folder first.":
        "Tapez d'abord le chemin d'un fichier ou d'un dossier.",
    "{path}: no such file or folder": "{path} : fichier ou dossier introuvable",
    "Importing {name}…": "Import de {name}…",
    "Nothing was imported.": "Rien n'a été importé.",
    "The import failed: {reason}": "L'import a échoué : {reason}",
    "Enter or Esc: back to the network": "Entrée ou Échap : retour au réseau",
}
