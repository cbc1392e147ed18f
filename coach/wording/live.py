"""French for live data and the small traps of the app (issue 17, items 4 and 8)."""

FRENCH_LIVE = {
    "The workspace changed outside the app: shown again.":
        "L'espace de travail a changé hors de l'application : il est affiché à nouveau.",
    "The workspace can no longer be watched for changes: {reason}":
        "Les changements de l'espace de travail ne peuvent plus être suivis : {reason}",
    "Reload rules and data": "Relire les règles et les données",
    "{where}: {winner} = \"{key}\" takes {key} from {loser}, which keeps {left}":
        "{where} : {winner} = \"{key}\" prend la touche {key} à {loser}, qui garde {left}",
    "{where}: {winner} = \"{key}\" takes {key} from {loser}, which has no key left: give "
    "it one in [keymap]":
        "{where} : {winner} = \"{key}\" prend la touche {key} à {loser}, qui n'a plus de "
        "touche : attribuez-lui une touche dans [keymap]",
    # the months under the overview's chart
    "Jan": "janv.", "Feb": "févr.", "Mar": "mars", "Apr": "avr.", "May": "mai", "Jun": "juin",
    "Jul": "juil.", "Aug": "août", "Sep": "sept.", "Oct": "oct.", "Nov": "nov.", "Dec": "déc.",
}
