"""The networkx equivalent of ``coach contacts --json`` on an edge list, run as a process.

    /work/venv/bin/python bench/nx_contacts.py EDGELIST ME [--degree N] > /dev/null

Reads the edge list with networkx, runs a breadth-first search from ME (cutoff 3: 1st, 2nd,
3rd degree, everything else out of network), counts mutual connections with ME by set
intersections (for everyone, or only for the people of ``--degree N``, as ``coach contacts
--degree N`` does), sorts like coach (degree, most mutuals, id) and prints one JSON list. It
prints fewer fields per person than coach (no names, follows, flags…), so it is a lower
bound for what a networkx-based implementation would cost.
"""

from __future__ import annotations

import argparse
import json
import sys

import networkx as nx


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("me")
    parser.add_argument("--degree", type=int, help="only people of this degree (1, 2 or 3)")
    args = parser.parse_args(argv)
    graph = nx.read_edgelist(args.path, comments="#", nodetype=str)
    graph.remove_edges_from(nx.selfloop_edges(graph))
    degree = nx.single_source_shortest_path_length(graph, args.me, cutoff=3)
    mine = set(graph[args.me])
    rows = []
    for node in graph:
        if node == args.me or (args.degree is not None and degree.get(node) != args.degree):
            continue
        rows.append({
            "ref": node,
            "degree": degree.get(node),
            "mutual_connections": len(mine.intersection(graph[node])),
        })
    rows.sort(key=lambda row: (row["degree"] or 4, -row["mutual_connections"], row["ref"]))
    sys.stdout.write(json.dumps(rows, ensure_ascii=False))
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
