"""``Invitations.csv``, ``Member_Follows.csv`` and ``Notes.csv`` of a LinkedIn export."""

from __future__ import annotations

from coach.importers.linkedin_csv import (
    DateError,
    Table,
    looks_like_profile_url,
    no_header,
    read_table,
    rows_of,
    split_name,
)
from coach.importers.linkedin_headers import FOLLOWS as FOLLOWS_COLUMNS
from coach.importers.linkedin_headers import INVITATIONS as INVITATION_COLUMNS
from coach.importers.linkedin_headers import PERSON, canonical_header
from coach.importers.report import plural
from coach.importers.session import Session
from coach.importers.text_file import TextFile
from coach.model import Invitation
from coach.naming import fold

INVITATIONS = "Invitations.csv"
FOLLOWS = "Member_Follows.csv"
NOTES = "Notes.csv"


def read_invitations(text: str | TextFile) -> Table:
    """The table of an Invitations.csv text."""
    return read_table(text, INVITATIONS, ("from", "to", "direction"),
                      meanings=INVITATION_COLUMNS)


def read_follows(text: str | TextFile) -> Table:
    """The table of a Member_Follows.csv text."""
    return read_table(text, FOLLOWS, ("status", "fullname"), meanings=FOLLOWS_COLUMNS)


def read_notes(text: str | TextFile) -> Table:
    """The table of a Notes.csv text: a note column and a person (URL or name) column."""
    table = read_table(text, NOTES, ())
    # Complete exports write "Connection First Name", "Connection Profile URL"…
    table.header = canonical_header(
        (key.removeprefix("connection ").removeprefix("member ")
         if key not in ("member", "member url") else key for key in table.header), PERSON)
    if table.index(*_NOTE_TEXT) is None or (
            table.index(*_NOTE_URL) is None and table.index(*_NOTE_NAME) is None
            and not table.has("first name", "last name")):
        raise no_header(text, NOTES, "a note column (Note) and a person column (Profile URL, "
                        "or First Name and Last Name)")
    return table


_NOTE_TEXT = ("note", "notes", "text", "content", "body")
_NOTE_URL = ("profile url", "url", "member url", "linkedin url", "public profile url")
_NOTE_NAME = ("full name", "fullname", "name", "member")
_NOTE_DATE = ("date", "created at", "created on", "created", "noted on", "updated at")


def import_invitations(session: Session, table: Table, dates) -> set[int]:
    """Pending invitations in both directions; returns the ids of the invitations listed."""
    report = session.report
    store = session.store
    listed: set[int] = set()
    added = 0
    for line, row in rows_of(table):
        session.progress.advance()
        direction = {"OUTGOING": "out", "INCOMING": "in"}.get(row.get("direction", "").upper())
        if direction is None:
            report.skip(INVITATIONS, line, f"direction must be OUTGOING or INCOMING, got "
                                           f"{row.get('direction', '')!r}")
            continue
        name, url = ((row.get("to", ""), row.get("inviteeprofileurl", "")) if direction == "out"
                     else (row.get("from", ""), row.get("inviterprofileurl", "")))
        try:
            sent_at = dates(row.get("sent at", ""))
        except DateError as error:
            report.skip(INVITATIONS, line, str(error))
            continue
        session.seen(sent_at[:10])
        if not name and not looks_like_profile_url(url):
            report.skip(INVITATIONS, line, "no name and no profile URL")
            continue
        first, last = split_name(name)
        ref = f"linkedin:invitation:{fold(name)}"
        if looks_like_profile_url(url):
            person = session.person(url=url, legacy_ref=ref, first_name=first, last_name=last)
        else:
            person = session.person(ref=ref, first_name=first, last_name=last)
        if person == session.owner:
            report.skip(INVITATIONS, line, "an invitation with the export's owner")
            continue
        mine = [i for i in store.invitations.of(person) if i.direction == direction
                and i.status == "pending" and i.sent_at[:16] != sent_at[:16]]
        if mine:  # logged by hand, with another time: the same invitation
            listed.update(i.id for i in mine)
            continue
        before = len(store.invitations.of(person))
        invitation_id = store.invitations.add(Invitation(
            person, direction, sent_at, "pending", row.get("message", "")))
        if len(store.invitations.of(person)) > before:
            added += 1
            store.db.execute("UPDATE invitation SET source = 'linkedin' WHERE id = ?",
                             (invitation_id,))
        listed.add(invitation_id)
    report.add(f"{INVITATIONS} rows read", len(table.rows))
    report.add("invitations added", added)
    return listed


def settle_invitations(session: Session, listed: set[int] | None) -> None:
    """Close pending invitations the export shows are over.

    With someone now connected: accepted. Imported from an earlier export, sent before
    this export was made and no longer listed in it: withdrawn (mine) or ignored (theirs).
    """
    store, latest = session.store, session.latest
    dates = dict(store.connections.dates_of(session.owner))
    accepted = gone = 0
    for invitation in store.invitations.pending():
        if invitation.person_id in dates:
            store.invitations.resolve(invitation.person_id, "accepted",
                                      dates[invitation.person_id] or latest or invitation.sent_at)
            accepted += 1
            continue
        if listed is None or invitation.id in listed or not latest:
            continue
        source = store.db.fetchone("SELECT source FROM invitation WHERE id = ?", (invitation.id,))
        if source and source[0] == "linkedin" and invitation.sent_at[:10] <= latest:
            status = "withdrawn" if invitation.direction == "out" else "ignored"
            store.db.execute("UPDATE invitation SET status = ?, resolved_at = ? WHERE id = ?",
                             (status, latest, invitation.id))
            gone += 1
    if accepted:
        session.report.add("invitations now accepted", accepted)
    if gone:
        session.report.add("invitations no longer pending (withdrawn or ignored)", gone)


def import_follows(session: Session, table: Table, dates) -> None:
    """People I follow, matched by name (the file has no URL); the last status wins."""
    report = session.report
    rows = []
    for line, row in rows_of(table):
        session.progress.advance()
        status = {"active": "active", "unfollow": "unfollowed", "unfollowed": "unfollowed"}.get(
            row.get("status", "").casefold())
        name = row.get("fullname", "")
        if status is None:
            report.skip(FOLLOWS, line,
                        f"status must be Active or Unfollow, got {row.get('status')!r}")
            continue
        if not name:
            report.skip(FOLLOWS, line, "no name")
            continue
        try:
            when = dates(row["date"]) if row.get("date") else ""
        except DateError as error:
            report.skip(FOLLOWS, line, str(error))
            continue
        rows.append((when, line, name, status))
    rows.sort()
    final: dict[int, tuple[str, str]] = {}
    ambiguous: set[str] = set()
    made = 0
    for when, line, name, status in rows:
        candidates = session.index.match_name(name, session.first_degree)
        if len(candidates) > 1:
            ambiguous.add(name)
            report.skip(FOLLOWS, line, f"{len(candidates)} people are named {name!r} "
                                       f"(#{', #'.join(map(str, sorted(candidates)))}): "
                                       "follow not recorded")
            continue
        if candidates:
            person = candidates[0]
        else:
            first, last = split_name(name)
            person = session.person(ref=f"linkedin:follow:{fold(name)}", first_name=first,
                                    last_name=last)
            made += 1
        if person != session.owner:
            final[person] = (status, when[:10] or None)
    changed = 0
    for person, (status, since) in final.items():
        if session.store.follows.status(session.owner, person) != status:
            session.store.follows.set(session.owner, person, status, since, "linkedin")
            changed += 1
    report.add(f"{FOLLOWS} rows read", len(table.rows))
    report.add("follows recorded or changed", changed)
    report.add("ambiguous follows (several people with the name)", len(ambiguous))
    if made:
        report.remarks.append(f"{plural(made, 'person', 'people')} you follow but not known "
                              "before: added by name (Member_Follows.csv has no profile URL)")
    if ambiguous:
        names = ", ".join(sorted(ambiguous)[:10]) + (" …" if len(ambiguous) > 10 else "")
        report.remarks.append(f"ambiguous follows, not recorded: {names}")


def import_notes(session: Session, table: Table, dates) -> None:
    """Notes about people: the person by URL or by a unique name; the note never doubled."""
    report = session.report
    text_at = table.index(*_NOTE_TEXT)
    url_at, name_at, date_at = (table.index(*_NOTE_URL), table.index(*_NOTE_NAME),
                                table.index(*_NOTE_DATE))
    added = 0
    for line, cells in table.rows:
        session.progress.advance()
        cells = cells + [""] * (len(table.header) - len(cells))
        text = cells[text_at].strip()
        if not text:
            continue
        url = cells[url_at] if url_at is not None else ""
        if name_at is not None:
            name = cells[name_at]
        else:
            name = " ".join(cells[i] for i in (table.index("first name"), table.index("last name"))
                            if i is not None and cells[i]).strip()
        person = session.index.find_url(url) if looks_like_profile_url(url) else None
        if person is None and name:
            candidates = session.index.match_name(name, session.first_degree)
            if len(candidates) > 1:
                report.skip(NOTES, line, f"{len(candidates)} people are named {name!r}")
                continue
            person = candidates[0] if candidates else None
        if person is None:
            report.skip(NOTES, line, f"no known person {(name or url)!r}")
            continue
        try:
            created = dates(cells[date_at]) if date_at is not None and cells[date_at] else None
        except DateError as error:
            report.skip(NOTES, line, str(error))
            continue
        if created is None:
            report.skip(NOTES, line, "no date (a note needs the day it was written)")
            continue
        if session.store.notes.add(person, text, created, "linkedin", dedupe=True):
            added += 1
    report.add(f"{NOTES} rows read", len(table.rows))
    report.add("notes added", added)
