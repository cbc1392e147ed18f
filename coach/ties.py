"""Tie strength: how well I know someone, from recent interactions and tags.

Used to rank introduction paths: the best person to ask is the one I talk to.
"""

from __future__ import annotations

import math
from datetime import date

from coach.dates import days_ago, days_since
from coach.store import Store

HALF_LIFE_DAYS = 60
"""An interaction counts half as much after this many days."""

WINDOW_DAYS = 365
"""Interactions older than this are ignored."""

KIND_WEIGHTS = {
    "met": 3.0, "called": 2.5, "messaged": 2.0, "replied": 2.0, "recommended": 2.0,
    "introduced": 2.0, "endorsed": 1.0, "commented": 1.0, "shared": 1.0, "connected": 1.0,
    "liked": 0.5, "visited": 0.3, "invited": 0.3, "followed": 0.2,
}
"""How much one interaction of each kind says about the tie."""

TAG_WEIGHTS = {
    "close": 4.0, "friend": 3.0, "mentor": 3.0, "family": 3.0, "colleague": 1.5,
    "former-colleague": 1.0, "client": 1.5, "alumni": 1.0, "do-not-contact": -10.0,
}
"""What a tag adds: ``close`` people are the first to ask; never route through do-not-contact."""


def tie_strengths(store: Store, day: date | None = None) -> dict[int, float]:
    """Person id → tie strength for everyone with recent interactions or a weighted tag."""
    strengths: dict[int, float] = {}
    decay = math.log(2) / HALF_LIFE_DAYS
    for person, at, kind, direction in store.interactions.since(days_ago(WINDOW_DAYS, day)):
        age = days_since(at, day)
        if age is None or age < 0:
            age = 0
        weight = KIND_WEIGHTS.get(kind, 0.5) * math.exp(-decay * age)
        if direction == "in":
            weight *= 1.5  # they reached out: the tie goes both ways
        strengths[person] = strengths.get(person, 0.0) + weight
    for person, tags in store.tags.all().items():
        bonus = sum(TAG_WEIGHTS.get(tag, 0.0) for tag in tags)
        if bonus:
            strengths[person] = strengths.get(person, 0.0) + bonus
    return strengths
