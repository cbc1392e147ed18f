"""Issue 18, item 2: every reader works in bounded memory. Each hostile input of the issue's
table is imported by a real ``coach`` process; it exits 2 with one line, within 300 MB of
memory, in seconds, and the store keeps what it held."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from coach.resources import demo_dir
from coach.store import Store
from coach.workspace import STORE_FILE

PEAK_LIMIT_KB = 300 * 1024
RUN = ("import sys\n"
       "from coach.cli.main import main\n"
       "code = main(sys.argv[1:])\n"
       "peak = next(line.split()[1] for line in open('/proc/self/status')\n"
       "            if line.startswith('VmHWM:'))\n"
       "print('PEAK', peak, file=sys.stderr)\n"
       "sys.exit(code)\n")
"""A real coach process that says its peak memory (VmHWM, kB): this process's own, not the
forked parent's (ru_maxrss keeps the pytest worker's size across exec)."""
HEADER = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "home"
    done = subprocess.run([sys.executable, "-m", "coach", "--home", str(folder), "import",
                           str(demo_dir()), "--format", "csv"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return folder


def everything(home: Path) -> list[str]:
    with Store(home / STORE_FILE) as store:
        return [line for line in store.db.dump() if "network_cache" not in line]


def coach(home: Path, *argv: str) -> tuple[int, str, int]:
    """Exit code, the error line and the peak memory (KiB) of a real coach process."""
    done = subprocess.run([sys.executable, "-c", RUN, "--home", str(home), *argv],
                          capture_output=True, text=True, timeout=120)
    lines = done.stderr.splitlines()
    peak = int(next(line.split()[1] for line in lines if line.startswith("PEAK")))
    said = [line for line in lines if not line.startswith("PEAK")]
    return done.returncode, "\n".join(said), peak


def zip_of(path: Path, name: str, chunk: bytes, total: int, first: bytes = b"") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open(name, "w", force_zip64=True) as member:
            member.write(first)
            for _ in range(total // len(chunk)):
                member.write(chunk)
    return path


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as file:
        file.truncate(size)
    return path


def nul_zip(folder: Path) -> Path:
    return zip_of(folder / "nul.zip", "Connections.csv", b"\0" * (1 << 20), 512 << 20)


def row_zip(folder: Path) -> Path:
    row = b"Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Engineer,01 Jan 2024\n"
    return zip_of(folder / "rows.zip", "Connections.csv", row * 14_000, 512 << 20, HEADER)


def encrypted_zip(folder: Path) -> Path:
    """A zip whose entry says it is encrypted (what `zip -P secret` makes)."""
    path = folder / "secret.zip"
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("Connections.csv")
        archive.writestr(info, HEADER)
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # the flag bits
        at = data.find(signature)
        data[at + offset] |= 0x1
    path.write_bytes(bytes(data))
    return path


CASES = {
    "a zip of 512 MiB of NULs": (nul_zip, [], "unpacks"),
    "a zip of one valid row repeated to 512 MiB": (row_zip, [], "unpacks"),
    "a 2 GiB sparse file as an edge list": (
        lambda folder: sparse(folder / "big.txt", 2 << 30), ["--format", "edgelist", "--me", "1"],
        "too large to import"),
    "a 600 MiB sparse file as an edge list": (
        lambda folder: sparse(folder / "mid.txt", 600 << 20),
        ["--format", "edgelist", "--me", "1"], "a binary file"),
    "a link to /dev/zero as a LinkedIn export": (
        lambda folder: _link(folder / "zero.csv", "/dev/zero"), ["--format", "linkedin"],
        "a device, not a file"),
    "a FIFO named like a CSV file": (
        lambda folder: _fifo(folder / "pipe.csv"), [], "a FIFO (named pipe), not a file"),
    "a password-protected zip": (encrypted_zip, [], "encrypted in the zip"),
}


def _link(path: Path, target: str) -> Path:
    path.symlink_to(target)
    return path


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_input_is_refused_in_bounded_memory(home, tmp_path, case):
    make, options, reason = CASES[case]
    path = make(tmp_path)
    before = everything(home)
    code, said, peak = coach(home, "import", str(path), *options)
    assert code == 2 and said.count("\n") == 0 and reason in said, (case, code, said)
    assert said.startswith("coach: ") and "Traceback" not in said
    assert peak < PEAK_LIMIT_KB, f"{case}: peak {peak / 1024:.0f} MiB"
    assert everything(home) == before


def test_the_limits_are_a_setting(home, tmp_path):
    """A 3 MiB file is refused under a 2 MB limit set in config.toml, and read without it."""
    edges = tmp_path / "edges.txt"
    edges.write_text("".join(f"{n} {n + 1}\n" for n in range(300_000)))
    (home / "config.toml").write_text("[import]\nmax_file_mb = 2\n", encoding="utf-8")
    try:
        code, said, _ = coach(home, "import", str(edges), "--format", "edgelist", "--me", "0")
        assert code == 2 and "too large to import" in said and "the limit is 2.0 MiB" in said
    finally:
        (home / "config.toml").unlink()
