"""Introductions never go through anyone on my do-not-contact list, and the policy says why
an introduction is blocked when the list cuts every path."""

from __future__ import annotations

import numpy as np

from coach.strategy import RuleBook
from tests.strategy.conftest import ENGLISH, FRENCH, fact_table
from tests.strategy.generated import small_network as network


def facts_of(tmp_path, tagged):
    store, ids = network(tmp_path, tagged)
    table = fact_table(store)
    return {name: table.row(table.index(person)) for name, person in ids.items()}


def test_without_the_list_every_path_is_open(tmp_path):
    facts = facts_of(tmp_path, ())
    assert [facts[name]["introducer"] for name in ("Sam", "Sue", "Tom", "Uma")] == \
        ["Ann Test", "Ben Test", "Ann Test", "Ann Test"]
    assert not any(facts[name]["introducers_blocked"] for name in facts)


def test_a_third_degree_path_never_goes_through_a_second_degree_person_on_the_list(tmp_path):
    facts = facts_of(tmp_path, ("Sam",))
    assert facts["Tom"]["introducer"] is None and facts["Tom"]["introducers_blocked"]
    assert facts["Uma"]["introducer"] == "Ben Test" and not facts["Uma"]["introducers_blocked"]
    assert facts["Sam"]["introducer"] == "Ann Test"  # Sam's own tag is the policy's business


def test_when_every_shared_connection_is_on_the_list_the_reason_says_so(tmp_path):
    facts = facts_of(tmp_path, ("Ann",))
    assert facts["Sam"]["introducer"] is None and facts["Sam"]["introducers_blocked"]
    assert facts["Tom"]["introducers_blocked"] and facts["Uma"]["introducer"] == "Ben Test"
    english, french = RuleBook([ENGLISH]), RuleBook([FRENCH])
    sam = {s.action: s for s in english.actions(facts["Sam"])}["ask_introduction"]
    tom = {s.action: s for s in english.actions(facts["Tom"])}["ask_introduction"]
    assert (sam.allowed, sam.reason) == \
        (False, "Your shared connections are all on your do-not-contact list.")
    assert (tom.allowed, tom.reason) == \
        (False, "Every known path to them goes through someone on your do-not-contact list.")
    sam_fr = {s.action: s for s in french.actions(facts["Sam"])}["ask_introduction"]
    assert sam_fr.reason == \
        "Vos relations communes sont toutes sur votre liste «\u00a0ne pas contacter\u00a0»."
    assert all(item.rule_id != "second-ask-introduction" for item in english.advise(facts["Sam"]))


def test_the_third_degree_read_a_slice_at_a_time_gives_the_same_introducers(tmp_path,
                                                                          monkeypatch):
    from coach.graph.loading import load_network
    from coach.strategy import introducers as module
    from tests.strategy.generated import generated_store

    store = generated_store(tmp_path / "coach.sqlite3", people=2_000)
    network = load_network(store)
    rng = np.random.default_rng(5)
    strength = rng.random(network.size)
    blocked = rng.random(network.size) < 0.05  # 2nd-degree people on the list cut paths too
    whole = module.introductions(network, strength, blocked)
    thirds = int(np.count_nonzero(network.degree == 3))
    assert thirds > 100 and (whole[0] >= 0).sum() > 100 and whole[1].any()
    monkeypatch.setattr(module, "THIRDS_AT_ONCE", 7)
    sliced = module.introductions(network, strength, blocked)
    assert np.array_equal(whole[0], sliced[0]) and np.array_equal(whole[1], sliced[1])
