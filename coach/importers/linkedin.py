"""A LinkedIn data export ("Get a copy of your data"): a .zip, its folder, or one of its CSV files.

Read: ``Connections.csv`` (people and my connections), ``Invitations.csv`` (pending
invitations), ``messages.csv`` (interactions), ``Member_Follows.csv`` (people I follow),
``Notes.csv`` and ``Profile.csv`` (who I am); which file is read for each, and what is
said of the others, is :mod:`coach.importers.linkedin_files`. Every file is parsed before anything is
written; then everything is written in one transaction, so an error leaves the store as it
was. Re-importing the same or a newer export adds no duplicates and keeps the user's own
notes and tags. With ``teammate``, the export is a teammate's: only their connections are
read, recorded with the source ``teammate:NAME``, and the teammate is connected to me and
tagged ``teammate``, so that their connections are reachable through them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from coach.importers.linkedin_activity import (
    import_follows,
    import_invitations,
    import_notes,
    settle_invitations,
)
from coach.importers.linkedin_changes import since_last_import
from coach.importers.linkedin_connections import import_connections
from coach.importers.linkedin_csv import DateReader, split_name
from coach.importers.linkedin_files import ROLES, read_export, sniff_role
from coach.importers.linkedin_messages import import_messages
from coach.importers.linkedin_owner import Owner, detect_owner
from coach.importers.progress import ProgressCallback
from coach.importers.report import ImportFailure, ImportReport
from coach.importers.session import Session
from coach.naming import fold
from coach.profile_url import normalise_profile_url
from coach.store import Store

__all__ = ["import_linkedin", "is_linkedin_export", "sniff_role"]

_TELLING = frozenset(key for key, role in ROLES.items() if role.telling)


def is_linkedin_export(path: Path) -> bool:
    """Whether a folder, .zip or .csv file looks like (part of) a LinkedIn export."""
    if path.is_dir():
        names = {p.name.casefold() for p in path.glob("*.csv")}
        names |= {p.name.casefold() for p in path.glob("*/*.csv")}
        return bool(names & _TELLING)
    if path.is_file() and zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                names = {PurePosixPath(n).name.casefold() for n in archive.namelist()}
        except (zipfile.BadZipFile, OSError):
            return False
        return bool(names & _TELLING)
    if path.is_file() and path.suffix.lower() == ".csv":
        if path.name.casefold() in _TELLING:
            return True  # its header may be odd: the import says what it saw
        try:
            with path.open("rb") as file:
                data = file.read(20000)
        except OSError:
            return False
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            head = data[:len(data) - len(data) % 2].decode("utf-16", errors="replace")
        else:
            head = data.decode("utf-8-sig", errors="replace")
        return sniff_role(head) is not None
    return False


def import_linkedin(store: Store, path: Path, *, me: str | None = None,
                    teammate: str | None = None,
                    progress: ProgressCallback | None = None) -> ImportReport:
    """Import a LinkedIn export (mine, or a teammate's) in one transaction, with a report.

    ``me``: the owner of the export when the files do not say it (a name or a profile URL),
    or an existing person (``#id``, a key). ``progress(done, total)`` is called about a
    hundred times with the rows written so far.
    """
    label = f"linkedin export of teammate {teammate}" if teammate else "linkedin export"
    report = ImportReport(str(path), label)
    tables = read_export(path, report)
    if teammate and "connections.csv" not in tables:
        raise ImportFailure(f"{path}: no Connections.csv: a teammate's export must hold their "
                            "connections")
    owner = detect_owner(tables.get("profile.csv"), tables.get("invitations.csv"),
                         tables.get("messages.csv"))
    dates = DateReader()
    with store.transaction():
        changes_before = store.job_changes.last_id()
        session = Session(store, report, progress)
        read = ("connections.csv",) if teammate else tuple(set(tables) - {"profile.csv"})
        session.progress.grow(sum(len(tables[name].rows) for name in read if name in tables))
        if teammate:
            owner_id = _teammate(session, teammate, owner, me)
            owner_key = f"teammate-{owner_id}"
        else:
            session.source = "linkedin"
            owner_id, owner_key = _me(session, owner, me), "me"
            store.set_me(owner_id)
            where = f" (from {owner.found_in})" if owner.found_in and not me else ""
            report.remarks.append(f"you: {session.index.full_name(owner_id)}{where}")
        session.set_owner(owner_id)
        if "connections.csv" in tables:
            known = set(store.connections.of_source(owner_id, session.source))
            before = set(session.first_degree)
            import_connections(session, tables["connections.csv"], owner_key, dates)
            since_last_import(session, known, changes_before, before)
        if not teammate:
            listed = None
            if "invitations.csv" in tables:
                listed = import_invitations(session, tables["invitations.csv"], dates)
            if "messages.csv" in tables:
                import_messages(session, tables["messages.csv"], owner, dates)
            if "member_follows.csv" in tables:
                import_follows(session, tables["member_follows.csv"], dates)
            if "notes.csv" in tables:
                import_notes(session, tables["notes.csv"], dates)
            settle_invitations(session, listed)
        session.count_people()
        session.progress.finish()
    return report


def _existing(session: Session, text: str) -> int | None:
    """A person named exactly by ``#id``, an id, a key or a profile URL; None otherwise."""
    value = text.strip()
    if "linkedin.com/" in value.lower():
        return session.index.find_url(value)
    if value.startswith("#") and value[1:].isdigit():
        person = int(value[1:])
        if person not in session.index.fields:
            raise ImportFailure(f"no person #{person} in the workspace")
        return person
    if value in session.index.by_ref:
        return session.index.by_ref[value]
    return None


def _me(session: Session, owner: Owner, me: str | None) -> int:
    """The person who owns the export: --me, the owner's URL, the workspace's me, or new."""
    index, store = session.index, session.store
    person = None
    if me:
        person = _existing(session, me)
        if person is None and "linkedin.com/" in me.lower():
            owner.url = normalise_profile_url(me)
        elif person is None:
            owner.first_name, owner.last_name = split_name(me)
            current = store.me
            if current is not None and fold(index.full_name(current)) == fold(me):
                person = current
    if person is None and owner.url:
        person = index.find_url(owner.url)
    if person is None and store.me is not None and not me:
        current = store.me
        known = index.url_of(current)
        if owner.url and known and known != owner.url:
            raise ImportFailure(
                f"this export belongs to {owner.name or owner.url} ({owner.url}), but you are "
                f"{index.full_name(current)} ({known}) in this workspace: import a teammate's "
                "export with --teammate NAME, or say who you are with --me"
            )
        person = current
    if person is None:
        fields = owner.fields()
        if not owner.name:
            fields["first_name"] = "Me"
            session.report.remarks.append(
                "the export does not name its owner: you are recorded as 'Me' "
                "(re-import with --me \"Your Name\" to set your name)")
        return session.person(url=owner.url, ref=None if owner.url else "linkedin:me", **fields)
    return session.person(person=person, url=owner.url, **owner.fields())


def _teammate(session: Session, teammate: str, owner: Owner, me: str | None) -> int:
    """The teammate whose export this is: found or made, connected to me, tagged."""
    store, index = session.store, session.index
    detected = owner.name
    mine = _existing(session, me) if me else store.me
    if mine is None:
        raise ImportFailure("no 'me' in this workspace yet: import your own LinkedIn export "
                            "first, or give --me")
    session.set_owner(mine)
    person = _existing(session, teammate)
    if person is None and "linkedin.com/" in teammate.lower():
        owner.url = normalise_profile_url(teammate)
    if person is None and owner.url:
        person = index.find_url(owner.url)
    if person is None and "linkedin.com/" not in teammate.lower():
        candidates = index.match_name(teammate, session.first_degree)
        if len(candidates) > 1:
            raise ImportFailure(
                f"--teammate {teammate}: {len(candidates)} people have this name "
                f"(#{', #'.join(map(str, sorted(candidates)))}); give the #id or profile URL")
        person = candidates[0] if candidates else None
        if person is None:
            owner.first_name, owner.last_name = split_name(teammate)
    if person == mine:
        raise ImportFailure(f"--teammate {teammate}: that is you; import your own export "
                            "without --teammate")
    if person is None:
        person = session.person(url=owner.url, ref=None if owner.url else
                                f"teammate:{fold(teammate)}", **owner.fields())
    elif owner.url:
        person = session.person(person=person, url=owner.url)
    name = index.full_name(person) or teammate.strip()
    session.source = f"teammate:{name}"
    if session.connect(person, None):
        session.report.add("teammate connected to you")
    store.tags.add(person, "teammate")
    session.report.remarks.append(
        f"{name} is your teammate: their connections are recorded with the source "
        f"'teammate:{name}' and can be reached through them (ask {name} for introductions)")
    if detected and fold(detected) != fold(name):
        session.report.remarks.append(
            f"note: {owner.found_in} names {detected}, not {name}: is this {name}'s export?")
    return person

