"""``NetworkService.reach``: everyone known at a company, in a role or a city, by degree."""

from __future__ import annotations

import pytest

from coach.model import Degree
from coach.service import NetworkService
from coach.service.reach import BadReachText
from coach.workspace import Workspace

CARTALIS_FIRST = {"Frédéric Renaud", "Thomas Martin", "Łukasz Zając", "Rania Saïdi",
                  "Åsa Holm", "Sergio Ibáñez", "Ousmane Diop", "Beatriz Brandão"}
"""The demo's 1st-degree connections at Cartalis (data/demo/people.csv)."""


@pytest.fixture
def demo(demo_home):
    with NetworkService(Workspace(demo_home), save_snapshot=False) as service:
        yield service


@pytest.fixture
def with_teammate(teammate_home):
    with NetworkService(Workspace(teammate_home), save_snapshot=False) as service:
        yield service


def _names(found, degree):
    return [person.name for person in found.people[degree]]


def test_everyone_at_cartalis_by_degree_with_an_introducer_for_each_2nd(demo):
    found = demo.reach("Cartalis")
    assert set(_names(found, Degree.FIRST)) == CARTALIS_FIRST
    assert _names(found, Degree.SECOND) == ["Aïssatou Kouassi", "Ayşe Çelik"]
    assert found.counts == {Degree.FIRST: 8, Degree.SECOND: 2, Degree.THIRD: 0,
                            Degree.OUT_OF_NETWORK: 0}
    for person in found.people[Degree.SECOND]:
        assert person.matched_on == ("company",)
        assert person.introducer is not None
        # the introducer the rules name (the ``introducer`` fact), one of my connections
        assert person.introducer.id == demo.advisor.table.introducer_id(person.id)
        assert demo.contact(person.introducer.id).degree is Degree.FIRST
    assert all(person.introducer is None for person in found.people[Degree.FIRST])
    # nearest first, then most shared connections
    mutual = [person.contact["mutual_connections"] for person in found.people[Degree.FIRST]]
    assert mutual == sorted(mutual, reverse=True)


def test_the_text_is_read_for_its_meaning(demo):
    ids = [p.id for p in demo.reach("Cartalis").everyone()]
    for text in ("cartalis", "CARTALIS", "chez Cartalis", "at Cartalis SAS", "Cartalis, Inc."):
        assert [p.id for p in demo.reach(text).everyone()] == ids, text
    assert demo.reach("Cartal").total == 0  # whole words only


def test_a_role_and_a_city(demo):
    role = demo.reach("product manager")
    assert role.total > 0 and all("role" in p.matched_on for p in role.everyone())
    assert "Beatriz Brandão" in _names(role, Degree.FIRST)
    city = demo.reach("Genève")
    assert city.total > 0
    assert all(p.matched_on == ("city",) for p in city.everyone())
    assert [p.id for p in demo.reach("geneve").everyone()] == [p.id for p in city.everyone()]
    third = demo.reach("Lyon").people[Degree.THIRD]
    assert third and all(p.introducer is not None for p in third)


def test_the_limit_cuts_each_degree_and_counts_everyone(demo):
    full = demo.reach("Lyon")
    cut = demo.reach("Lyon", limit=2)
    assert cut.counts == full.counts and cut.total == full.total > 4
    for degree, people in cut.people.items():
        assert [p.id for p in people] == [p.id for p in full.people[degree]][:2]


def test_nothing_to_look_for_is_refused(demo):
    for text in ("", "   ", "chez", "?"):
        with pytest.raises(BadReachText, match="say what to reach"):
            demo.reach(text)
    assert demo.reach("Zorglub").total == 0


def test_a_teammate_who_can_help(with_teammate):
    found = with_teammate.reach("Cartalis")
    carla = next(p.id for p in with_teammate.people().values() if p.full_name == "Carla Rossi")
    second = {person.name: person for person in found.people[Degree.SECOND]}
    # Noé Petit, at "CARTALIS, S.A.S.", is known only through Carla's export
    assert set(second) == {"Aïssatou Kouassi", "Ayşe Çelik", "Noé Petit"}
    assert second["Noé Petit"].introducer.id == carla
    assert second["Noé Petit"].teammate.id == carla
    assert second["Ayşe Çelik"].teammate.id == carla  # connected to her
    # connected to her introducer, Pauline Roux, not to her
    assert second["Aïssatou Kouassi"].introducer.name == "Pauline Roux"
    assert second["Aïssatou Kouassi"].teammate.id == carla
    # "Cartalisium" is another company
    assert "Ines Garnier" not in {p.name for p in found.everyone()}
    assert with_teammate.reach("Cartalisium").total == 1


def test_no_teammate_without_one(demo):
    assert all(p.teammate is None for p in demo.reach("Lyon").everyone())


def test_the_json_shape(demo):
    data = demo.reach("Cartalis").to_json()
    assert data["text"] == "Cartalis" and data["words"] == ["cartalis"] and data["total"] == 10
    assert [group["degree"] for group in data["degrees"]] == [1, 2, 3, None]
    assert [group["count"] for group in data["degrees"]] == [8, 2, 0, 0]
    person = data["degrees"][1]["people"][0]
    for key in ("id", "name", "display_name", "degree", "mutual_connections", "follows_me",
                "i_follow", "matched_on", "introducer", "teammate"):
        assert key in person
    assert person["degree"] == 2 and person["matched_on"] == ["company"]
    assert set(person["introducer"]) == {"id", "name"}


def test_the_introducers_are_those_of_the_rules_facts(demo_home):
    import numpy as np

    with NetworkService(Workspace(demo_home), save_snapshot=False) as service:
        first = service.state.introducers.copy()  # the rules' facts, worked out for them
        assert service.state.has_facts
        assert np.array_equal(first, service.advisor.table.introducers)
        assert service.state.introducers is service.advisor.table.introducers  # reused


def test_no_introducer_on_my_do_not_contact_list(demo_home, tmp_path):
    import shutil

    home = tmp_path / "home"
    shutil.copytree(demo_home, home)
    with NetworkService(Workspace(home)) as service:
        before = {p.id: p.introducer.id for p in service.reach("Cartalis").people[Degree.SECOND]}
        blocked = next(iter(before.values()))
        service.tag(blocked, ["do-not-contact"])
        after = service.reach("Cartalis").people[Degree.SECOND]
    assert {p.id for p in after} == set(before)
    assert all(p.introducer is None or p.introducer.id != blocked for p in after)
