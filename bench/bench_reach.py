"""Reach into a company, a role or a city at 100k people; prints figures only.

    .venv/bin/python bench/bench_reach.py [--size medium] [--repeat 5]

On the generated workspace (``bench/out/SIZE``, made by ``bench/generate.py``):

* ``NetworkService.reach`` in the app's own service (eager, the search index built, as the
  app has it once the list is shown): a company, a city of about 13,000 people, a role and
  a text that matches no one; the first call also chooses everyone's introducer (once per
  state of the network), so it is printed apart.
* ``coach reach TEXT`` as a whole process, beside ``coach contacts --search TEXT`` (which
  reads the same listing and search index) for the same text.

No target is asserted: the app runs reach in a thread, never on the event loop.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
COACH = str(Path(PYTHON).with_name("coach"))
TEXTS = ("Bluewave", "Paris", "product manager", "Zorglub")


def _ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:8.1f} ms (min {min(times) * 1000:.1f})"


def in_service(home: Path, repeat: int) -> None:
    from coach.service import NetworkService
    from coach.workspace import Workspace

    started = time.perf_counter()
    service = NetworkService(Workspace(home), eager=True, save_snapshot=False)
    service.state.listing.prepare_search()
    print(f"  state and search index (the app's start)  {time.perf_counter() - started:8.2f} s")
    started = time.perf_counter()
    service.reach("Bluewave")
    print(f"  first reach (chooses every introducer)    {time.perf_counter() - started:8.2f} s")
    for text in TEXTS:
        times, found = [], None
        for _ in range(repeat):
            started = time.perf_counter()
            found = service.reach(text, 200)
            times.append(time.perf_counter() - started)
        print(f"  reach {text!r:<20} {found.total:>7,} people   {_ms(times)}")
    service.close()


def wall(argv: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                   check=False)
    return time.perf_counter() - started


def as_commands(home: Path, repeat: int) -> None:
    env = {**os.environ, "COACH_TODAY": os.environ.get("COACH_TODAY", "2026-11-22")}
    for text in TEXTS[:2]:
        ours, theirs = [], []
        for _ in range(repeat):  # back to back, so that both see the same machine
            ours.append(wall([COACH, "--home", str(home), "reach", text, "--limit", "20"], env))
            theirs.append(wall([COACH, "--home", str(home), "contacts", "--search", text,
                                "--limit", "20"], env))
        print(f"  coach reach {text!r:<12} {statistics.median(ours):6.2f} s   "
              f"coach contacts --search {statistics.median(theirs):6.2f} s   "
              f"ratio {statistics.median(ours) / statistics.median(theirs):.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="medium")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    home = HERE / "out" / args.size
    if not (home / "coach.sqlite3").is_file():
        print(f"no workspace at {home}: run bench/generate.py --size {args.size}",
              file=sys.stderr)
        return 2
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"reach — {args.size}, {os.cpu_count()} cores, load {load:.1f}")
    in_service(home, args.repeat)
    as_commands(home, max(1, args.repeat // 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
