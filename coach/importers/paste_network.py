"""Pasted connections, invitations and mutual-connections lists → the store.

Each writer runs inside the transaction ``paste_import.import_paste`` opens, finds people
by name first (preferring my 1st-degree connections, never overwriting a known name) and
writes only what is new, so that pasting the same text twice adds nothing.
"""

from __future__ import annotations

from coach.dates import today
from coach.importers.paste import Pasted, PastedPerson
from coach.importers.report import ImportFailure
from coach.importers.search_results import find_or_make
from coach.importers.session import Session
from coach.model import Degree, Invitation

NAME = "pasted text"
SOURCE = "pasted text"
_DIRECTIONS = {"received": "in", "sent": "out"}


def find_shown(session: Session, person: PastedPerson, degree: Degree | None = None) -> int:
    """The person a pasted name means: the one connection of mine with it, else the one
    person with it, else someone new. ValueError when several people have the name."""
    named = session.index.named(person.name)
    among = [p for p in named if p in session.first_degree]
    fields = {"headline": person.headline, "location": person.location}
    if len(among) == 1:
        return session.person(person=among[0], **fields)
    if len(named) > 1:
        raise ValueError(f"{len(named)} people are named {person.name!r}: which one the page "
                         "means cannot be told, not recorded")
    return find_or_make(session, person.name, "", degree, fields)


def _hint(session: Session, person: int, degree: Degree, mutual: int) -> int:
    """Record the degree LinkedIn showed when it is news; 1 when recorded, else 0."""
    hints = session.store.hints
    known = hints.get(person)
    if known is not None and (known.degree, known.mutual_connections) == (degree, mutual):
        return 0
    hints.set(person, degree, mutual, today().isoformat(), SOURCE)
    return 1


def _people(session: Session, pasted: Pasted, degree: Degree | None = None):
    """(pasted person, stored id) of everyone found or made; who cannot be is reported."""
    report = session.report
    for shown in pasted.people:
        if not shown.name:
            report.skip(NAME, shown.first_line, "a LinkedIn Member: no name shown, not imported")
            continue
        try:
            person = find_shown(session, shown, degree)
        except ValueError as error:
            report.skip(NAME, shown.first_line, str(error))
            continue
        if person == session.owner:
            report.skip(NAME, shown.first_line, "this is you")
            continue
        yield shown, person


def link_shared(session: Session, person: int, names: list[str], missing: list[str]) -> int:
    """Connect ``person`` with each named 1st-degree connection of mine (found by name);
    how many links are new. Names not matched go to ``missing`` with why."""
    store = session.store
    added = 0
    for name in names:
        candidates = [p for p in session.index.named(name) if p in session.first_degree]
        if len(candidates) != 1:
            why = "not among your connections" if not candidates else \
                f"{len(candidates)} of your connections have this name"
            session.report.add("shared connections not matched")
            missing.append(f"{name} ({why})")
            continue
        if candidates[0] != person and store.connections.add(candidates[0], person, SOURCE):
            added += 1
    return added


def write_connections(session: Session, pasted: Pasted) -> None:
    """My 1st-degree connections, dated; a pending invitation with them is now accepted."""
    store, report = session.store, session.report
    added = accepted = 0
    for shown, person in _people(session, pasted, Degree.FIRST):
        if session.connect(person, shown.connected_on, SOURCE):
            added += 1
        accepted += store.invitations.resolve(person, "accepted", shown.connected_on or
                                              today().isoformat())
    report.add("connections read", len(pasted.people))
    report.add("connections added", added)
    if accepted:
        report.add("invitations now accepted", accepted)


def write_invitations(session: Session, pasted: Pasted) -> None:
    """Pending invitations, received (from them) and sent (from me), dated by their age or,
    when the page gives none, on the day of the paste. Mutual connections: a 2nd degree."""
    store, report = session.store, session.report
    added = links = hints = 0
    missing: list[str] = []
    for label in ("invitations read", "invitations added", "degree hints recorded",
                  "shared connections added", "shared connections not matched"):
        report.add(label, 0)  # the counts in this order
    for shown, person in _people(session, pasted):
        if person in session.first_degree:
            report.skip(NAME, shown.first_line, "already one of your connections: the "
                                                "invitation is not recorded")
            continue
        if shown.degree is Degree.SECOND:
            hints += _hint(session, person, Degree.SECOND, shown.mutual_count or 0)
            links += link_shared(session, person, shown.mutuals, missing)
        direction = _DIRECTIONS[shown.invitation or "received"]
        if any(i.direction == direction and i.status == "pending"
               for i in store.invitations.of(person)):
            continue  # the same invitation, seen again (its age is counted from another day)
        store.invitations.add(Invitation(person, direction,
                                         shown.invited_on or today().isoformat()))
        added += 1
    report.add("invitations read", len(pasted.people))
    report.add("invitations added", added)
    report.add("degree hints recorded", hints)
    report.add("shared connections added", links)
    if missing:
        report.remarks.append(f"shared connections not matched by name: {'; '.join(missing)}")
    if any(p.invited_on_approximate for p in pasted.people):
        report.remarks.append("invitations sent weeks or months ago are dated approximately "
                              "(counted back from today)")


def write_mutuals(session: Session, pasted: Pasted, target: int) -> None:
    """The 1st-degree connections I share with ``target``: each becomes a known connection
    with them (an introduction path), and they are 2nd degree with that mutual count
    unless they are my connection already."""
    store, report = session.store, session.report
    if target == session.owner:
        raise ImportFailure("a mutual connections list is someone else's: --of names you")
    links = hints = shared = 0
    for shown, person in _people(session, pasted, Degree.FIRST):
        if shown.degree is not Degree.FIRST:
            report.skip(NAME, shown.first_line, "not a 1st-degree connection: not one of the "
                                                "connections you share")
            continue
        if person == target:
            report.skip(NAME, shown.first_line, "the person whose mutual connections these are")
            continue
        shared += 1
        if person not in session.first_degree:
            hints += _hint(session, person, Degree.FIRST, 0)
        if store.connections.add(person, target, SOURCE):
            links += 1
    if target not in session.first_degree:
        known = store.hints.get(target)
        before = known.mutual_connections if known and known.degree is Degree.SECOND else 0
        total = pasted.mutual_total if pasted.mutual_total is not None else max(shared, before)
        hints += _hint(session, target, Degree.SECOND, total)
    report.add("mutual connections read", len(pasted.people))
    report.add("shared connections added", links)
    report.add("degree hints recorded", hints)
