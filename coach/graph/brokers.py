"""Brokers: my connections who bridge my circles or lead to people no one else leads to.

A broker is ranked by Burt's effective size in my ego network: how many of my other
connections they know, less the redundancy among those (``n - 2t/n`` for n ties and t links
among them). It reads as "how many separate groups of people they put you in touch with",
and it costs a triangle count with numpy, where betweenness costs a search from every
person (9.6 s for 64 sampled searches on ego-Facebook's 4,039 people). Beside it: which
circles they link, and how many of my 2nd-degree people they are the only way to.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from coach.graph.circles import OTHER, Circles, EgoGraph
from coach.graph.csr import CSR, sorted_unique
from coach.graph.network import Network
from coach.model import Degree

BRIDGE_TIES = 2
"""Someone links a circle that is not theirs when they know at least this many of its people
(one acquaintance in a circle is not a bridge into it)."""

ONLY_ROUTE_MIN = 5
"""Someone who is the only link to at least this many 2nd-degree people is a broker even
without bridging circles."""

MAX_BROKERS = 10
"""At most this many brokers, best first."""

DENSE_UP_TO = 6000
"""Up to this many connections, links are looked up in an n×n table (36 MB at most, for a
moment) rather than by binary search."""

MAX_BRIDGED = 3
"""At most this many circles named for one broker, the most linked first."""


@dataclass(frozen=True, slots=True)
class BrokerPlace:
    """One broker: their network index, the circles they link (their own first, then by
    how many people they know there) and the two measures."""

    index: int
    bridges: tuple[int, ...]
    effective_size: float
    only_route: int


def effective_sizes(links: CSR) -> np.ndarray:
    """Burt's effective size of every node of an undirected graph: n - 2t/n."""
    degree = links.degrees().astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        size = degree - 2.0 * triangles(links) / degree
    return np.where(degree > 0, size, 0.0)


def triangles(links: CSR) -> np.ndarray:
    """How many triangles each node of an undirected graph is in.

    Each link points from the lower to the higher (degree, node) rank, so every triangle is
    one pair of out-neighbours of its lowest node, looked up among the sorted link keys.
    """
    n = links.node_count
    counts = np.zeros(n, dtype=np.int64)
    if links.edge_count == 0:
        return counts
    degree = links.degrees()
    rank = np.empty(n, dtype=np.int64)
    rank[np.lexsort((np.arange(n), degree))] = np.arange(n)
    source = np.repeat(np.arange(n, dtype=np.int64), degree)
    target = links.indices.astype(np.int64)
    up = rank[source] < rank[target]
    forward = CSR.from_pairs(n, source[up], target[up])
    low, high = np.minimum(source, target), np.maximum(source, target)
    keys = sorted_unique(low * n + high)
    # Every pair (i < j) of positions within one out-neighbour list, without a Python loop.
    out_degree = forward.degrees()
    place = np.arange(forward.edge_count, dtype=np.int64)
    row_end = np.repeat(forward.indptr[1:], out_degree)
    after = row_end - place - 1  # how many later positions each position pairs with
    total = int(after.sum())
    if total == 0:
        return counts
    starts = place + 1
    offsets = np.repeat(starts - (np.cumsum(after) - after), after) + np.arange(total)
    first = np.repeat(forward.indices.astype(np.int64), after)
    second = forward.indices[offsets].astype(np.int64)
    corner = np.repeat(np.repeat(np.arange(n, dtype=np.int64), out_degree), after)
    key = np.minimum(first, second) * n + np.maximum(first, second)
    if n <= DENSE_UP_TO:  # a lookup table: much faster than a binary search per pair
        linked = np.zeros(n * n, dtype=bool)
        linked[keys] = True
        closed = linked[key]
    else:
        spot = np.minimum(np.searchsorted(keys, key), keys.size - 1)
        closed = keys[spot] == key
    for ends in (corner, first, second):
        counts += np.bincount(ends[closed], minlength=n)
    return counts


def only_routes(network: Network, ego: EgoGraph) -> np.ndarray:
    """For each of my connections (by ego position), how many 2nd-degree people know no
    other connection of mine (by known links)."""
    structure = network.structure
    connections = structure.connections
    second = network.indices_at(Degree.SECOND).astype(np.int64)
    counts = np.zeros(ego.size, dtype=np.int64)
    if second.size == 0 or ego.size == 0:
        return counts
    lengths = connections.indptr[second + 1] - connections.indptr[second]
    owner = np.repeat(np.arange(second.size), lengths)
    reached = connections.gather(second)
    first = network.degree[reached] == int(Degree.FIRST)
    per_person = np.bincount(owner[first], minlength=second.size)
    sole = first & (per_person[owner] == 1)
    position = np.searchsorted(ego.nodes, reached[sole])
    return np.bincount(position, minlength=ego.size)


def find_brokers(network: Network, ego: EgoGraph, circles: Circles) -> tuple[BrokerPlace, ...]:
    """Everyone of my ego network who links two circles or more, or who is the only link
    to ``ONLY_ROUTE_MIN`` 2nd-degree people, best first: by effective size, then by people
    only they lead to (the caller leaves out who must not be asked, and keeps the first
    ``MAX_BROKERS``)."""
    if ego.size == 0:
        return ()
    sizes = effective_sizes(ego.links)
    sole = only_routes(network, ego)
    owner = np.repeat(np.arange(ego.size, dtype=np.int64), ego.links.degrees())
    their = circles.circle_of[ego.links.indices]
    named = their != OTHER
    ties = np.zeros((ego.size, max(circles.count, 1)), dtype=np.int64)
    np.add.at(ties, (owner[named], their[named]), 1)
    own = circles.circle_of
    linking = ties >= BRIDGE_TIES
    members = own != OTHER
    linking[np.flatnonzero(members), own[members]] = True
    bridging = linking.sum(axis=1) >= 2
    chosen = bridging | (sole >= ONLY_ROUTE_MIN)
    candidates = np.flatnonzero(chosen)
    order = np.lexsort((candidates, -sole[candidates], -sizes[candidates]))
    places = []
    for position in candidates[order].tolist():
        mine = int(own[position])
        others = [c for c in np.flatnonzero(linking[position]).tolist() if c != mine]
        others.sort(key=lambda c: (-int(ties[position, c]), c))
        bridges = ([mine] if mine != OTHER else []) + others
        places.append(BrokerPlace(int(ego.nodes[position]), tuple(bridges[:MAX_BRIDGED]),
                                  round(float(sizes[position]), 2), int(sole[position])))
    return tuple(places)
