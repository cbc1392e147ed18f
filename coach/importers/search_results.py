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
from collections.abc import Iterable, Iterator
from pathlib import Path

from coach.dates import today
from coach.importers.linkedin_csv import (
    DateError,
    Table,
    header_key,
    looks_like_profile_url,
    parse_linkedin_date,
    read_table,
    report_problems,
    split_name,
)
from coach.importers.progress import ProgressCallback
from coach.importers.report import ImportFailure, ImportReport
from coach.importers.session import Session
from coach.importers.text_file import file_text
from coach.model import Degree, DegreeHint
from coach.naming import fold
from coach.store import Store

COLUMNS = ("name", "profile_url", "degree", "mutual_connections", "shared_connections")
OPTIONAL = ("headline", "company", "position", "location", "observed_on")
SOURCE = "search results"
INITIAL_ONLY = re.compile(r"^\w\.?$")
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
                          progress: ProgressCallback | None = None,
                          mapping: tuple[tuple[str, str], ...] = ()) -> ImportReport:
    """Import a search-results CSV in one transaction; a bad row is skipped and reported.

    Its columns go through the mapping of any CSV of people (``people_columns``), so
    ``--map`` works here too and the report shows which column filled which field.
    """
    from coach.importers.people_columns import map_columns

    report = ImportReport(str(path), "search results")
    table = read_table(file_text(path, path.name, report.remarks), path.name, ("name", "degree"),
                       f"a header line {','.join(COLUMNS)}")
    report_problems(table, report)
    report.mapping = map_columns(table.written, [cells for _, cells in table.rows], mapping)
    if store.me is None:
        raise ImportFailure("no 'me' in this workspace yet: import your own network first "
                            "(search results are seen from you)")
    name = path.name
    with store.transaction():
        session = Session(store, report, progress, SOURCE)
        session.progress.grow(len(table.rows))
        session.set_owner(store.me)
        record_results(session, name, mapped_rows(table, report.mapping))
        session.count_people()
        session.progress.finish()
    return report


def mapped_rows(table: Table, mapping) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, {field keyed as a header: cell}) for every row, after a ``ColumnMapping``:
    ``profile_url`` becomes ``profile url``, as ``record_results`` reads rows."""
    fields = [(header_key(name), position) for name, position in mapping.positions.items()]
    for line, cells in table.rows:
        width = len(cells)
        yield line, {key: cells[position] if position < width else ""
                     for key, position in fields}


def record_hint(store: Store, person: int, degree: Degree, mutual: int, observed: str,
                source: str = SOURCE, known=None) -> None:
    """Record what LinkedIn showed for a person, unless the same is already recorded
    (``known``: the hints read beforehand, person → hint, kept current)."""
    hint = known.get(person) if known is not None else store.hints.get(person)
    if hint is None or (hint.degree, hint.mutual_connections, hint.observed_on) != (
            degree, mutual, observed):
        store.hints.set(person, degree, mutual, observed, source)
        if known is not None:
            known[person] = DegreeHint(person, degree, mutual, observed, source)


class SharedConnections:
    """Named shared connections of results, matched by name among my 1st-degree
    connections and written as known connections; counted for the report."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.added = self.unknown = 0
        self.missing: list[str] = []

    def link(self, name: str, line: int, person: int, degree: Degree | None,
             names: list[str]) -> None:
        """Connect a result with the shared connections it names (only at 2nd degree; at
        another degree the names are ignored and the row reported)."""
        if not names:
            return
        if degree is not Degree.SECOND:
            shown = f"a {degree.label} degree result" if degree else "a person without a degree"
            self.session.report.skip(name, line, f"shared connections listed for {shown}: "
                                                  "only 2nd-degree results share connections; "
                                                  "names ignored")
            return
        for shared_name in names:
            candidates = [p for p in self.session.index.named(shared_name)
                          if p in self.session.first_degree]
            if len(candidates) != 1:
                self.unknown += 1
                why = "not among your connections" if not candidates else \
                    f"{len(candidates)} of your connections have this name"
                self.missing.append(f"{shared_name} ({why})")
                continue
            if candidates[0] != person and self.session.store.connections.add(
                    candidates[0], person, SOURCE):
                self.added += 1

    def count(self) -> None:
        """Put the counts (and the names not matched) into the report."""
        report = self.session.report
        report.add("shared connections added", self.added)
        report.add("shared connections not matched", self.unknown)
        if self.missing:
            shown = "; ".join(self.missing[:8]) + (" …" if len(self.missing) > 8 else "")
            report.remarks.append(f"shared connections not matched by name: {shown}")


def shared_names(text: str) -> list[str]:
    """The names of a shared-connections cell (separated by ``;``, ``|`` or new lines)."""
    return [part.strip() for part in re.split(r"[;|\n]", text) if part.strip()]


def record_results(session: Session, name: str,
                   rows: Iterable[tuple[int, dict[str, str]]]) -> None:
    """Write search results (rows keyed like the CSV's header, with their line numbers) as
    degree hints and known shared connections, and count them in the report; a bad row is
    skipped and reported. Shared with ``coach paste``."""
    store, report = session.store, session.report
    rows = list(rows)
    hints = 0
    shared = SharedConnections(session)
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
        record_hint(store, person, degree, mutual, observed)
        hints += 1
        shared.link(name, line, person, degree, shared_names(row.get("shared connections", "")))
    report.add("search results read", len(rows))
    report.add("degree hints recorded", hints)
    shared.count()


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
                 fields: dict, *, first: str = "", last: str = "",
                 ref_prefix: str = "search") -> int:
    """The person shown (by URL, else by a name only one person has), or a new one; a name
    shared by several people is a ValueError. A known name is never overwritten.
    ``first`` and ``last``, when given, say how ``full`` splits."""
    if not (first or last):
        first, last = split_name(full)
    if degree is Degree.THIRD and last and not INITIAL_ONLY.match(last):
        fields["full_name_visible"] = True  # a 3rd-degree member showing a full last name
    index = session.index
    person = index.find_url(url) if url else None
    if person is None and not url:
        candidates = index.named(full)
        if len(candidates) > 1:
            raise ValueError(f"{len(candidates)} people are named {full!r}: add the profile_url")
        person = candidates[0] if candidates else None
    if person is None:
        ref = None if url else f"{ref_prefix}:{fold(full)}"
        return session.person(url=url, ref=ref, first_name=first, last_name=last, **fields)
    # Names shown in results may be cut ("Léa D."): never overwrite a known name with them.
    return session.person(person=person, **fields)
