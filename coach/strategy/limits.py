"""LinkedIn's limits, set in ``limits.toml``, and how much of each I have used.

The kinds of limit are fixed here (each knows which fact counts its use); the figures,
labels and messages come from the rule files, because LinkedIn changes them and reports
disagree (100 or 200 invitations a week, 3 or 5 notes a month…).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from coach.strategy.templates import Template

COUNTER, WAIT, SIZE, PACE = "counter", "wait", "size", "pace"


@dataclass(frozen=True, slots=True)
class LimitKind:
    """What a limit counts: a quota used up by a fact, a wait after an event, a size, or a
    daily pace (the agenda spreads steps over the days; it never blocks an action)."""

    id: str
    kind: str
    fact: str | None
    description: str


LIMIT_KINDS: dict[str, LimitKind] = {kind.id: kind for kind in (
    LimitKind("invitations_per_week", COUNTER, "invitations_this_week",
              "invitations sent in the last 7 days"),
    LimitKind("invitation_notes_per_month", COUNTER, "invitation_notes_this_month",
              "invitations with a personal note sent this calendar month"),
    LimitKind("inmail_credits_per_month", COUNTER, "inmails_this_month",
              "InMail credits used this calendar month"),
    LimitKind("max_connections", COUNTER, "my_connections", "1st-degree connections in all"),
    LimitKind("reinvite_wait_days", WAIT, "days_since_withdrawal",
              "days to wait before inviting someone again after withdrawing an invitation"),
    LimitKind("note_length", SIZE, None, "characters in a personal invitation note"),
    LimitKind("message_length", SIZE, None, "characters in a message"),
    LimitKind("invitations_per_day", PACE, "invitations_today",
              "invitations the agenda plans a day (the rest waits for the next working days)"),
    LimitKind("messages_per_day", PACE, "messages_today",
              "scenario messages the agenda plans a day (the rest waits for the next days)"),
)}

LIMIT_VARIABLES = ("used", "value", "left", "wait")
"""Names a limit's ``blocked`` message may use besides facts: how much was used, the
limit's value, how much is left, and (for waits) how many days are still to wait."""


@dataclass(frozen=True, slots=True)
class LimitCheck:
    """The state of one limit for one contact: blocked or not, and what is left."""

    blocked: bool
    left: int | None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Limit:
    """A limit's figures (free and Premium) and the message shown when it blocks."""

    id: str
    value: int
    label: str
    why: str
    file: str
    line: int
    blocked: Template | None = None
    premium_value: int | None = None
    unlimited_with_premium: bool = False
    weekends: bool = False
    """For a daily pace: it applies on Saturday and Sunday too (false: they are days off)."""

    @property
    def kind(self) -> LimitKind:
        """What this limit counts."""
        return LIMIT_KINDS[self.id]

    def effective(self, facts: Mapping) -> int | None:
        """The figure that applies to my account (None when Premium makes it unlimited)."""
        if facts.get("premium"):
            if self.unlimited_with_premium:
                return None
            if self.premium_value is not None:
                return self.premium_value
        return self.value

    def left(self, facts: Mapping) -> int | None:
        """What is left of a counter for my account (None when unlimited, or not a counter)."""
        value = self.effective(facts)
        if value is None or self.kind.kind != COUNTER:
            return None
        return max(0, value - int(facts.get(self.kind.fact) or 0))

    def check(self, facts: Mapping, lookup: Callable[[str], object]) -> LimitCheck:
        """Whether this limit blocks now, what is left, and the message when it blocks."""
        kind = self.kind
        value = self.effective(facts)
        if kind.kind in (SIZE, PACE) or value is None:
            return LimitCheck(False, None)
        measured = facts.get(kind.fact)
        if kind.kind == WAIT:
            if measured is None or measured >= value:
                return LimitCheck(False, None)
            variables = {"used": measured, "value": value, "left": 0, "wait": value - measured}
            return LimitCheck(True, 0, self._message(lookup, variables))
        used = int(measured or 0)
        left = max(0, value - used)
        if used < value:
            return LimitCheck(False, left)
        variables = {"used": used, "value": value, "left": left, "wait": 0}
        return LimitCheck(True, 0, self._message(lookup, variables))

    def _message(self, lookup: Callable[[str], object], variables: dict) -> str:
        if self.blocked is None:
            return self.label
        return self.blocked.render(lambda name: variables[name] if name in variables
                                   else lookup(name))
