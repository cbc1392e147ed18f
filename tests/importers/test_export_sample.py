"""The shared sample export imports exactly as it did before exports were read "as they
come" (issue 16, item 1): the figures below were taken on main at 851323c."""

from __future__ import annotations

import hashlib

from coach.importers import import_path
from coach.store import Store
from tests.conftest import dataset

COUNTS = {
    "Connections.csv rows read": 1869, "hidden members (rows blank but the date)": 0,
    "connections added": 1796, "connections already known": 0,
    "rows repeating a member already in the file": 73, "Invitations.csv rows read": 20,
    "invitations added": 20, "messages.csv rows read": 20,
    "messages ignored (drafts, spam, sponsored, LinkedIn Member)": 0,
    "message interactions added": 20, "message interactions already known": 0,
    "invitations now accepted": 20, "people added": 1800, "people updated": 0,
}


def _digest(lines: list[str]) -> tuple[int, str]:
    return len(lines), hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()[:16]


def test_the_shared_sample_imports_as_it_did(tmp_path):
    store = Store(tmp_path / "coach.sqlite3")
    report = import_path(store, dataset("linkedin-export-samples", "yang-db-linked-knowledge"))
    assert report.counts == COUNTS
    assert report.skipped == []
    people = store.people.all()
    assert _digest([f"{p.profile_url or p.ref}|{p.full_name}|{p.company}|{p.position}"
                    for p in people]) == (1800, "a5a35cc6169a7ecd")
    assert _digest([str(on) for _, on in store.connections.dates_of(store.me)]) \
        == (1796, "b27b7ef89d7672ea")
    assert _digest([f"{i.kind}|{i.direction}|{i.at}" for p in people
                    for i in store.interactions.of(p.id)]) == (20, "d5ae545479b6f05d")
    assert store.people.get(store.me).full_name == "You"
