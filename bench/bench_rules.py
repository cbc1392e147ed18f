"""Benchmark the rules: advice for one contact, and ranking a whole generated network.

    /work/venv/bin/python bench/bench_rules.py [--size small|medium] [--repeat N]

Uses the workspaces of ``bench/generate.py`` (generated on first use, then cached); without
that generator, a random network of the same size is built inline. Prints median times;
nothing is asserted (the targets are 2 ms per contact, 0.3 s for ranking 100,000 people and
2 s for 1,000,000).
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("COACH_TODAY", "2026-11-23")

from coach.resources import rules_dir  # noqa: E402
from coach.service import NetworkService  # noqa: E402
from coach.strategy import Advisor, RuleBook  # noqa: E402
from coach.strategy.fact_table import FactTable  # noqa: E402
from coach.workspace import Workspace  # noqa: E402

PEOPLE = {"small": 10_000, "medium": 100_000, "large": 1_000_000}


def workspace_for(size: str) -> Workspace:
    """The generated workspace of this size (bench/generate.py), or an inline random one."""
    try:
        sys.path.insert(0, str(HERE))
        from generate import ensure_workspace  # type: ignore[import-not-found]
    except ImportError:
        return _inline_workspace(PEOPLE[size])
    return Workspace(ensure_workspace(size))


def _inline_workspace(people: int) -> Workspace:
    """A random network: ~20 links per person, me with 300 connections, some follows and tags."""
    rng = random.Random(7)
    workspace = Workspace(Path(tempfile.mkdtemp(prefix="coach-bench-")))
    store = workspace.store
    with store.transaction():
        ids = [store.people.add(first_name=f"P{i}", last_name=f"L{i}", ref=str(i))
               for i in range(people)]
        store.set_me(ids[0])
        pairs = {(ids[0], ids[rng.randrange(1, people)]) for _ in range(300)}
        while len(pairs) < people * 10:
            a, b = rng.randrange(people), rng.randrange(people)
            if a != b:
                pairs.add((ids[a], ids[b]))
        store.connections.add_many(pairs, "bench")
        store.follows.add_many(((ids[rng.randrange(people)], ids[0]) for _ in range(200)), "bench")
        for i in rng.sample(range(1, people), 40):
            store.tags.add(ids[i], rng.choice(["close", "client", "do-not-contact", "prospect"]))
    return workspace


def median_ms(action, repeat: int) -> float:
    """The median wall time of ``action()`` over ``repeat`` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=tuple(PEOPLE), default="small")
    parser.add_argument("--repeat", type=int, default=5, help="runs for the whole-network timings")
    args = parser.parse_args()

    start = time.perf_counter()
    workspace = workspace_for(args.size)
    roster = NetworkService(workspace).roster
    opened = time.perf_counter() - start
    book = RuleBook([rules_dir()])
    assert not book.problems, book.problems
    print(f"network: {args.size}, {len(roster.people):,} people; rules: {len(book.book.rules)} "
          f"rules, {len(book.book.actions)} actions (opening the workspace: {opened:.2f} s)")

    start = time.perf_counter()
    table = FactTable(roster, workspace.store)
    advisor = Advisor(book, table)
    print(f"facts for everyone (FactTable, once per network change): "
          f"{(time.perf_counter() - start) * 1000:,.0f} ms")

    sample = random.Random(1).sample(sorted(roster.people), 300)
    rows = [advisor.facts(person) for person in sample]
    per_contact = [median_ms(lambda p=person: advisor.advice(p), 3) for person in sample]
    rules_only = [median_ms(lambda f=facts: book.advise(f), 3) for facts in rows]
    actions = [median_ms(lambda f=facts: book.actions(f), 3) for facts in rows]
    print(f"advice for one contact (facts + rules), median of {len(sample)}: "
          f"{statistics.median(per_contact):.3f} ms")
    print(f"  rules only (advise(facts)): {statistics.median(rules_only):.3f} ms; "
          f"allowed actions: {statistics.median(actions):.3f} ms")

    # A new Advisor each time: one keeps what its book decided (conditions, top rules).
    print(f"top advice for all {table.size:,} people (top_advice_all), median of {args.repeat}: "
          f"{median_ms(lambda: Advisor(book, table).top_advice_all(), args.repeat):,.0f} ms")
    print(f"  then the best 20 moves across the network (best_moves), median of {args.repeat}: "
          f"{median_ms(lambda: advisor.best_moves(20), args.repeat):,.0f} ms")
    print(f"  then the open loops across the network (open_loops), median of {args.repeat}: "
          f"{median_ms(advisor.open_loops, args.repeat):,.0f} ms")

    def rank():  # as after a change: new facts, then what the list, the pane and the
        # overview ask for (a first screen of titles read)
        ranked = Advisor(book, FactTable(roster, workspace.store))
        top = ranked.top_advice_all()
        for person in itertools.islice(top, 60):
            top.get(person)
        ranked.best_moves(20)
        ranked.open_loops()
        return top

    print(f"ranking from scratch (facts, top advice, best moves, open loops), median of "
          f"{args.repeat}: {median_ms(rank, args.repeat):,.0f} ms")
    print(f"  the same, every advice text written out ({len(rank()):,} people): "
          f"{median_ms(lambda: list(rank().values()), max(1, args.repeat // 2)):,.0f} ms")
    workspace.close()


if __name__ == "__main__":
    main()
