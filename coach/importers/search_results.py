"""People seen in LinkedIn search results → degree hints and known shared connections.

A CSV the user fills from what LinkedIn shows (documented in the README):
``name,profile_url,degree,mutual_connections,shared_connections`` with optional
``headline,company,position,location,observed_on``. ``degree`` is what LinkedIn displayed
(1st, 2nd, 3rd, 3rd+, out of network); ``shared_connections`` names some of the shared
connections, separated by ``;``. Each row becomes a degree hint; each shared connection
found by name among my 1st-degree connections becomes a known connection with the person,
so that an introduction path through them appears.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from coach.dates import today
from coach.importers.export_files import decode
from coach.importers.linkedin_csv import (
    DateError,
    looks_like_profile_url,
    parse_linkedin_date,
    read_table,
    rows_of,
    split_name,
)
from coach.importers.progress import ProgressCallback
from coach.importers.report import ImportFailure, ImportReport
from coach.importers.session import Session
from coach.model import Degree
from coach.naming import fold
from coach.store import Store

COLUMNS = ("name", "profile_url", "degree", "mutual_connections", "shared_connections")
OPTIONAL = ("headline", "company", "position", "location", "observed_on")
SOURCE = "search results"
_INITIAL = re.compile(r"^\w\.?$")
_OUT_WORDS = {"out of network", "out", "linkedin member", "hors réseau", "none", "oon"}


def parse_shown_degree(text: str) -> Degree:
    """The degree as LinkedIn shows it: ``· 2nd``, ``3rd+``, ``Out of network``…"""
    value = " ".join(text.replace("·", " ").replace("•", " ").split()).casefold()
    if value in _OUT_WORDS:
        return Degree.OUT_OF_NETWORK
    degree = Degree.parse(value)
    if degree is Degree.ME:
        raise ValueError("a search result is 1st, 2nd, 3rd or out of network, not you")
    return degree


def is_search_results(header: list[str]) -> bool:
    """Whether a header line (already keyed) is a search-results file's."""
    return "name" in header and "degree" in header and (
        "profile url" in header or "mutual connections" in header)


def import_search_results(store: Store, path: Path,
                          progress: ProgressCallback | None = None) -> ImportReport:
    """Import a search-results CSV in one transaction; a bad row is skipped and reported."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFailure(f"{path}: cannot read ({error.strerror})") from None
    report = ImportReport(str(path), "search results")
    table = read_table(decode(data, path.name, report.remarks), path.name, ("name", "degree"),
                       f"a header line {','.join(COLUMNS)}")
    if store.me is None:
        raise ImportFailure("no 'me' in this workspace yet: import your own network first "
                            "(search results are seen from you)")
    name = path.name
    with store.transaction():
        session = Session(store, report, progress, SOURCE)
        session.progress.grow(len(table.rows))
        session.set_owner(store.me)
        record_results(session, name, rows_of(table))
        session.count_people()
        session.progress.finish()
    return report


def record_results(session: Session, name: str,
                   rows: Iterable[tuple[int, dict[str, str]]]) -> None:
    """Write search results (rows keyed like the CSV's header, with their line numbers) as
    degree hints and known shared connections, and count them in the report; a bad row is
    skipped and reported. Shared with ``coach paste``."""
    store, report = session.store, session.report
    rows = list(rows)
    hints = links = unknown = 0
    missing: list[str] = []
    for line, row in rows:
        session.progress.advance()
        try:
            person, degree, mutual, observed = _row(session, row)
        except (ValueError, DateError) as error:
            report.skip(name, line, str(error))
            continue
        if person == session.owner:
            report.skip(name, line, "this row is you")
            continue
        hint = store.hints.get(person)
        if hint is None or (hint.degree, hint.mutual_connections, hint.observed_on) != (
                degree, mutual, observed):
            store.hints.set(person, degree, mutual, observed, SOURCE)
        hints += 1
        shared = [n.strip() for n in row.get("shared connections", "").split(";") if n.strip()]
        if shared and degree is not Degree.SECOND:
            report.skip(name, line, f"shared connections listed for a {degree.label} degree "
                                    "result: only 2nd-degree results share connections; "
                                    "names ignored")
            continue
        for shared_name in shared:
            candidates = [p for p in session.index.named(shared_name)
                          if p in session.first_degree]
            if len(candidates) != 1:
                unknown += 1
                why = "not among your connections" if not candidates else \
                    f"{len(candidates)} of your connections have this name"
                missing.append(f"{shared_name} ({why})")
                continue
            if candidates[0] != person and store.connections.add(candidates[0], person, SOURCE):
                links += 1
    report.add("search results read", len(rows))
    report.add("degree hints recorded", hints)
    report.add("shared connections added", links)
    report.add("shared connections not matched", unknown)
    if missing:
        shown = "; ".join(missing[:8]) + (" …" if len(missing) > 8 else "")
        report.remarks.append(f"shared connections not matched by name: {shown}")


def _row(session: Session, row: dict[str, str]) -> tuple[int, Degree, int, str]:
    """The person of one row (found or made), the degree shown, the mutual count, the date."""
    full, url = row.get("name", ""), row.get("profile url", "")
    degree = parse_shown_degree(row.get("degree", ""))
    text = row.get("mutual connections", "").replace(",", "").replace(" ", "")
    if text and not text.isdigit():
        raise ValueError(f"mutual_connections must be a whole number, got {text!r}")
    mutual = int(text or 0)
    observed = (parse_linkedin_date(row["observed on"])[:10] if row.get("observed on")
                else today().isoformat())
    if url and not looks_like_profile_url(url):
        raise ValueError(f"not a LinkedIn profile URL: {url[:60]!r}")
    if not full and not url:
        raise ValueError("no name and no profile URL")
    fields = {key: row.get(key, "") for key in ("headline", "company", "position", "location")}
    return find_or_make(session, full, url, degree, fields), degree, mutual, observed


def find_or_make(session: Session, full: str, url: str, degree: Degree | None,
                 fields: dict) -> int:
    """The person shown (by URL, else by a name only one person has), or a new one; a name
    shared by several people is a ValueError. A known name is never overwritten."""
    first, last = split_name(full)
    if degree is Degree.THIRD and last and not _INITIAL.match(last):
        fields["full_name_visible"] = True  # a 3rd-degree member showing a full last name
    index = session.index
    person = index.find_url(url) if url else None
    if person is None and not url:
        candidates = index.named(full)
        if len(candidates) > 1:
            raise ValueError(f"{len(candidates)} people are named {full!r}: add the profile_url")
        person = candidates[0] if candidates else None
    if person is None:
        ref = None if url else f"search:{fold(full)}"
        return session.person(url=url, ref=ref, first_name=first, last_name=last, **fields)
    # Names shown in results may be cut ("Léa D."): never overwrite a known name with them.
    return session.person(person=person, **fields)
