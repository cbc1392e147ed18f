"""An import killed with SIGKILL in the middle of writing leaves a sound store with all or none of it.

Each test starts a real process importing a large file into a workspace that already holds
a small network, kills it with SIGKILL once it is writing, then opens the store again
(SQLite recovers from the write-ahead log) and checks that ``PRAGMA integrity_check`` says
"ok" and that every table holds exactly what it held before the import, or exactly what the
whole import gives.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach.importers import import_path
from coach.store import Store
from coach.workspace import STORE_FILE

COACH = [sys.executable, "-m", "coach"]
IGNORED_TABLES = {"meta", "revision", "network_cache"}  # bookkeeping, rewritten after imports


def counts(home: Path) -> dict[str, int]:
    """Rows per data table, after checking the file is sound (opening it recovers the WAL)."""
    with Store(home / STORE_FILE) as store:
        assert store.db.integrity_check() == "ok"
        assert store.db.fetchall("PRAGMA foreign_key_check") == []
        tables = [row[0] for row in store.db.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {table: int(store.db.fetchone(f"SELECT count(*) FROM {table}")[0])
                for table in sorted(set(tables) - IGNORED_TABLES)}


def small_network(home: Path) -> None:
    """A workspace that already holds something, so that "none" is not just "empty"."""
    edges = home.parent / "small.txt"
    edges.write_text("".join(f"s{i} s{i + 1}\n" for i in range(50)))
    subprocess.run([*COACH, "--home", str(home), "import", str(edges), "--format", "edgelist",
                    "--me", "s0"], check=True, capture_output=True)


def edge_list(path: Path, people: int, edges: int, seed: int = 8) -> None:
    rng = random.Random(seed)
    lines = [f"{rng.randrange(people)} {rng.randrange(people)}\n" for _ in range(edges)]
    path.write_text("# a large SNAP-style edge list\n" + "".join(lines))


def connections_csv(path: Path, rows: int, seed: int = 9) -> None:
    rng = random.Random(seed)
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    for number in range(rows):
        first, last = rng.choice(["Léa", "Hugo", "Mei", "Omar"]), rng.choice(["Roux", "Diallo"])
        lines.append(f"{first},{last},https://www.linkedin.com/in/{first}-{last}-{number:x},,"
                     f"Acme,Engineer,{rng.randint(1, 28):02d} Mar 20{rng.randint(10, 25)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def expected_after(home: Path, tmp_path: Path, source: Path, kind: str, **options) -> dict:
    """The counts the whole import gives, from a copy of the starting workspace."""
    copy = tmp_path / "reference"
    shutil.copytree(home, copy)
    with Store(copy / STORE_FILE) as store:
        import_path(store, source, kind, **options)
    return counts(copy)


def kill_when(process: subprocess.Popen, ready, timeout: float = 60.0) -> None:
    """SIGKILL the process as soon as ``ready()``; fail if it ends first."""
    deadline = time.monotonic() + timeout
    while not ready():
        if process.poll() is not None:
            out, err = process.communicate()
            pytest.fail(f"the import ended (exit {process.returncode}) before it could be "
                        f"killed mid-write; make the input larger\n{out}\n{err}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("the import never started writing")
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def edge_list_after(before: dict, source: Path) -> dict:
    """What importing the edge list adds: its new labels as people, its distinct links."""
    pairs = {tuple(sorted(line.split())) for line in source.read_text().splitlines()
             if line and not line.startswith("#")}
    pairs = {pair for pair in pairs if pair[0] != pair[1]}
    labels = {label for pair in pairs for label in pair}
    return {**before, "person": before["person"] + len(labels),
            "connection": before["connection"] + len(pairs)}


@pytest.mark.parametrize("wal_bytes", [64 * 1024, 2 * 1024 * 1024])
def test_edge_list_import_killed_by_sigkill(tmp_path, wal_bytes):
    """`coach import` of a 150k-edge list, killed once the write-ahead log holds wal_bytes."""
    home = tmp_path / "home"
    small_network(home)
    before = counts(home)
    source = tmp_path / "large.txt"
    edge_list(source, people=20_000, edges=150_000)
    after = edge_list_after(before, source)

    wal = home / (STORE_FILE + "-wal")
    process = subprocess.Popen([*COACH, "--home", str(home), "import", str(source),
                                "--format", "edgelist"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    kill_when(process, lambda: wal.exists() and wal.stat().st_size >= wal_bytes)

    found = counts(home)
    assert found in (before, after)
    if wal_bytes < 1024 * 1024:
        # The commit writes every new page (megabytes here): this kill was before it.
        assert found == before
    else:
        # The workspace still works: the same import, run again, gives everything.
        subprocess.run([*COACH, "--home", str(home), "import", str(source), "--format",
                        "edgelist"], check=True, capture_output=True)
        assert counts(home) == after


_LINKEDIN_CHILD = """
import sys
from pathlib import Path
from coach.importers import import_path
from coach.store import Store

home, export, marker, at = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), float(sys.argv[4])

def progress(done, total):
    if total and done >= at * total and not marker.exists():
        marker.write_text(f"{done}/{total}")  # the parent kills us now, while we keep writing

with Store(home / "coach.sqlite3") as store:
    import_path(store, export, "linkedin", progress=progress)
print("finished")
"""


@pytest.mark.parametrize("share", [0.3, 0.9])
def test_linkedin_import_killed_by_sigkill(tmp_path, share):
    """A 30k-row Connections.csv import, killed once a share of its rows are written."""
    home = tmp_path / "home"
    small_network(home)
    before = counts(home)
    export = tmp_path / "export"
    connections_csv(export / "Connections.csv", 30_000)
    (export / "Profile.csv").write_text("First Name,Last Name\nCamille,Laurent\n")
    after = expected_after(home, tmp_path, export, "linkedin")
    assert after["person"] > before["person"] + 20_000

    marker = tmp_path / "writing"
    process = subprocess.Popen([sys.executable, "-c", _LINKEDIN_CHILD, str(home), str(export),
                                str(marker), str(share)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ))
    kill_when(process, marker.exists)
    found = counts(home)
    assert found in (before, after)
    if share < 0.5:
        assert found == before  # most rows were still to be written: no commit yet
