"""The network core on a small hand-made network whose answers are known by heart.

    me ── bob ── lea ── zoe ── far
     │     │      │
     └── carla ───┘      hinted (no links, observed 2nd)     loner (no links)

Bob and Carla are my 1st degree, Léa is 2nd (two shared connections), Zoé 3rd, Far 4 hops
away (out of network), Loner has no links at all.
"""

from __future__ import annotations

import pytest

from coach.graph.loading import load_network
from coach.graph.paths import introduction_paths
from coach.model import LINKEDIN_MEMBER, Degree, Interaction
from coach.naming import display_name
from coach.service import NetworkService
from coach.ties import tie_strengths


@pytest.fixture
def people(store):
    ids = {}
    for key, first, last, company in [
        ("me", "Camille", "Laurent", "Orbiteo"), ("bob", "Bob", "Nguyen", "Acme"),
        ("carla", "Carla", "Rossi", "Orbiteo"), ("lea", "Léa", "Dubois", "Orbiteo"),
        ("zoe", "Zoé", "Martin", "Pixel"), ("far", "Far", "Away", ""),
        ("hinted", "Hina", "Sato", ""), ("loner", "Lone", "Wolf", ""),
    ]:
        ids[key] = store.people.add(ref=key, first_name=first, last_name=last, company=company)
    for a, b in [("me", "bob"), ("me", "carla"), ("bob", "carla"), ("bob", "lea"),
                 ("carla", "lea"), ("lea", "zoe"), ("zoe", "far")]:
        store.connections.add(ids[a], ids[b], "test")
    store.set_me(ids["me"])
    return ids


def test_degrees_of_a_known_network(store, people):
    network = load_network(store)
    expected = {"me": Degree.ME, "bob": Degree.FIRST, "carla": Degree.FIRST, "lea": Degree.SECOND,
                "zoe": Degree.THIRD, "far": Degree.OUT_OF_NETWORK,
                "hinted": Degree.OUT_OF_NETWORK, "loner": Degree.OUT_OF_NETWORK}
    assert {key: network.degree_of(pid) for key, pid in people.items()} == expected
    assert network.counts_by_degree() == {Degree.FIRST: 2, Degree.SECOND: 1, Degree.THIRD: 1,
                                          Degree.OUT_OF_NETWORK: 3}


def test_mutual_connections_list_and_counts(store, people):
    network = load_network(store)
    assert sorted(network.mutual_connections(people["lea"])) == sorted([people["bob"], people["carla"]])
    assert network.mutual_connections(people["zoe"]) == []
    lea = network.index(people["lea"])
    assert int(network.mutual[lea]) == 2
    # Bob and Carla are connected to each other: each shares the other with me.
    assert network.mutual_connections(people["bob"]) == [people["carla"]]


def test_hint_applies_only_where_links_give_no_shorter_path(store, people):
    store.hints.set(people["hinted"], Degree.SECOND, 12, "2026-11-01", "search")
    store.hints.set(people["far"], Degree.SECOND, 3, "2026-11-01", "search")  # no path: hint wins
    store.hints.set(people["bob"], Degree.THIRD, 5, "2026-11-01", "search")  # links say 1st
    network = load_network(store)
    assert network.degree_of(people["hinted"]) is Degree.SECOND
    assert network.degree_is_observed(people["hinted"])
    assert network.degree_of(people["far"]) is Degree.SECOND
    assert network.degree_of(people["bob"]) is Degree.FIRST
    assert not network.degree_is_observed(people["bob"])
    assert int(network.mutual[network.index(people["hinted"])]) == 12
    # An observed degree has no known path: no introduction path is invented.
    assert introduction_paths(network, people["hinted"]) == []


def test_follow_rule_connections_follow_each_other_unless_unfollowed(store, people):
    store.follows.set(people["me"], people["bob"], "unfollowed", "2026-10-01", "test")
    store.follows.set(people["zoe"], people["me"], "active", "2026-09-01", "test")
    store.follows.set(people["me"], people["loner"], "active", "2026-09-01", "test")
    store.follows.set(people["carla"], people["me"], "unfollowed", "2026-09-01", "test")
    network = load_network(store)
    status = {key: network.follow_status(pid) for key, pid in people.items()}
    assert (status["bob"].follows_me, status["bob"].i_follow) == (True, False)
    assert (status["carla"].follows_me, status["carla"].i_follow) == (False, True)
    assert (status["zoe"].follows_me, status["zoe"].i_follow) == (True, False)
    assert (status["loner"].follows_me, status["loner"].i_follow) == (False, True)
    assert (status["lea"].follows_me, status["lea"].i_follow) == (False, False)
    followers = {int(network.structure.ids[i]) for i in network.followers_not_connected()}
    assert followers == {people["zoe"]}


@pytest.mark.parametrize("degree, visible, expected", [
    (Degree.FIRST, False, "Léa Dubois"),
    (Degree.SECOND, False, "Léa Dubois"),
    (Degree.THIRD, False, "Léa D."),
    (Degree.THIRD, True, "Léa Dubois"),
    (Degree.OUT_OF_NETWORK, True, LINKEDIN_MEMBER),
])
def test_name_as_linkedin_shows_it(degree, visible, expected):
    assert display_name("Léa", "Dubois", degree, visible) == expected


def test_third_degree_initial_skips_punctuation():
    assert display_name("Seán", "'Ó Briain'", Degree.THIRD) == "Seán Ó."


def test_contact_names_follow_degree_and_setting(workspace):
    workspace = NetworkService(workspace)
    store = workspace.store
    me = store.people.add(first_name="Me", last_name="Self")
    a = store.people.add(first_name="Ana", last_name="Lima")
    b = store.people.add(first_name="Ben", last_name="Okafor")
    c = store.people.add(first_name="Chloé", last_name="Petit")
    d = store.people.add(first_name="Dina", last_name="Haddad", full_name_visible=True)
    for x, y in [(me, a), (a, b), (b, c), (b, d)]:
        store.connections.add(x, y)
    store.set_me(me)
    workspace.refresh()
    names = {pid: workspace.contact(pid).display_name for pid in (a, b, c, d)}
    assert names == {a: "Ana Lima", b: "Ben Okafor", c: "Chloé P.", d: "Dina Haddad"}
    lone = store.people.add(first_name="Eve", last_name="Stone")
    workspace.refresh()
    assert workspace.contact(lone).display_name == LINKEDIN_MEMBER


def test_paths_ranked_by_tie_strength(store, people):
    network = load_network(store)
    plain = introduction_paths(network, people["lea"])
    assert {tuple(path.person_ids) for path in plain} == {
        (people["me"], people["bob"], people["lea"]), (people["me"], people["carla"], people["lea"])}
    # A recent meeting with Carla makes her the first person to ask.
    store.interactions.add(Interaction(people["carla"], "met", "out", "2026-11-15", "", "test"))
    ranked = introduction_paths(network, people["lea"], tie_strengths(store).get)
    assert ranked[0].intermediaries == [people["carla"]]
    # Then a `close` tag on Bob outweighs one meeting.
    store.tags.add(people["bob"], "close")
    ranked = introduction_paths(network, people["lea"], lambda p: tie_strengths(store).get(p, 0.0))
    assert ranked[0].intermediaries == [people["bob"]]
    assert ranked[0].score > ranked[1].score


def test_third_degree_paths_are_shortest_and_distinct(store, people):
    network = load_network(store)
    paths = introduction_paths(network, people["zoe"], limit=3)
    assert len(paths) == 2
    assert all(len(path.person_ids) == 4 for path in paths)
    assert len({path.intermediaries[0] for path in paths}) == 2
    assert all(path.intermediaries[1] == people["lea"] for path in paths)
    assert introduction_paths(network, people["far"]) == []
    assert introduction_paths(network, people["bob"])[0].person_ids == [people["me"], people["bob"]]


def test_do_not_contact_is_asked_last(store, people):
    store.tags.add(people["bob"], "do-not-contact")
    network = load_network(store)
    strengths = tie_strengths(store)
    paths = introduction_paths(network, people["lea"], lambda p: strengths.get(p, 0.0))
    assert paths[-1].intermediaries == [people["bob"]]


def test_flags_group_open_profile_coworker(store, people):
    store.groups.join("Lyon Tech", people["me"])
    store.groups.join("Lyon Tech", people["zoe"])
    store.groups.join("Other", people["far"])
    store.people.update(people["far"], open_profile=True)
    network = load_network(store)
    flags = {key: (bool(network.shares_group[network.index(pid)]),
                   bool(network.coworker[network.index(pid)])) for key, pid in people.items()}
    assert flags["zoe"] == (True, False)
    assert flags["far"] == (False, False)
    assert flags["carla"] == (False, True)
    assert flags["lea"] == (False, True)
    assert flags["bob"] == (False, False)
    assert flags["me"][1] is False
    assert network.structure.open_profile[network.index(people["far"])]


def test_network_changes_only_when_the_network_does(store, people):
    before = store.network_cache.revision()
    store.tags.add(people["bob"], "client")
    store.interactions.add(Interaction(people["bob"], "met", "out", "2026-11-15", "", "t"))
    assert store.network_cache.revision() == before
    store.connections.add(people["zoe"], people["loner"])
    assert store.network_cache.revision() > before
    assert load_network(store).degree_of(people["loner"]) is Degree.OUT_OF_NETWORK
    store.connections.add(people["lea"], people["loner"])
    assert load_network(store).degree_of(people["loner"]) is Degree.THIRD


def test_freelancers_are_not_coworkers(store, people):
    store.people.update(people["me"], company="Freelance")
    store.people.update(people["bob"], company="freelance")
    network = load_network(store)
    assert not network.coworker.any()


@pytest.mark.parametrize("text, degree", [
    ("1er", Degree.FIRST), ("2e", Degree.SECOND), ("3e et +", Degree.THIRD), ("3rd+", Degree.THIRD),
    ("2nd", Degree.SECOND), ("out", Degree.OUT_OF_NETWORK), (" 1 ", Degree.FIRST),
])
def test_degree_words_in_english_and_french(text, degree):
    assert Degree.parse(text) is degree


def test_unknown_degree_word_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown degree '5th'"):
        Degree.parse("5th")
