"""People search results as copied: one block per ``View NAME’s profile`` or ``LinkedIn Member``.

A profile's mutual-connections list is such a page, headed by ``Mutual connections with NAME``
/ ``Relations en commun avec NAME`` and maybe ``N mutual connections``."""

from __future__ import annotations

from coach.importers import paste_lines as marks
from coach.importers.paste import (
    MUTUALS,
    SEARCH_RESULTS,
    Line,
    Pasted,
    PastedPerson,
    Unread,
    is_chrome,
    unread_block,
)
from coach.model import Degree


def read_search_results(lines: list[Line]) -> Pasted:
    result = Pasted(SEARCH_RESULTS)
    starts = _starts(lines)
    if not starts:
        return result
    preamble = _heading(result, [item for item in lines[:starts[0][0]]
                                 if not is_chrome(item[1])])
    if preamble:
        result.unread.append(unread_block(preamble, "before the first result: not a person"))
    for k, (start, name) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        person, leftover = _read(lines[start:end], name)
        if isinstance(person, Unread):
            result.unread.append(person)
        else:
            result.people.append(person)
        leftover = [item for item in leftover if not is_chrome(item[1])]
        if leftover:
            result.unread.append(unread_block(leftover, "after a result's buttons: not a person"))
    return result


def _heading(result: Pasted, preamble: list[Line]) -> list[Line]:
    """Read a mutual-connections heading (whose, how many) into ``result``; the rest."""
    rest = []
    for item in preamble:
        whose = marks.mutuals_of(item[1])
        count = marks.mutual_line(item[1])
        if whose is not None and not result.mutuals_of:
            result.page = MUTUALS
            result.mutuals_of = marks.person_name(whose[0])
            result.mutual_total = whose[1] if whose[1] is not None else result.mutual_total
        elif count is not None and not count[1] and result.mutual_total is None:
            result.mutual_total = count[0]
        else:
            rest.append(item)
    whose = result.mutuals_of.casefold()  # the profile's name above its heading
    return [item for item in rest if not whose or marks.person_name(item[1]).casefold() != whose]


def _starts(lines: list[Line]) -> list[tuple[int, str]]:
    """Where each result begins (with its name line when it is just above), and the name
    ("" for an out-of-network member)."""
    starts: list[tuple[int, str]] = []
    floor = 0
    for i, (_, line) in enumerate(lines):
        shown = marks.view_name(line)
        if shown is not None:
            name = marks.person_name(shown)
            start = i - 1 if i - 1 >= floor and _is_name(lines[i - 1][1], name) else i
            if starts and starts[-1][0] == start:
                continue
            starts.append((start, name))
            floor = i + 1
        elif line.casefold() in marks.OUT_OF_NETWORK and i >= floor:
            if i > 0 and lines[i - 1][1].casefold() in marks.OUT_OF_NETWORK and starts \
                    and starts[-1][1] == "" and starts[-1][0] >= floor - 1:
                floor = i + 1
                continue
            starts.append((i, ""))
            floor = i + 1
    return starts


def _is_name(line: str, name: str) -> bool:
    """Whether a line is the name shown again (maybe with a badge or the degree after it)."""
    bullet = marks.bullet_degree(line)
    if bullet:
        line = bullet[0]
    line = marks.person_name(line).casefold()
    name = name.casefold()
    if line == name:
        return True
    return line.startswith(name + " ") and marks.is_badge(line[len(name) + 1:])


def _read(block: list[Line], name: str) -> tuple[PastedPerson | Unread, list[Line]]:
    """One result, and the lines after its buttons."""
    person = PastedPerson(name, block[0][0])
    degrees: set[Degree] = set()
    rest: list[str] = []
    for index, (_, line) in enumerate(block):
        folded = line.casefold()
        if marks.view_name(line) is not None or folded in marks.OUT_OF_NETWORK:
            continue
        bullet = marks.bullet_degree(line)
        if bullet:
            before, degree = bullet
            degrees.add(degree)
            if before and not _is_name(before, name):
                rest.append(before)
            continue
        degree = marks.degree_line(line)
        if degree is not None:
            degrees.add(degree)
            continue
        if name and _is_name(line, name):
            continue
        if folded in marks.SEARCH_BUTTONS:
            return _finish(person, degrees, rest, block), block[index + 1:]
        mutual = marks.mutual_line(line)
        if mutual is not None and person.mutual_count is None:
            person.mutual_count, person.mutuals = mutual
            continue
        if mutual is not None or marks.looks_mutual(line):
            return unread_block(block, f"mutual connections not read: {line[:60]!r}"), []
        if folded.startswith(marks.CURRENT_PREFIXES):
            person.current = line.split(":", 1)[1].strip()
            continue
        if folded.startswith(marks.ASIDE_PREFIXES):
            continue
        rest.append(line)
    return _finish(person, degrees, rest, block), []


def _finish(person: PastedPerson, degrees: set[Degree], rest: list[str],
            block: list[Line]) -> PastedPerson | Unread:
    if not person.name:
        if degrees:
            return unread_block(block, "a LinkedIn Member with a degree: not read")
        person.degree = Degree.OUT_OF_NETWORK
    elif not degrees:
        return unread_block(block, "no degree (• 1st, • 2nd, • 3rd+ / • 1er, • 2e, • 3e et +)")
    elif len(degrees) > 1:
        return unread_block(block, "two different degrees shown")
    else:
        person.degree = degrees.pop()
    person.headline = rest[0] if rest else ""
    person.location = rest[1] if len(rest) > 1 else ""
    return person
