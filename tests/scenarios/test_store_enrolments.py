"""The enrolment table: migration from version 1, one active run per person and scenario."""

from __future__ import annotations

import sqlite3

import pytest

from coach.store import Store
from coach.store.database import _statements
from coach.store.schema import MIGRATIONS, SCHEMA_VERSION


def test_a_version_1_store_gains_the_enrolment_table_and_keeps_its_rows(tmp_path):
    path = tmp_path / "v1.sqlite3"
    connection = sqlite3.connect(path)
    for statement in _statements(MIGRATIONS[0]):
        connection.execute(statement)
    connection.execute("INSERT INTO person (id, first_name) VALUES (7, 'Léa')")
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()
    with Store(path) as store:
        assert store.db.schema_version == SCHEMA_VERSION >= 2
        assert store.people.get(7).first_name == "Léa"
        enrolment = store.enrolments.add(7, "reconnect", "2026-11-22", "2026-11-22")
        assert store.enrolments.get(enrolment).scenario == "reconnect"
        assert store.db.integrity_check() == "ok"


def test_enrolments_move_end_and_stay_unique_while_active(store):
    person = store.people.add(first_name="Bob")
    first = store.enrolments.add(person, "reconnect", "2026-11-22", "2026-11-22")
    with pytest.raises(ValueError, match="already runs scenario 'reconnect'"):
        store.enrolments.add(person, "reconnect", "2026-11-23", "2026-11-23")
    other = store.enrolments.add(person, "visit-invite-welcome", "2026-11-22", "2026-11-22")
    store.enrolments.move(first, 2, "2026-11-24", "2026-11-26")
    moved = store.enrolments.get(first)
    assert (moved.step, moved.step_since, moved.due_on, moved.status) == \
        (2, "2026-11-24", "2026-11-26", "active")
    store.enrolments.end(first, "exited", "replied", "2026-11-25")
    ended = store.enrolments.get(first)
    assert (ended.status, ended.reason, ended.ended_on, ended.active) == \
        ("exited", "replied", "2026-11-25", False)
    store.enrolments.move(first, 3, "2026-11-26", "2026-11-26")  # an ended run stays ended
    assert store.enrolments.get(first).step == 2
    assert [e.id for e in store.enrolments.active()] == [other]
    again = store.enrolments.add(person, "reconnect", "2026-12-01", "2026-12-01")
    assert [e.id for e in store.enrolments.of(person)] == [again, other, first]
    with pytest.raises(ValueError):
        store.enrolments.end(other, "active", "", "2026-11-25")
