"""The daily pace: invitations and messages spread over the working days of the week.

``limits.toml`` sets how many invitations (``invitations_per_day``) and scenario messages
(``messages_per_day``) the agenda plans a day, counted from what was already sent today;
``weekends = false`` (the default) makes Saturday and Sunday days off. A due step beyond
today's pace is planned for the next working day that has room (each day takes the pace in
full); the weekly invitation limit still holds: never more is planned ahead than it leaves.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from coach.strategy.book import Book

PACED_STEPS = {"invite": "invitations_per_day", "message": "messages_per_day"}
"""The steps a pace spreads, and the limit that sets it."""

SATURDAY = 5


@dataclass
class Pace:
    """One daily pace over one day's plan: what fits today, and the day each step that does
    not fit is planned for."""

    limit: str
    per_day: int | None
    """None: no pace (every due step fits today, within the other limits)."""
    sent_today: int
    weekends: bool
    day: date
    taken: int = 0
    held: int = 0
    """Steps kept from today (planned for a later day, or never when the pace is 0)."""
    planned: Counter = field(default_factory=Counter)
    """Later working day → how many steps are planned for it."""

    @property
    def day_off(self) -> bool:
        """The plan's day is a Saturday or Sunday and the pace keeps weekends off."""
        return self.per_day is not None and not self.weekends and _weekend(self.day)

    def fits_today(self) -> bool:
        """Whether one more step fits today's pace (it is not taken yet)."""
        if self.per_day is None:
            return True
        return not self.day_off and self.sent_today + self.taken < self.per_day

    def take(self) -> None:
        """One step done today."""
        self.taken += 1

    def plan_later(self) -> date | None:
        """The working day a step that does not fit today is planned for (None when the
        pace is 0: nothing is ever planned)."""
        self.held += 1
        if not self.per_day:
            return None
        following = self.day
        while True:
            following += timedelta(days=1)
            if (self.weekends or not _weekend(following)) \
                    and self.planned[following] < self.per_day:
                self.planned[following] += 1
                return following

    def summary(self) -> PaceSummary | None:
        """What the agenda says of this pace (None when there is no pace)."""
        if self.per_day is None:
            return None
        days = sorted(self.planned)
        first = days[0] if days else None
        on_first = self.planned[first] if first else 0
        return PaceSummary(self.limit, self.per_day, self.weekends, self.day_off, self.taken,
                           self.sent_today, self.held, first, on_first,
                           sum(self.planned.values()) - on_first, days[-1] if days else None)


@dataclass(frozen=True, slots=True)
class PaceSummary:
    """A pace over one day's plan: the figure, what is planned today (and was sent), and
    what waits: for the next working day, and for the days after it (until ``last``)."""

    limit: str
    per_day: int
    weekends: bool
    day_off: bool
    today: int
    sent_today: int
    held: int
    """Steps kept from today: on the next working day, on the days after, or (a pace of 0)
    on no day."""
    next_day: date | None
    next_day_count: int
    after: int
    last: date | None

    def to_json(self) -> dict:
        return {"limit": self.limit, "per_day": self.per_day, "weekends": self.weekends,
                "day_off": self.day_off, "today": self.today, "sent_today": self.sent_today,
                "held": self.held,
                "next_day": self.next_day.isoformat() if self.next_day else None,
                "next_day_count": self.next_day_count, "after": self.after,
                "last_day": self.last.isoformat() if self.last else None}


def paces(book: Book, account: Mapping, day: date) -> dict[str, Pace]:
    """Step kind → its pace on ``day``, from the limits of ``book`` and what I sent today."""
    result = {}
    for step_kind, limit_id in PACED_STEPS.items():
        limit = book.limits.get(limit_id)
        value = limit.effective(account) if limit is not None else None
        sent = int(account.get(limit.kind.fact) or 0) if limit is not None else 0
        result[step_kind] = Pace(limit_id, value, sent,
                                 limit.weekends if limit is not None else True, day)
    return result


def pace_reason(pace: Pace, planned: date | None) -> str:
    """Why a due step waits for the pace (the agenda's ``why``, in English)."""
    what = "invitations" if pace.limit == "invitations_per_day" else "messages"
    if planned is None:
        return f"the daily pace of {what} is 0 (limits.toml): nothing is planned"
    each = "a day" if pace.weekends else "a working day"
    return f"{pace.per_day} {what} {each}: planned for {planned.isoformat()}"


def _weekend(day: date) -> bool:
    return day.weekday() >= SATURDAY
