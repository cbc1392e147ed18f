"""Logging what I did with someone: one call, one transaction, the right rows.

The command line, the app and the coach pane all log through :func:`log_action`, so an
invitation always opens a pending invitation, an acceptance always adds the connection,
and so on.
"""

from __future__ import annotations

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


class LogRefused(ValueError):
    """The action cannot be logged for this person (the message says why)."""


@dataclass(frozen=True, slots=True)
class Logged:
    """What was stored, in words for the person."""

    kind: str
    person_id: int
    at: str
    summary: str


def action_kind(word: str) -> str:
    """The logged kind for an action word; LogRefused listing the known ones."""
    key = word.strip().casefold()
    kind = ACTION_WORDS.get(key, key)
    if kind not in LOGGABLE:
        raise LogRefused(f"unknown action {word!r}: use one of {', '.join(LOGGABLE)}")
    return kind


def log_action(store: Store, person_id: int, action: str, degree: Degree, *,
               at: str | None = None, note: str = "", direction: str | None = None,
               name: str = "") -> Logged:
    """Store an action with one person in one transaction and say what was done.

    ``degree`` is my current degree to them: an invitation to a 1st-degree connection or
    to myself is refused, as is a withdrawal with nothing pending.
    """
    kind = action_kind(action)
    when = parse_when(at) if at else now_iso()
    who = name or f"#{person_id}"
    me = store.me
    if me is None and kind in ("invited", "connected", "followed", "unfollowed"):
        raise LogRefused("no 'me' in this workspace yet: choose one with `coach me QUERY`")
    if person_id == me:
        raise LogRefused("that is you: log actions with other people")
    if kind == "note":
        if not note.strip():
            raise LogRefused("a note needs text: add --note TEXT")
        store.notes.add(person_id, note, when)
        return Logged(kind, person_id, when, f"Noted for {who}: {note.strip()}")
    way = direction or ("in" if kind == "replied" else "out")
    with store.transaction():
        if kind == "invited":
            if degree is Degree.FIRST:
                raise LogRefused(f"{who} is already a 1st-degree connection: no invitation needed")
            for invitation in store.invitations.of(person_id):
                if invitation.status == "pending" and invitation.direction == "out":
                    raise LogRefused(
                        f"an invitation to {who} is already pending since {invitation.sent_at[:10]}"
                    )
            store.invitations.add(Invitation(person_id, "out", when, "pending", note))
        elif kind == "connected":
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
    subject = f"{kind} {who}" if way == "out" else f"{who} {kind} (to you)"
    return Logged(kind, person_id, when, f"Logged: {subject} at {when}")
