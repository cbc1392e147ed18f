"""French for the map of my network: ``coach map`` and the app's map screen (issue 20)."""

FRENCH_NETWORK_MAP = {
    "your other connections": "vos autres relations",
    "your {company} colleagues": "vos collègues chez {company}",
    "the {label} circle": "le cercle {label}",
    "{first} and {last}": "{first} et {last}",
    "{name} links {circles}": "{name} fait le lien entre {circles}",
    "the only link you have to {n} 2nd-degree person":
        "votre seul lien avec {n} personne au 2e degré",
    "the only link you have to {n} 2nd-degree people":
        "votre seul lien avec {n} personnes au 2e degré",
    "{name}: {lead}": "{name}: {lead}",
    "{first}; {second}": "{first}; {second}",
    "{n} person": "{n} personne",
    "{n} people": "{n} personnes",
    "Other — {people}: in no circle": "Autres — {people}: dans aucun cercle",
    "{number}. {label} — {people} ({phrase})": "{number}. {label} — {people} ({phrase})",
    "Shared: {traits}": "En commun: {traits}",
    "none yet": "personne pour l'instant",
    "never": "jamais",
    "Strongest tie: {name} · last contact: {day}":
        "Lien le plus fort: {name} · dernier contact: {day}",
    "{names} and {more} more": "{names} et {more} autres",
    "No connections yet: import your LinkedIn export to see your circles.":
        "Aucune relation pour l'instant: importez votre export LinkedIn pour voir vos cercles.",
    "{n} circle among your {connections} connections ({links} links between them)":
        "{n} cercle parmi vos {connections} relations ({links} liens entre elles)",
    "{n} circles among your {connections} connections ({links} links between them)":
        "{n} cercles parmi vos {connections} relations ({links} liens entre elles)",
    "Brokers": "Passerelles",
    "No one links your circles yet.": "Personne ne relie encore vos cercles.",
    "Network map": "Carte du réseau",
    "your circles and who links them": "vos cercles et qui les relie",
    "Finding your circles…": "Recherche de vos cercles…",
    "Finding your circles": "La recherche de vos cercles",
    "Enter: show the person · Esc: back": "Entrée: voir la personne · Échap: retour",
    "broker": "passerelle",
    "strongest tie": "lien le plus fort",
    "Other": "Autres",
    "Circle": "Cercle",
    "Role": "Rôle",
}
"""English sentence → French, for the network map."""
