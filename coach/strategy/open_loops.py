"""Open loops: what is waiting on me, person by person, across the whole network.

One list, read from the fact columns in a few array operations: messages I have not
answered, invitations I have not answered, my invitations waiting three weeks or more,
reminders due, new connections not welcomed, introductions not thanked, and people I
meant to keep in touch with and have not. People on the do-not-contact list are left out,
but for an invitation they sent me (it still waits for an answer, if only to ignore it).
``coach advise``, the app's overview and agenda, and the coach pane all show this list.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from coach.strategy.book import Book
from coach.strategy.decided_columns import DecidedColumns
from coach.strategy.fact_table import FactTable

STALE_INVITATION_DAYS = 21
"""A sent invitation unanswered this long is worth withdrawing (or a follow-up elsewhere)."""
WELCOME_DAYS = 7
"""A connection this recent, with no message yet, is waiting for a welcome."""

_RECENT_FIRST = ("reply", "welcome", "thank_introduction")
"""Kinds shown the most recent first (what is fresh is what can still be answered well);
the others the longest waiting (or the most overdue) first."""

LOOP_KINDS = ("reply", "invitation_received", "reminder", "welcome", "thank_introduction",
              "stale_invitation", "keep_in_touch")
"""Kinds of open loop, in the order they are shown (what waits on me most first)."""

_DAYS = {
    "reply": "days_awaiting_reply",
    "invitation_received": "days_since_invitation_received",
    "reminder": "days_until_note_due",
    "welcome": "days_since_connected",
    "thank_introduction": "days_since_they_introduced_me",
    "stale_invitation": "days_since_invitation",
    "keep_in_touch": "days_past_keep_in_touch",
}
_SINCE = ("days_since_last_interaction", "days_since_connected")
"""What a late keep-in-touch loop counts from: the last interaction, else the connection."""


@dataclass(frozen=True, slots=True)
class OpenLoop:
    """One thing waiting on me: its kind, the person, and how many days it has waited
    (for a reminder: days until it is due, 0 today, negative when overdue)."""

    kind: str
    person_id: int
    days: int | None
    name: str = ""
    detail: str = ""
    """The reminder's text, or the unanswered message (what the person wrote)."""
    every: int | None = None
    """For a late keep-in-touch: the rhythm chosen, in days (``days``: since the last
    contact, or since we connected when nothing was logged)."""
    asks: bool = False
    """For a reply: their message asks a question (the ``their_message_asks`` fact)."""

    def to_json(self) -> dict:
        """Plain values for ``--json``."""
        data = {"kind": self.kind, "id": self.person_id, "name": self.name,
                "days": self.days, "detail": self.detail}
        if self.every is not None:
            data["every"] = self.every
        return data


def open_loops(book: Book, table: FactTable,
               columns: DecidedColumns | None = None) -> list[OpenLoop]:
    """Every open loop of the network, by kind (``LOOP_KINDS``); inside a kind the freshest
    first for messages, welcomes and thanks, the most overdue reminder first, else the
    longest waiting first. ``columns``: the table already seen through ``book``."""
    if table.size == 0:
        return []
    columns = columns if columns is not None else DecidedColumns(book, table)
    column = columns.column
    reachable = ~columns.do_not_contact()
    if table.me is not None:
        reachable[table.me] = False

    def known(name: str) -> np.ndarray:
        return ~np.isnan(column(name))

    wanted = {
        "reply": column("awaiting_my_reply") & reachable,
        "invitation_received": column("invitation_received").copy(),
        "reminder": known("days_until_note_due") & (np.nan_to_num(
            column("days_until_note_due"), nan=1.0) <= 0) & reachable,
        "welcome": column("connected") & known("days_since_connected")
        & (np.nan_to_num(column("days_since_connected"), nan=1e9) <= WELCOME_DAYS)
        & ~column("messaged_since_connected") & reachable,
        "thank_introduction": known("days_since_they_introduced_me")
        & ~column("introduction_thanked") & reachable,
        "stale_invitation": column("invitation_pending") & (np.nan_to_num(
            column("days_since_invitation"), nan=0.0) >= STALE_INVITATION_DAYS) & reachable,
        "keep_in_touch": column("connected") & _chosen_rhythm(book, columns) & (np.nan_to_num(
            column("days_past_keep_in_touch"), nan=-1.0) > 0) & reachable,
    }
    if table.me is not None:
        wanted["invitation_received"][table.me] = False
    loops: list[OpenLoop] = []
    seen: set[int] = set()
    for kind in LOOP_KINDS:
        rows = np.flatnonzero(wanted[kind])
        days = np.nan_to_num(column(_DAYS[kind])[rows], nan=0.0)
        ascending = kind in _RECENT_FIRST or kind == "reminder"  # a reminder: most overdue
        order = np.argsort(days if ascending else -days, kind="stable")
        for row in rows[order].tolist():
            person = int(table.ids[row])
            if kind == "keep_in_touch" and person in seen:
                continue  # already waiting on me for something more pressing
            value = column(_DAYS[kind])[row]
            every = None
            if kind == "keep_in_touch":  # say how long it has been, and the rhythm
                every = int(column("keep_in_touch_days")[row])
                value = next(v for v in (column(name)[row] for name in _SINCE) if not np.isnan(v))
            asks = kind == "reply" and bool(column("their_message_asks")[row])
            loops.append(OpenLoop(kind, person, None if np.isnan(value) else int(value),
                                  every=every, asks=asks))
            seen.add(person)
    return loops


def _chosen_rhythm(book: Book, columns: DecidedColumns) -> np.ndarray:
    """Who has a rhythm of their own: a tag with a cadence, or an every-N-days tag (the
    degree's cadence is general advice, not a loop left open with someone)."""
    chosen = np.zeros(columns.size, dtype=bool)
    cadence = book.cadence
    for index, tags in columns.tag_sets("tags").items():
        chosen[index] = cadence.days_for(tags, None) is not None
    return chosen


def shown_first(loops: list[OpenLoop], limit: int) -> list[OpenLoop]:
    """At most ``limit`` loops for a short list, every kind present given its share (the
    first of each kind), then the rest in order; the list stays in kind order."""
    if len(loops) <= limit:
        return list(loops)
    kinds = list(dict.fromkeys(loop.kind for loop in loops))
    share = max(1, limit // len(kinds))
    taken: list[int] = []
    per_kind: dict[str, int] = {}
    for position, loop in enumerate(loops):
        if per_kind.get(loop.kind, 0) < share and len(taken) < limit:
            per_kind[loop.kind] = per_kind.get(loop.kind, 0) + 1
            taken.append(position)
    chosen = set(taken)
    for position in range(len(loops)):
        if len(taken) >= limit:
            break
        if position not in chosen:
            taken.append(position)
    return [loops[position] for position in sorted(taken)]
