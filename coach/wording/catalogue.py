"""The command line's sentences in French, keyed by their English text.

Write them with plain spaces and straight apostrophes: French typography (no-break
spaces before ``: ; ? !`` and inside « », the apostrophe ’) is applied when they are used.
Forms that depend on a count come in pairs: the singular (used for 0 and 1 in French)
and the plural.
"""

from __future__ import annotations

FRENCH: dict[str, str] = {
    # small words
    "yes": "oui",
    "no": "non",
    "You": "Vous",
    "demo network": "réseau de démonstration",
    # what is waiting on you (coach advise, coach plan, the app, the coach pane)
    "Waiting on you ({n}):": "Ce qui vous attend ({n}) :",
    "Nothing is waiting on you.": "Rien ne vous attend.",
    "Reply to {name}: they wrote {ago}": "Répondre à {name} : message reçu {ago}",
    " and asked a question": " (une question)",
    "Answer the invitation from {name}: it has waited {waited}":
        "Répondre à l'invitation de {name} : elle attend depuis {waited}",
    "Reminder about {name}, {due}: {detail}": "Rappel pour {name}, {due} : {detail}",
    "Welcome {name}: you connected {ago} and have not written yet":
        "Souhaiter la bienvenue à {name} : relation établie {ago}, sans message depuis",
    "Thank {name} for the introduction they made {ago}":
        "Remercier {name} pour la mise en relation faite {ago}",
    "Your invitation to {name} has waited {waited}: withdraw it, or follow up another way":
        "Votre invitation à {name} attend depuis {waited} : retirez-la, ou relancez autrement",
    "Get back in touch with {name}: nothing for {waited}, and you meant to be in touch every "
    "{every}": "Reprendre contact avec {name} : rien depuis {waited}, pour un rythme voulu "
               "de {every}",
    "today": "aujourd'hui",
    "yesterday": "hier",
    "{n} days ago": "il y a {n} jours",
    "{n} day": "{n} jour",
    "{n} days": "{n} jours",
    "due today": "pour aujourd'hui",
    "{late} overdue": "en retard de {late}",
    "due in {wait}": "dans {wait}",
    "… and {n} more (`--json` lists them all)": "… et {n} de plus (`--json` les donne toutes)",
    "… and {n} more (`coach advise --waiting`)": "… et {n} de plus (`coach advise --waiting`)",
    # coach show, coach note, the detail pane: notes and reminders
    "Reminder #{id} due {day}: {text}": "Rappel n° {id} pour le {day} : {text}",
    "Notes": "Notes",
    "due {day}:": "pour le {day} :",
    "… and {n} more (`coach note NAME`)": "… et {n} de plus (`coach note NOM`)",
    # coach show
    " (observed on LinkedIn)": " (constaté sur LinkedIn)",
    "Shown on LinkedIn as: {name}": "Affiché sur LinkedIn comme : {name}",
    "Degree: {degree}": "Degré : {degree}",
    "{n} mutual connection": "{n} relation en commun",
    "{n} mutual connections": "{n} relations en commun",
    "Follows you: {follows_me} · You follow: {i_follow}":
        "Vous suit : {follows_me} · Vous suivez : {i_follow}",
    " and {n} more": " et {n} de plus",
    "Shared connections: {names}{more}": "Relations en commun : {names}{more}",
    "Introduction paths:": "Chemins de mise en relation :",
    "Flags: {flags}": "Particularités : {flags}",
    "Groups: {groups}": "Groupes : {groups}",
    "Tags: {tags}": "Étiquettes : {tags}",
    "Invitation sent {day}: {status}": "Invitation envoyée le {day} : {status}",
    "Invitation received {day}: {status}": "Invitation reçue le {day} : {status}",
    "Recent interactions:": "Échanges récents :",
    " (from them)": " (de sa part)",
    "Note {day}: {text}": "Note du {day} : {text}",
    # coach advise
    "Advice: none of the rules applies.": "Conseils : aucune règle ne s'applique.",
    "Advice:": "Conseils :",
    "  {rank}. {title}  ({rule}, priority {priority}, {where})":
        "  {rank}. {title}  ({rule}, priorité {priority}, {where})",
    "     Why: {why}": "     Pourquoi : {why}",
    "     Actions: {actions}": "     Actions : {actions}",
    "  … and {n} more (coach advise)": "  … et {n} de plus (coach advise)",
    "Actions:": "Actions :",
    "  [{limit}: {left} left]": "  [{limit} : encore {left}]",
    "  {mark} {label}: {reason}{left}": "  {mark} {label} : {reason}{left}",
    "No move to suggest: no rule with a move holds for anyone.":
        "Aucune action à proposer : aucune règle d'action ne s'applique à personne.",
    "You tagged them do-not-contact.":
        "Vous avez placé cette personne sur votre liste « ne pas contacter ».",
    # coach plan
    "Agenda for {day}: {to_do} to do today, {waiting} waiting":
        "Agenda du {day} : à faire aujourd'hui {to_do}, en attente {waiting}",
    "Do today": "À faire aujourd'hui",
    "Waiting (limits)": "En attente (limites de LinkedIn)",
    "Coming up": "À venir",
    "Changes": "Changements",
    "  [{id}] {name}: {status} — {reason}": "  [{id}] {name} : {status} — {reason}",
    "No one is in a scenario: `coach enrol SCENARIO QUERY…` puts people in one.":
        "Personne ne suit de scénario : `coach enrol SCENARIO QUERY…` y inscrit des personnes.",
    "Mark a step with `coach step ID done` (or skip).":
        "Marquez une étape faite avec `coach step ID done` (ou passez-la avec `skip`).",
    "  [{id}] {name} ({degree}) — {scenario}, step {step}: {what}":
        "  [{id}] {name} ({degree}) — {scenario}, étape {step} : {what}",
    " by {how}": " par {how}",
    "       waits: {why}": "       en attente : {why}",
    "       note: {why}": "       remarque : {why}",
    "       text: {text}": "       texte : {text}",
    "wait {n} day": "attendre {n} jour",
    "wait {n} days": "attendre {n} jours",
    "wait up to {days} days for them to accept": "attendre sa réponse jusqu'à {days} jours",
    "invite them, with a personal note":
        "l'inviter à entrer en relation, avec une note personnelle",
    # coach summary
    "Me: not chosen yet — `coach me QUERY`, or import with --me ID":
        "Moi : pas encore choisi — `coach me QUERY`, ou importez avec --me ID",
    "Me: {name}": "Moi : {name}",
    "People: {people}   Connections: {connections}   Follows recorded: {follows}   "
    "Groups: {groups}   Interactions: {interactions}":
        "Personnes : {people}   Relations : {connections}   Abonnements notés : {follows}   "
        "Groupes : {groups}   Échanges : {interactions}",
    "Followers: {followers} ({followers_not_connected} not connected)   You follow: "
    "{following} ({following_not_connected} not connected)":
        "Abonnés : {followers} (hors relations : {followers_not_connected})   Vous suivez : "
        "{following} (hors relations : {following_not_connected})",
    "Pending invitations: {sent} sent, {received} received":
        "Invitations en attente : envoyées {sent}, reçues {received}",
    "Invitations left this week: {left} of {limit}":
        "Invitations restantes cette semaine : {left} sur {limit}",
    # coach contacts
    "No contacts match.": "Aucun contact ne correspond.",
    "deg": "deg",
    "name": "nom",
    "follow": "suivi",
    "mutual": "commun",
    "company · position": "entreprise · poste",
    "last contact": "dernier échange",
    "{n} contact   (⇄ follow each other, ← follows you, → you follow)":
        "{n} contact   (⇄ abonnement mutuel, ← vous suit, → vous suivez)",
    "{n} contacts   (⇄ follow each other, ← follows you, → you follow)":
        "{n} contacts   (⇄ abonnement mutuel, ← vous suit, → vous suivez)",
    # where the network stops at your connections
    "No one at 2nd or 3rd degree yet: a LinkedIn export lists only your own connections. To "
    "see further, paste a LinkedIn search results page (`coach paste`), import a teammate's "
    "export (`coach import THEIR.zip --teammate NAME`) or add someone you saw (`coach add NAME "
    "--degree 2 --mutual CONNECTION`).":
        "Personne au 2e ou au 3e degré pour l'instant : un export LinkedIn ne liste que vos "
        "propres relations. Pour voir plus loin, collez une page de résultats de recherche "
        "LinkedIn (`coach paste`), importez l'export d'un ou d'une collègue (`coach import "
        "SON_EXPORT.zip --teammate NOM`) ou ajoutez une personne vue (`coach add NOM --degree 2 "
        "--mutual RELATION`).",
}
