"""Two processes writing to one workspace at the same time lose nothing.

SQLite lets one writer in at a time; the store opens with a 30 s busy timeout and every
write is an immediate transaction, so a second writer waits its turn instead of failing or
overwriting. These tests start real processes at the same moment and count what is left.
"""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from coach.model import Interaction
from coach.service import NetworkService
from coach.store import Store
from coach.workspace import Workspace

ROUNDS = 200


def _writer(path: str, name: str, people: list[int], start, results) -> None:
    """Log ROUNDS interactions, notes and tags, and add ROUNDS people, one transaction each."""
    with Store(path) as store:
        start.wait(30)
        added = []
        for round_ in range(ROUNDS):
            person = people[round_ % len(people)]
            at = f"2026-01-01T00:{round_ // 60:02d}:{round_ % 60:02d}"
            assert store.interactions.add(Interaction(person, "messaged", "out", at,
                                                      note=f"{name} {round_}"))
            store.notes.add(person, f"{name} note {round_}", at)
            store.tags.add(person, f"{name}-{round_ % 7}")
            added.append(store.people.add(first_name=name, last_name=str(round_)))
            time.sleep(0.002)  # a person's pace: each writer spans ~0.5 s, so they overlap
        results.put((name, added))


def test_two_processes_logging_at_once_lose_nothing(tmp_path):
    path = tmp_path / "coach.sqlite3"
    with Store(path) as store:
        people = [store.people.add(first_name="P", last_name=str(i)) for i in range(10)]
        base = {table: store.db.fetchone(f"SELECT count(*) FROM {table}")[0]
                for table in ("interaction", "note", "tag", "person")}
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(2), context.Queue()  # both open, then both write
    workers = [context.Process(target=_writer, args=(str(path), name, people, start, results))
               for name in ("left", "right")]
    for worker in workers:
        worker.start()
    added = dict(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0

    with Store(path) as store:
        assert store.db.integrity_check() == "ok"
        count = {table: store.db.fetchone(f"SELECT count(*) FROM {table}")[0]
                 for table in ("interaction", "note", "tag", "person")}
        assert count["interaction"] == base["interaction"] + 2 * ROUNDS
        assert count["note"] == base["note"] + 2 * ROUNDS
        tags = {row[0] for row in store.db.fetchall("SELECT tag FROM tag")}
        assert tags == {f"{name}-{k}" for name in ("left", "right") for k in range(7)}
        assert count["person"] == base["person"] + 2 * ROUNDS
        ids = added["left"] + added["right"]
        assert len(set(ids)) == 2 * ROUNDS
        # The two really wrote at the same time: their new rows interleave.
        assert min(added["left"]) < max(added["right"]) and min(added["right"]) < max(added["left"])
        for name in ("left", "right"):
            notes = {row[0] for row in store.db.fetchall(
                "SELECT note FROM interaction WHERE note LIKE ?", (f"{name} %",))}
            assert notes == {f"{name} {i}" for i in range(ROUNDS)}


def _edges(path: Path, prefix: str, count: int, seed: int) -> set[tuple[str, str]]:
    rng = np.random.default_rng(seed)
    pairs = {(f"{prefix}{a}", f"{prefix}{b}") for a, b in rng.integers(0, 3000, (count, 2)) if a != b}
    path.write_text("".join(f"{a} {b}\n" for a, b in pairs))
    return {tuple(sorted(pair)) for pair in pairs}


def test_two_imports_and_a_log_at_once_lose_nothing(tmp_path):
    """Two `coach import` processes of different files and `coach log` runs, all at once."""
    home = tmp_path / "home"
    left = _edges(tmp_path / "left.txt", "l", 40_000, 1)
    right = _edges(tmp_path / "right.txt", "r", 40_000, 2)
    seed = tmp_path / "seed.txt"
    seed.write_text("me l0\nme r0\n")
    coach = [sys.executable, "-m", "coach", "--home", str(home)]
    subprocess.run([*coach, "import", str(seed), "--format", "edgelist", "--me", "me"],
                   check=True, capture_output=True)

    running = [subprocess.Popen([*coach, "import", str(tmp_path / f"{side}.txt"), "--format",
                                 "edgelist"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
               for side in ("left", "right")]
    for round_ in range(3):
        subprocess.run([*coach, "log", "#2", "messaged", "--note", f"while importing {round_}"],
                       check=True, capture_output=True)
    for process in running:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err

    with Workspace(home) as workspace:
        store = workspace.store
        assert store.db.integrity_check() == "ok"
        labels = {label for pair in left | right for label in pair} | {"me"}
        assert store.people.count() == len(labels)
        assert store.connections.count() == len(left) + len(right) + 2
        notes = [row[0] for row in store.db.fetchall("SELECT note FROM interaction")]
        assert sorted(notes) == [f"while importing {i}" for i in range(3)]
        # The network the app sees is the store's, not a snapshot saved between the imports.
        network = NetworkService(workspace).network
        assert network.structure.connections.edge_count == 2 * store.connections.count()
