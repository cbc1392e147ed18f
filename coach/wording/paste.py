"""French for ``coach paste``'s pages: the connections list, the invitation manager and a
profile's mutual connections (what was recognised, the blocks not read, the counts)."""

from __future__ import annotations

FRENCH_PASTE = {
    # the table of what was recognised
    "connected on": "en relation depuis le",
    "invitation": "invitation",
    "connections page": "page des relations",
    "invitation manager": "gestionnaire d'invitations",
    "connections you share with {name}": "relations en commun avec {name}",
    "connections you share with {name}: {n} in all":
        "relations en commun avec {name} : {n} en tout",
    "received": "reçue",
    "sent": "envoyée",
    "received {day}": "reçue le {day}",
    "sent {day}": "envoyée le {day}",
    "received about {day}": "reçue vers le {day}",
    "sent about {day}": "envoyée vers le {day}",
    # blocks not read: every page
    "before the first result: not a person": "avant le premier résultat : pas une personne",
    "after a result's buttons: not a person": "après les boutons d'un résultat : pas une personne",
    "a LinkedIn Member with a degree: not read": "un Membre LinkedIn avec un degré : non lu",
    "no degree (• 1st, • 2nd, • 3rd+ / • 1er, • 2e, • 3e et +)":
        "aucun degré (• 1er, • 2e, • 3e et + / • 1st, • 2nd, • 3rd+)",
    "two different degrees shown": "deux degrés différents affichés",
    "a follow button without a name": "un bouton d'abonnement sans nom",
    "no Following/Follow button after it": "aucun bouton Suivi/Suivre après",
    "no name before the follow button": "aucun nom avant le bouton d'abonnement",
    "more than a name and a headline before the follow button":
        "plus qu'un nom et un titre avant le bouton d'abonnement",
    "a connection date without a name": "une date de mise en relation sans nom",
    "before the first connection: not a person": "avant la première relation : pas une personne",
    'no "Connected on" date after it': "aucune date « Relation établie le » après",
    "no name before the connection date": "aucun nom avant la date de mise en relation",
    "more than a name and an occupation before the connection date":
        "plus qu'un nom et une profession avant la date de mise en relation",
    "connection date not read": "date de mise en relation illisible",
    "no Accept/Ignore or Withdraw button after it":
        "aucun bouton Accepter/Ignorer ou Retirer après",
    "a button without a name": "un bouton sans nom",
    "mutual connections not read": "relations en commun illisibles",
    "no name before the invitation's buttons": "aucun nom avant les boutons de l'invitation",
    "more than a name and a headline before the invitation's buttons":
        "plus qu'un nom et un titre avant les boutons de l'invitation",
    # the report
    "connections read": "relations lues",
    "mutual connections read": "relations en commun lues",
    "invitations sent weeks or months ago are dated approximately (counted back from today)":
        "les invitations envoyées il y a des semaines ou des mois sont datées approximativement "
        "(en remontant depuis aujourd'hui)",
}
