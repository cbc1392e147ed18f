"""Open loops in words: English sentences, said in the workspace's language through
:class:`coach.wording.Wording` (the French is in ``coach.wording.catalogue``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.wording import ENGLISH, Wording

if TYPE_CHECKING:  # words only: the app's pane imports this before any rule is read
    from coach.strategy.open_loops import OpenLoop

TITLE = "Waiting on you"
NONE = "Nothing is waiting on you."

_SENTENCES = {
    "reply": "Reply to {name}: they wrote {ago}",
    "invitation_received": "Answer the invitation from {name}: it has waited {waited}",
    "reminder": "Reminder about {name}, {due}: {detail}",
    "welcome": "Welcome {name}: you connected {ago} and have not written yet",
    "thank_introduction": "Thank {name} for the introduction they made {ago}",
    "stale_invitation": "Your invitation to {name} has waited {waited}: withdraw it, or "
                        "follow up another way",
    "keep_in_touch": "Get back in touch with {name}: nothing for {waited}, and you meant to "
                     "be in touch every {every}",
}


def describe(loop: OpenLoop, words: Wording = ENGLISH) -> str:
    """One open loop as a sentence."""
    w = words
    sentence = w(_SENTENCES[loop.kind], name=loop.name, ago=ago(loop.days, w),
                 waited=days(loop.days, w), every=days(loop.every, w), due=due(loop.days, w),
                 detail=loop.detail)
    if loop.asks:
        sentence += w(" and asked a question")
    return sentence


def heading(count: int, words: Wording = ENGLISH) -> str:
    """The list's heading with how many loops there are, or what an empty list says."""
    return words("Waiting on you ({n}):", n=words.number(count)) if count else words(NONE)


def ago(count: int | None, w: Wording) -> str:
    """today, yesterday, 12 days ago."""
    if count is None or count <= 0:
        return w("today")
    if count == 1:
        return w("yesterday")
    return w("{n} days ago", n=w.number(count))


def days(count: int | None, w: Wording) -> str:
    """1 day, 12 days (French: the singular for 0 and 1)."""
    return w.count(abs(count or 0), "{n} day", "{n} days")


def due(count: int | None, w: Wording) -> str:
    """When a reminder is due: today, or how overdue it is."""
    if not count:
        return w("due today")
    if count < 0:
        return w("{late} overdue", late=days(count, w))
    return w("due in {wait}", wait=days(count, w))
