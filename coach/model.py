"""The plain vocabulary of coach: degrees, people, follows, interactions.

Nothing here knows about storage or screens; these are the words every layer shares.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class Degree(IntEnum):
    """How far a person is from me in the connection graph, as LinkedIn counts it."""

    ME = 0
    FIRST = 1
    SECOND = 2
    THIRD = 3
    OUT_OF_NETWORK = 4

    @property
    def label(self) -> str:
        """The short badge shown beside a name: "1st", "2nd", "3rd", "out" or "you"."""
        return _DEGREE_LABELS[self]

    @property
    def json_value(self) -> int | None:
        """1, 2 or 3 for the JSON contract, 0 for me, None when out of network."""
        return None if self is Degree.OUT_OF_NETWORK else int(self)

    @classmethod
    def parse(cls, text: str) -> "Degree":
        """Read a degree the way people write it: 1, 1st, first, 2nd, out, oon…"""
        key = text.strip().casefold()
        try:
            return _DEGREE_WORDS[key]
        except KeyError:
            raise ValueError(
                f"unknown degree {text!r}: use 1, 2, 3 or out"
            ) from None


_DEGREE_LABELS = {
    Degree.ME: "you",
    Degree.FIRST: "1st",
    Degree.SECOND: "2nd",
    Degree.THIRD: "3rd",
    Degree.OUT_OF_NETWORK: "out",
}
_DEGREE_WORDS = {
    "0": Degree.ME, "me": Degree.ME, "you": Degree.ME,
    "1": Degree.FIRST, "1st": Degree.FIRST, "first": Degree.FIRST,
    "2": Degree.SECOND, "2nd": Degree.SECOND, "second": Degree.SECOND,
    "3": Degree.THIRD, "3rd": Degree.THIRD, "third": Degree.THIRD,
    "1er": Degree.FIRST, "2e": Degree.SECOND, "2ème": Degree.SECOND, "3e": Degree.THIRD,
    "3ème": Degree.THIRD, "3rd+": Degree.THIRD, "3e et +": Degree.THIRD, "3e+": Degree.THIRD,
    "· 1st": Degree.FIRST, "· 2nd": Degree.SECOND, "· 3rd": Degree.THIRD, "· 3rd+": Degree.THIRD,
    "4": Degree.OUT_OF_NETWORK, "out": Degree.OUT_OF_NETWORK,
    "oon": Degree.OUT_OF_NETWORK, "out_of_network": Degree.OUT_OF_NETWORK,
    "out-of-network": Degree.OUT_OF_NETWORK, "none": Degree.OUT_OF_NETWORK,
}

LINKEDIN_MEMBER = "LinkedIn Member"
"""What LinkedIn shows instead of a name for people out of my network."""


@dataclass(frozen=True, slots=True)
class Person:
    """One member as stored: identity, profile fields and per-person settings."""

    id: int
    first_name: str = ""
    last_name: str = ""
    headline: str = ""
    company: str = ""
    position: str = ""
    location: str = ""
    profile_url: str | None = None
    email: str | None = None
    ref: str | None = None
    open_profile: bool = False
    full_name_visible: bool = False
    follow_primary: bool = False

    @property
    def full_name(self) -> str:
        """First and last name joined, or the reference when no name is known."""
        return full_name_of(self.first_name, self.last_name, self.ref, self.id)


def full_name_of(first: str, last: str, ref: str | None, person_id: int) -> str:
    """A person's full name: first and last name joined, else the reference, else ``#id``."""
    if first and last:
        return f"{first} {last}"
    return first or last or ref or f"#{person_id}"


@dataclass(frozen=True, slots=True)
class FollowStatus:
    """Following is one-way: whether they follow me and whether I follow them."""

    follows_me: bool
    i_follow: bool

    @property
    def label(self) -> str:
        """A compact word for a list column: mutual, follows you, following, or blank."""
        if self.follows_me and self.i_follow:
            return "mutual"
        if self.follows_me:
            return "follows you"
        if self.i_follow:
            return "following"
        return ""


INTERACTION_KINDS = (
    "visited", "invited", "messaged", "followed", "unfollowed", "met", "called",
    "commented", "liked", "shared", "endorsed", "recommended", "introduced",
    "connected", "withdrew", "replied",
)
"""Kinds of interaction that can be logged; "note" is stored as a note, not an interaction."""

DIRECTIONS = ("out", "in")
"""out: I did it to them; in: they did it to me."""

INVITATION_STATUSES = ("pending", "accepted", "withdrawn", "declined", "ignored")
FOLLOW_STATUSES = ("active", "unfollowed")


@dataclass(frozen=True, slots=True)
class Interaction:
    """Something that happened between me and one person."""

    person_id: int
    kind: str
    direction: str
    at: str
    note: str = ""
    source: str = "manual"
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Invitation:
    """A connection invitation, sent (out) or received (in)."""

    person_id: int
    direction: str
    sent_at: str
    status: str = "pending"
    message: str = ""
    resolved_at: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class DegreeHint:
    """A degree and mutual count seen on LinkedIn for someone whose links are unknown."""

    person_id: int
    degree: Degree
    mutual_connections: int = 0
    observed_on: str | None = None
    source: str = ""


@dataclass(slots=True)
class PathStep:
    """One person on an introduction path, with how strong my tie is to them."""

    person_id: int
    tie_strength: float = 0.0


@dataclass(slots=True)
class IntroductionPath:
    """A shortest path from me to someone: me → intermediaries → them."""

    person_ids: list[int]
    score: float = 0.0
    intermediaries: list[int] = field(default_factory=list)
