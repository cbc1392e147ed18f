"""networkx bridges: for GraphML/GEXF and analyses, never on a keypress path.

networkx is imported inside the functions: it takes a third of a second to import and the
command line must start fast.
"""

from __future__ import annotations

from collections.abc import Mapping

from coach.graph.network import Network
from coach.model import Degree


def connections_graph(network: Network, attributes: Mapping[int, Mapping] | None = None):
    """The undirected connection graph as ``networkx.Graph`` keyed by store id.

    Each node carries its degree from me (``degree``: 0–3, or 4 out of network) and the
    given attributes (names, company…).
    """
    import networkx as nx

    structure = network.structure
    graph = nx.Graph()
    for index, person_id in enumerate(structure.ids.tolist()):
        data = dict(attributes.get(person_id, {})) if attributes else {}
        data["degree"] = int(network.degree[index])
        graph.add_node(person_id, **data)
    links = structure.connections
    ids = structure.ids
    for index in range(structure.size):
        row = links.neighbors(index)
        for other in row[row > index].tolist():
            graph.add_edge(int(ids[index]), int(ids[other]))
    return graph


def follows_graph(network: Network):
    """Recorded active follows as ``networkx.DiGraph`` (connections are in ``connections_graph``) (an edge a → b: a follows b), keyed by store id."""
    import networkx as nx

    structure = network.structure
    graph = nx.DiGraph()
    graph.add_nodes_from(structure.ids.tolist())
    ids = structure.ids
    for index in range(structure.size):
        for other in structure.follows_out.neighbors(index).tolist():
            graph.add_edge(int(ids[index]), int(ids[other]))
    return graph


def ego_network(network: Network, depth: Degree = Degree.SECOND):
    """My connections up to a degree as ``networkx.Graph``, for community or broker analyses."""
    graph = connections_graph(network)
    keep = [node for node, data in graph.nodes(data=True) if data["degree"] <= int(depth)]
    return graph.subgraph(keep).copy()
