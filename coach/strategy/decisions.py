"""One contact's facts as a rule book sees them: its limits' figures, its decision on each action.

The book decides the actions first (the policy's cases, then the limits, then the
do-not-contact tag, which wins over every file), then chooses advice with those decisions:
conditions such as ``{ action = "invite", allowed = true }`` read them here, and a rule's
advice is given only when every action it proposes is allowed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from coach.strategy.actions import CONTACT_ACTIONS, ActionStatus, tagged_do_not_contact
from coach.strategy.cadence import Cadence
from coach.strategy.facts import FROM_LIMITS
from coach.strategy.limits import Limit


class ContactFacts(dict):
    """One contact's facts, with what the book's limits leave and its decision on each action.

    A plain dict of facts (those worked out from limits and from the keep-in-touch cadence
    included), plus ``figure`` (a limit's figure for my account), ``allowed``
    and ``status`` (the policy's decision on an action, set by the book once decided).
    """

    def __init__(self, facts: Mapping, limits: Mapping[str, Limit],
                 cadence: Cadence | None = None) -> None:
        super().__init__(facts)
        self._limits = limits
        self.statuses: dict[str, ActionStatus] = {}
        for name, limit_id in FROM_LIMITS.items():
            limit = limits.get(limit_id)
            self[name] = None if limit is None else limit.left(self)
        (cadence or Cadence()).work_out(self)

    def figure(self, limit_id: str) -> int | None:
        """The limit's figure for my account (None when unlimited or not in the book)."""
        limit = self._limits.get(limit_id)
        return None if limit is None else limit.effective(self)

    def status(self, action: str) -> ActionStatus | None:
        """The policy's decision on an action (None when no policy defines it)."""
        return self.statuses.get(action)

    def allowed(self, action: str) -> bool:
        """Whether the action is allowed. An action no policy defines is allowed, unless it
        reaches out to someone tagged do-not-contact."""
        status = self.statuses.get(action)
        if status is not None:
            return status.allowed
        return not (action in CONTACT_ACTIONS and tagged_do_not_contact(self))

    def all_allowed(self, actions: Iterable[str]) -> bool:
        """Whether every one of these actions is allowed (true for none)."""
        return all(self.allowed(action) for action in actions)

    def blocked(self, actions: Iterable[str]) -> list[str]:
        """The actions of these that are blocked, each with its reason when known."""
        shown = []
        for action in actions:
            if not self.allowed(action):
                status = self.statuses.get(action)
                shown.append(f"{action} ({status.reason})" if status else action)
        return shown
