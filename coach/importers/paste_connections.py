"""The connections list as copied (My network → Connections): a name, an occupation, then
``Connected on November 4, 2026`` / ``Relation établie le 4 novembre 2026`` and ``Message``;
the accessibility labels ``Member’s name`` / ``Nom du membre`` may sit before the name and
the occupation, or not."""

from __future__ import annotations

import re

from coach.importers import paste_lines as marks
from coach.importers.linkedin_csv import DateError, parse_linkedin_date
from coach.importers.paste import (
    CONNECTIONS,
    Line,
    Pasted,
    PastedPerson,
    is_chrome,
    unread_block,
)
from coach.model import Degree

_CHROME = re.compile(
    r"^(?:[\d,.\s]+ (?:connections?|relations?)|connections|relations|my network|mon réseau"
    r"|sort by\s?:.*|trier par\s?:.*|search by name|rechercher par nom|search with filters"
    r"|rechercher avec des filtres|manage synced and imported contacts"
    r"|gérer les contacts synchronisés et importés)$", re.IGNORECASE)


def read_connections(lines: list[Line]) -> Pasted:
    """Every connection listed, each ended by its ``Connected on`` line."""
    result = Pasted(CONNECTIONS)
    block: list[Line] = []
    for number, line in lines:
        when = marks.connected_on(line)
        if when is None:
            if line.casefold() not in marks.CONNECTION_BUTTONS and not _is_chrome(line):
                block.append((number, line))
            continue
        if not block:
            result.unread.append(unread_block([(number, line)], "a connection date without a name"))
            continue
        first = not result.people and not result.unread
        person, before = _read(block, when, first)
        if before:
            result.unread.append(unread_block(before, "before the first connection: not a person"))
        (result.people if isinstance(person, PastedPerson) else result.unread).append(person)
        block = []
    if block:
        result.unread.append(unread_block(block, "no \"Connected on\" date after it"))
    return result


def _is_chrome(line: str) -> bool:
    return is_chrome(line) or bool(_CHROME.match(line))


def _read(block: list[Line], when: str, first: bool):
    """(the person or why not, the lines before the first connection when ``first``)."""
    labelled = any(line.casefold() in marks.MEMBER_LABELS for _, line in block)
    before: list[Line] = []
    if labelled:
        starts = [i for i, (_, line) in enumerate(block) if line.casefold() in marks.NAME_LABELS]
        start = starts[-1] if starts else 0
        if start and first:
            before, block = block[:start], block[start:]
        content = [(n, line) for n, line in block if line.casefold() not in marks.MEMBER_LABELS]
    else:
        content = block
        if first and len(content) > 2:
            before, content = content[:-2], content[-2:]
    if not content:
        return unread_block(block, "no name before the connection date"), before
    if len(content) > 2:
        return unread_block(block, "more than a name and an occupation before the connection "
                                   "date"), before
    shown = marks.view_name(content[0][1])
    name = marks.person_name(shown if shown is not None else content[0][1])
    try:
        connected = parse_linkedin_date(when)[:10]
    except DateError:
        return unread_block(block, "connection date not read"), before
    person = PastedPerson(name, content[0][0], degree=Degree.FIRST, connected_on=connected,
                          headline=content[1][1] if len(content) > 1 else "")
    return person, before
