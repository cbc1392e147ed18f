"""Network-core benchmarks on generated workspaces, beside networkx; prints figures only.

    /work/venv/bin/python bench/bench_network.py [--size small|medium|large] [--repeat N]

Times (median and min over N runs, in this process): building the network structure from
the store without a snapshot (``build_structure``), loading it from the snapshot
(``load_structure``), ``Network()`` construction, ``degrees_from`` me, ``mutual_counts`` for
every 2nd-degree person, both together, and ``introduction_paths`` to 3rd-degree people;
the same degree and mutual-count work with networkx and with python-igraph on the same graph
in the same process (graphs built outside the timed part) and both ratios (igraph is a
benchmark-only dependency: ``pip install -e '.[bench]'``; without it that column is skipped
with a printed line); peak RSS of one fresh process per phase; and
``coach contacts --json`` on SNAP ego-Facebook as a whole process against a networkx script.
Targets are printed as PASS/MISS beside the figures, never asserted.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import numpy as np  # noqa: E402

from coach.graph.loading import build_structure, load_network, load_structure  # noqa: E402
from coach.graph.network import Network, degrees_from, mutual_counts  # noqa: E402
from coach.graph.paths import introduction_paths  # noqa: E402
from coach.store import Store  # noqa: E402
from coach.ties import tie_strengths  # noqa: E402
from coach.workspace import STORE_FILE  # noqa: E402

PYTHON = sys.executable
COACH = str(Path(PYTHON).with_name("coach"))
DATASETS = Path(os.environ.get("COACH_DATASETS", HERE.parent.parent / "shared" / "datasets"))
FACEBOOK = DATASETS / "snap-ego-facebook" / "facebook_combined.txt"

TARGETS = {
    # phase → (seconds, which size the target is stated for)
    "cold_network": (0.5, "medium"),
    "app_network": (0.5, "medium"),
    "build": (0.5, "medium"),
    "snapshot": (0.5, "medium"),
    "degrees_mutuals": (0.020, "medium"),
    "facebook_contacts": (1.0, None),
}
IGRAPH_SHARE = 0.5  # coach's degrees + mutual counts take at most half of igraph's time


# --- measuring ------------------------------------------------------------------------------


def timed(function, repeat: int) -> tuple[list[float], object]:
    """Wall times of ``repeat`` calls (a collection before each), and the last result."""
    times = []
    result = None
    for _ in range(repeat):
        result = None
        gc.collect()
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return times, result


def run_process(command: list[str], env=None) -> float:
    """Run one process to the end with stdout to /dev/null; its wall time in seconds."""
    started = time.perf_counter()
    process = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             env=env)
    wall = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): "
                           f"{process.stderr.decode(errors='replace')}")
    return wall


def peak_rss_mib() -> float:
    """This process's peak RSS in MiB: VmHWM where Linux has it, else ru_maxrss.

    A child's ru_maxrss is useless here: Linux keeps, across the fork (vfork) and exec that
    start it, the high-water mark of the process that forked it, so every child of a big
    benchmark process "peaks" at the parent's size. VmHWM belongs to the new address space.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# Runs a command from a small Python process, so that the command's ru_maxrss (from wait4)
# does not inherit the benchmark process's peak (see peak_rss_mib), and prints it in KiB.
_LAUNCHER = (
    "import os, sys\n"
    "pid = os.fork()\n"
    "if pid == 0:\n"
    "    fd = os.open(os.devnull, os.O_WRONLY); os.dup2(fd, 1)\n"
    "    os.execv(sys.argv[1], sys.argv[1:])\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "print(usage.ru_maxrss, os.waitstatus_to_exitcode(status))\n"
)


def process_peak_rss(command: list[str], env=None) -> float:
    """The peak RSS in MiB of one run of a command (stdout discarded)."""
    output = subprocess.run([PYTHON, "-c", _LAUNCHER, *command], capture_output=True,
                            text=True, env=env, check=True).stdout.split()
    if int(output[1]) not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} exited with {output[1]}")
    return int(output[0]) / 1024


def fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 0.001:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"


# --- one phase in a fresh process (peak RSS) ------------------------------------------------


def rss_phase(size: str, phase: str) -> dict:
    """Do one phase in this (fresh) process and report its time and this process's peak RSS."""
    home = generate.workspace_dir(size)
    store = Store(home / STORE_FILE)
    baseline = peak_rss_mib()
    started = time.perf_counter()
    if phase == "open":
        pass
    elif phase == "build":
        build_structure(store)
    elif phase == "snapshot":
        load_structure(store)
    elif phase == "network":
        load_network(store)
    elif phase == "paths":
        network = load_network(store)
        target = int(json.loads(os.environ["BENCH_PATH_TARGET"]))
        introduction_paths(network, target, lambda _p: 0.0)
    elif phase == "networkx":
        structure = load_structure(store)
        build_networkx(structure)
    else:
        raise ValueError(phase)
    return {"phase": phase, "seconds": time.perf_counter() - started,
            "peak_rss_mib": peak_rss_mib(), "after_open_mib": baseline}


# --- networkx -------------------------------------------------------------------------------


def build_networkx(structure):
    """The connections as a networkx Graph on indices 0..n-1 (every edge once)."""
    import networkx as nx

    csr = structure.connections
    owners = np.repeat(np.arange(csr.node_count, dtype=np.int64), csr.degrees())
    upper = owners < csr.indices
    graph = nx.Graph()
    graph.add_nodes_from(range(csr.node_count))
    graph.add_edges_from(zip(owners[upper].tolist(), csr.indices[upper].tolist(), strict=True))
    return graph


def nx_degrees(graph, me: int) -> dict[int, int]:
    import networkx as nx

    return nx.single_source_shortest_path_length(graph, me, cutoff=3)


def nx_mutuals(graph, me: int, second: list[int]) -> dict[int, int]:
    # set.intersection(dict) walks the other person's neighbours once; it is ~45× faster
    # than graph[v].keys() & graph[me].keys() (which builds sets) on these graphs.
    mine = set(graph[me])
    return {v: len(mine.intersection(graph[v])) for v in second}


def nx_degrees_and_mutuals(graph, me: int) -> tuple[dict, dict]:
    lengths = nx_degrees(graph, me)
    second = [v for v, d in lengths.items() if d == 2]
    return lengths, nx_mutuals(graph, me, second)


# --- python-igraph (benchmark-only dependency: the `bench` extra) ----------------------------


def build_igraph(structure):
    """The connections as an igraph Graph on indices 0..n-1 (every edge once), or the reason
    why not (python-igraph is not installed)."""
    try:
        import igraph
    except ImportError:
        return None, "python-igraph is not installed (pip install -e '.[bench]')"
    csr = structure.connections
    owners = np.repeat(np.arange(csr.node_count, dtype=np.int64), csr.degrees())
    upper = owners < csr.indices
    edges = np.column_stack([owners[upper], csr.indices[upper]])
    return igraph.Graph(n=csr.node_count, edges=edges.tolist()), igraph.__version__


def ig_degrees(graph, me: int) -> list[list[int]]:
    """The 1st, 2nd and 3rd layers around me: igraph's own BFS in C (``neighborhood`` with
    ``mindist``: orders 1 and 2 are cheap, order 3 is the one full walk, as coach's)."""
    return [graph.neighborhood(me, order=layer, mindist=layer) for layer in (1, 2, 3)]


def ig_mutuals(graph, first: list[int], second: list[int]) -> np.ndarray:
    """Mutual counts of the 2nd-degree people: every neighbour list of my 1st degree in one
    C call, counted with numpy (faster than a set intersection per person, 0.86 s here)."""
    lists = graph.neighborhood(first, order=1, mindist=1)
    reached = np.fromiter((v for neighbours in lists for v in neighbours), dtype=np.int64)
    return np.bincount(reached, minlength=graph.vcount())[second]


def ig_degrees_and_mutuals(graph, me: int) -> tuple[list, np.ndarray]:
    layers = ig_degrees(graph, me)
    return layers, ig_mutuals(graph, layers[0], layers[1])


# --- the benchmark --------------------------------------------------------------------------


def bench_network(size: str, repeat: int, seed: int, with_networkx: bool,
                  with_igraph: bool = True) -> dict:
    home = generate.ensure_workspace(size, seed)
    manifest = json.loads((home / "manifest.json").read_text())
    results: dict = {"size": size, "repeat": repeat, "seed": seed, "manifest": manifest,
                     "rows": {}, "networkx": {}, "igraph": {}}
    rows, nx_rows = results["rows"], results["networkx"]
    store = Store(home / STORE_FILE)
    me_id = store.me

    say(f"[{size}] build_structure (cold) ×{repeat}")
    rows["build"], structure = timed(lambda: build_structure(store), repeat)
    rows["cold_network"], _ = timed(lambda: Network(build_structure(store), me_id), repeat)
    load_structure(store)  # makes sure the snapshot exists (builds and saves it if not)
    if store.network_cache.get(store.network_cache.revision()) is None:
        raise RuntimeError("no current snapshot after load_structure")
    say(f"[{size}] snapshot ×{repeat}")
    rows["snapshot"], structure = timed(lambda: load_structure(store), repeat)
    rows["network"], network = timed(lambda: Network(structure, me_id), repeat)
    rows["app_network"], _ = timed(lambda: load_network(store), repeat)

    links = structure.connections
    me = structure.index(me_id)
    say(f"[{size}] degrees and mutuals ×{repeat}")
    rows["degrees"], degree = timed(lambda: degrees_from(links, me), repeat)
    second = np.flatnonzero(degree == 2)
    rows["mutuals"], mutual = timed(lambda: mutual_counts(links, me)[second], repeat)

    def both():
        d = degrees_from(links, me)
        return d, mutual_counts(links, me)[np.flatnonzero(d == 2)]

    rows["degrees_mutuals"], _ = timed(both, repeat)
    counts = np.bincount(degree, minlength=5)
    results["degree_classes"] = {"1st": int(counts[1]), "2nd": int(counts[2]),
                                 "3rd": int(counts[3]), "out": int(counts[4])}

    # Introduction paths to a 3rd-degree person: a typical one (seeded pick) and the
    # best-connected one (the worst case: many 2nd-degree neighbours to walk).
    third = np.flatnonzero(network.degree == 3)
    third = third[~network.observed[third]]
    rng = np.random.default_rng(seed)
    typical = int(structure.ids[rng.choice(third)])
    hub = int(structure.ids[third[np.argmax(links.degrees()[third])]])
    strengths = tie_strengths(store, generate.ANCHOR)

    def tie(person):
        return strengths.get(person, 0.0)

    say(f"[{size}] introduction paths ×{repeat}")
    rows["paths"], paths = timed(lambda: introduction_paths(network, typical, tie), repeat)
    rows["paths_hub"], hub_paths = timed(lambda: introduction_paths(network, hub, tie), repeat)
    results["paths"] = {
        "typical": {"person": typical,
                    "connections": int(links.degrees()[structure.index(typical)]),
                    "found": len(paths)},
        "hub": {"person": hub, "connections": int(links.degrees()[structure.index(hub)]),
                "found": len(hub_paths)},
    }
    if not paths or any(len(p.person_ids) != 4 for p in paths):
        raise RuntimeError(f"unexpected paths to 3rd-degree {typical}: {paths}")

    if with_networkx:
        say(f"[{size}] networkx graph (untimed) and networkx runs ×{repeat}")
        started = time.perf_counter()
        graph = build_networkx(structure)
        results["networkx_build_seconds"] = time.perf_counter() - started
        nx_rows["degrees"], lengths = timed(lambda: nx_degrees(graph, me), repeat)
        nx_second = [v for v, d in lengths.items() if d == 2]
        nx_rows["mutuals"], nx_mutual = timed(lambda: nx_mutuals(graph, me, nx_second), repeat)
        nx_rows["degrees_mutuals"], _ = timed(lambda: nx_degrees_and_mutuals(graph, me), repeat)
        # Same answers, or the comparison means nothing.
        nx_counts = np.bincount(np.fromiter(lengths.values(), dtype=np.int64), minlength=4)
        agree_degrees = (int(nx_counts[1]), int(nx_counts[2]), int(nx_counts[3])) == (
            int(counts[1]), int(counts[2]), int(counts[3]))
        agree_mutuals = sorted(nx_second) == second.tolist() and all(
            nx_mutual[v] == int(m)
            for v, m in zip(second.tolist(), mutual.tolist(), strict=True))
        results["networkx_agrees"] = bool(agree_degrees and agree_mutuals)
        del graph, lengths, nx_mutual
        gc.collect()
    if with_igraph:
        bench_igraph(results, structure, me, repeat, counts, second, mutual)
    store.close()

    say(f"[{size}] peak RSS, one process per phase")
    env = dict(os.environ, BENCH_PATH_TARGET=str(typical))
    phases = ["open", "build", "snapshot", "network", "paths"]
    if with_networkx:
        phases.append("networkx")
    results["rss"] = {}
    for phase in phases:
        output = subprocess.run(
            [PYTHON, str(Path(__file__)), "--size", size, "--rss-phase", phase],
            capture_output=True, text=True, env=env, check=True,
        ).stdout
        results["rss"][phase] = json.loads(output)
    results["rss_this_process_mib"] = peak_rss_mib()
    return results


def bench_cli(size: str, repeat: int) -> dict:
    """``coach contacts --json`` as a process on ego-Facebook, and on the generated workspace."""
    results: dict = {}
    home = Path(tempfile.mkdtemp(prefix="coach-bench-fb-"))
    env = dict(os.environ)
    env.pop("COACH_HOME", None)
    try:
        say(f"[facebook] import {FACEBOOK.name}")
        results["import"] = run_process([COACH, "--home", str(home), "import", str(FACEBOOK),
                                         "--format", "edgelist", "--me", "0"], env=env)
        contacts = [COACH, "--home", str(home), "contacts", "--json"]
        results["first_contacts"] = run_process(contacts, env=env)  # saves the snapshot
        say(f"[facebook] coach contacts --json and the networkx script ×{repeat}")
        results["contacts"] = [run_process(contacts, env=env) for _ in range(repeat)]
        results["contacts_rss_mib"] = process_peak_rss(contacts, env)
        nx_script = [PYTHON, str(HERE / "nx_contacts.py"), str(FACEBOOK), "0"]
        results["networkx"] = [run_process(nx_script, env=env) for _ in range(repeat)]
        results["networkx_rss_mib"] = process_peak_rss(nx_script, env)
        results["python_startup"] = [run_process([PYTHON, "-c", "pass"]) for _ in range(repeat)]
        results["coach_imports"] = [
            run_process([PYTHON, "-c", "import coach.cli.main, coach.cli.commands"])
            for _ in range(repeat)]
        data = json.loads(subprocess.run(contacts, capture_output=True, env=env,
                                         check=True).stdout)
        results["facebook_contacts_listed"] = len(data)
        results["facebook_by_degree"] = {
            str(k): sum(1 for c in data if c["degree"] == k) for k in (1, 2, 3, None)}
    finally:
        shutil.rmtree(home, ignore_errors=True)
    # The same command on the generated workspace (every person: heavy on purpose).
    workspace = [COACH, "--home", str(generate.workspace_dir(size)), "contacts", "--json"]
    runs = 1 if size == "large" else repeat
    say(f"[{size}] coach contacts --json ×{runs}")
    results["workspace_contacts"] = [run_process(workspace, env) for _ in range(runs)]
    results["workspace_contacts_rss_mib"] = process_peak_rss(workspace, env)
    return results


def bench_igraph(results: dict, structure, me: int, repeat: int, counts: np.ndarray,
                 second: np.ndarray, mutual: np.ndarray) -> None:
    """igraph's degrees and mutual counts on the same graph, checked against coach's."""
    say(f"[{results['size']}] igraph graph (untimed) and igraph runs ×{repeat}")
    started = time.perf_counter()
    graph, version = build_igraph(structure)
    if graph is None:
        results["igraph_skipped"] = version
        say(f"igraph skipped: {version}")
        return
    results["igraph_build_seconds"] = time.perf_counter() - started
    results["igraph_version"] = version
    rows = results["igraph"]
    rows["degrees"], layers = timed(lambda: ig_degrees(graph, me), repeat)
    rows["mutuals"], ig_mutual = timed(lambda: ig_mutuals(graph, layers[0], layers[1]), repeat)
    rows["degrees_mutuals"], _ = timed(lambda: ig_degrees_and_mutuals(graph, me), repeat)
    found = sorted(zip(layers[1], ig_mutual.tolist(), strict=True))
    results["igraph_agrees"] = bool(
        [len(layer) for layer in layers] == [int(counts[1]), int(counts[2]), int(counts[3])]
        and found == list(zip(second.tolist(), mutual.tolist(), strict=True)))


# --- report ---------------------------------------------------------------------------------


def status(key: str, seconds: float, size: str) -> tuple[str, str]:
    """The target and PASS/MISS for a phase ("" when no target applies at this size)."""
    if key not in TARGETS:
        return "", ""
    limit, for_size = TARGETS[key]
    target = f"< {fmt_time(limit)}"
    if for_size is not None and for_size != size:
        return f"{target} @{for_size}", "n/a"
    return target, "PASS" if seconds < limit else "MISS"


def report(results: dict, cli: dict | None) -> str:
    size = results["size"]
    manifest = results["manifest"]
    classes = results["degree_classes"]
    lines = [
        f"coach network benchmark · size {size}: {manifest['stored_people']:,} people, "
        f"{manifest['stored_connections']:,} connections, "
        f"{manifest['stored_follows_active']:,} follows · seed {results['seed']} · "
        f"repeat {results['repeat']}",
        f"me = person 0 (store id 1): 1st {classes['1st']:,} · 2nd {classes['2nd']:,} · "
        f"3rd {classes['3rd']:,} · out {classes['out']:,} "
        f"(max connections {manifest['degree_classes']['max_connections']:,})",
        "",
    ]
    labels = [
        ("build", "build_structure from the store (cold, no snapshot)"),
        ("cold_network", "  cold: build_structure + Network()"),
        ("snapshot", "load_structure from the snapshot"),
        ("network", "Network() construction (hints: degrees twice)"),
        ("app_network", "  app: load_network (snapshot + Network())"),
        ("degrees", "degrees_from me"),
        ("mutuals", "mutual counts of all 2nd-degree people"),
        ("degrees_mutuals", "degrees + mutual counts"),
        ("paths", "introduction_paths to a 3rd-degree person"),
        ("paths_hub", "introduction_paths to the best-connected 3rd"),
    ]
    header = f"{'phase':<52}{'median':>10}{'min':>10}  {'target':<20}{'':<6}" \
             f"{'networkx':>10}  {'coach vs networkx':<24}{'igraph':>10}  coach vs igraph"
    lines += [header, "-" * len(header)]
    for key, label in labels:
        times = results["rows"][key]
        median = statistics.median(times)
        target, verdict = status(key, median, size)
        nx_text, ratio, ig_text, ig_ratio = "", "", "", ""
        if key in results["networkx"]:
            nx_median = statistics.median(results["networkx"][key])
            nx_text = fmt_time(nx_median)
            ratio = f"coach is {nx_median / median:,.0f}× faster" if median > 0 else ""
        if key in results.get("igraph", {}):
            ig_median = statistics.median(results["igraph"][key])
            ig_text = fmt_time(ig_median)
            ig_ratio = f"{median / ig_median:.2f}× igraph's time" if ig_median > 0 else ""
        lines.append(f"{label:<52}{fmt_time(median):>10}{fmt_time(min(times)):>10}  "
                     f"{target:<20}{verdict:<6}{nx_text:>10}  {ratio:<24}{ig_text:>10}  "
                     f"{ig_ratio}")
    paths = results["paths"]
    lines.append("")
    lines.append(f"paths: typical 3rd-degree #{paths['typical']['person']} "
                 f"({paths['typical']['connections']} connections, "
                 f"{paths['typical']['found']} paths); best-connected 3rd-degree "
                 f"#{paths['hub']['person']} ({paths['hub']['connections']} connections, "
                 f"{paths['hub']['found']} paths)")
    if "networkx_agrees" in results:
        lines.append(f"networkx: graph built in {results['networkx_build_seconds']:.1f} s "
                     f"(untimed); same degrees and mutual counts as coach: "
                     f"{'yes' if results['networkx_agrees'] else 'NO'}")
    if "igraph_agrees" in results:
        share = (statistics.median(results["rows"]["degrees_mutuals"])
                 / statistics.median(results["igraph"]["degrees_mutuals"]))
        lines.append(f"igraph {results['igraph_version']}: graph built in "
                     f"{results['igraph_build_seconds']:.1f} s (untimed); same degrees and "
                     f"mutual counts as coach: {'yes' if results['igraph_agrees'] else 'NO'}; "
                     f"coach's degrees + mutual counts take {share:.2f}× igraph's time "
                     f"(target ≤ {IGRAPH_SHARE}×: {'PASS' if share <= IGRAPH_SHARE else 'MISS'})")
    elif "igraph_skipped" in results:
        lines.append(f"igraph: skipped, {results['igraph_skipped']}")
    lines.append("")
    lines.append("peak RSS (VmHWM), one fresh process per phase: imports, open the store, "
                 "then the phase")
    names = {"open": "nothing more", "build": "build_structure (cold)",
             "snapshot": "load_structure (snapshot)", "network": "load_network",
             "paths": "load_network + introduction_paths",
             "networkx": "snapshot + networkx Graph build"}
    for phase, figures in results["rss"].items():
        lines.append(f"  {names[phase]:<36} {figures['peak_rss_mib']:>7.0f} MiB   "
                     f"(phase took {fmt_time(figures['seconds'])}; "
                     f"{figures['after_open_mib']:.0f} MiB before it)")
    lines.append(f"  {'this benchmark process (all phases)':<36} "
                 f"{results['rss_this_process_mib']:>7.0f} MiB")
    if cli:
        median = statistics.median(cli["contacts"])
        nx_median = statistics.median(cli["networkx"])
        target, verdict = status("facebook_contacts", median, size)
        lines += [
            "",
            f"whole processes on SNAP ego-Facebook (4,039 people, 88,234 connections, me = node 0;"
            f" {cli['facebook_contacts_listed']:,} contacts listed):",
            f"  {'coach import (once)':<48}{fmt_time(cli['import']):>10}",
            f"  {'coach contacts --json, first (saves snapshot)':<48}"
            f"{fmt_time(cli['first_contacts']):>10}",
            f"  {'coach contacts --json (median)':<48}{fmt_time(median):>10}   "
            f"{cli['contacts_rss_mib']:>5.0f} MiB   min {fmt_time(min(cli['contacts']))}   "
            f"target {target} {verdict}",
            f"  {'networkx script (median)':<48}{fmt_time(nx_median):>10}   "
            f"{cli['networkx_rss_mib']:>5.0f} MiB   coach is {nx_median / median:.1f}× faster",
            f"  {'python -c pass (startup floor)':<48}"
            f"{fmt_time(statistics.median(cli['python_startup'])):>10}",
            f"  {'import coach.cli.main + commands (floor)':<48}"
            f"{fmt_time(statistics.median(cli['coach_imports'])):>10}",
            f"  {f'coach contacts --json on the {size} workspace':<48}"
            f"{fmt_time(statistics.median(cli['workspace_contacts'])):>10}   "
            f"{cli['workspace_contacts_rss_mib']:>5.0f} MiB   "
            f"({len(cli['workspace_contacts'])} run(s), every person listed; no target)",
        ]
    return "\n".join(lines)


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=generate.SIZES, default="small")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument("--no-networkx", action="store_true", help="skip the networkx runs")
    parser.add_argument("--no-igraph", action="store_true", help="skip the igraph runs")
    parser.add_argument("--no-cli", action="store_true",
                        help="skip the whole-process coach contacts runs")
    parser.add_argument("--json", metavar="FILE", help="also save the raw figures as JSON")
    parser.add_argument("--rss-phase", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rss_phase:
        print(json.dumps(rss_phase(args.size, args.rss_phase)))
        return 0
    results = bench_network(args.size, max(1, args.repeat), args.seed, not args.no_networkx,
                            not args.no_igraph)
    cli = None if args.no_cli else bench_cli(args.size, max(1, args.repeat))
    print(report(results, cli))
    print(f"\n{platform.node()} · {platform.platform()} · python {platform.python_version()} · "
          f"numpy {np.__version__} · {os.cpu_count()} CPUs")
    if args.json:
        Path(args.json).write_text(json.dumps({"network": results, "cli": cli}, indent=1,
                                              default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
