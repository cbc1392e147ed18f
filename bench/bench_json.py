"""Where ``coach contacts --json`` spends its time at 100k people, and whether streaming the
rows or another encoder would pay (issue 19, item 4). Prints figures only.

    .venv/bin/python bench/bench_json.py [--size medium] [--repeat N]

On the generated workspace (``generate.py``), in this process, after the service has read
the network (untimed): the listing's JSON as one text (``contacts_json_text``) split into
its steps (the columns read from the roster and the network, each column encoded
with the C encoder, one format per contact), the same bytes written in chunks of 5,000
contacts to /dev/null (``write_contacts_json``: streamed, what the command does since issue
19), and ``json.dumps`` of one dict per contact (the plain way). Medians of N runs; the peak
memory each way allocates (tracemalloc, one run apart, untimed). The whole process
``coach contacts --json > /dev/null`` is timed too, so that the JSON's share is seen.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
from bench_network import timed as network_timed  # noqa: E402

from coach import listing_json  # noqa: E402
from coach.listing import ListFilter  # noqa: E402
from coach.service import NetworkService  # noqa: E402
from coach.workspace import Workspace  # noqa: E402

CHUNK = listing_json.CHUNK
write = listing_json.write_contacts_json


def timed(function, repeat: int) -> tuple[float, object]:
    """The median wall time of ``repeat`` calls (``bench_network.timed``), and the last
    result."""
    times, result = network_timed(function, repeat)
    return statistics.median(times), result


def peak_mib(function) -> float:
    """The peak of memory allocated by Python during one call, in MiB."""
    gc.collect()
    tracemalloc.start()
    function()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def as_written(listing, positions) -> str:
    """``contacts_json_text``'s steps, one after the other (the same bytes)."""
    columns = listing_json._columns(listing, positions)
    return formatted([listing_json._ENCODERS[key](columns[key]) for key in listing_json.KEYS])


def formatted(encoded: list[list[str]]) -> str:
    """One format per contact over the encoded columns, joined into the document."""
    return "[" + ", ".join(listing_json._TEMPLATE % row for row in zip(*encoded, strict=True)) + "]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=generate.SIZES, default="medium")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    home = generate.ensure_workspace(args.size)
    service = NetworkService(Workspace(home), save_snapshot=False)
    page = service.contacts(ListFilter())
    listing, positions = page.listing, page.positions
    print(f"{args.size}: {len(positions):,} contacts listed by coach contacts --json")

    figures = {}
    figures["columns"], columns = timed(lambda: listing_json._columns(listing, positions),
                                        args.repeat)
    figures["encode"], encoded = timed(
        lambda: [listing_json._ENCODERS[key](columns[key]) for key in listing_json.KEYS],
        args.repeat)
    figures["format"], text = timed(lambda: formatted(encoded), args.repeat)
    with open(os.devnull, "w", encoding="utf-8") as sink:
        figures["write"], _ = timed(lambda: sink.write(text + "\n"), args.repeat)
        figures["whole"], whole = timed(lambda: sink.write(
            listing.to_json_text(positions) + "\n"), args.repeat)
        figures["streamed"], _ = timed(lambda: write(listing, positions, sink), args.repeat)
    figures["dicts"], plain = timed(lambda: json.dumps(
        listing_json.contacts_json(listing, positions), ensure_ascii=False), args.repeat)
    pieces = io.StringIO()
    write(listing, positions, pieces)
    assert plain == text == as_written(listing, positions) == pieces.getvalue(), "they differ"
    size = len(text.encode("utf-8"))

    with open(os.devnull, "w", encoding="utf-8") as sink:
        memory = {
            "whole": peak_mib(lambda: sink.write(listing.to_json_text(positions) + "\n")),
            "streamed": peak_mib(lambda: write(listing, positions, sink)),
        }
    service.close()

    env = dict(os.environ)
    env.pop("COACH_HOME", None)
    command = [str(Path(sys.executable).with_name("coach")), "--home", str(home), "contacts",
               "--json"]
    runs = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env)
        runs.append(time.perf_counter() - started)
    process = statistics.median(runs)

    ms = {key: value * 1e3 for key, value in figures.items()}
    print(f"JSON text: {size / 1e6:.1f} MB; medians of {args.repeat}")
    print(f"  columns from the roster and network   {ms['columns']:8.0f} ms")
    print(f"  each column encoded (C encoder)        {ms['encode']:8.0f} ms")
    print(f"  one format per contact, joined         {ms['format']:8.0f} ms")
    print(f"  written to /dev/null                   {ms['write']:8.0f} ms")
    print(f"  one whole text (as before), written     {ms['whole']:8.0f} ms   "
          f"peak {memory['whole']:.0f} MiB allocated")
    print(f"  streamed, {CHUNK:,} contacts a chunk      {ms['streamed']:8.0f} ms   "
          f"peak {memory['streamed']:.0f} MiB allocated   "
          f"({ms['streamed'] / ms['whole']:.2f}× the time)")
    print(f"  json.dumps of one dict per contact     {ms['dicts']:8.0f} ms   "
          f"({ms['dicts'] / ms['whole']:.2f}× the time)")
    print(f"whole process coach contacts --json > /dev/null: {process:.2f} s (median); "
          f"the encoding (encode + format + write) is "
          f"{(figures['encode'] + figures['format'] + figures['write']) / process:.0%} of it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
