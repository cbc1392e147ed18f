"""The followers list as copied: a name, a headline, then ``Following``/``Follow``
(``Suivi``/``Abonné``/``Suivre``): whether I follow them back."""

from __future__ import annotations

from coach.importers import paste_lines as marks
from coach.importers.paste import (
    FOLLOWERS,
    Line,
    Pasted,
    PastedPerson,
    is_chrome,
    name_and_rest,
    unread_block,
)


def read_followers(lines: list[Line]) -> Pasted:
    result = Pasted(FOLLOWERS)
    block: list[Line] = []
    for number, line in lines:
        back = marks.FOLLOW_BACK.get(line.casefold())
        if back is None:
            if block or not is_chrome(line):
                block.append((number, line))
            continue
        if not block:
            result.unread.append(unread_block([(number, line)], "a follow button without a name"))
            continue
        person = _read(block, back)
        (result.people if isinstance(person, PastedPerson) else result.unread).append(person)
        block = []
    block = [item for item in block if not is_chrome(item[1])]
    if block:
        result.unread.append(unread_block(block, "no Following/Follow button after it"))
    return result


def _read(block: list[Line], back: bool):
    content: list[str] = []
    name = ""
    mutual = None
    for _, line in block:
        shown = marks.view_name(line)
        if shown is not None:
            name = marks.person_name(shown)
            continue
        found = marks.mutual_line(line)
        if found is not None and mutual is None:
            mutual = found
            continue
        if marks.looks_mutual(line):
            return unread_block(block, f"mutual connections not read: {line[:60]!r}")
        if line.casefold() in marks.SEARCH_BUTTONS:
            continue
        content.append(line)
    name, content = name_and_rest(name, content)
    if not name:
        return unread_block(block, "no name before the follow button")
    if len(content) > 1:
        return unread_block(block, "more than a name and a headline before the follow button")
    person = PastedPerson(name, block[0][0], follows_me=True, i_follow=back,
                          headline=content[0] if content else "")
    if mutual is not None:
        person.mutual_count, person.mutuals = mutual
    return person
