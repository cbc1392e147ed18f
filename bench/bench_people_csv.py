"""CSV of people benchmark: a seeded 30k-row export of another tool into a workspace.

    .venv/bin/python bench/bench_people_csv.py [--rows N] [--repeat N] [--seed N]

Writes a CSV shaped like a Sales Navigator scraper's export (camelCase columns mapped by
meaning: ``profileUrl``, ``fullName``, ``firstName``, ``lastName``, ``title``,
``companyName``, ``location``, ``connectionDegree``, ``sharedConnectionsCount``,
``followers``, ``tags``; columns coach does not keep; ~1% rows without name or URL, some
without a URL, a few bad degrees), then times ``import_path`` into a store that already
holds me (degree hints need me), and the re-import of the same file (the idempotent path),
N times each. Prints the median and the minimum; the target (first import < 2 s) is
printed as PASS or MISS, never asserted.
"""

from __future__ import annotations

import argparse
import csv
import gc
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench_import import COMPANIES, FIRST, LAST, POSITIONS  # noqa: E402

from coach.importers import import_path  # noqa: E402
from coach.store import Store  # noqa: E402

TARGET_SECONDS = 2.0
HEADER = ["profileUrl", "fullName", "firstName", "lastName", "title", "companyName", "location",
          "connectionDegree", "sharedConnectionsCount", "followers", "tags", "vmid", "query",
          "timestamp"]
DEGREES = ["2nd", "2nd", "2nd", "3rd", "3rd+", "1st", "Out of network", ""]
CITIES = ["Paris", "Lyon", "Lisbon", "Berlin", "Montréal", "Dakar", ""]


def make_people(rows: int, seed: int) -> str:
    """The text of a seeded people CSV with ``rows`` data rows."""
    rng = random.Random(seed)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for number in range(rows):
        if rng.random() < 0.01:
            writer.writerow(["", "", "", "", "Sales", "Acme", "", "2nd", "", "", "", "", "", ""])
            continue
        first, last = rng.choice(FIRST), rng.choice(LAST)
        slug = quote(f"{first}-{last}-{number:x}".lower())
        url = f"https://www.linkedin.com/in/{slug}" if rng.random() > 0.02 else ""
        last_shown = last if url else f"{last} {number:x}"  # no URL: a name only one has
        degree = rng.choice(DEGREES) if rng.random() > 0.001 else "5th"
        writer.writerow([url, f"{first} {last_shown}", first, last_shown, rng.choice(POSITIONS),
                         rng.choice(COMPANIES), rng.choice(CITIES), degree,
                         rng.randint(0, 40), rng.randint(0, 9000),
                         rng.choice(["", "", "lead", "lead, fintech"]),
                         f"ACoAA{number:08d}", "growth marketing", "2026-11-20T10:00:00.000Z"])
    return buffer.getvalue()


def timed(function) -> float:
    gc.collect()
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20261124)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="coach-bench-people-") as folder:
        root = Path(folder)
        path = root / "sales-navigator-leads.csv"
        path.write_text(make_people(args.rows, args.seed), encoding="utf-8")
        first_runs, again_runs, reports = [], [], []
        for run in range(args.repeat):
            with Store(root / f"run-{run}.sqlite3") as store:
                store.set_me(store.people.add(first_name="Camille", last_name="Laurent"))
                first_runs.append(timed(lambda: reports.append(import_path(store, path))))
                again_runs.append(timed(lambda: reports.append(import_path(store, path))))
        print(f"{path.name}: {args.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB, "
              f"seed {args.seed}")
        first, again = statistics.median(first_runs), statistics.median(again_runs)
        verdict = "PASS" if first < TARGET_SECONDS else "MISS"
        print(f"first import                    median {first:6.2f} s   min {min(first_runs):6.2f} s"
              f"   target < {TARGET_SECONDS:.0f} s: {verdict}")
        print(f"re-import (nothing new)         median {again:6.2f} s   min {min(again_runs):6.2f} s")
        made, redone = reports[0], reports[1]
        print(f"first: {made.counts['people added']:,} people, "
              f"{made.counts['degree hints recorded']:,} degree hints, "
              f"{made.counts['tags added']:,} tags, {len(made.skipped):,} rows skipped; "
              f"re-import added {redone.counts['people added']} people, "
              f"{redone.counts['tags added']} tags")
    return 0


if __name__ == "__main__":
    sys.exit(main())
