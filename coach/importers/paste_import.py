"""Pasted LinkedIn text → the store, in one transaction, through the search-results path."""

from __future__ import annotations

from coach.importers.paste import EXPECTED, FOLLOWERS, Pasted, parse_paste
from coach.importers.report import ImportFailure, ImportReport
from coach.importers.search_results import SOURCE as RESULTS_SOURCE
from coach.importers.search_results import record_results
from coach.importers.session import Session
from coach.store import Store

SOURCE = "pasted text"
NAME = "pasted text"


def read_paste(text: str) -> Pasted:
    """What the text shows; ImportFailure, saying what was expected, when no one is there."""
    pasted = parse_paste(text)
    if not pasted.people:
        found = f" ({pasted.page} page: not read yet)" if pasted.page else ""
        unread = f"; {len(pasted.unread)} block(s) not read" if pasted.unread else ""
        raise ImportFailure(f"nothing recognisable in the text{found}{unread}: "
                            f"expected {EXPECTED}")
    return pasted


def import_paste(store: Store, pasted: Pasted) -> ImportReport:
    """Write what ``read_paste`` found in one transaction. Search results become degree
    hints and known shared connections (as ``coach import`` of a search-results CSV);
    followers follow me, and I follow those I follow back. Pasting again adds nothing."""
    if store.me is None:
        raise ImportFailure("no 'me' in this workspace yet: import your own network first "
                            "(pasted pages are seen from you)")
    report = ImportReport(NAME, f"pasted {pasted.page}")
    for block in pasted.unread:
        report.skip(NAME, block.line, f"{block.reason}: {block.text[:60]!r}")
    with store.transaction():
        session = Session(store, report, None, RESULTS_SOURCE)
        session.set_owner(store.me)
        if pasted.page == FOLLOWERS:
            _followers(session, pasted)
        else:
            rows = []
            for person in pasted.people:
                if not person.name:
                    report.skip(NAME, person.first_line, "a LinkedIn Member: no name shown, "
                                                         "not imported")
                    continue
                rows.append((person.first_line, _row_of(person)))
            record_results(session, NAME, rows)
        session.count_people()
    return report


def _row_of(person) -> dict[str, str]:
    """A pasted result as a search-results row (keys as the CSV header, keyed)."""
    return {"name": person.name, "degree": person.degree.label,
            "mutual connections": "" if person.mutual_count is None else str(person.mutual_count),
            "shared connections": ";".join(person.mutuals),
            "headline": person.headline, "location": person.location}


def _followers(session: Session, pasted: Pasted) -> None:
    from coach.importers.search_results import find_or_make

    store, report, me = session.store, session.report, session.owner
    new_follows = 0
    for person in pasted.people:
        try:
            found = find_or_make(session, person.name, "", None, {"headline": person.headline})
        except ValueError as error:
            report.skip(NAME, person.first_line, str(error))
            continue
        if found == me:
            report.skip(NAME, person.first_line, "this is you")
            continue
        pairs = [(found, me)] + ([(me, found)] if person.i_follow else [])
        for follower, followee in pairs:
            if store.follows.status(follower, followee) != "active":
                store.follows.set(follower, followee, source=SOURCE)
                new_follows += 1
    report.add("followers read", len(pasted.people))
    report.add("follows added", new_follows)
