"""Helpers shared by the importer tests: fixture paths, exact store dumps, network views."""

from __future__ import annotations

from coach.contacts import Roster
from coach.graph.loading import build_structure
from coach.graph.network import Network
from coach.store import Store
from tests.conftest import FIXTURES

LINKEDIN = FIXTURES / "linkedin"


def dump(store: Store) -> list[str]:
    """Every row of the store as SQL, without the network snapshot (a cache)."""
    return [line for line in store.db.dump() if "network_cache" not in line]


def identity(person) -> str:
    """How a person is recognised across workspaces: profile URL, else reference."""
    return person.profile_url or person.ref or f"#{person.id}"


def view(store: Store) -> dict[str, tuple]:
    """Everyone as seen from me: name, degree, mutuals, follows, tags, interactions."""
    network = Network(build_structure(store), store.me)
    roster = Roster(network, {p.id: p for p in store.people.all()}, store.tags.all())
    seen = {}
    for person_id, person in roster.people.items():
        contact = roster.contact(person_id)
        interactions = sorted((i.kind, i.direction, i.at, i.note)
                              for i in store.interactions.of(person_id))
        seen[identity(person)] = (
            person.full_name, person.company, person.position, int(contact.degree),
            contact.mutual_connections, contact.follows_me, contact.i_follow, contact.tags,
            tuple(interactions), tuple(sorted(store.notes.of(person_id))),
            tuple(sorted((i.direction, i.sent_at, i.status) for i in store.invitations.of(person_id))),
        )
    return seen


def person(store: Store, url: str):
    """The stored person with this profile URL (asserting there is one)."""
    found = store.people.by_url(url)
    assert found is not None, f"nobody with {url}"
    return found
