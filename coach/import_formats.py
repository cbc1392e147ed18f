"""The formats ``coach import`` reads: one list for the command line's choices and help, the
app's import screen and the importers themselves (kept apart from the importers, so that
parsing a command line does not load them)."""

FORMAT_HELP = {
    "linkedin": "a LinkedIn export (.zip, its folder, or its Connections.csv)",
    "edgelist": "an edge list, SNAP style: 'a b' per line",
    "graphml": "a GraphML file",
    "gexf": "a GEXF file",
    "csv": "a coach CSV folder or .zip (people.csv, connections.csv…), or a coach JSON export",
    "search": "a search-results CSV (name,profile_url,degree,…)",
    "people": "any CSV of people (another tool's export, a spreadsheet): columns mapped by "
              "meaning, --map COLUMN=FIELD for the rest",
}
"""Every format, with what it reads."""

FORMATS = tuple(FORMAT_HELP)
"""Formats ``coach import`` understands."""
