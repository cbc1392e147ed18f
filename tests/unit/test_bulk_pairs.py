"""Links written in bulk (an edge list of millions): the same rows as row by row, the network
revision moved once, the table's trigger and indexes back afterwards, all or nothing."""

from __future__ import annotations

import random
import sqlite3

import numpy as np
import pytest

from coach.graph.loading import load_network
from coach.importers.edgelist import import_edge_list
from coach.model import Degree
from coach.store import Store, bulk
from coach.store.bulk import BULK_ROWS


def _people(store: Store, count: int) -> list[int]:
    mapping = store.people.ensure_refs([f"p{number}" for number in range(count)])
    return [mapping[f"p{number}"] for number in range(count)]


def _random_pairs(ids: list[int], count: int, seed: int = 19) -> list[tuple[int, int]]:
    """``count`` pairs in no order, some reversed, some repeated, no self-pair."""
    rng = random.Random(seed)
    pairs = []
    while len(pairs) < count:
        a, b = rng.choice(ids), rng.choice(ids)
        if a != b:
            pairs.append((a, b))
    return pairs + pairs[:500] + [(b, a) for a, b in pairs[500:900]]


def _rows(store: Store, table: str) -> list[tuple]:
    return store.db.fetchall(f"SELECT * FROM {table} ORDER BY 1, 2")


def _schema(store: Store) -> set[tuple]:
    return set(store.db.fetchall("SELECT type, name, tbl_name, sql FROM sqlite_master"))


def _arrays(pairs):
    array = np.array(pairs, dtype=np.int64)
    return array[:, 0], array[:, 1]


@pytest.fixture
def stores(tmp_path):
    with Store(tmp_path / "rows.sqlite3") as rows, Store(tmp_path / "bulk.sqlite3") as bulk:
        yield rows, bulk


def test_connections_in_bulk_are_the_rows_written_one_by_one(stores):
    by_row, in_bulk = stores
    ids = _people(by_row, 1_500)
    assert _people(in_bulk, 1_500) == ids
    pairs = _random_pairs(ids, BULK_ROWS + 5_000)
    schema = _schema(in_bulk)

    added_by_row = by_row.connections.add_many(pairs, source="edgelist")
    added_in_bulk = in_bulk.connections.add_pairs(*_arrays(pairs), source="edgelist")

    assert added_in_bulk == added_by_row == len({(min(p), max(p)) for p in pairs})
    assert _rows(in_bulk, "connection") == _rows(by_row, "connection")
    assert _schema(in_bulk) == schema  # the trigger and the index of b are back, unchanged
    assert in_bulk.db.integrity_check() == "ok"
    assert in_bulk.db.fetchall("PRAGMA foreign_key_check") == []
    # the same pairs again: nothing new, nothing moved
    revision = in_bulk.network_cache.revision()
    assert in_bulk.connections.add_pairs(*_arrays(pairs), source="edgelist") == 0
    assert in_bulk.network_cache.revision() == revision


def test_follows_in_bulk_are_the_rows_written_one_by_one(stores):
    by_row, in_bulk = stores
    ids = _people(by_row, 1_500)
    _people(in_bulk, 1_500)
    pairs = _random_pairs(ids, BULK_ROWS + 5_000, seed=7)
    schema = _schema(in_bulk)

    added_by_row = by_row.follows.add_many(pairs, source="edgelist")
    added_in_bulk = in_bulk.follows.add_pairs(*_arrays(pairs), source="edgelist")

    assert added_in_bulk == added_by_row == len(set(pairs))  # a→b and b→a are two follows
    assert _rows(in_bulk, "follow") == _rows(by_row, "follow")
    assert _schema(in_bulk) == schema


def test_a_bulk_load_moves_the_revision_and_the_snapshot_follows(store):
    ids = _people(store, 1_500)
    me = ids[0]
    store.set_me(me)
    store.connections.add(me, ids[1])
    network = load_network(store)
    assert network.degree_of(ids[2]) is Degree.OUT_OF_NETWORK
    revision = store.network_cache.revision()

    pairs = [(a, b) for a, b in _random_pairs(ids[2:], BULK_ROWS) if a != b]
    pairs.append((ids[1], ids[2]))
    store.connections.add_pairs(*_arrays(pairs))

    assert store.network_cache.revision() > revision
    assert store.network_cache.get(store.network_cache.revision()) is None  # stale
    assert load_network(store).degree_of(ids[2]) is Degree.SECOND
    # a small batch goes through the trigger, which is still there
    revision = store.network_cache.revision()
    store.connections.add_pairs(np.array([me]), np.array([ids[3]]))
    assert store.network_cache.revision() > revision
    assert load_network(store).degree_of(ids[3]) is Degree.FIRST


def test_a_failed_bulk_load_leaves_the_table_its_trigger_and_indexes(store):
    ids = _people(store, 1_500)
    store.connections.add(ids[0], ids[1])
    schema, rows = _schema(store), _rows(store, "connection")
    pairs = _random_pairs(ids, BULK_ROWS) + [(ids[0], 10**6)]  # nobody has that id

    with store.transaction():
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            store.connections.add_pairs(*_arrays(pairs))
        # the caller carried on in the same transaction: it still has what it had
        assert _schema(store) == schema
        assert _rows(store, "connection") == rows
        revision = store.network_cache.revision()
        store.connections.add(ids[2], ids[3])
        assert store.network_cache.revision() == revision + 1  # the trigger watches again
    assert store.db.integrity_check() == "ok"


def test_ids_too_large_to_pack_are_written_row_by_row(store):
    big = [2**40 + number for number in range(4)]
    with store.transaction() as conn:
        conn.executemany("INSERT INTO person (id, ref) VALUES (?, ?)",
                         [(person, str(person)) for person in big])
    added = store.connections.add_pairs(np.array([big[1], big[0], big[3]]),
                                        np.array([big[0], big[2], big[2]]))
    assert added == 3
    assert [row[:2] for row in _rows(store, "connection")] == [
        (big[0], big[1]), (big[0], big[2]), (big[2], big[3])]


def test_an_edge_list_above_the_bulk_size_imports_every_link(store, tmp_path):
    rng = random.Random(5)
    lines = [f"n{rng.randrange(3_000)} n{rng.randrange(3_000)}" for _ in range(BULK_ROWS + 10_000)]
    path = tmp_path / "large.txt"
    path.write_text("# generated\n" + "\n".join(lines) + "\n", encoding="utf-8")
    pairs = {tuple(line.split()) for line in lines}
    links = {tuple(sorted(pair)) for pair in pairs if pair[0] != pair[1]}

    report = import_edge_list(store, path, me="n0")

    assert report.counts["connections added"] == len(links) == store.connections.count()
    names = dict(store.db.fetchall("SELECT id, ref FROM person"))
    stored = {tuple(sorted((names[a], names[b]))) for a, b, *_ in _rows(store, "connection")}
    assert stored == links
    first = {label for pair in links for label in pair if "n0" in pair}
    network = load_network(store)
    by_ref = {ref: person for person, ref in names.items()}
    assert all(network.degree_of(by_ref[label]) is Degree.FIRST for label in first - {"n0"})


def test_many_references_make_the_people_one_by_one_would(stores, monkeypatch):
    by_row, in_bulk = stores
    for store in stores:
        store.people.ensure_refs(["known", "42"])
    refs = [f"n{number}" for number in range(BULK_ROWS)]
    refs += ["42", "known", "Zoé 🙂", '"quoted" \\ back', "n7", "007", "1e3", "  spaced  "]
    schema = _schema(in_bulk)
    revision = in_bulk.network_cache.revision()

    with monkeypatch.context() as patch:
        patch.setattr(bulk, "BULK_ROWS", 10**9)  # this store writes them one by one
        by_row_mapping = by_row.people.ensure_refs(refs)
    in_bulk_mapping = in_bulk.people.ensure_refs(refs)

    assert in_bulk_mapping == by_row_mapping and set(in_bulk_mapping) == set(refs)
    people = "SELECT id, ref, first_name, last_name FROM person ORDER BY id"
    assert in_bulk.db.fetchall(people) == by_row.db.fetchall(people)
    assert _schema(in_bulk) == schema
    assert in_bulk.network_cache.revision() > revision
    assert in_bulk.people.ensure_refs(refs) == in_bulk_mapping  # all known: nothing moves
    assert in_bulk.people.count() == len(set(refs))


def test_a_reference_sqlite_text_would_cut_takes_the_plain_path(store):
    refs = [f"n{number}" for number in range(BULK_ROWS)] + ["a\x00b", "a"]
    mapping = store.people.ensure_refs(refs)
    assert len(set(mapping.values())) == len(refs)
    assert store.db.fetchone("SELECT ref FROM person WHERE id = ?", (mapping["a\x00b"],)) == (
        "a\x00b",)
