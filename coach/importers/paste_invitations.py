"""The invitation manager as copied, received and sent: a name, a headline, maybe a mutual
connections line and an age (``Sent 3 weeks ago`` / ``Envoyée il y a 3 semaines``), then the
buttons that tell the direction: ``Ignore``/``Accept`` (received) or ``Withdraw`` (sent)."""

from __future__ import annotations

import re
from datetime import date

from coach.importers import paste_lines as marks
from coach.importers.paste import (
    INVITATIONS,
    Line,
    Pasted,
    PastedPerson,
    is_chrome,
    read_card,
    unread_block,
)
from coach.model import Degree

_CHROME = re.compile(
    r"^(?:(?:invitations )?(?:received|sent|reçues|envoyées)|invitations|manage invitations"
    r"|gérer les invitations|people|personnes|newsletters?|events|événements|pages|groups"
    r"|groupes|see all|voir tout|show all|tout afficher|no pending invitations"
    r"|aucune invitation en attente)(?:\s*\(\d+\))?$", re.IGNORECASE)


def read_invitations(lines: list[Line], copied_on: date) -> Pasted:
    """Every invitation listed; relative ages count back from ``copied_on``."""
    result = Pasted(INVITATIONS)
    block: list[Line] = []
    last: str | None = None  # the direction of the buttons just read (Ignore, then Accept)
    for number, line in lines:
        direction = marks.INVITATION_BUTTONS.get(line.casefold())
        if direction is None:
            if _CHROME.match(line) or is_chrome(line):
                if block:
                    result.unread.append(unread_block(block, _NO_BUTTONS))
                    block = []
                last = None
                continue
            block.append((number, line))
            last = None
            continue
        if not block:
            if direction != last:
                result.unread.append(unread_block([(number, line)], "a button without a name"))
            continue
        person = _read(block, direction, copied_on)
        (result.people if isinstance(person, PastedPerson) else result.unread).append(person)
        block, last = [], direction
    if block:
        result.unread.append(unread_block(block, _NO_BUTTONS))
    return result


_NO_BUTTONS = "no Accept/Ignore or Withdraw button after it"


def _read(block: list[Line], direction: str, copied_on: date):
    def age(line: str, person: PastedPerson) -> bool:
        found = marks.invitation_age(line, copied_on)
        if found is None or person.invited_on is not None:
            return False
        person.invited_on, person.invited_on_approximate = found
        return True

    person = read_card(block, PastedPerson("", block[0][0], invitation=direction),
                       "no name before the invitation's buttons",
                       "more than a name and a headline before the invitation's buttons", age)
    if isinstance(person, PastedPerson) and person.mutual_count:
        person.degree = Degree.SECOND  # mutual connections and not connected: 2nd by definition
    return person
