"""The pull side of the frontier search gives what pushing gives: the same degrees, with or
without hints, whichever way each layer is taken, and ``CSR.touching`` is exact whatever
the number of one-at-a-time rounds before the whole lists are read."""

from __future__ import annotations

from unittest import mock

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.graph import network
from coach.graph.csr import CSR
from coach.graph.network import degrees_from


@st.composite
def graphs(draw):
    """A random undirected graph (repeats and self-loops dropped), me, and hints."""
    n = draw(st.integers(1, 60))
    nodes = st.integers(0, n - 1)
    edges = draw(st.lists(st.tuples(nodes, nodes), max_size=300))
    src = np.array([a for a, _ in edges], dtype=np.int64)
    dst = np.array([b for _, b in edges], dtype=np.int64)
    hints = draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
    return CSR.from_pairs(n, src, dst, symmetric=True), draw(nodes), np.array(hints, np.int8)


def _degrees(links, me, hints, share):
    with mock.patch.object(network, "_PULL_SHARE", share):
        return degrees_from(links, me, hints).tolist()


@settings(max_examples=200, deadline=None)
@given(graphs(), st.booleans())
def test_pulling_and_pushing_give_the_same_degrees(graph, with_hints):
    links, me, hints = graph
    hints = hints if with_hints else None
    pushed = _degrees(links, me, hints, 10**12)  # never pull
    assert _degrees(links, me, hints, 0) == pushed  # pull whenever the frontier has links
    assert _degrees(links, me, hints, network._PULL_SHARE) == pushed


@settings(max_examples=200, deadline=None)
@given(graphs(), st.data())
def test_touching_finds_exactly_the_nodes_next_to_the_marked_ones(graph, data):
    links, _me, _hints = graph
    n = links.node_count
    near = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)), dtype=bool)
    asked = sorted(data.draw(st.sets(st.integers(0, n - 1))))
    expected = [v for v in asked if near[links.neighbors(v)].any()]
    for rounds in (0, 1, 3, 12):
        found = links.touching(np.array(asked, dtype=np.int64), near, rounds)
        assert sorted(found.tolist()) == expected
