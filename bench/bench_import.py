"""LinkedIn import benchmark: a seeded 30k-row Connections.csv into a fresh workspace.

    /work/venv/bin/python bench/bench_import.py [--rows N] [--repeat N] [--seed N]

Writes a Connections.csv shaped like a 2024 export (the ``Notes:`` preamble, the URL column,
no newline after the last row, ~1% hidden rows, namesakes, percent-encoded non-ASCII
slugs, credentials after a comma in last names, padded fields) into a temporary folder,
then times ``import_linkedin`` into a new store, and the re-import of the same file into
that store (the idempotent path), N times each. Prints the median and the minimum; the
target (first import < 3 s) is printed as PASS or MISS, never asserted.
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
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from coach.importers.linkedin import import_linkedin  # noqa: E402
from coach.store import Store  # noqa: E402

TARGET_SECONDS = 3.0
FIRST = ["Léa", "Thomas", "Camille", "Chloé", "Hugo", "Sofia", "Mateo", "Anaïs", "Yuki", "Omar",
         "Jean", "Marie", "Ngozi", "Łukasz", "Zoé", "Ana", "Ibrahim", "Emma", "Noah", "Mei"]
LAST = ["Martin", "Dubois", "Bernard", "Nguyen", "Rossi", "Müller", "García", "Kowalski",
        "Okafor", "Haddad", "Tanaka", "Silva", "Petit", "Laurent", "Moreau", "Fournier"]
COMPANIES = ["Acme", "Orbiteo", "Pixel", "Nova", "Lumen", "Helix", "", "Banque Rhône"]
POSITIONS = ["Engineer", "Product Manager", "Designer", "Sales", "CTO", "", "Data Analyst  "]
NOTES = ('Notes:\n"When exporting your connection data, you may notice that some of the email '
         'addresses are missing. You will only see email addresses for connections who have '
         'allowed their connections to see or download their email address using this setting '
         'https://www.linkedin.com/psettings/privacy/email. You can learn more here '
         'https://www.linkedin.com/help/linkedin/answer/261"\n\n')


def make_connections(rows: int, seed: int) -> str:
    """The text of a seeded Connections.csv with ``rows`` data rows, newest first."""
    rng = random.Random(seed)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                     "Connected On"])
    day = date(2026, 11, 20)
    for number in range(rows):
        if rng.random() < 0.3:
            day -= timedelta(days=1)
        on = day.strftime("%d %b %Y")
        if rng.random() < 0.01:
            writer.writerow(["", "", "", "", "", "", on])
            continue
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if rng.random() < 0.02:
            last += ", MBA"
        slug = quote(f"{first}-{last}-{number:x}".lower().replace(", ", "-"))
        email = f"{number}@example.com" if rng.random() < 0.03 else ""
        writer.writerow([first, last, f"https://www.linkedin.com/in/{slug}", email,
                         rng.choice(COMPANIES), rng.choice(POSITIONS), on])
    return NOTES + buffer.getvalue().rstrip("\n")


def timed(function) -> float:
    gc.collect()
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="coach-bench-import-") as folder:
        root = Path(folder)
        export = root / "export"
        export.mkdir()
        (export / "Connections.csv").write_text(make_connections(args.rows, args.seed),
                                                encoding="utf-8")
        (export / "Profile.csv").write_text("First Name,Last Name\nCamille,Laurent\n",
                                            encoding="utf-8")
        size = (export / "Connections.csv").stat().st_size
        first_runs, again_runs = [], []
        report = None
        for run in range(args.repeat):
            with Store(root / f"run-{run}.sqlite3") as store:
                first_runs.append(timed(lambda: import_linkedin(store, export)))
                again = []
                again_runs.append(timed(lambda: again.append(import_linkedin(store, export))))
                report = again[0]
        print(f"Connections.csv: {args.rows:,} rows, {size / 1e6:.1f} MB, seed {args.seed}")
        first, again = statistics.median(first_runs), statistics.median(again_runs)
        verdict = "PASS" if first < TARGET_SECONDS else "MISS"
        print(f"first import into a new store   median {first:6.2f} s   min {min(first_runs):6.2f} s"
              f"   target < {TARGET_SECONDS:.0f} s: {verdict}")
        print(f"re-import (nothing new)         median {again:6.2f} s   min {min(again_runs):6.2f} s")
        print(f"re-import added {report.counts.get('people added', 0)} people, "
              f"{report.counts.get('connections added', 0)} connections "
              f"({report.counts.get('hidden members (rows blank but the date)', 0)} hidden rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
