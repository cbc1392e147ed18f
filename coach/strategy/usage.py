"""What my history says, read once per workspace: visits, engagement, invitations, quotas used.

Limits are counted from the store: invitations sent in the last 7 days, invitations with a
personal note this calendar month, InMails this month (messages to people I could not
message for free), and for each person the days since I last withdrew an invitation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from coach.contacts import Roster
from coach.dates import days_since
from coach.model import Degree
from coach.store import Store

ENGAGEMENT_DAYS = 90
"""How far back ``engagement_last_90_days`` counts what people did towards me."""


@dataclass
class Activity:
    """Per-person numbers, yes/no sets and texts, and my account's counters."""

    numbers: dict[str, dict[int, float]] = field(default_factory=dict)
    flags: dict[str, set[int]] = field(default_factory=dict)
    texts: dict[str, dict[int, str]] = field(default_factory=dict)
    account: dict[str, int] = field(default_factory=dict)
    accepted: dict[int, str] = field(default_factory=dict)
    """When each invitation that was accepted was answered: a connection's date when the
    connection itself has none (read with the other invitations, used by the situation)."""


def read_activity(store: Store, roster: Roster, day: date) -> Activity:
    """Everything the facts need from interactions and invitations, in two queries."""
    activity = Activity()
    _interactions(activity, store, roster, day)
    _invitations(activity, store, day)
    return activity


def _interactions(activity: Activity, store: Store, roster: Roster, day: date) -> None:
    last = {person: at for person, (at, _kind, _way) in roster.latest.items()}
    activity.numbers["days_since_last_interaction"] = days_per_person(last, day)
    activity.texts["last_interaction_kind"] = {
        person: kind for person, (_at, kind, _way) in roster.latest.items()}
    engagement: dict[int, float] = {}
    inbound: dict[int, float] = {}
    my_visit: dict[int, str] = {}
    their_visit: dict[int, str] = {}
    inmails = messages_today = 0
    since = (day - timedelta(days=ENGAGEMENT_DAYS)).isoformat()
    month = day.isoformat()[:7]
    network = roster.network
    for person, at, kind, direction in store.interactions.since(""):
        if at[:10] > day.isoformat():
            continue  # logged in the future (a fixed "today" in tests and demos)
        if kind == "visited":
            visits = my_visit if direction == "out" else their_visit
            visits[person] = max(visits.get(person, ""), at)
        if direction == "in":
            inbound[person] = inbound.get(person, 0.0) + 1
            if at >= since:
                engagement[person] = engagement.get(person, 0.0) + 1
        if kind == "messaged" and direction == "out" and at[:10] == day.isoformat():
            messages_today += 1
        if (kind == "messaged" and direction == "out" and at[:7] == month
                and _paid_message(network, person)):
            inmails += 1
    activity.numbers["engagement_last_90_days"] = engagement
    activity.numbers["inbound_interactions"] = inbound
    activity.numbers["days_since_my_visit"] = days_per_person(my_visit, day)
    activity.numbers["days_since_their_visit"] = days_per_person(their_visit, day)
    activity.account["inmails_this_month"] = inmails
    activity.account["messages_today"] = messages_today


def _paid_message(network, person: int) -> bool:
    """A message to someone I cannot message for free today was an InMail."""
    index = network.index(person)
    if index is None:
        return False
    return (int(network.degree[index]) != int(Degree.FIRST)
            and not network.structure.open_profile[index] and not network.coworker[index])


def invitations_used(store: Store, day: date) -> dict[str, int]:
    """My account's invitation counters on ``day`` (``invitations_this_week``,
    ``invitation_notes_this_month``), counted as the facts count them, without the rest of
    the facts: the summary needs only these."""
    activity = Activity()
    _invitations(activity, store, day)
    return activity.account


def _invitations(activity: Activity, store: Store, day: date) -> None:
    # The store has no "every invitation" query yet; this read-only one is the only SQL here.
    rows = store.db.fetchall(
        "SELECT person, direction, sent_at, status, message, resolved_at FROM invitation "
        "ORDER BY sent_at, id"
    )
    pending_out: dict[int, str] = {}
    pending_in: dict[int, str] = {}
    withdrawn: dict[int, str] = {}
    status: dict[int, str] = {}
    week_start = (day - timedelta(days=6)).isoformat()
    month = day.isoformat()[:7]
    this_week = notes = today = 0
    for person, direction, sent_at, state, message, resolved_at in rows:
        status[person] = state
        if direction == "out":
            if week_start <= sent_at[:10] <= day.isoformat():
                this_week += 1
            today += sent_at[:10] == day.isoformat()
            if (message and message.strip() and sent_at[:7] == month
                    and sent_at[:10] <= day.isoformat()):
                notes += 1
            if state == "pending":
                pending_out[person] = sent_at
            elif state == "withdrawn":
                withdrawn[person] = resolved_at or sent_at
        elif state == "pending":
            pending_in[person] = sent_at
        if state == "accepted" and (resolved_at or sent_at)[:10] <= day.isoformat():
            activity.accepted[person] = resolved_at or sent_at
    activity.flags["invitation_pending"] = set(pending_out)
    activity.flags["invitation_received"] = set(pending_in)
    activity.numbers["days_since_invitation_received"] = days_per_person(pending_in, day)
    activity.numbers["days_since_invitation"] = days_per_person(pending_out, day)
    activity.numbers["days_since_withdrawal"] = days_per_person(withdrawn, day)
    activity.texts["last_invitation_status"] = status
    activity.account["invitations_this_week"] = this_week
    activity.account["invitations_today"] = today
    activity.account["invitation_notes_this_month"] = notes


def days_per_person(stamps: dict[int, str], day: date) -> dict[int, float]:
    """Person → whole days from a stored moment to ``day`` (never negative)."""
    result = {}
    for person, stamp in stamps.items():
        days = days_since(stamp, day)
        if days is not None:
            result[person] = float(max(days, 0))
    return result
