"""``coach serve`` (the app in a browser) in French, keyed by its English text."""

from __future__ import annotations

FRENCH_SERVE: dict[str, str] = {
    "the browser mode needs textual-serve, which is not installed: "
    "`pip install 'coach[serve]'` (or `pipx inject coach textual-serve`)":
        "le mode navigateur a besoin de textual-serve, qui n'est pas installé : "
        "`pip install 'coach[serve]'` (ou `pipx inject coach textual-serve`)",
    "warning: listening on {host}: anyone who can reach this machine on that network can "
    "open your coach and read your network":
        "attention : écoute sur {host} : toute personne qui peut joindre cette machine sur ce "
        "réseau peut ouvrir votre coach et lire votre réseau",
    "coach is served on {url}: open it in a browser. Ctrl+C stops.":
        "coach est servi sur {url} : ouvrez cette adresse dans un navigateur ; Ctrl+C pour "
        "arrêter.",
    "coach is no longer served.": "coach n'est plus servi.",
    "cannot listen on {host}: {reason}": "impossible d'écouter sur {host} : {reason}",
    "port {port} on {host} is in use: choose another with --port N":
        "le port {port} est déjà pris sur {host} : choisissez-en un autre avec --port N",
    "cannot listen on {host} port {port}: {reason}":
        "impossible d'écouter sur {host}, port {port} : {reason}",
    "refused: a page from {origin} may not open coach":
        "refusé : une page de {origin} ne peut pas ouvrir coach",
    "refused: coach answers at this machine's own address, not at {host}":
        "refusé : coach ne répond qu'à l'adresse de cette machine, pas à {host}",
}
