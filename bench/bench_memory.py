"""Where the app's memory goes: the network service's steps as the app takes them, one by one.

    .venv/bin/python bench/bench_memory.py --size large [--trace]

Runs what the main screen's building worker runs (``MainScreen.rebuild``), in this order,
on the generated workspace of that size, and after each step prints the process's resident
memory (VmRSS), what the step added, and the highest it reached during the step (VmHWM,
reset before each step through ``/proc/self/clear_refs``): the true peak moment is the step
whose peak is highest, not the one that holds most. ``--trace`` adds, per step, the lines of
code holding most of what the step added (tracemalloc: several times slower); ``--trim``
hands freed memory back after every step, to tell what is held from what glibc keeps.
Prints figures only.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def status(field: str) -> float:
    """A field of /proc/self/status, in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def reset_peak() -> bool:
    """Start VmHWM again from the current VmRSS (Linux 4.0+); False when not allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="medium", choices=("small", "medium", "large"))
    parser.add_argument("--trace", action="store_true", help="top allocations per step")
    parser.add_argument("--top", type=int, default=8)
    parser.add_argument("--trim", action="store_true",
                        help="heap.give_back() (malloc_trim) after each step too")
    args = parser.parse_args(argv)
    os.environ.setdefault("COACH_TODAY", "2026-11-22")

    import generate

    home = generate.ensure_workspace(args.size)
    if args.trace:
        import tracemalloc

        tracemalloc.start(1)
    rows: list[tuple[str, float, float, float, float]] = []
    peak_resets = reset_peak()
    last = {"rss": status("VmRSS"), "t": time.perf_counter(), "snap": None}
    from coach.heap import building
    from coach.listing import ListFilter
    from coach.service import NetworkService
    from coach.workspace import Workspace

    service = NetworkService(Workspace(home), eager=True)
    wanted = ListFilter()

    def step(name: str) -> None:
        if args.trim:
            from coach.heap import give_back

            give_back()
        rss, hwm, now = status("VmRSS"), status("VmHWM"), time.perf_counter()
        rows.append((name, rss, rss - last["rss"], hwm if peak_resets else float("nan"),
                     now - last["t"]))
        print(f"  {name:<34} VmRSS {rss:8.0f} MiB  {rss - last['rss']:+7.0f}  "
              f"step peak {hwm:8.0f} MiB  {now - last['t']:6.2f} s", flush=True)
        if args.trace:
            snapshot = tracemalloc.take_snapshot()
            if last["snap"] is not None:
                for stat in snapshot.compare_to(last["snap"], "lineno")[:args.top]:
                    print(f"      {stat.size_diff / 2**20:+8.1f} MiB  {stat.traceback[0]}")
            _, traced_peak = tracemalloc.get_traced_memory()
            print(f"      traced peak in the step {traced_peak / 2**20:.0f} MiB")
            tracemalloc.reset_peak()
            last["snap"] = snapshot
        reset_peak()
        last["rss"], last["t"] = status("VmRSS"), time.perf_counter()

    print(f"{args.size}: {home}")
    step("imports")
    with building():
        preview = service.preview()
        service.contacts(wanted, state=preview)
        step("first look (preview + order)")
        state = service.rebuild(preview)
        preview = None
        step("state (columns, roster, listing)")
        service.contacts(wanted, state=state)
        step("order")
        state.listing.prepare_search()
        step("search text")
        service.follow_ups.open_loops_of(-1)
        step("facts, open loops")
        top = service.top_advice()
        step("top advice")
    step("after the build (collector back)")
    print(f"held at the end {status('VmRSS'):.0f} MiB; peak of the process "
          f"{max(row[3] for row in rows):.0f} MiB; {len(top)} people advised")
    service.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
