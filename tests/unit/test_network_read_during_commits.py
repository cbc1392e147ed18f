"""The network read from the tables while another process commits (two imports and a
``coach log`` at once): the reads that a commit tore are read again, never built half old,
half new, and the snapshot is only ever saved for the state it shows."""

from __future__ import annotations

import pytest

from coach.graph.loading import load_structure
from coach.store import Store


def _three_in_a_line(store: Store) -> list[int]:
    ids = [store.people.add(first_name=name) for name in ("Ana", "Bo", "Cy")]
    store.connections.add(ids[0], ids[1])
    store.connections.add(ids[1], ids[2])
    return ids


def test_a_commit_between_the_people_and_the_connections_is_read_again(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite3"
    with Store(path) as store, Store(path) as other:
        ids = _three_in_a_line(store)
        read = store.connections.pairs
        commits = []

        def pairs_after_a_commit(*args, **kwargs):
            if not commits:  # another process adds a person and their link right now
                late = other.people.add(first_name="Late")
                other.connections.add(ids[2], late)
                commits.append(late)
            return read(*args, **kwargs)

        monkeypatch.setattr(store.connections, "pairs", pairs_after_a_commit)
        structure = load_structure(store)
        assert structure.ids.tolist() == [*ids, commits[0]]
        assert structure.connections.edge_count == 2 * 3
        assert store.network_cache.get(store.network_cache.revision()) is not None
        monkeypatch.undo()
        again = load_structure(store)  # from the snapshot: the same network
        assert again.ids.tolist() == structure.ids.tolist()
        assert again.connections.edge_count == 2 * 3


def test_commits_at_every_read_give_up_without_saving_a_mixed_snapshot(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite3"
    with Store(path) as store, Store(path) as other:
        ids = _three_in_a_line(store)
        read = store.connections.pairs

        def pairs_after_a_commit(*args, **kwargs):
            other.connections.add(ids[0], other.people.add(first_name="Late"))
            return read(*args, **kwargs)

        monkeypatch.setattr(store.connections, "pairs", pairs_after_a_commit)
        with pytest.raises((IndexError, ValueError)):  # the last reading was torn too
            load_structure(store)
        assert store.network_cache.get(store.network_cache.revision()) is None
