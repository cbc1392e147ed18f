"""``messages.csv`` of every era → one interaction per message and person, never doubled.

Eras: 2018 ``From,To,Date,Subject,Content,Direction,Folder``; 2021–22 ``CONVERSATION ID,
CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER``; 2024 adds
``RECIPIENT PROFILE URLS`` and later the draft columns. A message I sent is ``messaged``
(out) with each recipient; a message to me is ``messaged`` (in), or ``replied`` (in) when I
had written first in that conversation. Messages from "LinkedIn Member", sponsored ones
(no sender URL), spam and drafts are ignored. The content is not stored: only the subject.
"""

from __future__ import annotations

from coach.importers.linkedin_csv import (
    DateError,
    Table,
    looks_like_profile_url,
    read_table,
    rows_of,
)
from coach.importers.linkedin_headers import MESSAGES
from coach.importers.linkedin_owner import Owner, recipients
from coach.importers.session import Session
from coach.importers.text_file import TextFile
from coach.model import LINKEDIN_MEMBER, Interaction
from coach.naming import fold

FILE = "messages.csv"
_MEMBER = fold(LINKEDIN_MEMBER)


def read_messages(text: str | TextFile) -> Table:
    """The table of a messages.csv text."""
    return read_table(text, FILE, ("from", "to", "date"), meanings=MESSAGES)


def import_messages(session: Session, table: Table, owner: Owner, dates) -> None:
    """Store every message as interactions with the people in it; report what was left."""
    report = session.report
    has_urls = "sender profile url" in table.header
    ignored = unknown = ambiguous = 0
    messages: list[tuple[str, str, int, str, bool, list[tuple[str, str]], str]] = []
    for line, row in rows_of(table):
        session.progress.advance()
        sender, sender_url = row.get("from", ""), row.get("sender profile url", "")
        if (row.get("is message draft", "").casefold() == "yes"
                or row.get("folder", "").casefold() == "spam" or fold(sender) == _MEMBER):
            ignored += 1
            continue
        mine = _is_mine(row, owner)
        if has_urls and not mine and not looks_like_profile_url(sender_url):
            ignored += 1  # sponsored: no sender profile
            continue
        try:
            at = dates(row.get("date", ""))
        except DateError as error:
            report.skip(FILE, line, str(error))
            continue
        session.seen(at[:10])
        parties = recipients(row) if mine else [(sender, sender_url)]
        parties = [p for p in parties if not owner.is_owner(*p) and fold(p[0]) != _MEMBER]
        conversation = (row.get("conversation id")
                        or f"with:{fold(parties[0][0]) if parties else ''}")
        note = (row.get("subject") or row.get("conversation title") or "")[:120]
        messages.append((conversation, at, line, note, mine, parties, sender))
    messages.sort(key=lambda item: (item[0], item[1], item[2]))
    wrote_first: set[str] = set()
    added = known = 0
    repliers: set[int] = set()
    people: set[int] = set()
    for conversation, at, line, note, mine, parties, _sender in messages:
        if mine:
            wrote_first.add(conversation)
        for name, url in parties:
            found = _person(session, name, url)
            if found is None:
                unknown += 1
                continue
            if isinstance(found, list):
                ambiguous += 1
                report.skip(FILE, line, f"{len(found)} people are named {name!r}; "
                                        "message not attributed")
                continue
            kind = "messaged" if mine or conversation not in wrote_first else "replied"
            if kind == "replied":
                repliers.add(found)
            people.add(found)
            interaction = Interaction(found, kind, "out" if mine else "in", at, note,
                                      session.source or "linkedin")
            if session.store.interactions.add(interaction, dedupe=True):
                added += 1
            else:
                known += 1
    report.add(f"{FILE} rows read", len(table.rows))
    report.add("messages ignored (drafts, spam, sponsored, LinkedIn Member)", ignored)
    report.add("message interactions added", added)
    report.add("message interactions already known", known)
    if unknown:
        report.add("messages with someone not found by name", unknown)
    if people:
        report.remarks.append(
            f"messages: {len(people):,} people, {len(repliers):,} of them replied")


def _is_mine(row: dict[str, str], owner: Owner) -> bool:
    direction = row.get("direction", "").upper()
    if direction in ("OUTGOING", "INCOMING"):
        return direction == "OUTGOING"
    return owner.is_owner(row.get("from", ""), row.get("sender profile url", ""))


def _person(session: Session, name: str, url: str) -> int | list[int] | None:
    """The person a message party is: by URL (made when new), else by a unique name.

    A URL-less connection (an export before mid-2023) who is the only one of my
    connections with that name gets the URL the messages give: that is how old exports
    learn their connections' URLs. So does someone the export named without a URL in an
    invitation or a follow (Invitations.csv may lack URLs, Member_Follows.csv always
    does), instead of becoming a second person. Several people with the name: the list
    (ambiguous).
    """
    index = session.index
    if looks_like_profile_url(url):
        found = index.find_url(url)
        if found is not None:
            return found
        same = [p for p in index.match_name(name, session.first_degree)
                if p in session.first_degree and index.url_of(p) is None] if name else []
        if not same and name:
            same = [p for p in (index.locate(None, f"linkedin:{kind}:{fold(name)}")
                                for kind in ("invitation", "follow"))
                    if p is not None and index.url_of(p) is None][:1]
        if len(same) == 1:
            session.report.add("profile URLs learnt from messages")
            return session.person(person=same[0], url=url)
        first, _, last = name.strip().partition(" ")
        return session.person(url=url, first_name=first, last_name=last.strip())
    if not name:
        return None
    candidates = index.match_name(name, session.first_degree)
    if not candidates and "," in name:  # a group conversation of the 2018 era
        return None
    if len(candidates) == 1:
        return candidates[0]
    return candidates or None
