"""French for the people read as columns (issue 19): the detail pane while the advice is
worked out after the list is shown."""

FRENCH_COLUMNS = {
    "Working out the advice…": "Calcul des conseils…",
}
