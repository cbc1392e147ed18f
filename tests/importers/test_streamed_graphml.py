"""Issue 18: GraphML is read as it is parsed, and gives the graph networkx gives.

Each file is read both ways: by the streaming reader alone (``_streamed``: it must follow
the usual shapes itself, never falling back) and by ``nx.read_graphml``; the graphs must
be equal (type, nodes in order with their data, edges in order with keys and data, graph
data). Unusual shapes go through ``read_graphml``, which hands them to networkx whole."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest

from coach.importers import ImportFailure
from coach.importers.graphml_stream import _streamed, _Unusual, read_graphml
from coach.importers.reading import open_file
from coach.resources import demo_dir
from coach.service import NetworkService
from coach.workspace import Workspace

HEAD = ('<?xml version="1.0" encoding="utf-8"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
        '<key id="n" for="node" attr.name="name" attr.type="string"/>\n'
        '<key id="h" for="node" attr.name="headline" attr.type="string">'
        '<default>unknown</default></key>\n'
        '<key id="o" for="node" attr.name="open_profile" attr.type="boolean"/>\n'
        '<key id="w" for="edge" attr.name="weight" attr.type="double"/>\n'
        '<key id="k" for="edge" attr.name="kind" attr.type="string"/>\n'
        '<key id="m" for="graph" attr.name="me" attr.type="string"/>\n')

OPEN = '<data key="o">true</data>'
ENGINEER = '<data key="h">Engineer</data>'


def same(first, second) -> bool:
    return (type(first) is type(second) and first.graph == second.graph
            and list(first.nodes(data=True)) == list(second.nodes(data=True))
            and list(first.edges(keys=True, data=True))
            == list(second.edges(keys=True, data=True)))


def by_networkx(path: Path):
    return nx.read_graphml(io.BytesIO(path.read_bytes()), node_type=str, force_multigraph=True)


def streamed(path: Path):
    with open_file(path) as stream:
        return _streamed(stream)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "network.graphml"
    path.write_text(text, encoding="utf-8")
    return path


USUAL = {
    "undirected, defaults, booleans, ids, parallel edges, graph data": HEAD + (
        '<graph edgedefault="undirected"><data key="m">a</data>\n'
        + "".join(f'<node id="{n}"><data key="n">Person {n}</data>'
                  + (OPEN if n % 3 == 0 else "") + ("" if n % 2 else ENGINEER) + "</node>\n"
                  for n in range(200))
        + "".join(f'<edge id="e{n}" source="{n % 200}" target="{(n * 7) % 200}">'
                  f'<data key="w">{n / 4}</data></edge>\n' for n in range(600))
        + '<edge source="1" target="2"/><edge source="1" target="2"/>'
        '</graph></graphml>\n'),
    "directed, follows and connections": HEAD + (
        '<graph edgedefault="directed">\n'
        + "".join(f'<node id="p{n}"/>\n' for n in range(50))
        + "".join(f'<edge source="p{n}" target="p{(n + 1) % 50}"><data key="k">follow</data>'
                  '</edge>\n' for n in range(50))
        + '</graph></graphml>\n'),
    "edges before their nodes, and an edge to a node never declared": HEAD + (
        '<graph edgedefault="undirected">\n<node id="a"/>\n'
        '<edge source="a" target="b"/>\n<edge source="a" target="a"/>\n'
        '<node id="b"><data key="n">Bo</data></node>\n<edge source="b" target="c"/>\n'
        '<node id="c"/>\n<edge source="c" target="ghost"/>\n</graph></graphml>\n'),
}


@pytest.mark.parametrize("name", USUAL)
def test_the_streamed_graph_is_the_graph_networkx_reads(tmp_path, name):
    path = _write(tmp_path, USUAL[name])
    assert same(streamed(path), by_networkx(path))


def test_coachs_own_graphml_export_streams_to_the_same_graph(tmp_path):
    with Workspace(tmp_path / "home") as workspace:
        service = NetworkService(workspace)
        service.import_file(demo_dir())
        path = tmp_path / "demo.graphml"
        service.export_file(path, "graphml")
    graph = streamed(path)
    assert graph.number_of_nodes() > 20 and graph.number_of_edges() > 20
    assert same(graph, by_networkx(path))


UNUSUAL = {
    "no GraphML namespace": '<graphml><graph edgedefault="undirected"><node id="a"/>'
                            '<node id="b"/><edge source="a" target="b"/></graph></graphml>',
    "a key after the graph": HEAD.replace('<key id="w" for="edge" attr.name="weight" '
                                          'attr.type="double"/>\n', "")
    + '<graph edgedefault="undirected"><node id="a"/><node id="b"/>'
      '<edge source="a" target="b"><data key="w">2.5</data></edge></graph>'
      '<key id="w" for="edge" attr.name="weight" attr.type="double"/></graphml>',
    "two graphs": HEAD + '<graph edgedefault="undirected"><node id="a"/></graph>'
                         '<graph edgedefault="directed"><node id="z"/></graph></graphml>',
}


@pytest.mark.parametrize("name", UNUSUAL)
def test_an_unusual_shape_is_read_whole_by_networkx(tmp_path, name):
    path = _write(tmp_path, UNUSUAL[name])
    with pytest.raises((_Unusual, nx.NetworkXError, KeyError)):
        streamed(path)
    assert same(read_graphml(lambda: open_file(path), path), by_networkx(path))


def test_a_hyperedge_fails_as_networkx_fails(tmp_path):
    path = _write(tmp_path, HEAD + '<graph edgedefault="undirected"><node id="a"/>'
                  '<hyperedge><endpoint node="a"/></hyperedge></graph></graphml>')
    with pytest.raises(nx.NetworkXError, match="doesn't support hyperedges"):
        read_graphml(lambda: open_file(path), path)


NAMESPACED = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'


@pytest.mark.parametrize(("name", "doctype", "node"), [
    ("billion laughs", '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)), "&a9;"),
    ("an external entity (XXE)", '<!ENTITY secret SYSTEM "file:///etc/hostname">', "&secret;"),
])
def test_hostile_entities_are_refused_by_the_streaming_reader(tmp_path, name, doctype, node):
    path = _write(tmp_path, f'<?xml version="1.0"?><!DOCTYPE graphml [{doctype}]>{NAMESPACED}'
                            f'<graph edgedefault="undirected"><node id="{node}"/>'
                            '<node id="b"/></graph></graphml>')
    with Workspace(tmp_path / "home") as workspace:
        service = NetworkService(workspace)
        with pytest.raises(ImportFailure) as refused:
            service.import_file(path)
        assert "network.graphml: not a readable GraphML file (ParseError: " in str(refused.value)
        assert ("amplification" if name == "billion laughs" else "external entity") \
            in str(refused.value)
        assert workspace.store.people.count() == 0
