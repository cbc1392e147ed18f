"""The next message to send someone, from their top advice: which kind, its text, its limit.

A rule may carry a ``message`` template (see ``coach.strategy.rule``). What the text is
follows the advice's actions, first match in the advice's order: ``invite_with_note`` makes
it an invitation note (``note_length`` characters at most), ``ask_introduction`` a request
to forward to the introducer, ``message``/``message_request``/``inmail`` a message
(``message_length``). Without a template the draft is blank, of the kind the policy allows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from coach.strategy.book import Book
from coach.strategy.rule import Advice

INVITATION, INTRODUCTION, MESSAGE = "invitation", "introduction", "message"

DRAFTED_BY = {"invite_with_note": INVITATION, "ask_introduction": INTRODUCTION,
              "message": MESSAGE, "message_request": MESSAGE, "inmail": MESSAGE}
"""The actions that send a text, and the kind of text each sends."""

LOGGED_AS = {INVITATION: "invited", INTRODUCTION: "messaged", MESSAGE: "messaged"}
"""What sending each kind of draft logs (an introduction request: a message to the
introducer)."""

LENGTH_LIMITS = {INVITATION: "note_length", INTRODUCTION: "message_length",
                 MESSAGE: "message_length"}
"""The limit (limits.toml) on the length of each kind of draft."""


@dataclass(frozen=True, slots=True)
class DraftText:
    """A draft for one contact: its kind, its text (blank without a template), the most
    characters it may have (None: no limit known) and the advice it comes from."""

    kind: str
    text: str
    limit: int | None
    advice: Advice | None = None
    from_template: bool = False

    @property
    def logged_as(self) -> str:
        """The kind to log once it is sent."""
        return LOGGED_AS[self.kind]


def draft_kind(actions: tuple[str, ...]) -> str | None:
    """The kind of text the first sending action of ``actions`` sends (None: none sends)."""
    return next((DRAFTED_BY[action] for action in actions if action in DRAFTED_BY), None)


def draft_text(book: Book, facts: Mapping) -> DraftText:
    """The draft for one contact's facts: the top advice's message filled in, or a blank
    draft of the kind their advice (else the policy: a message, else an invitation note)
    calls for."""
    decided = book.decide(facts)
    advice = book.advise_decided(decided)
    top = advice[0] if advice else None
    kind = draft_kind(top.actions) if top is not None else None
    template = None
    if top is not None:
        rule = book.rule(top.rule_id)
        template = rule.message_template(top.variant) if rule is not None else None
    if kind is None:
        kind = MESSAGE if decided.allowed("message") or \
            not decided.allowed("invite_with_note") else INVITATION
    limit = book.limits.get(LENGTH_LIMITS[kind])
    figure = limit.effective(decided) if limit is not None else None
    if template is None:
        return DraftText(kind, "", figure, top)
    return DraftText(kind, template.render(book.lookup(decided)).strip(), figure, top, True)
