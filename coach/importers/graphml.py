"""GraphML and GEXF files, read through networkx (GraphML as it is parsed: see
:mod:`coach.importers.graphml_stream`).

Nodes become people keyed by their profile URL when they carry one (``profile_url``,
``url``), else by their node id as a reference. Names come from ``first_name`` and
``last_name`` or from ``name``/``label`` (split at the first space). An edge with
``kind="follow"`` is a follow (``status`` active or unfollowed); ``kind="connection"`` is
a connection; an edge without a kind is a connection in an undirected graph and a follow
(source follows target) in a directed one. "Me" is the node with ``me`` true, or the
graph's ``me`` attribute, or ``--me``. Optional node attributes: ``tags`` and ``groups``
(``;``-separated), ``degree_hint`` (1st, 2nd, 3rd, out) with ``mutual_connections_hint``.
``coach export --format graphml`` writes this shape.
"""

from __future__ import annotations

from pathlib import Path

from coach.importers.coach_csv import flag
from coach.importers.progress import ProgressCallback
from coach.importers.report import ImportFailure, ImportReport
from coach.importers.session import Session
from coach.model import Degree
from coach.store import Store

_TEXT_FIELDS = ("headline", "company", "position", "location", "email")
_FLAGS = ("open_profile", "full_name_visible", "follow_primary")


def read_graph(path: Path, kind: str):
    """The file as a networkx graph (a multigraph, so that no edge is lost)."""
    import networkx as nx

    from coach.importers.graphml_stream import read_graphml
    from coach.importers.reading import open_file

    try:
        if kind != "gexf":  # read as it is parsed, the XML tree never whole
            return read_graphml(lambda: open_file(path), path)
        with open_file(path) as data:  # networkx builds the GEXF tree whole
            return nx.read_gexf(data, node_type=str)
    except ImportFailure:
        raise
    except FileNotFoundError:
        raise ImportFailure(f"{path}: no such file") from None
    except Exception as error:  # networkx raises many kinds on bad XML
        what = "GEXF" if kind == "gexf" else "GraphML"
        message = " ".join(str(error).split())[:200]
        raise ImportFailure(f"{path}: not a readable {what} file ({type(error).__name__}: "
                            f"{message})") from None


def import_graph(store: Store, path: Path, kind: str = "graphml", me: str | None = None,
                 progress: ProgressCallback | None = None) -> ImportReport:
    """Import a GraphML or GEXF file in one transaction."""
    graph = read_graph(path, kind)
    report = ImportReport(str(path), kind)
    directed = graph.is_directed()
    me_node = me if me is not None else graph.graph.get("me")
    if me_node is None:
        marked = [node for node, data in graph.nodes(data=True) if _is_true(data.get("me"))]
        me_node = marked[0] if len(marked) == 1 else None
    if me is not None and me not in graph and store.people.by_ref(me) is None:
        raise ImportFailure(f"--me {me}: no node {me!r} in {path.name} or in the workspace")
    with store.transaction():
        session = Session(store, report, progress, kind)
        session.progress.grow(graph.number_of_nodes() + graph.number_of_edges())
        ids: dict[str, int] = {}
        for node, data in graph.nodes(data=True):
            session.progress.advance()
            try:
                ids[node] = _person(session, str(node), data)
            except ValueError as error:
                report.skip(path.name, 0, f"node {node!r}: {error}")
        connections = follows = already = loops = 0
        for a, b, data in graph.edges(data=True):
            session.progress.advance()
            if a not in ids or b not in ids:
                continue
            if ids[a] == ids[b]:
                loops += 1
                continue
            edge_kind = (str(data.get("kind", "")).casefold()
                         or ("follow" if directed else "connection"))
            if edge_kind == "follow":
                status = str(data.get("status", "active")) or "active"
                if status not in ("active", "unfollowed"):
                    report.skip(path.name, 0, f"edge {a!r}→{b!r}: status must be active or "
                                              f"unfollowed, got {status!r}")
                    continue
                if store.follows.status(ids[a], ids[b]) != status:
                    store.follows.set(ids[a], ids[b], status, _text(data.get("since")) or None,
                                      _text(data.get("source")) or kind)
                    follows += 1
                else:
                    already += 1
            elif edge_kind == "connection":
                if store.connections.add(ids[a], ids[b], _text(data.get("source")) or kind,
                                         _text(data.get("connected_on")) or None):
                    connections += 1
                else:
                    already += 1
            else:
                report.skip(path.name, 0, f"edge {a!r}–{b!r}: kind must be connection or "
                                          f"follow, got {edge_kind!r}")
        report.add("nodes read", graph.number_of_nodes())
        report.add("edges read", graph.number_of_edges())
        report.add("connections added", connections)
        report.add("follows added or changed", follows)
        report.add("edges already known", already)
        report.add("self-loops ignored", loops)
        if me_node is not None:
            chosen = ids.get(str(me_node))
            if chosen is None:
                existing = store.people.by_ref(str(me_node))
                chosen = existing.id if existing else None
            if chosen is not None:
                store.set_me(chosen)
                report.remarks.append(f"me: node {me_node}")
        session.count_people()
        session.progress.finish()
    return report


def _person(session: Session, node: str, data: dict) -> int:
    hinted = _text(data.get("degree_hint"))
    degree = Degree.parse(hinted) if hinted else None  # ValueError before anything is written
    if degree is Degree.ME:
        raise ValueError("degree_hint cannot be 'me'")
    first, last = _text(data.get("first_name")), _text(data.get("last_name"))
    if not first and not last:
        full = _text(data.get("name") or data.get("label") or data.get("full_name")) or node
        first, _, last = full.partition(" ")
    fields = {"first_name": first, "last_name": last.strip()}
    for name in _TEXT_FIELDS:
        fields[name] = _text(data.get(name))
    for name in _FLAGS:
        if name in data:
            fields[name] = _is_true(data[name])
    url = _text(data.get("profile_url") or data.get("url") or data.get("linkedin"))
    person = session.person(url=url or None, ref=_text(data.get("key")) or node, **fields)
    tags = [tag for tag in _text(data.get("tags")).split(";") if tag.strip()]
    if tags:
        session.store.tags.add(person, *tags)
    for group in _text(data.get("groups")).split(";"):
        if group.strip():
            session.store.groups.join(group, person)
    if degree is not None:
        mutual = int(data.get("mutual_connections_hint") or 0)
        observed = _text(data.get("hint_observed_on")) or None
        hint = session.store.hints.get(person)
        if hint is None or (hint.degree, hint.mutual_connections, hint.observed_on) != (
                degree, mutual, observed):
            session.store.hints.set(person, degree, mutual, observed, "graphml")
    return person


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _is_true(value) -> bool:
    if isinstance(value, bool):
        return value
    try:
        return flag(str(value))
    except ValueError:
        return False
