"""Which file of a LinkedIn export is read for what, and what the report says of the rest.

coach reads six roles: ``Connections.csv``, ``Invitations.csv``, ``messages.csv``,
``Member_Follows.csv``, ``Notes.csv`` and ``Profile.csv``. A file claims a role by its name
(without case, in any folder), or — when its name is not one LinkedIn uses — by its header
(a renamed ``Connections (1).csv``). Several files of one role: see
:mod:`coach.importers.export_files` for the rule (the newest, then the nearest the root);
one that cannot be read gives way to the next. Each file is read or skipped on its own:
only the connections are essential, and the import fails whole when none of them is
readable or the export has nothing coach reads. Every other file of the export (about
forty in a "Complete" export, with HTML articles and attachments) is listed as not used.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from coach.importers.export_files import ExportFile, ExportFiles, choose
from coach.importers.linkedin_activity import read_follows, read_invitations, read_notes
from coach.importers.linkedin_connections import read_connections
from coach.importers.linkedin_csv import DELIMITERS, Table, read_table, report_problems
from coach.importers.linkedin_headers import (
    CONNECTIONS,
    FOLLOWS,
    INVITATIONS,
    MESSAGES,
    PROFILE,
    Meanings,
    canonical_header,
)
from coach.importers.linkedin_messages import read_messages
from coach.importers.report import ImportFailure, ImportReport, plural
from coach.importers.text_file import TextFile


@dataclass(frozen=True, slots=True)
class Role:
    """A file coach reads: LinkedIn's name for it, how to read it, and the columns that
    tell it from its header alone (none: only its name does)."""

    name: str
    read: Callable[[str | TextFile], Table]
    telling: tuple[str, ...] = ()
    meanings: Meanings | None = None


def _read_profile(text: str | TextFile) -> Table:
    return read_table(text, "Profile.csv", ("first name", "last name"), meanings=PROFILE)


ROLES: dict[str, Role] = {
    "connections.csv": Role("Connections.csv", read_connections,
                            ("first name", "last name", "connected on"), CONNECTIONS),
    "invitations.csv": Role("Invitations.csv", read_invitations,
                            ("from", "to", "sent at", "direction"), INVITATIONS),
    "member_follows.csv": Role("Member_Follows.csv", read_follows,
                               ("date", "status", "fullname"), FOLLOWS),
    "messages.csv": Role("messages.csv", read_messages, ("from", "to", "date"), MESSAGES),
    "notes.csv": Role("Notes.csv", read_notes),
    "profile.csv": Role("Profile.csv", _read_profile),
}
"""The roles, keyed by their name without case, in the order they are told apart."""

LINKEDIN_NAMES = frozenset(name.casefold() for name in (
    "Ad_Targeting.csv", "Articles.csv", "Causes You Care About.csv", "Certifications.csv",
    "Comments.csv", "Company Follows.csv", "Connections.csv", "Contacts.csv", "Courses.csv",
    "coach_messages.csv", "Education.csv", "Email Addresses.csv",
    "Endorsement_Given_Info.csv", "Endorsement_Received_Info.csv", "Events.csv",
    "Guide_Messages.csv", "Hashtag_Follows.csv", "Honors.csv", "Imported Contacts.csv",
    "Inferences_about_you.csv", "Instant Reposts.csv", "Invitations.csv",
    "Job Applicant Saved Answers.csv", "Job Applicant Saved Screening Question Responses.csv",
    "Job Applications.csv", "Job Seeker Preferences.csv", "Languages.csv", "Learning.csv",
    "learning_role_play_messages.csv", "Logins.csv", "Member_Follows.csv", "messages.csv",
    "Notes.csv", "Patents.csv", "PhoneNumbers.csv", "Positions.csv", "Private_identity_asset.csv",
    "Profile.csv", "Profile Summary.csv", "Projects.csv", "Publications.csv", "Reactions.csv",
    "Receipts.csv", "Receipts_v2.csv", "Recommendations_Given.csv",
    "Recommendations_Received.csv", "Registration.csv", "Rich_Media.csv", "Saved_Jobs.csv",
    "Saved Jobs.csv", "SavedJobAlerts.csv", "SearchQueries.csv", "Security Challenges.csv",
    "Services Marketplace.csv", "Shares.csv", "Skills.csv", "Verifications.csv", "Volunteering.csv",
    "Votes.csv", "Whatsapp Phone Numbers.csv",
))
"""Names LinkedIn gives the files of its exports: a file of one of these names is what its
name says, never taken for another role because of its header (``Guide_Messages.csv``
has the header of ``messages.csv``)."""

SHOWN = 10
"""How many unused files the text of the report names (``--json`` lists them all)."""


def sniff_role(text: str) -> str | None:
    """Which role a CSV text claims, from its header line (a renamed Connections.csv…)."""
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(text[:20000], newline=""), delimiter=delimiter)
        try:
            for number, row in enumerate(reader):
                for key, role in ROLES.items():
                    if role.telling and all(column in canonical_header(row, role.meanings)
                                            for column in role.telling):
                        return key
                if number > 20:
                    break
        except csv.Error:
            continue
    return None


@dataclass(slots=True)
class ExportTables:
    """The tables read, by role, and what became of every file of the export."""

    tables: dict[str, Table] = field(default_factory=dict)
    read: dict[str, str] = field(default_factory=dict)
    """Path inside the export → the role it was read as (LinkedIn's name)."""
    not_used: dict[str, str] = field(default_factory=dict)
    """Path inside the export → why it was not used."""

    def to_json(self) -> dict:
        """What the report's ``--json`` says of the files."""
        return {"read": dict(self.read),
                "not_used": [{"file": file, "reason": why} for file, why in self.not_used.items()]}


def read_export(path: Path, report: ImportReport) -> dict[str, Table]:
    """Every role's table, parsed (nothing written yet), and the files said in the report;
    ImportFailure when no Connections.csv is readable and nothing else is there."""
    files = ExportFiles(path)
    found = ExportTables()
    try:
        single = path.is_file() and path.suffix.lower() == ".csv"
        claims = _claims(files, single)
        if single and not claims:
            raise ImportFailure(
                f"{path}: not a LinkedIn export file; expected Connections.csv (First Name,"
                "Last Name,…,Connected On), Invitations.csv, messages.csv or Member_Follows.csv")
        if not single and "connections.csv" not in claims:
            raise ImportFailure(
                f"{path}: no Connections.csv in it ({plural(len(files.files), 'file', 'files')}"
                "): not a LinkedIn export, or only part of one (coach needs the connections)")
        for key, role in ROLES.items():
            if claims.get(key):
                _read_role(files, key, role, claims[key], report, found)
        if not found.tables:
            raise ImportFailure(f"{path}: no readable Connections.csv, Invitations.csv, "
                                "messages.csv or Member_Follows.csv in it: not a LinkedIn export")
        unused = [f.inside for f in files.files if f.inside not in found.read
                  and f.inside not in found.not_used]
        for inside in unused:
            found.not_used[inside] = "not used by coach"
        if unused:
            shown = ", ".join(unused[:SHOWN])
            more = (f" and {len(unused) - SHOWN:,} more (`coach import --json` lists them all)"
                    if len(unused) > SHOWN else "")
            report.remarks.append(f"{plural(len(unused), 'other file', 'other files')} of the "
                                  f"export not used: {shown}{more}")
        report.files = found.to_json()
        return found.tables
    finally:
        files.close()


def _claims(files: ExportFiles, single: bool) -> dict[str, list[ExportFile]]:
    """The files that claim each role: by LinkedIn's name, or by the header of a CSV file
    whose name LinkedIn does not use."""
    claims: dict[str, list[ExportFile]] = {}
    for file in files.files:
        key = file.name.casefold()
        if key in ROLES:
            claims.setdefault(key, []).append(file)
        elif file.is_csv and (single or key not in LINKEDIN_NAMES):
            role = sniff_role(files.head(file))
            if role is not None:
                claims.setdefault(role, []).append(file)
    return claims


def _read_role(files: ExportFiles, key: str, role: Role, claimants: list[ExportFile],
               report: ImportReport, found: ExportTables) -> None:
    """Read the file chosen for a role; one that cannot be read gives way to the next."""
    left = list(claimants)
    failures: list[ImportFailure] = []
    while left:
        chosen, why = choose(left, role.name)
        left.remove(chosen)
        try:
            found.tables[key] = role.read(files.read(chosen, chosen.inside, report.remarks))
            report_problems(found.tables[key], report)
        except ImportFailure as failure:
            failures.append(failure)
            found.not_used[chosen.inside] = f"skipped: {failure}"
            continue
        found.read[chosen.inside] = role.name
        if chosen.name != role.name or len(claimants) > 1:
            as_role = "" if chosen.name.casefold() == key else f" as {role.name}"
            others = [f.inside for f in claimants if f is not chosen
                      and f.inside not in found.not_used]
            for other in others:
                found.not_used[other] = f"another {role.name} was read: {chosen.inside}"
            if others:
                report.remarks.append(
                    f"{len(claimants)} files are {role.name}: read {chosen.inside}{as_role} "
                    f"({why}), not {', '.join(others)}")
            elif as_role:
                report.remarks.append(f"read {chosen.inside}{as_role} (its header says so)")
        break
    if key not in found.tables and key == "connections.csv":
        raise failures[0]  # the connections are the export: nothing without them
    for failure in failures:
        # One odd file never blocks the others: it is skipped, and said.
        report.remarks.append(f"skipped {failure} (the other files were read)")
