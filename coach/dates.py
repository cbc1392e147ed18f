"""Dates as coach stores them (ISO 8601 text) and "today", which tests and plans can set."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta

TODAY_VARIABLE = "COACH_TODAY"


def today() -> date:
    """Today's date, or the date in ``COACH_TODAY`` (YYYY-MM-DD) when it is set."""
    fixed = os.environ.get(TODAY_VARIABLE)
    if fixed:
        return parse_date(fixed)
    return date.today()


def now_iso() -> str:
    """The current moment as stored: today's date (possibly fixed) with the wall-clock time."""
    moment = datetime.now()
    day = today()
    return datetime.combine(day, moment.time()).replace(microsecond=0).isoformat()


def parse_date(text: str) -> date:
    """A date from ``YYYY-MM-DD`` or an ISO date-time; ValueError with the expected form."""
    value = text.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"not a date: {text!r} (expected YYYY-MM-DD)") from None


def parse_when(text: str) -> str:
    """Normalise a user-given moment (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``) for storage."""
    value = text.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return moment.replace(tzinfo=None, microsecond=0).isoformat()
    except ValueError:
        raise ValueError(
            f"not a date: {text!r} (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
        ) from None


def days_since(stored: str | None, day: date | None = None) -> int | None:
    """Whole days from a stored moment to ``day`` (default today); None when unknown."""
    if not stored:
        return None
    try:
        then = parse_date(stored[:10])
    except ValueError:
        return None
    return ((day or today()) - then).days


def days_ago(days: int, day: date | None = None) -> str:
    """The ISO date ``days`` before ``day`` (default today)."""
    return ((day or today()) - timedelta(days=days)).isoformat()
