"""The network seen from me: degrees, mutual connections, follower status, flags.

Everything here is computed once when a ``Network`` is made (once per change of the
network or of who "me" is) with vectorised frontier searches; looking up one person
afterwards only reads arrays.
"""

from __future__ import annotations

import numpy as np

from coach.graph.csr import CSR
from coach.graph.structure import Structure
from coach.model import Degree, FollowStatus

_OUT = np.int8(Degree.OUT_OF_NETWORK)
_PULL_SHARE = 4
"""Pull a layer (each unreached node looks for the frontier) when the frontier's lists hold
more than this many entries per unreached node: at 100k people / 2M connections the 2nd
degree's lists hold 1.8M entries for 77k unreached people, and pulling takes a fraction of
the time (bench/RESULTS.md)."""


def degrees_from(connections: CSR, me: int, hint_degree: np.ndarray | None = None) -> np.ndarray:
    """Degree of every node from ``me``: 0 for me, 1–3 by known links, 4 beyond.

    A degree hint (1–3) counts only where the known links give no shorter path: hinted
    people join the frontier of their layer, so their own connections are one step further.
    """
    n = connections.node_count
    degree = np.full(n, _OUT, dtype=np.int8)
    degree[me] = 0
    frontier = np.array([me], dtype=np.int64)
    mark = np.empty(n, dtype=bool)
    lengths = connections.degrees()
    for layer in (1, 2, 3):
        # Mark the layer instead of removing repeats (np.unique hashes: slow on millions).
        mark[:] = False
        unreached = np.flatnonzero(degree == _OUT)
        if int(lengths[frontier].sum()) > _PULL_SHARE * unreached.size:
            # a wide frontier (the 2nd degree): the unreached ask whether they touch it
            near = np.zeros(n, dtype=bool)
            near[frontier] = True
            mark[connections.touching(unreached, near)] = True
        else:
            mark[connections.gather(frontier)] = True
        if hint_degree is not None:
            mark |= hint_degree == layer
        mark &= degree == _OUT
        reached = np.flatnonzero(mark)
        if reached.size == 0:
            break
        degree[reached] = layer
        frontier = reached
    return degree


def mutual_counts(connections: CSR, me: int) -> np.ndarray:
    """For every node, how many of my 1st-degree connections it is connected to."""
    reached = connections.gather(connections.neighbors(me))
    counts = np.bincount(reached, minlength=connections.node_count).astype(np.int32)
    counts[me] = 0
    return counts


class Network:
    """Connections and follows from the point of view of one person, "me"."""

    def __init__(self, structure: Structure, me_id: int | None) -> None:
        self.structure = structure
        self.me_id = me_id
        self.me = structure.index(me_id) if me_id is not None else None
        n = structure.size
        if self.me is None:
            self.degree = np.full(n, _OUT, dtype=np.int8)
            self.mutual = structure.hint_mutual.copy()
            self.follows_me = np.zeros(n, dtype=bool)
            self.i_follow = np.zeros(n, dtype=bool)
            self.shares_group = np.zeros(n, dtype=bool)
            self.coworker = np.zeros(n, dtype=bool)
            self.observed = np.zeros(n, dtype=bool)
            return
        hinted = structure.hint_degree.copy()
        hinted[hinted == _OUT] = 0
        self.degree = degrees_from(structure.connections, self.me, hinted)
        if hinted.any():
            linked = degrees_from(structure.connections, self.me)
            self.observed = self.degree != linked
        else:
            self.observed = np.zeros(n, dtype=bool)
        self.mutual = np.maximum(mutual_counts(structure.connections, self.me),
                                 structure.hint_mutual)
        self.mutual[self.me] = 0
        self.follows_me, self.i_follow = self._follow_status()
        self.shares_group = self._shares_group()
        company = structure.company
        self.coworker = (company == company[self.me]) & (company != 0)
        self.coworker[self.me] = False

    # --- whole-network views -------------------------------------------------------------

    @property
    def size(self) -> int:
        """How many people the network holds, me included."""
        return self.structure.size

    def counts_by_degree(self) -> dict[Degree, int]:
        """How many people sit at each degree (me excluded)."""
        counts = np.bincount(self.degree, minlength=5)
        return {degree: int(counts[degree]) for degree in Degree if degree is not Degree.ME}

    def indices_at(self, degree: Degree) -> np.ndarray:
        """The indices of everyone at one degree."""
        return np.flatnonzero(self.degree == int(degree))

    def followers_not_connected(self) -> np.ndarray:
        """Indices of people who follow me without being my connections."""
        return np.flatnonzero(self.follows_me & (self.degree != int(Degree.FIRST)))

    # --- one person ----------------------------------------------------------------------

    def index(self, person_id: int) -> int | None:
        """The index of a store id, or None."""
        return self.structure.index(person_id)

    def degree_of(self, person_id: int) -> Degree:
        """My degree to one person (out of network when unknown)."""
        index = self.index(person_id)
        return Degree.OUT_OF_NETWORK if index is None else Degree(int(self.degree[index]))

    def degree_is_observed(self, person_id: int) -> bool:
        """True when the degree comes from a hint, not from known links."""
        index = self.index(person_id)
        return index is not None and bool(self.observed[index])

    def follow_status(self, person_id: int) -> FollowStatus:
        """Whether they follow me and whether I follow them."""
        index = self.index(person_id)
        if index is None:
            return FollowStatus(False, False)
        return FollowStatus(bool(self.follows_me[index]), bool(self.i_follow[index]))

    def mutual_connections(self, person_id: int) -> list[int]:
        """The store ids of the connections we share (my connections linked to them)."""
        index = self.index(person_id)
        if index is None or self.me is None or index == self.me:
            return []
        links = self.structure.connections
        shared = np.intersect1d(links.neighbors(index), links.neighbors(self.me),
                                assume_unique=True)
        return [int(x) for x in self.structure.ids[shared]]

    def connections_of(self, person_id: int) -> list[int]:
        """The store ids of one person's known connections."""
        index = self.index(person_id)
        if index is None:
            return []
        return [int(x) for x in self.structure.ids[self.structure.connections.neighbors(index)]]

    # --- internals -----------------------------------------------------------------------

    def _follow_status(self) -> tuple[np.ndarray, np.ndarray]:
        """LinkedIn's rule: connections follow each other unless an unfollow is recorded."""
        s, me, n = self.structure, self.me, self.structure.size
        connected = np.zeros(n, dtype=bool)
        connected[s.connections.neighbors(me)] = True
        follows_me = connected.copy()
        i_follow = connected.copy()
        follows_me[s.follows_in.neighbors(me)] = True
        i_follow[s.follows_out.neighbors(me)] = True
        # An unfollow recorded by them (they → me) or by me (me → them) ends that direction.
        unfollowed_me = _sources_of(s.unfollowed, me)
        follows_me[unfollowed_me] = False
        i_follow[s.unfollowed.neighbors(me)] = False
        follows_me[me] = i_follow[me] = False
        return follows_me, i_follow

    def _shares_group(self) -> np.ndarray:
        """Who belongs to at least one of my groups."""
        groups = self.structure.groups
        mine = groups.neighbors(self.me)
        if mine.size == 0:
            return np.zeros(self.size, dtype=bool)
        member_groups = groups.indices
        hit = np.isin(member_groups, mine)
        owners = np.repeat(np.arange(self.size), groups.degrees())
        shares = np.zeros(self.size, dtype=bool)
        shares[owners[hit]] = True
        shares[self.me] = False
        return shares


def _sources_of(graph: CSR, target: int) -> np.ndarray:
    """Nodes with an edge into ``target`` (a column scan; the unfollow graph is small)."""
    if graph.edge_count == 0:
        return np.empty(0, dtype=np.int64)
    owners = np.repeat(np.arange(graph.node_count), graph.degrees())
    return owners[graph.indices == target]
