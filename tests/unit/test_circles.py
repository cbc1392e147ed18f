"""Circles and brokers (issue 20): on a hand-made network whose answers are known, on the
demo, and against networkx on a real graph.

The hand-made network, all my connections but the 2nd-degree people s1…s6:

    circle A: a1 a2 a3 a4 (all linked)      circle B: b1 b2 b3 b4 (all linked)
    a4 also knows b1 and b2 (a bridge)      lone knows none of my connections, but is
    pair: p1 ── p2                           the only link to s1…s5; s6 knows a1 and b1
"""

from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import pytest

from coach.graph.brokers import effective_sizes, triangles
from coach.graph.circle_traits import COMPANY, PLACE, WORD, TraitCounts, person_traits
from coach.graph.circles import OTHER, ego_graph, find_circles
from coach.graph.csr import CSR
from coach.graph.loading import load_network
from coach.graph.network_map import circle_shape
from coach.model import Person
from coach.service import NetworkService
from tests.conftest import dataset


@pytest.fixture
def shaped(workspace):
    """The network drawn above, in a workspace; returns the store ids by key."""
    store = workspace.store
    ids = {"me": store.people.add(ref="me", first_name="Camille", last_name="Laurent",
                                  company="Orbiteo", location="Lyon, France")}
    for key in ("a1", "a2", "a3", "a4"):
        ids[key] = store.people.add(ref=key, first_name=key.upper(), last_name="Alpha",
                                    company="Orbiteo", headline="Product Manager chez Orbiteo",
                                    location="Lyon, France")
    for key in ("b1", "b2", "b3", "b4"):
        ids[key] = store.people.add(ref=key, first_name=key.upper(), last_name="Beta",
                                    company="Cartalis", headline="Data Scientist | IA",
                                    location="Paris, France")
    for key in ("p1", "p2", "lone", "s1", "s2", "s3", "s4", "s5", "s6"):
        ids[key] = store.people.add(ref=key, first_name=key.upper(), last_name="Other")
    links = [*itertools.combinations(("a1", "a2", "a3", "a4"), 2),
             *itertools.combinations(("b1", "b2", "b3", "b4"), 2),
             ("a4", "b1"), ("a4", "b2"), ("p1", "p2"),
             *[("lone", f"s{i}") for i in range(1, 6)], ("s6", "a1"), ("s6", "b1")]
    links += [("me", key) for key in ids if key[0] in "abp" or key == "lone"]
    for a, b in links:
        store.connections.add(ids[a], ids[b], "test")
    store.set_me(ids["me"])
    return ids


def test_the_ego_network_is_my_connections_without_me(workspace, shaped):
    network = load_network(workspace.store)
    ego = ego_graph(network)
    people = {int(network.structure.ids[i]) for i in ego.nodes.tolist()}
    assert people == {shaped[k] for k in shaped if k[0] in "abp" or k == "lone"}
    assert ego.links.edge_count // 2 == 6 + 6 + 2 + 1  # two cliques, the bridge, the pair


def test_circles_brokers_and_other(workspace, shaped):
    network = load_network(workspace.store)
    shape = circle_shape(network)
    ids = network.structure.ids
    circles = [{int(ids[shape.ego.nodes[p]]) for p in members.tolist()}
               for members in shape.circles.members]
    assert sorted(circles, key=min) == [{shaped[k] for k in ("a1", "a2", "a3", "a4")},
                                        {shaped[k] for k in ("b1", "b2", "b3", "b4")}]
    other = {int(ids[shape.ego.nodes[p]]) for p in shape.circles.other.tolist()}
    assert other == {shaped["p1"], shaped["p2"], shaped["lone"]}  # a pair is not a circle
    brokers = {int(ids[place.index]): place for place in shape.brokers}
    assert set(brokers) == {shaped["a4"], shaped["lone"]}
    assert len(brokers[shaped["a4"]].bridges) == 2  # its own circle and the other
    assert brokers[shaped["lone"]].only_route == 5 and brokers[shaped["lone"]].bridges == ()


def test_the_map_describes_circles_in_the_people_s_words(workspace, shaped):
    service = NetworkService(workspace)
    network_map = service.network_map()
    labels = {circle.label: circle for circle in network_map.circles}
    assert set(labels) == {"Orbiteo · Lyon", "Cartalis · Paris"}
    assert labels["Orbiteo · Lyon"].colleagues and not labels["Cartalis · Paris"].colleagues
    cartalis = labels["Cartalis · Paris"]
    assert [t.text for t in cartalis.traits] == ["Cartalis", "Paris", "Data"]
    assert network_map.other.size == 3
    a4 = network_map.broker(shaped["a4"])
    assert a4 is not None and network_map.circle(a4.circle).label == "Orbiteo · Lyon"


def test_the_shape_is_kept_until_the_network_changes(demo_service):
    first = demo_service.network_map()
    cache = demo_service.state.circles
    assert cache.computed == 1
    broker = first.brokers[0].person_id
    demo_service.tag(broker, ["do-not-contact"])  # not a network change: no new Louvain
    second = demo_service.network_map()
    assert second is not first and cache.computed == 1
    assert second.broker(broker) is None  # never ask someone not to contact
    store = demo_service.store
    me = demo_service.me()
    new = store.people.add(ref="new-one", first_name="New", last_name="One")
    store.connections.add(me, new, "test")
    demo_service.changed()
    third = demo_service.network_map()
    assert cache.computed == 2 and third.connections == first.connections + 1


def test_the_demo_map_names_the_orbiteo_colleagues_and_other_circles(demo_service):
    network_map = demo_service.network_map()
    colleagues = [c for c in network_map.circles if c.colleagues]
    assert len(colleagues) == 1 and colleagues[0].label.startswith("Orbiteo")
    people = demo_service.people()
    assert sum(people[p].company == "Orbiteo" for p in colleagues[0].members) >= 6
    others = [c for c in network_map.circles if not c.colleagues and c.traits]
    assert any(c.traits[0].text == "Cartalis" for c in others)
    for circle in network_map.circles:
        assert circle.size >= 3 and circle.last_contact is not None
    assert network_map.brokers, "the demo has people who link its circles"


def test_the_same_circles_on_two_runs(demo_workspace, tmp_path):
    from coach.demo import load_demo
    from coach.workspace import Workspace

    with Workspace(tmp_path / "again") as again:
        load_demo(again.store)
        maps = [NetworkService(w).network_map().to_json() for w in (demo_workspace, again)]
    assert maps[0] == maps[1]


def test_broker_facts_and_advice(demo_service):
    network_map = demo_service.network_map()
    broker = next(b for b in network_map.brokers if len(b.bridges) >= 2)
    facts = demo_service.facts(broker.person_id)
    assert facts["is_broker"] is True
    assert facts["circle"] == network_map.circle(broker.circle).label
    assert facts["circle_size"] == network_map.circle(broker.circle).size
    assert network_map.circle(broker.bridges[1]).label in facts["bridges_circles"]
    member = next(p for p in network_map.circles[0].members if not network_map.broker(p))
    assert demo_service.facts(member)["is_broker"] is False
    assert demo_service.facts(member)["bridges_circles"] is None
    second = int(demo_service.network.structure.ids[demo_service.network.indices_at(2)[0]])
    assert demo_service.facts(second)["circle"] is None
    advised = [item.rule_id for item in demo_service.advice(broker.person_id)]
    if not demo_service.facts(broker.person_id)["coworker"]:
        assert "first-ask-broker" in advised


def test_traits_skip_stop_words_companies_and_job_filler():
    person = Person(1, "Léa", "Dupont", headline="Senior Product Manager chez Orbiteo | Data "
                    "& IA | Lean and agile", company="Orbiteo", location="Lyon, Auvergne")
    traits = person_traits(person)
    words = {text for (kind, _), text in traits.items() if kind == WORD}
    assert words == {"Product", "Data", "IA", "Lean", "agile"}
    assert traits[(COMPANY, "orbiteo")] == "Orbiteo" and traits[(PLACE, "lyon")] == "Lyon"
    freelance = person_traits(Person(2, "Max", "M", company="Freelance", location=""))
    assert freelance == {}


def test_a_trait_everyone_has_does_not_name_a_circle():
    people = [{(PLACE, "lyon"): "Lyon", (COMPANY, "acme"): "Acme"}] * 3 + \
             [{(PLACE, "lyon"): "Lyon"}] * 7
    traits = TraitCounts(people).describe(people[:4])
    assert [t.text for t in traits] == ["Acme"]


def _csr(graph):
    nodes = sorted(graph)
    at = {node: i for i, node in enumerate(nodes)}
    a = np.array([at[u] for u, v in graph.edges()])
    b = np.array([at[v] for u, v in graph.edges()])
    return nodes, CSR.from_pairs(len(nodes), a, b, symmetric=True)


def test_triangles_match_networkx_on_ego_facebook():
    edges = np.loadtxt(dataset("snap-ego-facebook", "facebook_combined.txt"), dtype=np.int64)
    graph = nx.Graph()
    graph.add_edges_from(edges[:20000].tolist())
    nodes, links = _csr(graph)
    expected = nx.triangles(graph)
    assert triangles(links).tolist() == [expected[node] for node in nodes]


def test_effective_size_matches_networkx():
    graph = nx.gnm_random_graph(150, 900, seed=3)  # networkx's effective_size is slow
    graph.add_node(150)  # alone: 0 here, NaN in networkx
    nodes, links = _csr(graph)
    expected = nx.effective_size(graph)
    found = effective_sizes(links)
    assert np.allclose(found[:150], [expected[node] for node in nodes[:150]])
    assert found[150] == 0


def test_no_me_or_no_links_gives_no_circles(store):
    lone = store.people.add(ref="solo", first_name="Solo", last_name="Me")
    network = load_network(store, lone)
    shape = circle_shape(network)
    assert shape.circles.count == 0 and shape.brokers == ()
    assert find_circles(ego_graph(network)).circle_of.tolist() == []
    assert OTHER == -1


def test_two_circles_never_read_the_same():
    from coach.graph.circle_traits import Trait
    from coach.graph.network_map import MapCircle, _distinct_labels

    def circle(number, *texts):
        traits = tuple(Trait(COMPANY if i == 0 else PLACE, text, 3)
                       for i, text in enumerate(texts))
        return MapCircle(number, " · ".join(texts[:2]), traits, (number,), None, None, False)

    labels = [c.label for c in _distinct_labels([
        circle(1, "Novawave", "Zurich"), circle(2, "Novawave", "Zurich", "Data"),
        circle(3, "Novawave", "Zurich"), circle(4, "Acme")])]
    assert labels == ["Novawave · Zurich", "Novawave · Zurich · Data", "Novawave · Zurich (3)",
                      "Acme"]
