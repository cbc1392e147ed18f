"""Logging what I did with someone: one call, one transaction, the right rows.

The command line, the app and the coach pane all log through the service, which asks
:func:`policy_refusal` (may the rules' allowed actions say this was possible?) and then
:func:`log_action`, so an invitation always opens a pending invitation, an acceptance
always adds the connection, and what the rules block is refused everywhere alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coach.dates import now_iso, parse_when
from coach.model import INTERACTION_KINDS, Degree, Interaction, Invitation
from coach.store import Store

ACTION_WORDS = {
    "visit": "visited", "invite": "invited", "message": "messaged", "follow": "followed",
    "unfollow": "unfollowed", "meet": "met", "call": "called", "comment": "commented",
    "like": "liked", "share": "shared", "endorse": "endorsed", "recommend": "recommended",
    "introduce": "introduced", "connect": "connected", "accepted": "connected",
    "withdraw": "withdrew", "withdrawn": "withdrew", "reply": "replied", "notes": "note",
}
"""Other ways of writing an action, mapped to the logged kind."""

LOGGABLE = (*INTERACTION_KINDS, "note")


LOG_POLICY: dict[str, tuple[str, ...]] = {
    "invited": ("invite", "invite_with_note"),
    "messaged": ("message", "message_request", "inmail"),
    "followed": ("follow",),
    "unfollowed": ("unfollow",),
    "endorsed": ("endorse",),
    "recommended": ("recommend",),
    "withdrew": ("withdraw_invitation",),
    "connected": ("invite", "invite_with_note", "accept_invitation", "withdraw_invitation"),
    "accepted": ("accept_invitation",),
}
"""Each kind of act I log and the policy actions (actions.toml) of which one must be
allowed for it to have been possible. A kind not listed (visited, met, called, liked a
public post, a note…) is always accepted, and so is what they did to me (direction "in").
"accepted" is my answer to their invitation (a connection, direction "in"): it is mine
to check; an invitation with a note needs ``invite_with_note``."""

WORDS_WITH_DIRECTION = {
    "accepted": ("connected", "in"), "accept": ("connected", "in"),
    "introduced_me": ("introduced", "in"),
}
"""Words that say who acted as well as what: "accepted" (I accepted their invitation: we
are connected, the invitation came in) and "introduced_me" (they introduced me to someone)."""


class LogRefused(ValueError):
    """The action cannot be logged for this person now (the message says why)."""


class BadLogInput(LogRefused):
    """What was asked to log is malformed (an unknown action, a note without text)."""


@dataclass(frozen=True, slots=True)
class Logged:
    """What was stored, in words for the person (``summary``), and its parts for a front
    end that words it in another language: who (the name given, or ``#id``), the
    direction ("out": I did it; "in": they did) and a note's text."""

    kind: str
    person_id: int
    at: str
    summary: str
    who: str = ""
    direction: str = "out"
    note: str = ""


def action_kind(word: str) -> str:
    """The logged kind for an action word; BadLogInput listing the known ones."""
    key = word.strip().casefold()
    kind = ACTION_WORDS.get(key, key)
    if kind not in LOGGABLE:
        raise BadLogInput(f"unknown action {word!r}: use one of {', '.join(LOGGABLE)}")
    return kind


def read_action(word: str, direction: str | None = None) -> tuple[str, str, str]:
    """(the logged kind, its direction, the key of its policy in ``LOG_POLICY``) for an
    action word: "accepted" → ("connected", "in", "accepted"); "replied" goes "in" unless
    told otherwise. BadLogInput for an unknown word."""
    key = word.strip().casefold()
    if key in WORDS_WITH_DIRECTION:
        kind, way = WORDS_WITH_DIRECTION[key]
        return kind, direction or way, "accepted" if kind == "connected" else kind
    kind = action_kind(word)
    return kind, direction or ("in" if kind == "replied" else "out"), kind


def policy_refusal(kind: str, statuses: Iterable, direction: str = "out",
                   note: str = "") -> str | None:
    """Why the rules say I could not have done ``kind`` with this person (None: I could).

    ``statuses`` are the person's action statuses (``coach.strategy.ActionStatus``); the
    first blocked action of the kind's policy gives the reason: "Invite to connect: Only
    the initial of their last name is visible…". An invitation with a ``note`` needs
    ``invite_with_note`` (the notes of a free account run out)."""
    needs = LOG_POLICY.get(kind)
    if kind == "invited" and note.strip():
        needs = ("invite_with_note",)
    if not needs or (direction == "in" and kind != "accepted"):
        return None
    known = [status for status in statuses if status.action in needs]
    if not known or any(status.allowed for status in known):
        return None
    first = min(known, key=lambda status: needs.index(status.action))
    return f"{first.label}: {first.reason}"


def log_action(store: Store, person_id: int, action: str, degree: Degree, *,
               at: str | None = None, note: str = "", direction: str | None = None,
               name: str = "") -> Logged:
    """Store an action with one person in one transaction and say what was done.

    ``degree`` is my current degree to them: an invitation to a 1st-degree connection or
    to myself is refused, as is a withdrawal with nothing pending.
    """
    kind, way, _policy = read_action(action, direction)
    when = parse_when(at) if at else now_iso()
    who = name or f"#{person_id}"
    me = store.me
    if me is None and kind in ("invited", "connected", "followed", "unfollowed"):
        raise LogRefused("no 'me' in this workspace yet: choose one with `coach me QUERY`")
    if person_id == me:
        raise LogRefused("that is you: log actions with other people")
    if kind == "note":
        if not note.strip():
            raise BadLogInput("a note needs text: add --note TEXT")
        store.notes.add(person_id, note, when)
        return Logged(kind, person_id, when, f"Noted for {who}: {note.strip()}", who,
                      note=note.strip())
    with store.transaction():
        if kind == "invited":
            if degree is Degree.FIRST:
                raise LogRefused(f"{who} is already a 1st-degree connection: no invitation needed")
            for invitation in store.invitations.of(person_id):
                if invitation.status == "pending" and invitation.direction == way:
                    between = f"an invitation to {who}" if way == "out" else \
                        f"an invitation from {who}"
                    raise LogRefused(
                        f"{between} is already pending since {invitation.sent_at[:10]}"
                    )
            store.invitations.add(Invitation(person_id, way, when, "pending", note))
        elif kind == "connected":
            if way == "in" and not any(invitation.status == "pending" and
                                       invitation.direction == "in"
                                       for invitation in store.invitations.of(person_id)):
                raise LogRefused(f"no pending invitation from {who} to accept")
            store.connections.add(me, person_id, "manual", when[:10])
            store.invitations.resolve(person_id, "accepted", when)
        elif kind == "withdrew":
            if store.invitations.resolve(person_id, "withdrawn", when) == 0:
                raise LogRefused(f"no pending invitation to {who} to withdraw")
        elif kind in ("followed", "unfollowed"):
            status = "active" if kind == "followed" else "unfollowed"
            follower, followee = (me, person_id) if way == "out" else (person_id, me)
            store.follows.set(follower, followee, status, when[:10], "manual")
        store.interactions.add(Interaction(person_id, kind, way, when, note.strip(), "manual"))
    subject = f"{kind} {who}" if way == "out" else \
        f"accepted the invitation of {who}: connected" if kind == "connected" else \
        f"{who} {kind} (to you)"
    return Logged(kind, person_id, when, f"Logged: {subject} at {when}", who, way, note.strip())
