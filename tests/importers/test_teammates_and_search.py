"""Teammates' exports (TeamLink-style reach) and search results (degree hints, shared links)."""

from __future__ import annotations

import pytest

from coach.graph.loading import load_network
from coach.graph.paths import introduction_paths
from coach.importers import ImportFailure, detect_format, import_path
from coach.importers.linkedin import import_linkedin
from coach.importers.search_results import import_search_results, parse_shown_degree
from coach.model import Degree
from tests.importers.helpers import LINKEDIN, dump, person

IN = "https://www.linkedin.com/in/"


@pytest.fixture
def mine(store):
    import_linkedin(store, LINKEDIN / "export-2024")
    return store


def _degree(store, person_id):
    network = load_network(store)
    return Degree(int(network.degree[network.index(person_id)]))


def test_a_teammates_connections_become_reachable_through_them(mine):
    store = mine
    nadia_url = IN + "nadia-benali"
    report = import_linkedin(store, LINKEDIN / "teammate-carla", teammate="Carla Rossi")
    assert report.format == "linkedin export of teammate Carla Rossi"
    carla, nadia = person(store, IN + "carla-rossi"), person(store, nadia_url)
    assert "teammate" in store.tags.of(carla.id)
    assert store.db.fetchone("SELECT source FROM connection WHERE a = ? AND b = ?",
                             (min(carla.id, nadia.id), max(carla.id, nadia.id)))[0] == \
        "teammate:Carla Rossi"
    assert _degree(store, nadia.id) is Degree.SECOND
    paths = introduction_paths(load_network(store), nadia.id)
    assert [p.intermediaries for p in paths] == [[carla.id]]
    karim = person(store, IN + "karim-saidi")
    assert [p.person_ids for p in introduction_paths(load_network(store), karim.id)] == [
        [store.me, carla.id, karim.id]]
    assert report.counts["connections added"] == 3  # Nadia, Bob, Karim; me already known
    assert any("ask Carla Rossi for introductions" in r for r in report.remarks)
    # Nothing of the teammate's own activity is taken as mine.
    assert store.me == person(store, IN + "camille-laurent").id
    before = dump(store)
    import_linkedin(store, LINKEDIN / "teammate-carla", teammate="Carla Rossi")
    assert dump(store) == before


def test_a_teammate_who_is_not_yet_known_is_added_and_connected_to_me(store):
    import_linkedin(store, LINKEDIN / "excel", me="Camille Laurent")
    report = import_path(store, LINKEDIN / "teammate-carla", teammate="Carla Rossi")
    carla = store.people.by_ref("teammate:carla rossi")
    assert carla.full_name == "Carla Rossi" and carla.headline == "Designer chez Orbiteo"
    assert store.db.fetchone("SELECT source FROM connection WHERE a = ? AND b = ?",
                             (min(store.me, carla.id), max(store.me, carla.id)))[0] == \
        "teammate:Carla Rossi"
    assert report.counts["teammate connected to you"] == 1
    assert _degree(store, person(store, IN + "karim-saidi").id) is Degree.SECOND


def test_teammate_refusals(mine):
    before = dump(mine)
    with pytest.raises(ImportFailure, match="2 people have this name"):
        import_linkedin(mine, LINKEDIN / "teammate-carla", teammate="Thomas Martin")
    with pytest.raises(ImportFailure, match="that is you"):
        import_linkedin(mine, LINKEDIN / "teammate-carla", teammate="Camille Laurent")
    with pytest.raises(ImportFailure, match="LinkedIn export, not a file of format edgelist"):
        import_path(mine, LINKEDIN / "x.txt", "edgelist", teammate="Carla")
    assert dump(mine) == before


def test_a_teammate_export_needs_me_first(tmp_path):
    from coach.store import Store

    with Store(tmp_path / "empty.sqlite3") as empty:
        with pytest.raises(ImportFailure, match="no 'me' in this workspace yet"):
            import_linkedin(empty, LINKEDIN / "teammate-carla", teammate="Carla Rossi")
        assert empty.is_empty()


@pytest.mark.parametrize("shown, degree", [
    ("1st", Degree.FIRST), ("· 2nd", Degree.SECOND), ("3rd+", Degree.THIRD),
    ("Out of network", Degree.OUT_OF_NETWORK), ("LinkedIn Member", Degree.OUT_OF_NETWORK),
])
def test_degrees_as_linkedin_shows_them(shown, degree):
    assert parse_shown_degree(shown) is degree


def test_search_results_become_hints_and_known_shared_connections(mine):
    store = mine
    path = LINKEDIN / "search-results.csv"
    assert detect_format(path) == "search"
    report = import_search_results(store, path)
    nadia = person(store, IN + "nadia-benali")
    hint = store.hints.get(nadia.id)
    assert (hint.degree, hint.mutual_connections, hint.observed_on, hint.source) == (
        Degree.SECOND, 3, "2026-11-20", "search results")
    bob, lea = person(store, IN + "bob-nguyen"), person(store, IN + "léa-dubois")
    assert store.connections.exists(bob.id, nadia.id) and store.connections.exists(lea.id, nadia.id)
    network = load_network(store)
    index = network.index(nadia.id)
    assert int(network.degree[index]) == 2 and not network.observed[index]
    assert int(network.mutual[index]) == 3  # the hint's count: more than the names given
    paths = introduction_paths(network, nadia.id)
    assert sorted(p.intermediaries[0] for p in paths) == sorted([bob.id, lea.id])
    iris = person(store, IN + "iris-v")
    assert store.hints.get(iris.id).degree is Degree.THIRD and not iris.full_name_visible
    assert person(store, IN + "yann-kerouac").full_name_visible  # full last name at 3rd
    assert store.hints.get(person(store, IN + "hana-sato").id).degree is Degree.OUT_OF_NETWORK
    assert {s.line: s.reason[:24] for s in report.skipped} == {
        7: "mutual_connections must ", 8: "unknown degree '5th': us"}
    assert report.counts["shared connections added"] == 2
    assert report.counts["shared connections not matched"] == 2  # unknown; Thomas Martin ×2
    assert any("Thomas Martin (2 of your connections" in r for r in report.remarks)
    before = dump(store)
    import_search_results(store, path)
    assert dump(store) == before


def test_search_results_never_overwrite_a_known_name(mine, tmp_path):
    store = mine
    path = tmp_path / "results.csv"
    path.write_text("name,profile_url,degree,mutual_connections,shared_connections\n"
                    f"Léa D.,{IN}l%C3%A9a-dubois,1st,0,\n", encoding="utf-8")
    import_search_results(store, path)
    assert person(store, IN + "léa-dubois").full_name == "Léa Dubois"


def test_search_results_need_me(store):
    with pytest.raises(ImportFailure, match="no 'me'"):
        import_search_results(store, LINKEDIN / "search-results.csv")
    assert store.is_empty()
