"""Pasted LinkedIn text → the store, in one transaction: search results through the
search-results path, followers as follows, connections, invitations and a profile's mutual
connections through ``paste_network``."""

from __future__ import annotations

from coach.importers.paste import (
    CONNECTIONS,
    EXPECTED,
    FOLLOWERS,
    INVITATIONS,
    MUTUALS,
    SEARCH_RESULTS,
    Pasted,
    parse_paste,
)
from coach.importers.paste_network import (
    NAME,
    SOURCE,
    write_connections,
    write_invitations,
    write_mutuals,
)
from coach.importers.report import ImportFailure, ImportReport
from coach.importers.search_results import SOURCE as RESULTS_SOURCE
from coach.importers.search_results import record_results
from coach.importers.session import Session
from coach.store import Store

__all__ = ["NAME", "SOURCE", "import_paste", "read_paste"]


def read_paste(text: str, mutuals_of: str = "") -> Pasted:
    """What the text shows; ImportFailure, saying what was expected, when no one is there.
    ``mutuals_of`` (``coach paste --of``): whose mutual connections a search results page
    lists (it wins over the page's own heading)."""
    pasted = parse_paste(text)
    if mutuals_of:
        if pasted.page not in (SEARCH_RESULTS, MUTUALS, None):
            raise ImportFailure(f"--of goes with a list of mutual connections (a search results "
                                f"page), not a {pasted.page} page")
        if pasted.page is not None:
            pasted.page, pasted.mutuals_of = MUTUALS, mutuals_of
    if not pasted.people:
        found = f" ({pasted.page} page, no one read)" if pasted.page else ""
        unread = f"; {len(pasted.unread)} block(s) not read" if pasted.unread else ""
        raise ImportFailure(f"nothing recognisable in the text{found}{unread}: "
                            f"expected {EXPECTED}")
    return pasted


def import_paste(store: Store, pasted: Pasted, target: int | None = None) -> ImportReport:
    """Write what ``read_paste`` found in one transaction. Search results become degree
    hints and known shared connections (as ``coach import`` of a search-results CSV);
    followers follow me, and I follow those I follow back; connections connect me; the
    invitation manager's are pending invitations; a mutual-connections list links each
    shared connection with ``target`` (by default the person its heading names). Pasting
    again adds nothing."""
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
        elif pasted.page == CONNECTIONS:
            write_connections(session, pasted)
        elif pasted.page == INVITATIONS:
            write_invitations(session, pasted)
        elif pasted.page == MUTUALS:
            write_mutuals(session, pasted, target if target is not None else
                          _heading_person(session, pasted.mutuals_of))
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


def _heading_person(session: Session, name: str) -> int:
    """The person a mutual-connections heading names: the one with that name, or someone
    new; ImportFailure when several people have it."""
    found = session.index.named(name)
    if len(found) > 1:
        raise ImportFailure(f"{len(found)} people are named {name!r}: say whose mutual "
                            "connections these are with --of #ID")
    if found:
        return found[0]
    from coach.importers.search_results import find_or_make

    return find_or_make(session, name, "", None, {})
