"""``coach doctor`` and ``coach backup`` in French, keyed by their English text."""

from __future__ import annotations

FRENCH_CARE: dict[str, str] = {
    "Store: {path}": "Base de données : {path}",
    "The network snapshot was rebuilt.": "L'instantané du réseau a été reconstruit.",
    "Backed up {source} to {target}.": "Copie de {source} écrite dans {target}.",
    "no store yet: nothing to check (it is made by the first import)":
        "pas encore de base de données : rien à vérifier (elle est créée au premier import)",
    "not a file: the store must be a regular file":
        "ce n'est pas un fichier : la base de données doit être un fichier ordinaire",
    "cannot read the file: {reason}": "impossible de lire le fichier : {reason}",
    "not an SQLite file (was it overwritten?): restore a backup":
        "ce n'est pas un fichier SQLite (a-t-il été écrasé ?) : restaurez une sauvegarde",
    "SQLite cannot open it: {reason}": "SQLite ne peut pas l'ouvrir : {reason}",
    "damaged: SQLite cannot read it ({reason}); restore a backup":
        "endommagée : SQLite ne peut pas la lire ({reason}) ; restaurez une sauvegarde",
    "SQLite's integrity check: ok": "contrôle d'intégrité de SQLite : rien à signaler",
    "damaged: {shown}; restore a backup (people and connections may still be exported with "
    "`coach export` if the damage is elsewhere)":
        "endommagée : {shown} ; restaurez une sauvegarde (si le dommage est ailleurs, les "
        "personnes et les relations peuvent encore être exportées avec `coach export`)",
    "schema version {version} is newer than this coach understands ({known}): upgrade coach":
        "schéma en version {version}, plus récente que celle que cette version de coach "
        "comprend ({known}) : mettez coach à jour",
    "schema version {version}: upgraded to {known} at the next command that writes":
        "schéma en version {version} : mis à niveau en version {known} à la prochaine "
        "commande qui écrit",
    "schema version {version}: {people} people, {links} connections":
        "schéma en version {version} : {people} personnes, {links} relations",
    "network snapshot: none yet (made at the next start)":
        "instantané du réseau : pas encore (créé au prochain démarrage)",
    "network snapshot: up to date": "instantané du réseau : à jour",
    "network snapshot: out of date (rebuilt at the next start, or now with `coach doctor "
    "--rebuild-snapshot`)":
        "instantané du réseau : périmé (reconstruit au prochain démarrage, ou tout de suite "
        "avec `coach doctor --rebuild-snapshot`)",
    "only {mb} MB free beside the store: imports may fail; free some space":
        "seulement {mb} Mo libres à côté de la base de données : les imports risquent "
        "d'échouer ; libérez de la place",
    "{path} is not sound: the snapshot is not rebuilt (see `coach doctor`)":
        "{path} est endommagée : l'instantané n'est pas reconstruit (voir `coach doctor`)",
    "no store at {path}: nothing to back up":
        "aucune base de données dans {path} : rien à sauvegarder",
    "{path} is the store itself: back it up somewhere else":
        "{path} est la base de données elle-même : faites la copie ailleurs",
    "{path} already exists: choose another path or add --force":
        "{path} existe déjà : choisissez un autre chemin ou ajoutez --force",
    "cannot back up to {path}: {reason}": "impossible d'écrire la copie dans {path} : {reason}",
}
