"""French for any terminal size and the theme (issue 17, item 7): the filter bar's short
chips and the theme remembered in config.toml."""

FRENCH_LAYOUT = {
    "{key} followers": "{key} abonnés",
    "{key} tags": "{key} étiq.",
    "  {n} shown": "  {n} à l'écran",
    '{where}: unknown theme "{name}"; known themes: {names}':
        "{where}: thème « {name} » inconnu; thèmes connus: {names}",
    "Remembering the theme": "enregistrement du thème",
}
