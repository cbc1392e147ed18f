"""``Connections.csv`` of every era: people, and their connection with the export's owner.

Eras: ``First Name,Last Name,Email Address,Company,Position,Connected On`` (up to about May
2023, no URL) and ``First Name,Last Name,URL,Email Address,Company,Position,Connected On``
(from about July 2023), with or without the ``Notes:`` preamble. People with a URL are keyed
by it. People without one (old exports) are keyed by a reference made of the owner, the
folded name and the connection date, so that re-importing the same export finds them
again, two namesakes connected on different days stay apart, and a newer export with URLs
attaches each URL to the person the old export made.
"""

from __future__ import annotations

from collections import Counter

from coach.importers.linkedin_csv import (
    DateError,
    Table,
    looks_like_profile_url,
    read_table,
)
from coach.importers.linkedin_headers import CONNECTIONS
from coach.importers.report import plural
from coach.importers.session import Session
from coach.importers.text_file import TextFile
from coach.naming import fold
from coach.profile_url import normalise_profile_url

FILE = "Connections.csv"


def read_connections(text: str | TextFile) -> Table:
    """The table of a Connections.csv text, found after any preamble."""
    return read_table(text, FILE, ("first name", "last name"), meanings=CONNECTIONS)


def legacy_ref(owner_key: str, first: str, last: str, connected_on: str | None) -> str:
    """The reference of a connection known without URL: owner, folded name, date."""
    return f"linkedin:{owner_key}:{fold(f'{first} {last}')}|{connected_on or ''}"


def import_connections(session: Session, table: Table, owner_key: str,
                       dates, name: str = FILE) -> None:
    """Write every row of a Connections table as a person connected to the session's owner.

    Rows blank except the date are hidden (or deleted) members: counted, not made into
    people. A row with the wrong number of fields or an unreadable date is skipped and
    reported with its line. New people and connections are written in bulk at the end.
    """
    report = session.report
    width = len(table.header)
    col = {key: table.index(*names) for key, names in _COLUMNS.items()}
    occurrences: Counter[str] = Counter()
    by_name_and_date = None
    hidden = repeated = 0
    seen_urls: set[str] = set()
    planned: list[tuple[int, str | None]] = []  # (person id, or -n for the n-th new one; date)
    new: list[dict] = []
    for line, cells in table.rows:
        session.progress.advance()
        if len(cells) != width:
            if len(cells) > width and not any(cells[width:]):
                cells = cells[:width]  # trailing empty fields (Excel)
            else:
                report.skip(name, line, f"{len(cells)} fields where the header has {width} "
                                        "(an unquoted comma?)")
                continue
        values = {key: (cells[at] if at is not None else "") for key, at in col.items()}
        if not any(value for key, value in values.items() if key != "on"):
            hidden += 1
            continue
        try:
            connected_on = dates(values["on"])[:10] if values["on"] else None
        except DateError as error:
            report.skip(name, line, str(error))
            continue
        session.seen(connected_on)
        first, last, url = values["first"], values["last"], values["url"]
        if url and not looks_like_profile_url(url):
            report.skip(name, line, f"not a LinkedIn profile URL: {url[:60]!r}")
            continue
        if not (first or last or url):
            report.skip(name, line, "no name and no profile URL: cannot tell who this is")
            continue
        key = normalise_profile_url(url) if url else None
        if key:
            if key in seen_urls:
                repeated += 1  # the same member twice in one file: the first row counts
                continue
            seen_urls.add(key)
        base = legacy_ref(owner_key, first, last, connected_on)
        occurrences[base] += 1
        ref = base if occurrences[base] == 1 else f"{base}|{occurrences[base]}"
        fields = {"first_name": first, "last_name": last, "email": values["email"],
                  "company": values["company"], "position": values["position"]}
        person = session.index.locate(key, None if key else ref, ref if key else None)
        if person is None and not key:
            if by_name_and_date is None:
                by_name_and_date = _known_by_name_and_date(session)
            same = by_name_and_date.get((fold(f"{first} {last}"), connected_on), [])
            person = same[0] if len(same) == 1 else None
        if person is None:
            new.append(dict(fields, profile_url=key, ref=None if key else ref))
            planned.append((-len(new), connected_on))
        elif person == session.owner:
            report.skip(name, line, "this row is the export's owner")
        else:
            session.update(person, key, fields)
            planned.append((person, connected_on))
    ids = session.add_many(new)
    rows = [(ids[-person - 1] if person < 0 else person, on) for person, on in planned]
    added = session.connect_many(rows)
    report.add(f"{name} rows read", len(table.rows))
    report.add("hidden members (rows blank but the date)", hidden)
    report.add("connections added", added)
    report.add("connections already known", len(rows) - added)
    if repeated:
        report.add("rows repeating a member already in the file", repeated)
    if hidden:
        report.remarks.append(
            f"{plural(hidden, 'row', 'rows')} of {name} with only a date: members who hid their "
            "details or left LinkedIn; counted, not imported"
        )


_COLUMNS = {
    "first": ("first name",), "last": ("last name",), "url": ("url", "profile url"),
    "email": ("email address", "email"), "company": ("company",),
    "position": ("position", "title"), "on": ("connected on", "connected"),
}


def _known_by_name_and_date(session: Session) -> dict[tuple[str, str | None], list[int]]:
    """The owner's stored connections by (folded name, connection date): an older export
    (without URLs) imported after a newer one finds the people the newer one made."""
    known: dict[tuple[str, str | None], list[int]] = {}
    for other, on in session.store.connections.dates_of(session.owner):
        known.setdefault((fold(session.index.full_name(other)), on), []).append(other)
    return known
