"""GraphML read as it is parsed: the XML tree is never built whole.

``iterparse`` feeds the same expat parser as ``nx.read_graphml`` (so the refusals of
billion laughs and of external entities are the same), and networkx's own
``GraphMLReader`` decodes each ``<node>`` and ``<edge>`` as its element ends (the same
types, key defaults, ids and edge keys); the element is then dropped. Nodes are added in
file order, then edges, as networkx adds them: an edge that comes before one of its
nodes is kept until the graph ends, with every edge after it.

A file of a shape this reading does not follow (no GraphML namespace, a ``<key>`` after
the graph, several or nested graphs, hyperedges, ports), and a file this reading fails on,
is read whole by networkx instead, as before, so that the graph or the error is
networkx's own: files are re-readable, and read within the size limit.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from contextlib import AbstractContextManager
from xml.etree.ElementTree import Element, iterparse

from coach.importers.reading import BoundedStream, read_file
from coach.importers.report import ImportFailure

NS = "{http://graphml.graphdrawing.org/xmlns}"
_UNFOLLOWED = (NS + "hyperedge", NS + "port")


class _Unusual(Exception):
    """A shape read whole by networkx instead."""


def read_graphml(opener: Callable[[], AbstractContextManager[BoundedStream]], path):
    """The first graph of a GraphML file as a networkx multigraph (``nx.read_graphml(...,
    node_type=str, force_multigraph=True)`` gives the same graph)."""
    import networkx as nx

    try:
        with opener() as stream:
            return _streamed(stream)
    except ImportFailure:
        raise  # too large, binary, not a regular file: said as it is
    except Exception:  # noqa: BLE001 - an unusual shape or a broken file: networkx decides
        whole = io.BytesIO(read_file(path))
        return nx.read_graphml(whole, node_type=str, force_multigraph=True)


def _streamed(stream: BoundedStream):
    from networkx.readwrite.graphml import GraphMLReader

    reader = GraphMLReader(node_type=str, force_multigraph=True)
    root = graph_xml = graph = None
    keys: dict = {}
    defaults: dict = {}
    waiting: list[Element] = []  # edges kept until the graph ends (see the module)
    done = False
    for event, element in iterparse(stream, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if root is None:
                root = element
            elif tag == NS + "graph":
                if graph_xml is not None or done:
                    raise _Unusual  # nested, or a second graph
                keys, defaults = reader.find_graphml_keys(root)
                graph_xml = element
                graph = reader.make_graph(Element(tag, element.attrib), keys, defaults)
            elif tag == NS + "key" and (graph_xml is not None or done) or tag in _UNFOLLOWED:
                raise _Unusual
            continue
        if graph_xml is None:
            continue
        if tag == NS + "node":
            if element.get("yfiles.foldertype") == "group":
                raise _Unusual
            reader.add_node(graph, element, keys, defaults)
            graph_xml.remove(element)  # ValueError when not the graph's own: read whole
        elif tag == NS + "edge":
            graph_xml.remove(element)
            if waiting or element.get("source") not in graph \
                    or element.get("target") not in graph:
                waiting.append(element)
            else:
                reader.add_edge(graph, element, keys)
        elif tag == NS + "graph":
            for edge in waiting:
                reader.add_edge(graph, edge, keys)
            waiting.clear()
            graph.graph.update(reader.decode_data_elements(keys, graph_xml))
            graph_xml, done = None, True
    if not done:
        raise _Unusual  # no graph in the GraphML namespace: networkx tries harder
    return graph
