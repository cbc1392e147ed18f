"""Issue 18, item 2: a large valid file is imported in memory well under its size.

A coach CSV folder whose ``interactions.csv`` holds 192 MiB of real-looking rows (notes
of many paragraphs, so records span many lines) is imported by a real ``coach`` process.
Read whole, as before, the file took its size twice (its bytes, then its text) and more:
about 970 MB of peak memory for 150 MiB. Streamed, the process stays under half the
file's size, and every row is imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from coach.store import Store
from coach.workspace import STORE_FILE
from tests.hardening.test_hostile_sizes import RUN

SIZE = 192 << 20
PEOPLE = 200
PARAGRAPH = ("We talked about the project and the next steps; she knows who to meet in Lyon "
             "and will write to them this week. ") * 8


def _folder(folder: Path) -> int:
    """The coach CSV folder; how many interactions it holds."""
    folder.mkdir()
    with (folder / "people.csv").open("w", encoding="utf-8") as people:
        people.write("key,first_name,last_name,me\n")
        for n in range(PEOPLE):
            people.write(f"p{n},Ana{n},Lima{n},{'yes' if n == 0 else ''}\n")
    note = "\n".join([PARAGRAPH] * 100)  # about 90 KB, in 100 lines
    written = count = 0
    with (folder / "interactions.csv").open("w", encoding="utf-8") as interactions:
        interactions.write("person,kind,direction,at,note\n")
        while written < SIZE:
            row = (f"p{count % PEOPLE},message,out,2026-{1 + count % 12:02d}-"
                   f'{1 + count % 28:02d},"#{count} {note}"\n')
            interactions.write(row)
            written += len(row)
            count += 1
    return count


def test_a_large_valid_csv_is_imported_in_memory_well_under_its_size(tmp_path):
    folder = tmp_path / "large"
    rows = _folder(folder)
    size = (folder / "interactions.csv").stat().st_size
    home = tmp_path / "home"
    done = subprocess.run([sys.executable, "-c", RUN, "--home", str(home), "import",
                           str(folder), "--format", "csv"], capture_output=True, text=True,
                          timeout=600)
    peak = int(next(line.split()[1] for line in done.stderr.splitlines()
                    if line.startswith("PEAK")))
    assert done.returncode == 0, done.stderr
    added = next(line for line in done.stdout.splitlines() if "interactions added" in line)
    assert added.split()[-1] == f"{rows:,}"
    with Store(home / STORE_FILE) as store:
        assert store.db.fetchall("SELECT count(*) FROM interaction")[0][0] == rows
    assert peak * 1024 < size / 2, f"peak {peak:,} kB for a file of {size:,} bytes"
