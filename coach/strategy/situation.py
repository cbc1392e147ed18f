"""What is going on with each person: open conversations, new connections, introductions,
job changes and my notes (invitations, answered or waiting, are read with the others in
``coach.strategy.usage``).

Read once per network from the store (a handful of queries), into the same ``Activity``
the other facts come from, so rules can say "reply first", "welcome them", "thank them".
"""

from __future__ import annotations

from datetime import date

from coach.dates import days_since
from coach.store import Store
from coach.strategy.usage import Activity, days_per_person

MESSAGES = ("messaged", "replied")
"""Kinds that are a written message in a conversation."""
ANSWERS = ("messaged", "replied", "called", "met")
"""Kinds by which one side answers the other (a call or a meeting answers a message)."""


def read_situation(activity: Activity, store: Store, me: int | None, day: date) -> None:
    """Add the situation facts to ``activity`` (numbers, flags and texts per person)."""
    today = day.isoformat()
    connected_on = _connection_dates(activity, store, me, today)
    their_message: dict[int, tuple[str, str]] = {}
    their_answer: dict[int, str] = {}
    my_message: dict[int, str] = {}
    my_answer: dict[int, str] = {}
    messages: dict[int, str] = {}
    introduced_me: dict[int, str] = {}
    for person, at, kind, direction, note in store.interactions.exchanges():
        if at[:10] > today:
            continue  # logged in the future (a fixed "today" in tests and demos)
        if kind == "connected":
            connected_on[person] = max(connected_on.get(person, ""), at)
            continue
        if kind == "introduced":
            if direction == "in":
                introduced_me[person] = at
            continue
        if kind in MESSAGES:
            messages[person] = at
        if kind in ANSWERS:
            if direction == "in":
                their_answer[person] = at
                if kind in MESSAGES:
                    their_message[person] = (at, note or "")
            else:
                my_answer[person] = at
                if kind in MESSAGES:
                    my_message[person] = at
    awaiting_mine = {person: at for person, (at, _note) in their_message.items()
                     if at > my_answer.get(person, "")}
    awaiting_theirs = {person: at for person, at in my_message.items()
                       if at > their_answer.get(person, "")}
    asks = {person for person in awaiting_mine if "?" in their_message[person][1]}
    activity.flags["awaiting_my_reply"] = set(awaiting_mine)
    activity.numbers["days_awaiting_reply"] = days_per_person(awaiting_mine, day)
    activity.flags["their_message_asks"] = asks
    activity.flags["awaiting_their_reply"] = set(awaiting_theirs)
    activity.numbers["days_awaiting_their_reply"] = days_per_person(awaiting_theirs, day)
    activity.numbers["days_since_connected"] = days_per_person(connected_on, day)
    activity.flags["messaged_since_connected"] = {
        person for person, at in messages.items()
        if person in connected_on and at[:10] >= connected_on[person][:10]}
    activity.numbers["days_since_they_introduced_me"] = days_per_person(introduced_me, day)
    activity.flags["introduction_thanked"] = {
        person for person, at in introduced_me.items() if my_answer.get(person, "") > at}
    _job_changes(activity, store, day)
    _notes(activity, store, day)
    if me is not None:
        unlisted = {person: on for person, on in store.connections.unlisted_of(me).items()
                    if on <= today}
        activity.numbers["days_since_unlisted"] = days_per_person(unlisted, day)


def _connection_dates(activity: Activity, store: Store, me: int | None,
                      today: str) -> dict[int, str]:
    """When I connected with each person: the connection's date, else an accepted invitation."""
    dates = dict(activity.accepted)
    if me is not None:
        for person, on in store.connections.dates_of(me):
            if on and on[:10] <= today:
                dates[person] = on
    return dates


def _job_changes(activity: Activity, store: Store, day: date) -> None:
    changes = {person: change.seen_on for person, change in store.job_changes.latest().items()
               if change.seen_on[:10] <= day.isoformat()}
    activity.numbers["days_since_job_change"] = days_per_person(changes, day)


def _notes(activity: Activity, store: Store, day: date) -> None:
    activity.texts["note"] = store.notes.latest()
    due: dict[int, float] = {}
    for reminder in store.notes.open_reminders():
        if reminder.person_id in due:
            continue  # the earliest comes first
        waited = days_since(reminder.due_on, day)
        if waited is not None:
            due[reminder.person_id] = float(-waited)
    activity.numbers["days_until_note_due"] = due
