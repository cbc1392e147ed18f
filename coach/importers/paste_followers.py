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
    read_card,
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
    return read_card(block, PastedPerson("", block[0][0], follows_me=True, i_follow=back),
                     "no name before the follow button",
                     "more than a name and a headline before the follow button")
