"""The command line's confirmations and errors in French, keyed by their English text
(see :mod:`coach.wording.catalogue`): ``log``, ``tag``, ``me``, ``note``, ``enrol``,
``step``, ``import``, ``export``, ``rules`` and the ``coach: …`` errors of the front end.
"""

from __future__ import annotations

FRENCH_COMMANDS: dict[str, str] = {
    # coach log, coach tag, coach me
    "Logged: {what} with {name}, at {at}": "Noté : {what} — {name}, le {at}",
    "Logged: {what} from {name}, at {at}": "Noté : {what} de la part de {name}, le {at}",
    "{name}: {tags}": "{name} : {tags}",
    "no tags": "aucune étiquette",
    "Me: {name} (#{id})": "Moi : {name} (#{id})",
    "not logged: {reason}": "rien n'a été noté : {reason}",
    "no 'me' chosen yet: `coach me QUERY`": "pas encore de « moi » : `coach me QUERY`",
    "no 'me' in this workspace yet: choose one with `coach me QUERY`":
        "pas encore de « moi » dans cet espace de travail : choisissez-le avec `coach me QUERY`",
    "that is you: log actions with other people":
        "c'est vous : notez les actions avec d'autres personnes",
    "a note needs text: add --note TEXT": "une note a besoin d'un texte : ajoutez --note TEXTE",
    "a tag needs text: `coach tag QUERY close`":
        "une étiquette a besoin d'un texte : `coach tag QUERY close`",
    # coach note
    "Reminder #{id} done.": "Rappel n° {id} traité.",
    "no open reminder #{id} (`coach note NAME` lists them)":
        "aucun rappel ouvert n° {id} (`coach note NOM` les donne)",
    "name the person: `coach note QUERY TEXT [--due DATE]`":
        "nommez la personne : `coach note QUERY TEXT [--due DATE]`",
    "a reminder needs some text: `coach note QUERY TEXT --due DATE`":
        "un rappel a besoin d'un texte : `coach note QUERY TEXT --due DATE`",
    "a note needs some text": "une note a besoin d'un texte",
    "Reminder #{id} for {name}, due {day}: {text}": "Rappel n° {id} pour {name}, le {day} : {text}",
    "No notes on {name} yet: `coach note QUERY TEXT [--due DATE]`.":
        "Aucune note sur {name} pour l'instant : `coach note QUERY TEXT [--due DATE]`.",
    "Notes on {name}:": "Notes sur {name} :",
    "Open reminders (`coach note --done ID` when dealt with):":
        "Rappels ouverts (`coach note --done ID` une fois traités) :",
    "  #{id}  due {day}  {text}": "  n° {id}  pour le {day}  {text}",
    # coach enrol
    "Enrolled {n} in {scenario} ({id}) on {day}; first step: {step}":
        "Inscriptions dans {scenario} ({id}) le {day} : {n} ; première étape : {step}",
    "Left out {n}:": "Laissées de côté ({n}) :",
    "  #{id} {name}: {reason}": "  #{id} {name} : {reason}",
    "  … and {n} more (--json lists them all)": "  … et {n} de plus (--json les donne toutes)",
    "not in your network": "hors de votre réseau",
    "that is you": "c'est vous",
    "already in this scenario": "suit déjà ce scénario",
    "name the people to enrol (QUERY…) or a list (--degree, --followers, --search)":
        "nommez les personnes à inscrire (QUERY…) ou une liste (--degree, --followers, "
        "--search)",
    "the scenario files have problems (coach rules check):\n{problems}":
        "les fichiers de scénarios ont des problèmes (coach rules check) :\n{problems}",
    # coach step
    "Done: {name}, step {step} of {scenario} ({what}); {then}":
        "Fait : {name}, étape {step} de {scenario} ({what}) ; {then}",
    "Skipped: {name}, step {step} of {scenario} ({what}); {then}":
        "Passé : {name}, étape {step} de {scenario} ({what}) ; {then}",
    "the scenario is complete": "le scénario est terminé",
    "next: {what}": "ensuite : {what}",
    "not an enrolment id: {id!r} (the number in [ ] in `coach plan`)":
        "« {id} » n'est pas un numéro d'inscription (le nombre entre [ ] dans `coach plan`)",
    # coach import, coach export
    "{reason} (nothing was imported)": "{reason} (rien n'a été importé)",
    "No 'me' yet: choose who you are with `coach me QUERY` or re-import with --me ID.":
        "Pas encore de « moi » : choisissez qui vous êtes avec `coach me QUERY` ou "
        "réimportez avec --me ID.",
    "Imported {source} ({format})": "Importé : {source} ({format})",
    "  rows skipped: {n}": "  lignes ignorées : {n}",
    "    … and {n} more": "    … et {n} de plus",
    "the workspace is empty: nothing to export": "l'espace de travail est vide : rien à exporter",
    "Exported to {path} ({kind})": "Exporté vers {path} ({kind})",
    # opening the workspace, finding a person
    "cannot open the workspace {home}: {reason}":
        "impossible d'ouvrir l'espace de travail {home} : {reason}",
    "your workspace {home} is empty; showing the demo network. {banner}":
        "votre espace de travail {home} est vide ; voici le réseau de démonstration. {banner}",
    "your workspace {home} is empty: import your network first (`coach import PATH`), or "
    "explore the demo with `coach demo`":
        "votre espace de travail {home} est vide : importez d'abord votre réseau (`coach "
        "import PATH`), ou explorez la démonstration avec `coach demo`",
    "no one matches {query!r}": "personne ne correspond à « {query} »",
    "an empty query: give a name, a profile URL or an id (#12)":
        "requête vide : donnez un nom, l'URL d'un profil ou un identifiant (#12)",
    "a note needs text: `coach note QUERY TEXT [--due DATE]`":
        "une note a besoin d'un texte : `coach note QUERY TEXT [--due DATE]`",
    "{n} people match {query!r}; use the id, e.g. #{id}:":
        "{n} personnes correspondent à « {query} » ; utilisez le numéro, par exemple #{id} :",
    "  … and {n} more": "  … et {n} de plus",
    "interrupted": "interrompu",
    "{reason} (run with --debug for the details)":
        "{reason} (relancez avec --debug pour les détails)",
    # coach rules
    "{n} file": "{n} fichier",
    "{n} files": "{n} fichiers",
    "{n} rule": "{n} règle",
    "{n} rules": "{n} règles",
    "{n} action": "{n} action",
    "{n} actions": "{n} actions",
    "{n} limit": "{n} limite",
    "{n} limits": "{n} limites",
    "{n} scenario": "{n} scénario",
    "{n} scenarios": "{n} scénarios",
    "{n} test": "{n} test",
    "{n} tests": "{n} tests",
    "{n} problem": "{n} problème",
    "{n} problems": "{n} problèmes",
    "no problems": "aucun problème",
    "{counts}: {problems}": "{counts} : {problems}",
    "PASS {where} {name}": "RÉUSSI {where} {name}",
    "FAIL {where} {name}": "ÉCHEC {where} {name}",
    "{head}: {why}": "{head} : {why}",
    "{passed} passed, {failed} failed": "réussis : {passed}, en échec : {failed}",
    "cannot write the rules to {target}: {reason}":
        "impossible d'écrire les règles dans {target} : {reason}",
    "Copied {n} rule files to {target}": "Fichiers de règles copiés dans {target} : {n}",
    ": {names}": " ({names})",
    "Kept {n} files you already have (use --force to overwrite): {names}":
        "Fichiers déjà présents, gardés (--force pour les remplacer) : {n} ({names})",
    "Edit them: a rule there replaces the shipped rule with the same id. "
    "Check with `coach rules check`, test with `coach rules test`.":
        "Modifiez-les : une règle y remplace la règle livrée de même identifiant. "
        "Vérifiez avec `coach rules check`, testez avec `coach rules test`.",
    # coach add, coach edit
    "Added {name} (#{id}), {degree}": "Ajout de {name} (#{id}), {degree}",
    "Updated {name} (#{id}), {degree}": "Mise à jour de {name} (#{id}), {degree}",
    "Shared connections: {names}": "Relations en commun : {names}",
    "Updated {name} (#{id}): {fields}": "Mise à jour de {name} (#{id}) : {fields}",
    "{name!r} is none of your 1st-degree connections: name a connection (or import them "
    "first)": "{name!r} n'est aucune de vos relations du 1er degré : nommez une relation (ou "
              "importez-la d'abord)",
    "{name!r} matches several of your connections; use the id, e.g. #{id}:":
        "{name!r} correspond à plusieurs de vos relations ; utilisez l'identifiant, par "
        "exemple #{id} :",
    # coach paste
    "Dry run: nothing was written.": "Essai à blanc : rien n'a été écrit.",
    "degree": "degré",
    "mutual": "communes",
    "named mutual connections": "relations en commun nommées",
    "follower": "abonnement",
    "(LinkedIn Member)": "(Membre LinkedIn)",
    "search results page": "page de résultats de recherche",
    "followers page": "page des abonnés",
    "Recognised {n} person ({page})": "{n} personne reconnue ({page})",
    "Recognised {n} people ({page})": "{n} personnes reconnues ({page})",
    "Not read: {n} block": "Non lu : {n} bloc",
    "Not read: {n} blocks": "Non lus : {n} blocs",
    "line {line}: {text}: {reason}": "ligne {line} : {text} : {reason}",
    "follows you, you follow back": "vous suit, vous suivez en retour",
    "follows you": "vous suit",
}
