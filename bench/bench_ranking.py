"""Time ranking a whole network with whichever ``coach`` comes first on ``sys.path``.

    PYTHONPATH=CHECKOUT python bench/bench_ranking.py bench/out/medium [--repeat 7]

Run it with ``PYTHONPATH`` set to an older checkout (``git archive COMMIT | tar -x -C DIR``)
and then to this one, back to back, to compare before and after on the same machine state.
Ranking, as after a change of the network: a new fact table, everyone's top advice (the
titles of a first screen of 60 rows read), the 20 best moves and the open loops. Also
printed: the first run (it reads the roster's rows) and the ranking with every advice text
written out (what no screen needs). Prints one JSON line; nothing is asserted.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import statistics
import time
from pathlib import Path

os.environ.setdefault("COACH_TODAY", "2026-11-23")

import coach  # noqa: E402
from coach.resources import rules_dir  # noqa: E402
from coach.service import NetworkService  # noqa: E402
from coach.strategy import Advisor, RuleBook  # noqa: E402
from coach.strategy.fact_table import FactTable  # noqa: E402
from coach.workspace import Workspace  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("home", type=Path, help="a workspace, e.g. bench/out/medium")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    workspace = Workspace(args.home)
    book = RuleBook([rules_dir()])
    roster = NetworkService(workspace).roster

    def rank():
        advisor = Advisor(book, FactTable(roster, workspace.store))
        top = advisor.top_advice_all()
        for person in itertools.islice(top, 60):
            top.get(person)
        advisor.best_moves(20)
        advisor.open_loops()
        return top

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        return time.perf_counter() - start

    first = timed(rank)
    times = [timed(rank) for _ in range(args.repeat)]
    texts = [timed(lambda: list(rank().values())) for _ in range(max(1, args.repeat // 2))]
    print(json.dumps({
        "coach": str(Path(coach.__file__).parent), "first_s": round(first, 3),
        "median_s": round(statistics.median(times), 3), "min_s": round(min(times), 3),
        "runs_s": [round(t, 3) for t in times],
        "every_text_median_s": round(statistics.median(texts), 3),
        "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "load": os.getloadavg()}))
    workspace.close()


if __name__ == "__main__":
    main()
