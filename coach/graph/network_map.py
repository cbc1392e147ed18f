"""The map of my network: my circles described, and the brokers between them.

``circle_shape`` is the costly part (Louvain, triangle counts): it depends on the network
alone, so the service keeps it until the network changes. ``NetworkMap.build`` describes it
with what changes more often (names, tie strengths, last contacts, the do-not-contact list)
and is cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from coach.graph.brokers import MAX_BROKERS, ONLY_ROUTE_MIN, BrokerPlace, find_brokers
from coach.graph.circle_traits import COMPANY, Trait, TraitCounts, person_traits
from coach.graph.circles import OTHER, Circles, EgoGraph, ego_graph, find_circles
from coach.graph.network import Network
from coach.model import Person


@dataclass(frozen=True, slots=True)
class CircleShape:
    """The circles and broker candidates of one network seen from one person."""

    ego: EgoGraph
    circles: Circles
    brokers: tuple[BrokerPlace, ...]


def circle_shape(network: Network) -> CircleShape:
    """Find the circles (Louvain, fixed seed) and rank the broker candidates."""
    ego = ego_graph(network)
    circles = find_circles(ego)
    return CircleShape(ego, circles, find_brokers(network, ego, circles))


@dataclass(frozen=True, slots=True)
class MapCircle:
    """One circle: its number (1, 2… biggest first; 0 for "other"), a short label from its
    traits, its people (best known first), my strongest tie in it and my last contact."""

    number: int
    label: str
    traits: tuple[Trait, ...]
    members: tuple[int, ...]
    strongest_tie: int | None
    last_contact: str | None
    colleagues: bool
    """Its first trait is my own company: these are my colleagues."""

    @property
    def size(self) -> int:
        """How many people it holds."""
        return len(self.members)


@dataclass(frozen=True, slots=True)
class MapBroker:
    """One broker: who, their own circle (0: none), the circles they link (their own
    first) and the two measures (Burt's effective size; 2nd-degree people only they lead to)."""

    person_id: int
    circle: int
    bridges: tuple[int, ...]
    effective_size: float
    only_route: int

    @property
    def leads_alone(self) -> bool:
        """They are the only link to many of my 2nd-degree people (worth saying)."""
        return self.only_route >= ONLY_ROUTE_MIN


@dataclass(frozen=True)
class NetworkMap:
    """My circles, biggest first, "other", and the brokers, best first."""

    me: int | None
    circles: tuple[MapCircle, ...]
    other: MapCircle | None
    brokers: tuple[MapBroker, ...]
    names: Mapping[int, str]
    links: int
    _by_person: dict[int, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for circle in self.circles:
            for person in circle.members:
                self._by_person[person] = circle.number

    @property
    def connections(self) -> int:
        """How many 1st-degree connections the map covers."""
        return sum(c.size for c in self.circles) + (self.other.size if self.other else 0)

    def circle(self, number: int) -> MapCircle | None:
        """A named circle by number (None for 0, "other", or an unknown number)."""
        return self.circles[number - 1] if 0 < number <= len(self.circles) else None

    def circle_of(self, person_id: int) -> MapCircle | None:
        """The named circle one person belongs to, or None."""
        number = self._by_person.get(person_id)
        return None if number is None else self.circle(number)

    def broker(self, person_id: int) -> MapBroker | None:
        """One person as a broker, or None when they are not one."""
        return next((b for b in self.brokers if b.person_id == person_id), None)

    def to_json(self) -> dict:
        """The map as plain values (``coach map --json``)."""
        return {
            "me": self.me, "connections": self.connections, "links": self.links,
            "circles": [self._circle_json(circle) for circle in self.circles],
            "other": self._circle_json(self.other) if self.other else None,
            "brokers": [{**self._person_json(b.person_id), "circle": b.circle,
                         "bridges": list(b.bridges), "effective_size": b.effective_size,
                         "only_route": b.only_route} for b in self.brokers],
        }

    def _person_json(self, person_id: int | None) -> dict | None:
        if person_id is None:
            return None
        return {"id": person_id, "name": self.names.get(person_id, f"#{person_id}")}

    def _circle_json(self, circle: MapCircle) -> dict:
        return {"number": circle.number, "label": circle.label, "size": circle.size,
                "colleagues": circle.colleagues,
                "traits": [trait.to_json() for trait in circle.traits],
                "strongest_tie": self._person_json(circle.strongest_tie),
                "last_contact": circle.last_contact,
                "members": [self._person_json(person) for person in circle.members]}

    @classmethod
    def build(cls, network: Network, shape: CircleShape, person: Callable[[int], Person],
              strengths: Mapping[int, float], last_contacts: Mapping[int, str],
              blocked: Callable[[int], bool] = lambda person_id: False) -> "NetworkMap":
        """Describe a shape with the people's profiles, tie strengths (person id → strength),
        last contacts (person id → ISO date or date-time) and who must not be asked."""
        ids = network.structure.ids
        people = [int(ids[index]) for index in shape.ego.nodes.tolist()]
        profiles = {pid: person(pid) for pid in people}
        traits = {pid: person_traits(profiles[pid]) for pid in people}
        baseline = TraitCounts(traits.values())
        names = {pid: profiles[pid].full_name for pid in people}
        mine = ""
        if network.me_id is not None:
            mine = (person(network.me_id).company or "").strip().casefold()

        def describe(number: int, positions: np.ndarray) -> MapCircle:
            members = sorted((people[p] for p in positions.tolist()),
                             key=lambda pid: (-strengths.get(pid, 0.0), names[pid], pid))
            found = baseline.describe([traits[pid] for pid in members]) if number else ()
            best = members[0] if members and strengths.get(members[0], 0.0) > 0 else None
            dates = [last_contacts[pid][:10] for pid in members if last_contacts.get(pid)]
            label = " · ".join(t.text for t in found[:2]) or (names[members[0]] if members
                                                               else "")
            colleagues = bool(found) and found[0].kind == COMPANY and bool(mine) \
                and found[0].text.casefold() == mine
            return MapCircle(number, label, found, tuple(members), best,
                             max(dates) if dates else None, colleagues)

        circles = _distinct_labels([describe(number + 1, members)
                                    for number, members in enumerate(shape.circles.members)])
        rest = shape.circles.other
        other = describe(0, rest) if rest.size else None
        brokers = []
        for place in shape.brokers:
            pid = int(ids[place.index])
            if blocked(pid):
                continue
            own = int(shape.circles.circle_of[np.searchsorted(shape.ego.nodes, place.index)])
            brokers.append(MapBroker(pid, own + 1 if own != OTHER else 0,
                                     tuple(c + 1 for c in place.bridges),
                                     place.effective_size, place.only_route))
            if len(brokers) == MAX_BROKERS:
                break
        return cls(network.me_id, circles, other, tuple(brokers), names,
                   int(shape.ego.links.edge_count // 2))


def _distinct_labels(circles: list[MapCircle]) -> tuple[MapCircle, ...]:
    """Two circles never read the same: a label already taken gets its third trait, or
    its number ("Novawave SA", then "Novawave SA · Zurich" or "Novawave SA (5)")."""
    taken: set[str] = set()
    distinct = []
    for circle in circles:
        label = circle.label
        if label in taken and len(circle.traits) > 2:
            label = " · ".join(trait.text for trait in circle.traits[:3])
        if label in taken:
            label = f"{circle.label} ({circle.number})"
        taken.add(label)
        distinct.append(replace(circle, label=label) if label != circle.label else circle)
    return tuple(distinct)
