"""The networkx equivalent of ``coach contacts --json`` on an edge list, run as a process.

    /work/venv/bin/python bench/nx_contacts.py EDGELIST ME > /dev/null

Reads the edge list with networkx, runs a breadth-first search from ME (cutoff 3: 1st, 2nd,
3rd degree, everything else out of network), counts mutual connections of every person
with ME by set intersections, sorts like coach (degree, most mutuals, id) and prints one
JSON list. It prints fewer fields per person than coach (no names, follows, flags…), so it
is a lower bound for what a networkx-based implementation would cost.
"""

from __future__ import annotations

import json
import sys

import networkx as nx


def main(path: str, me: str) -> int:
    graph = nx.read_edgelist(path, comments="#", nodetype=str)
    graph.remove_edges_from(nx.selfloop_edges(graph))
    degree = nx.single_source_shortest_path_length(graph, me, cutoff=3)
    mine = set(graph[me])
    rows = []
    for node in graph:
        if node == me:
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
    sys.exit(main(sys.argv[1], sys.argv[2]))
