"""Property tests: the numpy network core against networkx and numpy's own unique, on random graphs."""

from __future__ import annotations

import networkx as nx
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.graph.csr import CSR, sorted_unique
from coach.graph.network import degrees_from, mutual_counts
from coach.importers.edgelist import _distinct_pairs


@st.composite
def graphs(draw):
    """A random undirected graph as (n, edge pairs with repeats and self-loops, me)."""
    n = draw(st.integers(1, 40))
    nodes = st.integers(0, n - 1)
    edges = draw(st.lists(st.tuples(nodes, nodes), max_size=120))
    me = draw(nodes)
    return n, edges, me


def _csr(n, edges):
    src = np.array([a for a, _ in edges], dtype=np.int64)
    dst = np.array([b for _, b in edges], dtype=np.int64)
    return CSR.from_pairs(n, src, dst, symmetric=True)


@settings(max_examples=150, deadline=None)
@given(graphs())
def test_degrees_and_mutual_counts_match_networkx(graph):
    n, edges, me = graph
    links = _csr(n, edges)
    reference = nx.Graph()
    reference.add_nodes_from(range(n))
    reference.add_edges_from((a, b) for a, b in edges if a != b)

    lengths = nx.single_source_shortest_path_length(reference, me, cutoff=3)
    expected = np.full(n, 4, dtype=np.int8)
    for node, length in lengths.items():
        expected[node] = length
    assert degrees_from(links, me).tolist() == expected.tolist()

    mine = set(reference[me])
    counts = mutual_counts(links, me)
    for node in range(n):
        if node != me:
            assert counts[node] == len(mine.intersection(reference[node]))
    assert counts[me] == 0

    for node in range(n):
        assert links.neighbors(node).tolist() == sorted(reference[node])


@settings(max_examples=100, deadline=None)
@given(graphs(), st.lists(st.integers(0, 3), min_size=40, max_size=40))
def test_hints_join_the_frontier_of_their_layer(graph, hints):
    """A hinted person takes its layer where links give nothing shorter; its links go one step on."""
    n, edges, me = graph
    links = _csr(n, edges)
    hint = np.array(hints[:n], dtype=np.int8)
    degree = degrees_from(links, me, hint)
    # Reference: a layer-by-layer BFS with sets, written independently of the numpy code.
    expected = {me: 0}
    frontier = {me}
    for layer in (1, 2, 3):
        reached = {int(v) for u in frontier for v in links.neighbors(u)}
        reached |= {int(v) for v in np.flatnonzero(hint == layer)}
        reached -= expected.keys()
        if not reached:
            break
        expected.update(dict.fromkeys(reached, layer))
        frontier = reached
    assert degree.tolist() == [expected.get(node, 4) for node in range(n)]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(-2**40, 2**40), max_size=200))
def test_sorted_unique_is_numpy_unique(values):
    array = np.array(values, dtype=np.int64)
    assert sorted_unique(array).tolist() == np.unique(array).tolist()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 10**6), st.integers(1, 10**6)), max_size=200))
def test_distinct_pairs_is_numpy_unique_by_rows(pairs):
    src = np.array([a for a, _ in pairs], dtype=np.int64)
    dst = np.array([b for _, b in pairs], dtype=np.int64)
    expected = np.unique(np.stack([src, dst], axis=1), axis=0) if pairs else np.empty((0, 2))
    assert _distinct_pairs(src, dst).tolist() == expected.tolist()
