"""The command line through the network service, as whole processes; prints figures only.

    .venv/bin/python bench/bench_service.py [--size medium] [--repeat 7]

Times, as a person runs them (a fresh process each, output to /dev/null):

* ``coach contacts --degree 2 --json`` on the generated workspace (100k people, 2M
  connections at ``medium``), and beside it ``nx_contacts.py --degree 2``: networkx reading
  the same graph as an edge list and doing the same degree and mutual-count work, for the
  same people (checked equal once); the ratio is coach / networkx.
* ``coach show "Léa Dubois"`` (text and ``--json``) on the demo network.

Targets (issue 14), printed as PASS/MISS, never asserted: contacts under 1.0 s and at most
0.1× networkx; show under 0.3 s. Before timing, the package is byte-compiled, as an
installed package is (``pip install`` compiles it; a checkout run with
PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module on every start).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402

import generate  # noqa: E402
from coach.demo import load_demo  # noqa: E402
from coach.store import Store  # noqa: E402
from coach.workspace import STORE_FILE, Workspace  # noqa: E402

PYTHON = sys.executable
COACH = str(Path(PYTHON).with_name("coach"))
TARGETS = {"contacts": 1.0, "ratio": 0.1, "show": 0.3, "show_json": 0.3}


def wall(command: list[str], env: dict) -> float:
    """One process run to the end, its output thrown away; wall seconds."""
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)}: exit {done.returncode}: "
                           f"{done.stderr.decode(errors='replace')}")
    return seconds


def edge_list(home: Path) -> tuple[Path, int]:
    """The workspace's connections as an edge list of person ids (written once), and me."""
    path = home / "edges.txt"
    with Store(home / STORE_FILE) as store:
        me = store.me
        if not path.exists():
            a, b = store.connections.pairs()
            np.savetxt(path, np.column_stack((a, b)), fmt="%d")
    return path, me


def same_answer(home: Path, edges: Path, me: int, env: dict) -> bool:
    """coach and networkx list the same 2nd-degree people with the same mutual counts (but
    for the people whose degree only a hint gives: networkx knows no hints)."""
    ours = json.loads(subprocess.run([COACH, "--home", str(home), "contacts", "--degree", "2",
                                      "--json"], capture_output=True, env=env, check=True).stdout)
    theirs = json.loads(subprocess.run([PYTHON, str(HERE / "nx_contacts.py"), str(edges),
                                        str(me), "--degree", "2"], capture_output=True,
                                       check=True).stdout)
    return ({c["id"]: c["mutual_connections"] for c in ours if not c["degree_observed"]}
            == {int(c["ref"]): c["mutual_connections"] for c in theirs})


def demo_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="coach-bench-demo-"))
    with Workspace(home) as workspace:
        load_demo(workspace.store)
    return home


def machine_pace() -> float:
    """Seconds for a fixed pure-Python loop (10M additions): this shared machine's speed
    changes by half over a day, so each run says how fast it was."""
    started = time.perf_counter()
    total = 0
    for number in range(10_000_000):
        total += number
    return time.perf_counter() - started


def median(times: list[float]) -> str:
    return f"{statistics.median(times):.3f} s (min {min(times):.3f})"


def verdict(key: str, value: float) -> str:
    return "PASS" if value <= TARGETS[key] else "MISS"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="medium", choices=sorted(generate.SIZES))
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(HERE.parent / "coach")], check=True,
                   stdout=subprocess.DEVNULL)
    env = {key: value for key, value in os.environ.items() if key != "COACH_HOME"}
    env["COACH_TODAY"] = "2026-11-22"
    home = generate.ensure_workspace(args.size)
    edges, me = edge_list(home)
    contacts = [COACH, "--home", str(home), "contacts", "--degree", "2", "--json"]
    networkx = [PYTHON, str(HERE / "nx_contacts.py"), str(edges), str(me), "--degree", "2"]
    wall(contacts, env)  # the snapshot is saved by the import; this warms the page cache
    print(f"[{args.size}] coach contacts --degree 2 --json ×{args.repeat}", file=sys.stderr)
    ours = [wall(contacts, env) for _ in range(args.repeat)]
    runs = max(3, args.repeat // 2)
    print(f"[{args.size}] networkx, the same work ×{runs}", file=sys.stderr)
    theirs = [wall(networkx, env) for _ in range(runs)]
    equal = same_answer(home, edges, me, env)
    demo = demo_home()
    show = [COACH, "--home", str(demo), "show", "Léa Dubois"]
    wall(show, env)
    shows = [wall(show, env) for _ in range(args.repeat)]
    shows_json = [wall([*show, "--json"], env) for _ in range(args.repeat)]
    ratio = statistics.median(ours) / statistics.median(theirs)
    print(f"\ncoach through the network service — {args.size}, {os.cpu_count()} cores, "
          f"medians of whole processes; machine pace {machine_pace():.2f} s (10M additions)")
    print(f"  coach contacts --degree 2 --json   {median(ours):>24}   target < 1.0 s   "
          f"{verdict('contacts', statistics.median(ours))}")
    print(f"  networkx, same degree + mutual work {median(theirs):>23}")
    print(f"  ratio coach / networkx              {ratio:>23.3f}   target ≤ 0.1     "
          f"{verdict('ratio', ratio)}   same people and counts: {'yes' if equal else 'NO'}")
    print(f"  coach show (demo)                   {median(shows):>23}   target < 0.3 s   "
          f"{verdict('show', statistics.median(shows))}")
    print(f"  coach show --json (demo)            {median(shows_json):>23}   target < 0.3 s   "
          f"{verdict('show_json', statistics.median(shows_json))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
