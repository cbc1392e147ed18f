"""Compressed sparse row adjacency: the neighbours of node i are indices[indptr[i]:indptr[i+1]]."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

INDEX = np.int32
"""Node indices fit in 32 bits (up to 2 billion people); it halves memory and cache traffic."""


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted: like ``np.unique`` but by sorting.

    numpy 2's ``np.unique`` hashes, which is 20–60× slower than a sort on millions of
    integer keys (bench/RESULTS.md); this sorts a copy and drops repeats.
    """
    ordered = np.sort(values)
    if ordered.size < 2:
        return ordered
    keep = np.empty(ordered.size, dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


@dataclass(frozen=True, slots=True)
class CSR:
    """An adjacency list as two arrays, with sorted, duplicate-free neighbour lists."""

    indptr: np.ndarray
    indices: np.ndarray

    @classmethod
    def empty(cls, n: int) -> "CSR":
        """A graph of n nodes and no edges."""
        return cls(np.zeros(n + 1, dtype=np.int64), np.empty(0, dtype=INDEX))

    @classmethod
    def from_pairs(cls, n: int, src: np.ndarray, dst: np.ndarray,
                   symmetric: bool = False) -> "CSR":
        """Build from edge arrays of node indices; ``symmetric`` adds every edge both ways.

        Self-loops and repeated edges are dropped.
        """
        src = np.asarray(src, dtype=np.int64)
        dst = np.asarray(dst, dtype=np.int64)
        keep = src != dst
        src, dst = src[keep], dst[keep]
        if symmetric:
            src, dst = np.concatenate([src, dst]), np.concatenate([dst, src])
        if src.size == 0:
            return cls.empty(n)
        key = sorted_unique(src * n + dst)
        rows = key // n
        cols = (key % n).astype(INDEX)
        counts = np.bincount(rows, minlength=n)
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(counts, out=indptr[1:])
        return cls(indptr, cols)

    @property
    def node_count(self) -> int:
        """How many nodes the graph has."""
        return int(self.indptr.size - 1)

    @property
    def edge_count(self) -> int:
        """How many (directed) entries the arrays hold."""
        return int(self.indices.size)

    def neighbors(self, node: int) -> np.ndarray:
        """The sorted neighbour indices of one node."""
        return self.indices[self.indptr[node]:self.indptr[node + 1]]

    def degrees(self) -> np.ndarray:
        """How many neighbours each node has."""
        return np.diff(self.indptr)

    def gather(self, nodes: np.ndarray) -> np.ndarray:
        """The neighbours of all the given nodes, concatenated (with repeats)."""
        nodes = np.asarray(nodes, dtype=np.int64)
        if nodes.size == 0:
            return np.empty(0, dtype=INDEX)
        starts = self.indptr[nodes]
        lengths = self.indptr[nodes + 1] - starts
        total = int(lengths.sum())
        if total == 0:
            return np.empty(0, dtype=INDEX)
        # int32 offsets when they fit: less memory traffic in the repeat and the add.
        wide = np.int32 if max(self.indices.size, total) < 2**31 else np.int64
        shift = (starts - (np.cumsum(lengths) - lengths)).astype(wide)
        offsets = np.repeat(shift, lengths)
        offsets += np.arange(total, dtype=wide)
        return self.indices[offsets]

    def touching(self, nodes: np.ndarray, near: np.ndarray, rounds: int = 12) -> np.ndarray:
        """Those of ``nodes`` with at least one neighbour marked in ``near`` (a bool per node).

        The pull side of a frontier search: when the frontier's lists are long (the 2nd
        degree's reach millions of entries), asking each unreached node whether it touches
        the frontier reads far less, since most find a marked neighbour in a few tries. The
        first ``rounds`` neighbours are tried one at a time; whoever is left is read whole.
        """
        nodes = np.asarray(nodes, dtype=np.int64)
        position = self.indptr[nodes]
        left = self.indptr[nodes + 1] - position
        keep = left > 0
        nodes, position, left = nodes[keep], position[keep], left[keep]
        found = []
        for _ in range(rounds):
            if nodes.size == 0:
                break
            hit = near[self.indices[position]]
            found.append(nodes[hit])
            keep = left > 1
            keep &= ~hit  # one compaction a round: neither found nor out of neighbours
            nodes, position, left = nodes[keep], position[keep] + 1, left[keep] - 1
        if nodes.size:
            wide = np.int32 if self.indices.size < 2**31 else np.int64
            offsets = np.repeat((position - (np.cumsum(left) - left)).astype(wide), left)
            offsets += np.arange(offsets.size, dtype=wide)
            owners = np.repeat(nodes, left)[near[self.indices[offsets]]]  # grouped by node
            if owners.size:  # each once (np.unique would import numpy.ma: 40 ms at start)
                first = np.empty(owners.size, dtype=bool)
                first[0] = True
                np.not_equal(owners[1:], owners[:-1], out=first[1:])
                found.append(owners[first])
        return np.concatenate(found) if found else np.empty(0, dtype=np.int64)

    def has_edge(self, a: int, b: int) -> bool:
        """Whether b is among a's neighbours (binary search in a's sorted list)."""
        row = self.neighbors(a)
        position = int(np.searchsorted(row, b))
        return position < row.size and int(row[position]) == b
