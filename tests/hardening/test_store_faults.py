"""Issue 18, items 1 and 5: a damaged or full store is told in one line with what to do,
the store keeps what it held, and ``coach doctor`` / ``coach backup`` look after it."""

from __future__ import annotations

import json
import resource
import sqlite3
import subprocess

import pytest

from coach.cli.main import main
from coach.resources import demo_dir
from coach.store import Store
from coach.store.faults import explain
from coach.workspace import STORE_FILE
from tests.hardening.test_killed_import import COACH, edge_list

DAMAGED = "is damaged: run `coach doctor` to see what is wrong, and restore a backup"


@pytest.fixture
def home(tmp_path, capsys):
    folder = tmp_path / "home"
    assert main(["--home", str(folder), "import", str(demo_dir()), "--format", "csv"]) == 0
    capsys.readouterr()
    return folder


def tables(home) -> list[str]:
    with Store(home / STORE_FILE) as store:
        return [line for line in store.db.dump() if "network_cache" not in line]


def run(capsys, home, *argv):
    code = main(["--home", str(home), *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_damaged_store_says_so_in_one_line_and_suggests_the_way_out(home, capsys, tmp_path):
    edges = tmp_path / "few.txt"
    edges.write_text("a b\nb c\n")
    store = home / STORE_FILE
    with store.open("r+b") as file:  # the reproduction of the issue: bytes 20480–32767
        file.seek(20480)
        file.write(b"\xab" * (32768 - 20480))
    damaged = store.read_bytes()
    for argv in (["contacts"], ["show", "#2"], ["log", "#2", "visited"],
                 ["import", edges, "--format", "edgelist", "--me", "a"], ["summary"]):
        code, out, err = run(capsys, home, *argv)
        assert code == 2 and err.count("\n") == 1 and DAMAGED in err, (argv, err)
        assert "Traceback" not in out + err
    code, out, _ = run(capsys, home, "doctor")
    assert code == 2 and "✗ damaged" in out
    code, out, _ = run(capsys, home, "doctor", "--json")
    assert code == 2 and json.loads(out)["sound"] is False
    assert store.read_bytes() == damaged  # nothing wrote to it


def test_doctor_on_a_sound_store_and_the_snapshot_rebuilt(home, capsys):
    code, out, _ = run(capsys, home, "doctor")
    assert code == 0 and "✓ SQLite's integrity check: ok" in out
    assert "300 people" in out
    before = tables(home)
    code, out, _ = run(capsys, home, "doctor", "--rebuild-snapshot")
    assert code == 0 and "network snapshot: up to date" in out and "rebuilt" in out
    assert tables(home) == before


def test_doctor_in_french(home, capsys):
    (home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    code, out, _ = run(capsys, home, "doctor")
    assert code == 0 and "contrôle d’intégrité de SQLite\u00a0: rien à signaler" in out
    assert "300 personnes" in out


def test_backup_is_a_consistent_copy_and_never_overwrites_the_store(home, capsys, tmp_path):
    target = tmp_path / "saved" / "coach-backup.sqlite3"
    code, out, _ = run(capsys, home, "backup", target)
    assert code == 0 and "Backed up" in out and "✓" in out
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / STORE_FILE).write_bytes(target.read_bytes())
    assert tables(copy) == tables(home)
    code, _, err = run(capsys, home, "backup", target)
    assert code == 2 and "already exists" in err
    assert run(capsys, home, "backup", target, "--force")[0] == 0
    before = (home / STORE_FILE).read_bytes()
    code, _, err = run(capsys, home, "backup", home / STORE_FILE, "--force")
    assert code == 2 and "the store itself" in err
    assert (home / STORE_FILE).read_bytes() == before


def test_a_full_disk_mid_import_says_so_and_keeps_the_store(home, tmp_path):
    """``ulimit -f``: SQLite's write fails half-way; the reason is the full disk (not
    "cannot rollback - no transaction is active") and every table holds what it held."""
    before = tables(home)
    edges = tmp_path / "big.txt"
    edge_list(edges, 30_000, 60_000)
    limit = (home / STORE_FILE).stat().st_size + 512 * 1024

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = subprocess.run([*COACH, "--home", str(home), "import", str(edges), "--format",
                           "edgelist", "--me", "0"], capture_output=True, text=True,
                          preexec_fn=small_files, timeout=300)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "no space left while writing" in done.stderr
    assert "nothing was changed" in done.stderr and "rollback" not in done.stderr
    assert tables(home) == before


def test_explain_reads_sqlites_own_errors(tmp_path):
    path = tmp_path / "x.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    readonly = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as caught:
        readonly.execute("INSERT INTO t VALUES (1)")
    assert explain(caught.value, path) == (f"coach cannot write to {path}; check its "
                                           "permissions (nothing was changed)")
    assert explain(sqlite3.DatabaseError("database disk image is malformed"), path).startswith(
        f"{path} is damaged")
    assert explain(OSError(28, "No space left on device"), path).startswith("no space left")
    assert explain(ValueError("something else"), path) is None


def _read_only(path) -> bool:
    """Make a file read-only even for root (chmod for others, the immutable flag for root)."""
    import os

    os.chmod(path, 0o444)
    if not os.access(path, os.W_OK):
        return True
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    return done.returncode == 0


def _writable(path) -> None:
    import os

    subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    os.chmod(path, 0o600)


def test_a_read_only_store_says_so_and_reading_still_works(home, capsys, tmp_path):
    store = home / STORE_FILE
    edges = tmp_path / "few.txt"
    edges.write_text("a b\n")
    if not _read_only(store):
        pytest.skip("cannot make a file read-only here")
    try:
        before = store.read_bytes()
        for argv in (["log", "#2", "visited"], ["tag", "#2", "client"],
                     ["import", edges, "--format", "edgelist", "--me", "a"]):
            code, _, err = run(capsys, home, *argv)
            assert code == 2 and err.count("\n") == 1, (argv, err)
            assert f"coach cannot write to {store}; check its permissions" in err
        assert run(capsys, home, "contacts", "--limit", "1")[0] == 0
        assert store.read_bytes() == before
    finally:
        _writable(store)


def test_a_read_only_workspace_folder_says_so(home, capsys):
    """The folder cannot be written (SQLite's write-ahead log lives beside the store)."""
    if not _read_only(home):
        pytest.skip("cannot make a folder read-only here")
    try:
        before = (home / STORE_FILE).read_bytes()
        for argv in (["log", "#2", "visited"], ["contacts"]):
            code, _, err = run(capsys, home, *argv)
            assert code == 2 and err.count("\n") == 1, (argv, err)
            assert "check that its folder exists and can be written" in err
        assert (home / STORE_FILE).read_bytes() == before
    finally:
        _writable(home)
        home.chmod(0o700)
