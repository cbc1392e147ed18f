"""Degrees, mutual connections and follower status on real public graphs, checked against
independent computations written here (plain breadth-first search and set counts)."""

from __future__ import annotations

import json
from collections import Counter, deque

import pytest

from coach.graph.loading import load_structure
from coach.graph.network import Network
from coach.importers.edgelist import import_edge_list
from coach.model import Degree
from coach.store import Store
from tests.conftest import dataset

FACEBOOK_EGOS = ["0", "107", "348", "414", "686", "698", "1684", "1912", "3437", "3980"]
WIKI_NODES = ["30", "2565", "4037", "3", "15", "28"]


def _read_pairs(path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text().splitlines():
        fields = line.split()
        if len(fields) >= 2 and not line.startswith("#"):
            pairs.append((fields[0], fields[1]))
    return pairs


def _bfs_layers(adjacency: dict[str, set[str]], me: str) -> dict[str, int]:
    distance = {me: 0}
    queue = deque([me])
    while queue:
        node = queue.popleft()
        if distance[node] == 3:
            continue
        for other in adjacency[node]:
            if other not in distance:
                distance[other] = distance[node] + 1
                queue.append(other)
    return distance


@pytest.fixture(scope="module")
def facebook(tmp_path_factory):
    path = dataset("snap-ego-facebook", "facebook_combined.txt")
    store = Store(tmp_path_factory.mktemp("fb") / "coach.sqlite3")
    report = import_edge_list(store, path)
    adjacency: dict[str, set[str]] = {}
    for a, b in _read_pairs(path):
        adjacency.setdefault(a, set()).add(b)
        adjacency.setdefault(b, set()).add(a)
    refs = {person.id: person.ref for person in store.people.all()}
    yield store, load_structure(store), adjacency, refs, report
    store.close()


def test_facebook_import_counts(facebook):
    store, structure, adjacency, _refs, report = facebook
    assert report.counts["edge lines read"] == 88_234
    assert report.counts["connections added"] == 88_234
    assert report.counts["people added"] == 4_039 == structure.size == len(adjacency)
    assert store.connections.count() == 88_234


@pytest.mark.parametrize("ego", FACEBOOK_EGOS)
def test_facebook_degrees_match_an_independent_bfs(facebook, ego):
    store, structure, adjacency, refs, _report = facebook
    network = Network(structure, store.people.by_ref(ego).id)
    expected = _bfs_layers(adjacency, ego)
    classes = Counter()
    for index, person_id in enumerate(structure.ids.tolist()):
        ref = refs[person_id]
        degree = int(network.degree[index])
        assert degree == expected.get(ref, int(Degree.OUT_OF_NETWORK)), ref
        classes[degree] += 1
    # Every person falls in exactly one class, and the classes cover everyone.
    assert sum(classes.values()) == len(adjacency) == structure.size
    assert classes[0] == 1
    published = json.loads(dataset("snap-ego-facebook", "expected_networkx.json").read_text())
    counts = network.counts_by_degree()
    assert counts[Degree.FIRST] == published["me"][ego]["degree_1"]
    assert counts[Degree.SECOND] == published["me"][ego]["degree_2"]
    assert counts[Degree.THIRD] == published["me"][ego]["degree_3"]
    assert counts[Degree.OUT_OF_NETWORK] == published["me"][ego]["beyond_3_reachable"]


@pytest.mark.parametrize("ego", ["0", "107", "414", "3980"])
def test_facebook_mutual_counts_match_set_intersections(facebook, ego):
    store, structure, adjacency, refs, _report = facebook
    network = Network(structure, store.people.by_ref(ego).id)
    mine = adjacency[ego]
    ids = structure.ids.tolist()
    for index, person_id in enumerate(ids):
        ref = refs[person_id]
        if ref == ego:
            continue
        assert int(network.mutual[index]) == len(adjacency[ref] & mine), ref
    # The list for one person names exactly the shared connections.
    second = [ids[i] for i in network.indices_at(Degree.SECOND)][:25]
    for person_id in second:
        listed = {refs[i] for i in network.mutual_connections(person_id)}
        assert listed == adjacency[refs[person_id]] & mine


def test_facebook_pair_checks_from_the_dataset(facebook):
    store, structure, adjacency, _refs, _report = facebook
    checks = json.loads(dataset("snap-ego-facebook", "expected_networkx.json").read_text())
    for pair, expected in checks["pair_checks"].items():
        a, b = pair.split("-")
        network = Network(structure, store.people.by_ref(a).id)
        other = store.people.by_ref(b).id
        assert len(network.mutual_connections(other)) == expected["mutuals"]
        assert len(adjacency[a] & adjacency[b]) == expected["mutuals"]
        distance = expected["distance"]
        assert network.degree_of(other) == Degree(min(distance, 4))


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    path = dataset("snap-wiki-vote", "Wiki-Vote.txt")
    store = Store(tmp_path_factory.mktemp("wiki") / "coach.sqlite3")
    report = import_edge_list(store, path, directed=True)
    pairs = set(_read_pairs(path))
    yield store, load_structure(store), pairs, report
    store.close()


def test_wiki_vote_imports_every_vote_as_a_follow(wiki):
    store, structure, pairs, report = wiki
    assert report.counts["follows added"] == len(pairs) == 103_689
    assert store.follows.count() == 103_689
    assert store.connections.count() == 0
    assert structure.size == 7_115


@pytest.mark.parametrize("node", WIKI_NODES)
def test_wiki_vote_follower_status_matches_a_direct_count(wiki, node):
    store, structure, pairs, _report = wiki
    network = Network(structure, store.people.by_ref(node).id)
    refs = {person.id: person.ref for person in store.people.all()}
    followers = {a for a, b in pairs if b == node}
    following = {b for a, b in pairs if a == node}
    ids = structure.ids.tolist()
    assert {refs[ids[i]] for i in network.follows_me.nonzero()[0]} == followers
    assert {refs[ids[i]] for i in network.i_follow.nonzero()[0]} == following
    # Follows are not connections: nobody is 1st degree in a follow-only graph.
    assert network.counts_by_degree()[Degree.FIRST] == 0
    assert len(network.followers_not_connected()) == len(followers)


def test_wiki_vote_counts_match_the_published_figures(wiki):
    store, structure, _pairs, _report = wiki
    published = json.loads(dataset("snap-wiki-vote", "expected_networkx.json").read_text())
    for node, expected in published["me"].items():
        network = Network(structure, store.people.by_ref(node).id)
        assert int(network.follows_me.sum()) == expected["followers(in)"]
        assert int(network.i_follow.sum()) == expected["following(out)"]
        assert int((network.follows_me & network.i_follow).sum()) == expected["mutual_follow(both)"]
