"""The SQLite store: file safety, migrations, every table's round trip, transactions."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from coach.graph.loading import load_network
from coach.model import Degree, Interaction, Invitation
from coach.store import Store, StoreError
from coach.store.schema import MIGRATIONS, SCHEMA_VERSION

EXPECTED_TABLES = {
    "meta", "revision", "person", "connection", "follow", "member_group", "membership",
    "degree_hint", "interaction", "invitation", "note", "tag", "network_cache",
}


def test_a_new_file_is_private_wal_and_at_the_latest_schema(tmp_path):
    path = tmp_path / "sub" / "coach.sqlite3"
    with Store(path) as store:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert store.db.fetchone("PRAGMA journal_mode")[0] == "wal"
        assert store.db.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
        tables = {row[0] for row in store.db.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert EXPECTED_TABLES <= tables
        assert store.db.integrity_check() == "ok"


def test_migrations_run_one_by_one_from_an_empty_file(tmp_path):
    path = tmp_path / "empty.sqlite3"
    sqlite3.connect(path).close()  # an empty SQLite file at user_version 0
    with Store(path) as store:
        assert store.db.schema_version == SCHEMA_VERSION
        assert store.network_cache.revision() == 0
    # Reopening applies nothing twice.
    with Store(path) as store:
        assert store.db.schema_version == SCHEMA_VERSION
        assert store.people.count() == 0


def test_a_file_from_a_newer_coach_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(StoreError, match="newer than this coach understands"):
        Store(path)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    connection.close()


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a coach store"):
        Store(path)
    assert path.read_text().startswith("these are my notes")


def test_every_table_round_trips(tmp_path):
    path = tmp_path / "coach.sqlite3"
    with Store(path) as store:
        me = store.people.add(first_name="Camille", last_name="Laurent", company="Nordlys")
        lea = store.people.upsert(
            profile_url="https://www.linkedin.com/in/l%C3%A9a-dubois/", first_name="Léa",
            last_name="Dubois", headline="Head of Product", open_profile=True,
        ).id
        bob = store.people.upsert(ref="bob", first_name="Bob", last_name="Nguyen").id
        store.set_me(me)
        store.connections.add(me, bob, "linkedin", "2024-03-01")
        store.connections.add(bob, lea, "linkedin")
        store.follows.set(lea, me, "active", "2026-01-02")
        store.follows.set(me, bob, "unfollowed", "2026-02-03")
        store.groups.join("Lyon Tech", me, "2020-01-01")
        store.groups.join("Lyon Tech", lea)
        stranger = store.people.add(first_name="Ana")
        store.hints.set(stranger, Degree.SECOND, 7, "2026-11-01", "search")
        store.interactions.add(Interaction(bob, "messaged", "out", "2026-11-01T10:00:00", "hi"))
        store.invitations.add(Invitation(lea, "out", "2026-11-20T09:00:00", "pending", "Hello Léa"))
        store.notes.add(lea, "Met at Mixit", "2026-04-01")
        store.tags.add(bob, "Close", "client")
    with Store(path) as store:
        assert store.me == me
        assert store.people.get(lea).profile_url == "https://www.linkedin.com/in/léa-dubois"
        assert store.people.get(lea).open_profile is True
        assert store.people.by_url("https://fr.linkedin.com/in/léa-dubois?trk=x").id == lea
        assert store.people.by_ref("bob").id == bob
        assert store.connections.exists(bob, me) and store.connections.exists(lea, bob)
        assert store.connections.dates_with(me) == ["2024-03-01"]
        assert store.follows.status(lea, me) == "active"
        assert store.follows.status(me, bob) == "unfollowed"
        assert store.groups.of(lea) == ["Lyon Tech"]
        hint = store.hints.get(stranger)
        assert (hint.degree, hint.mutual_connections, hint.source) == (Degree.SECOND, 7, "search")
        [message] = store.interactions.of(bob)
        assert (message.kind, message.direction, message.note) == ("messaged", "out", "hi")
        [invitation] = store.invitations.pending()
        assert (invitation.person_id, invitation.message) == (lea, "Hello Léa")
        assert store.notes.of(lea) == [("2026-04-01", "Met at Mixit")]
        assert store.tags.of(bob) == ["client", "close"]


def test_the_same_member_written_two_ways_is_one_person(store):
    first = store.people.upsert(profile_url="https://www.linkedin.com/in/fran%C3%A7ois-petit",
                                first_name="François")
    second = store.people.upsert(profile_url="http://WWW.LinkedIn.com/in/françois-petit/",
                                 first_name="François", company="Renault")
    assert first.added and not second.added and second.updated
    assert first.id == second.id
    assert store.people.count() == 1
    assert store.people.get(first.id).company == "Renault"


def test_people_with_the_same_name_stay_apart(store):
    one = store.people.upsert(profile_url="https://www.linkedin.com/in/thomas-martin-1",
                              first_name="Thomas", last_name="Martin")
    two = store.people.upsert(profile_url="https://www.linkedin.com/in/thomas-martin-2",
                              first_name="Thomas", last_name="Martin")
    assert one.id != two.id and store.people.count() == 2


def test_a_blank_field_never_erases_a_known_one(store):
    person = store.people.upsert(ref="x", first_name="Aminata", company="Orange").id
    store.people.upsert(ref="x", first_name="Aminata", company="")
    assert store.people.get(person).company == "Orange"


def test_a_failed_transaction_writes_nothing(store):
    me = store.people.add(first_name="Me")
    with pytest.raises(RuntimeError):
        with store.transaction():
            other = store.people.add(first_name="Other")
            store.connections.add(me, other)
            raise RuntimeError("disk full, say")
    assert store.people.count() == 1
    assert store.connections.count() == 0


def test_every_structural_write_invalidates_the_network_snapshot(store):
    me = store.people.add(first_name="Me", company="Nordlys")
    other = store.people.add(first_name="Other")
    store.set_me(me)
    steps = [
        lambda: store.connections.add(me, other),
        lambda: store.follows.set(other, me),
        lambda: store.follows.set(other, me, "unfollowed"),
        lambda: store.people.update(other, company="Nordlys"),
        lambda: store.people.update(other, open_profile=True),
        lambda: store.groups.join("G", other),
        lambda: store.hints.set(other, Degree.THIRD, 1),
        lambda: store.connections.remove(me, other),
    ]
    for step in steps:
        network = load_network(store)
        revision = store.network_cache.revision()
        step()
        assert store.network_cache.revision() > revision
        assert store.network_cache.get(revision + 1) is None
        rebuilt = load_network(store)
        assert rebuilt.structure is not network.structure
    network = load_network(store)
    assert network.coworker[network.index(other)]
    assert network.structure.open_profile[network.index(other)]


def test_the_snapshot_is_served_while_nothing_changes(store):
    me = store.people.add(first_name="Me")
    other = store.people.add(first_name="Other")
    store.connections.add(me, other)
    store.set_me(me)
    load_network(store)
    revision = store.network_cache.revision()
    assert store.network_cache.get(revision) is not None
    store.people.update(other, headline="changed")  # not part of the snapshot
    store.interactions.add(Interaction(other, "met", "out", "2026-01-01"))
    assert store.network_cache.revision() == revision
    assert load_network(store).degree_of(other) is Degree.FIRST


def test_a_later_export_resolves_a_pending_invitation(store):
    from coach.model import Invitation

    person = store.people.add(first_name="Léa", last_name="Dubois")
    first = store.invitations.add(Invitation(person, "out", "2026-11-01", "pending", "Bonjour"))
    again = store.invitations.add(Invitation(person, "out", "2026-11-01", "accepted", "", "2026-11-03"))
    assert first == again
    (stored,) = store.invitations.of(person)
    assert (stored.status, stored.resolved_at) == ("accepted", "2026-11-03")
    store.invitations.add(Invitation(person, "out", "2026-11-01", "pending", "Bonjour"))
    assert store.invitations.of(person)[0].status == "accepted"


def test_a_version_2_store_upgrades_to_reminders_and_job_changes_keeping_its_notes(tmp_path):
    path = tmp_path / "v2.sqlite3"
    connection = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:  # the file as coach left it before schema 3
        connection.executescript(script)
    connection.execute("PRAGMA user_version = 2")
    connection.execute("INSERT INTO person (id, first_name, company) VALUES (1, 'Léa', 'Pixel')")
    connection.execute("INSERT INTO note (person, text, created_at) "
                       "VALUES (1, 'old', '2026-01-01')")
    connection.commit()
    connection.close()
    with Store(path) as store:
        assert store.db.schema_version == SCHEMA_VERSION >= 3
        assert store.notes.of(1) == [("2026-01-01", "old")]
        assert store.notes.open_reminders() == []
        store.notes.add(1, "call back", "2026-11-20", due_on="2026-11-25")
        assert [r.text for r in store.notes.open_reminders()] == ["call back"]
        store.people.update(1, company="Parcelle")
        assert [(c.old_company, c.new_company) for c in store.job_changes.of(1)] == [
            ("Pixel", "Parcelle")]
        assert store.db.integrity_check() == "ok"
