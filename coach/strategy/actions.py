"""The allowed-actions policy: for each action, whether it is allowed for a contact and why.

Each action of ``actions.toml`` lists cases in order; the first case whose condition holds
decides (allowed or blocked, with its reason); when none holds the action is blocked with
the ``otherwise`` reason. An allowed action then checks its limits: the first one used up
blocks it, with what is left.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from coach.strategy.conditions import Condition
from coach.strategy.limits import Limit
from coach.strategy.templates import Template

ACTIONS: dict[str, str] = {
    "message": "Message for free",
    "message_request": "Message request (shared group)",
    "invite": "Invite to connect",
    "invite_with_note": "Invite with a personal note",
    "inmail": "Send an InMail",
    "follow": "Follow",
    "unfollow": "Unfollow",
    "ask_introduction": "Ask for an introduction",
    "endorse": "Endorse a skill",
    "recommend": "Write a recommendation",
    "view_profile": "View the full profile",
    "see_activity": "See their activity",
    "see_contact_info": "See contact details",
    "engage_posts": "Like, comment or share their posts",
    "withdraw_invitation": "Withdraw the invitation",
    "accept_invitation": "Accept their invitation",
}
"""Every action a rule may name (id → label in English); labels in files take precedence."""

CONTACT_ACTIONS = frozenset({
    "message", "message_request", "invite", "invite_with_note", "inmail", "follow",
    "ask_introduction", "endorse", "recommend", "engage_posts", "accept_invitation",
})
"""Actions that reach out to the person (or ask someone about them): never for people
tagged do-not-contact, whatever the rule files say."""

DO_NOT_CONTACT_REASON = "You tagged them do-not-contact."

DO_NOT_CONTACT = "do-not-contact"
"""The tag of my do-not-contact list."""


def tagged_do_not_contact(facts: Mapping) -> bool:
    """The person carries the do-not-contact tag."""
    return DO_NOT_CONTACT in (str(tag).casefold() for tag in facts.get("tags") or ())


def do_not_contact_people(tags: Mapping) -> set:
    """Of everyone's tags (key → tags), the keys of the people on my do-not-contact list:
    never asked for an introduction, never on a path, never suggested."""
    return {key for key, these in tags.items() if tagged_do_not_contact({"tags": these})}


@dataclass(frozen=True, slots=True)
class ActionStatus:
    """Whether one action is allowed for one contact, why, and the limit that applies."""

    action: str
    label: str
    allowed: bool
    reason: str
    limit: str | None = None
    left: int | None = None
    why: str = ""

    @property
    def blocked_by_limit(self) -> bool:
        """Blocked because a limit is used up (not because of the degree or a setting)."""
        return not self.allowed and self.limit is not None

    def to_json(self) -> dict:
        """The status as plain values."""
        return {"action": self.action, "label": self.label, "allowed": self.allowed,
                "reason": self.reason, "limit": self.limit, "left": self.left, "why": self.why}

    def kept_from(self, facts: Mapping) -> "ActionStatus":
        """This status, or blocked when it reaches out to someone tagged do-not-contact:
        the tag wins over whatever the rule files say."""
        if self.allowed and self.action in CONTACT_ACTIONS and tagged_do_not_contact(facts):
            return ActionStatus(self.action, self.label, False, DO_NOT_CONTACT_REASON, None,
                                None, self.why)
        return self


@dataclass(frozen=True, slots=True)
class ActionCase:
    """When ``when`` holds, the action is allowed (or blocked) for ``reason``."""

    when: Condition
    allowed: bool
    reason: Template
    line: int


@dataclass(frozen=True, slots=True)
class ActionPolicy:
    """One action's cases, its reason when no case holds, and the limits it uses."""

    id: str
    label: str
    cases: tuple[ActionCase, ...]
    otherwise: Template
    limits: tuple[str, ...]
    why: str
    file: str
    line: int

    def status(self, facts: Mapping, lookup: Callable[[str], object],
               limits: Mapping[str, Limit]) -> ActionStatus:
        """The first case that holds decides; an allowed action then checks its limits."""
        for case in self.cases:
            if case.when.holds(facts):
                if not case.allowed:
                    return ActionStatus(self.id, self.label, False, case.reason.render(lookup),
                                        why=self.why)
                reason = case.reason.render(lookup)
                break
        else:
            return ActionStatus(self.id, self.label, False, self.otherwise.render(lookup),
                                why=self.why)
        tightest: tuple[str, int] | None = None
        for limit_id in self.limits:
            limit = limits.get(limit_id)
            if limit is None:
                continue
            check = limit.check(facts, lookup)
            if check.blocked:
                return ActionStatus(self.id, self.label, False, check.reason, limit_id,
                                    check.left, self.why)
            if check.left is not None and (tightest is None or check.left < tightest[1]):
                tightest = (limit_id, check.left)
        limit_id, left = tightest if tightest else (None, None)
        return ActionStatus(self.id, self.label, True, reason, limit_id, left, self.why)
