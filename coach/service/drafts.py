"""Drafting the next message for one person, decided once for every front end.

The domain (``coach.strategy.drafting``) chooses the kind and fills the top advice's
``message`` template; the service adds whom it goes to (an introduction request goes to
the introducer) and what to log once it is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach.strategy.drafting import INTRODUCTION, draft_text

if TYPE_CHECKING:
    from coach.service.network_service import NetworkService


@dataclass(frozen=True, slots=True)
class Draft:
    """A message to send, ready to edit: ``kind`` (invitation, message, introduction), the
    ``text`` (blank when the advice has no template), ``limit`` (characters, None: unknown),
    the advice's title, and once sent: log ``log_kind`` with ``to_id`` (``to_name``)."""

    person_id: int
    name: str
    kind: str
    text: str
    limit: int | None
    log_kind: str
    to_id: int
    to_name: str
    title: str = ""
    rule_id: str = ""
    from_template: bool = False

    def to_json(self) -> dict:
        return {"person": self.person_id, "kind": self.kind, "text": self.text,
                "limit": self.limit, "log": self.log_kind, "to": self.to_id,
                "advice": self.rule_id or None, "from_template": self.from_template}


def draft_of(service: NetworkService, person_id: int) -> Draft:
    """The draft for one person (KeyError when unknown)."""
    advisor = service.advisor
    drafted = draft_text(advisor.rulebook.book, advisor.facts(person_id))
    contact = service.contact(person_id)
    to_id, to_name = person_id, contact.name
    if drafted.kind == INTRODUCTION:
        introducer = advisor.table.introducer_id(person_id)
        if introducer is not None:
            to_id, to_name = introducer, service.contact(introducer).name
    advice = drafted.advice
    return Draft(person_id, contact.name, drafted.kind, drafted.text, drafted.limit,
                 drafted.logged_as, to_id, to_name, advice.title if advice else "",
                 advice.rule_id if advice else "", drafted.from_template)
