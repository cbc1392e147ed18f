"""The overview of a network: counts per degree, followers, growth over time, invitations left."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from coach.graph.network import Network
from coach.model import Degree, Person
from coach.store import Store


GROW_HINT = (
    "No one at 2nd or 3rd degree yet: a LinkedIn export lists only your own connections. To "
    "see further, paste a LinkedIn search results page (`coach paste`), import a teammate's "
    "export (`coach import THEIR.zip --teammate NAME`) or add someone you saw (`coach add NAME "
    "--degree 2 --mutual CONNECTION`).")
"""What coach says where the network is thin (connections, and no one beyond them)."""


def is_thin(counts: dict) -> bool:
    """Connections, but no one known at 2nd or 3rd degree: the coaching has little to do."""
    return counts.get(Degree.FIRST, 0) > 0 and not (
        counts.get(Degree.SECOND, 0) or counts.get(Degree.THIRD, 0))


@dataclass(frozen=True, slots=True)
class Overview:
    """What the overview screen and the summary show."""

    counts: dict[Degree, int]
    followers: int
    followers_not_connected: int
    following: int
    following_not_connected: int
    growth: list[tuple[str, int]]
    invitations_sent_this_week: int
    weekly_invitation_limit: int | None  # None: no weekly limit (Premium, per the rules)
    pending_sent: int
    pending_received: int
    me: Person | None = None
    stored: dict[str, int] = field(default_factory=dict)
    """What the store holds: people, connections, follows, groups and interactions."""

    @property
    def invitations_left(self) -> int | None:
        """Invitations still allowed in the last seven days' window (None: no limit)."""
        if self.weekly_invitation_limit is None:
            return None
        return max(self.weekly_invitation_limit - self.invitations_sent_this_week, 0)

    @property
    def connections(self) -> int:
        return self.counts.get(Degree.FIRST, 0)

    @property
    def thin(self) -> bool:
        """Whether the network stops at my connections (see ``GROW_HINT``)."""
        return self.me is not None and is_thin(self.counts)


def network_overview(network: Network, store: Store, invitations: tuple[int, int | None],
                     day: date, months: int = 24) -> Overview:
    """The overview of a network on ``day``; ``invitations`` is (sent in the last 7 days,
    the weekly limit or None), counted as the rules count them."""
    first = network.degree == int(Degree.FIRST)
    dates = store.connections.dates_with(network.me_id) if network.me_id is not None else []
    used, weekly = invitations
    pending = store.invitations.pending()
    return Overview(
        counts=network.counts_by_degree(),
        followers=int(network.follows_me.sum()),
        followers_not_connected=int((network.follows_me & ~first).sum()),
        following=int(network.i_follow.sum()),
        following_not_connected=int((network.i_follow & ~first).sum()),
        growth=monthly_growth(dates, months, day),
        invitations_sent_this_week=used,
        weekly_invitation_limit=weekly,
        pending_sent=sum(1 for i in pending if i.direction == "out"),
        pending_received=sum(1 for i in pending if i.direction == "in"),
        me=store.people.get(network.me_id) if network.me_id is not None else None,
        stored={"people": store.people.count(), "connections": store.connections.count(),
                "follows": store.follows.count(), "groups": store.groups.count(),
                "interactions": store.interactions.count()},
    )


def monthly_growth(dates: list[str], months: int, day: date) -> list[tuple[str, int]]:
    """(YYYY-MM, new connections that month) for the last ``months`` months, oldest first."""
    labels = []
    year, month = day.year, day.month
    for _ in range(months):
        labels.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    labels.reverse()
    counts = dict.fromkeys(labels, 0)
    for when in dates:
        key = when[:7]
        if key in counts:
            counts[key] += 1
    return list(counts.items())
