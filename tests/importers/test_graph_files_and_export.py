"""GraphML and GEXF through networkx, and export → import into an empty workspace."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from coach.exporting import ExportError, collect, export_workspace, person_keys
from coach.importers import ImportFailure, detect_format, import_path
from coach.importers.linkedin import import_linkedin
from coach.importers.search_results import import_search_results
from coach.store import Store
from tests.importers.helpers import LINKEDIN, dump, identity, view


def _connections(store: Store) -> set[tuple]:
    who = {p.id: identity(p) for p in store.people.all()}
    return {(frozenset((who[a], who[b])), on, source) for a, b, on, source in
            store.db.fetchall("SELECT a, b, connected_on, source FROM connection")}


def _follows(store: Store) -> set[tuple]:
    who = {p.id: identity(p) for p in store.people.all()}
    return {(who[a], who[b], status) for a, b, status in
            store.db.fetchall("SELECT follower, followee, status FROM follow")}


@pytest.fixture
def linkedin_store(store):
    """A workspace built from real-shaped files: my export, a teammate's, search results."""
    import_linkedin(store, LINKEDIN / "export-2024")
    import_linkedin(store, LINKEDIN / "teammate-carla", teammate="Carla Rossi")
    import_search_results(store, LINKEDIN / "search-results.csv")
    store.tags.add(store.people.by_url("https://www.linkedin.com/in/bob-nguyen").id, "close")
    return store


@pytest.mark.parametrize("target", ["export", "export.zip"])
def test_csv_export_then_import_gives_the_same_demo_network(demo_workspace, tmp_path, target):
    source = demo_workspace.store
    path = tmp_path / target
    counts = export_workspace(source, path, "csv")
    assert counts["people"] == source.people.count()
    assert detect_format(path) == "csv"
    with Store(tmp_path / "copy.sqlite3") as copy:
        import_path(copy, path)
        assert view(copy) == view(source)
        assert _connections(copy) == _connections(source)
        assert _follows(copy) == _follows(source)
        assert copy.groups.count() == source.groups.count()
        assert sorted((h.degree, h.mutual_connections) for h in copy.hints.all()) == \
            sorted((h.degree, h.mutual_connections) for h in source.hints.all())


def test_csv_export_round_trip_of_a_linkedin_workspace(linkedin_store, tmp_path):
    export_workspace(linkedin_store, tmp_path / "out")
    with Store(tmp_path / "copy.sqlite3") as copy:
        report = import_path(copy, tmp_path / "out")
        assert not report.skipped
        assert view(copy) == view(linkedin_store)
        assert _connections(copy) == _connections(linkedin_store)  # teammate sources kept
        assert ("teammate:Carla Rossi" in {source for _, _, source in _connections(copy)})
        assert _follows(copy) == _follows(linkedin_store)
        # Importing the export back into the workspace it came from changes nothing.
        before = dump(linkedin_store)
        import_path(linkedin_store, tmp_path / "out")
        after = dump(linkedin_store)
        assert [line for line in after if "INSERT INTO \"person\"" not in line] == \
            [line for line in before if "INSERT INTO \"person\"" not in line]


def test_graphml_export_then_import_gives_the_same_network(linkedin_store, demo_workspace, tmp_path):
    for source in (linkedin_store, demo_workspace.store):
        path = tmp_path / f"network-{id(source)}.graphml"
        export_workspace(source, path)
        assert detect_format(path) == "graphml"
        with Store(tmp_path / f"copy-{id(source)}.sqlite3") as copy:
            report = import_path(copy, path)
            assert not report.skipped
            strip = lambda seen: {k: v[:8] for k, v in seen.items()}  # noqa: E731
            assert strip(view(copy)) == strip(view(source))  # names, degrees, follows, tags
            assert _connections(copy) == _connections(source)
            assert _follows(copy) == _follows(source)


def test_json_export_holds_every_table(linkedin_store, tmp_path):
    counts = export_workspace(linkedin_store, tmp_path / "all.json")
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert document["format"] == "coach" and document["version"] == 1
    assert len(document["people"]) == counts["people"] == linkedin_store.people.count()
    assert len(document["interactions"]) == linkedin_store.interactions.count()
    me = [p for p in document["people"] if p["me"] == "yes"]
    assert len(me) == 1 and me[0]["first_name"] == "Camille"
    assert {c["source"] for c in document["connections"]} >= {"linkedin", "teammate:Carla Rossi"}
    assert (tmp_path / "all.json").stat().st_mode & 0o077 == 0


def test_export_keys_are_unique_and_readable(linkedin_store):
    keys = person_keys(linkedin_store)
    assert len(set(keys.values())) == len(keys)
    assert keys[linkedin_store.people.by_url("https://www.linkedin.com/in/bob-nguyen").id] == "bob-nguyen"


def test_export_refuses_to_overwrite(linkedin_store, tmp_path):
    (tmp_path / "taken.json").write_text("{}")
    with pytest.raises(ExportError, match="already exists"):
        export_workspace(linkedin_store, tmp_path / "taken.json")
    export_workspace(linkedin_store, tmp_path / "taken.json", force=True)


def test_a_plain_undirected_graphml_gives_connections(store, tmp_path):
    graph = nx.Graph()
    graph.add_node("a", label="Ada Lovelace", company="Analytical")
    graph.add_node("b", name="Charles Babbage", profile_url="https://www.linkedin.com/in/babbage/")
    graph.add_node("c")
    graph.add_edges_from([("a", "b"), ("b", "c"), ("c", "c")])
    nx.write_graphml(graph, tmp_path / "plain.graphml")
    report = import_path(store, tmp_path / "plain.graphml", me="a")
    assert store.connections.count() == 2 and report.counts["self-loops ignored"] == 1
    ada = store.people.by_ref("a")
    assert (ada.first_name, ada.last_name, ada.company) == ("Ada", "Lovelace", "Analytical")
    assert store.people.by_url("https://www.linkedin.com/in/babbage").full_name == "Charles Babbage"
    assert store.me == ada.id
    before = dump(store)
    import_path(store, tmp_path / "plain.graphml", me="a")
    assert dump(store) == before


def test_a_directed_gexf_gives_follows(store, tmp_path):
    graph = nx.DiGraph()
    graph.add_node("1", label="Grace Hopper")
    graph.add_node("2", label="Alan Turing")
    graph.add_edge("1", "2")
    nx.write_gexf(graph, tmp_path / "follows.gexf")
    assert detect_format(tmp_path / "follows.gexf") == "gexf"
    report = import_path(store, tmp_path / "follows.gexf")
    grace, alan = store.people.by_ref("1"), store.people.by_ref("2")
    assert grace.full_name == "Grace Hopper"
    assert store.follows.status(grace.id, alan.id) == "active"
    assert store.follows.status(alan.id, grace.id) is None
    assert report.counts["follows added or changed"] == 1


def test_broken_graph_files_are_refused(store, tmp_path):
    bad = tmp_path / "bad.graphml"
    bad.write_text("<graphml><graph><node id='a'>")
    with pytest.raises(ImportFailure, match="not a readable GraphML file"):
        import_path(store, bad)
    bad_gexf = tmp_path / "bad.gexf"
    bad_gexf.write_text("nonsense")
    with pytest.raises(ImportFailure, match="not a readable GEXF file"):
        import_path(store, bad_gexf)
    assert store.is_empty()


@pytest.mark.parametrize("kind, graph_name, me", [
    ("graphml", "les_miserables", "Valjean"), ("gexf", "les_miserables", "Napoleon"),
    ("graphml", "florentine_families", "Pazzi"), ("gexf", "karate_club", "33"),
])
def test_real_small_networks_through_graph_files_give_the_expected_degrees(
        store, tmp_path, kind, graph_name, me):
    from coach.graph.loading import load_network
    from tests.conftest import dataset

    expected = json.loads(dataset("networkx-small-social", "expected_networkx.json").read_text())
    graph = getattr(nx, f"{graph_name}_graph")()
    graph = nx.relabel_nodes(graph, str)
    for _, data in graph.nodes(data=True):
        data.clear()  # club labels and bipartite flags are not coach attributes
    path = tmp_path / f"{graph_name}.{kind}"
    (nx.write_gexf if kind == "gexf" else nx.write_graphml)(graph, path)
    report = import_path(store, path, me=me)
    assert report.counts["connections added"] == graph.number_of_edges()
    network = load_network(store)
    counts = [int((network.degree == level).sum()) for level in (1, 2, 3, 4)]
    figures = expected[graph_name][f"me={me}"]
    assert counts == [figures["degree_1"], figures["degree_2"], figures["degree_3"],
                      figures["beyond_3"] + figures["unreachable"]]


@pytest.mark.parametrize("format", ["csv", "json", "graphml"])
def test_export_never_lands_on_the_store_even_with_force(linkedin_store, format):
    before = linkedin_store.path.read_bytes()
    with pytest.raises(ExportError, match="the workspace's store"):
        export_workspace(linkedin_store, linkedin_store.path, format, force=True)
    home = linkedin_store.path.parent
    for target in (home / "out.json", home, home / "rules" / "x"):
        with pytest.raises(ExportError, match="inside the workspace folder"):
            export_workspace(linkedin_store, target, format, force=True, workspace=home)
    assert linkedin_store.path.read_bytes() == before


def test_export_never_overwrites_another_sqlite_file(linkedin_store, tmp_path):
    import sqlite3

    other = tmp_path / "elsewhere" / "other.sqlite3"
    other.parent.mkdir()
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE kept (x)")
    before = other.read_bytes()
    with pytest.raises(ExportError, match="SQLite database"):
        export_workspace(linkedin_store, other, "json", force=True)
    assert other.read_bytes() == before


def test_json_export_imports_back_as_the_same_network(linkedin_store, tmp_path):
    """Issue 18, item 4: a JSON export round-trips through coach import, as CSV does."""
    linkedin_store.notes.add(linkedin_store.people.by_url(
        "https://www.linkedin.com/in/bob-nguyen").id, "Rappeler en janvier", "2026-11-20",
        due_on="2027-01-05")
    export_workspace(linkedin_store, tmp_path / "all.json")
    export_workspace(linkedin_store, tmp_path / "all-csv")
    with Store(tmp_path / "from-json.sqlite3") as from_json, \
            Store(tmp_path / "from-csv.sqlite3") as from_csv:
        report = import_path(from_json, tmp_path / "all.json")
        assert report.format == "coach json" and not report.skipped
        import_path(from_csv, tmp_path / "all-csv")
        assert collect(from_json) == collect(from_csv) == collect(linkedin_store)
        again = import_path(from_json, tmp_path / "all.json")  # idempotent
        assert collect(from_json) == collect(linkedin_store) and not again.skipped


@pytest.mark.parametrize("text, reason", [
    ('{"people": []}', 'not a coach JSON export'),
    ('{"format": "coach", "version": 9, "people": []}', "version 9"),
    ('{"format": "coach", "version": 1,\n "people": [', ":2: not JSON"),
    ('{"format": "coach", "version": 1, "people": [{"first_name": "A"}]}', "missing column key"),
])
def test_a_json_file_that_is_not_a_coach_export_is_refused(store, tmp_path, text, reason):
    path = tmp_path / "x.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFailure, match=reason):
        import_path(store, path)
    assert store.people.count() == 0
