"""Writing a workspace out: coach CSV (importable again), JSON, or GraphML.

``csv`` writes the coach CSV folder (or .zip) that ``coach import`` reads, so that an
export imported into an empty workspace gives the same network: the same people, names,
connections, follows, groups, interactions, invitations, notes and degree hints. ``json``
writes the same content as one document, which ``coach import`` reads back as well. ``graphml`` writes people (with their tags,
groups and degree hints) and their connections and follows (``kind`` = connection or
follow) for graph tools; ``coach import`` reads it back (interactions, invitations and
notes are only in csv and json).
"""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from pathlib import Path

from coach.importers.coach_csv import FILES, PEOPLE_COLUMNS
from coach.model import Degree
from coach.store import Store
from coach.store.faults import is_sqlite_file

EXPORT_FORMATS = ("csv", "json", "graphml")


class ExportError(Exception):
    """The export cannot be written (the message is one line)."""


def export_format(path: Path, format: str | None) -> str:
    """The format asked for, else the one PATH's extension names, else csv."""
    if format:
        return format
    suffix = path.suffix.lower()
    return {".json": "json", ".graphml": "graphml"}.get(suffix, "csv")


def export_workspace(store: Store, path: Path, format: str | None = None,
                     force: bool = False, workspace: Path | None = None) -> dict[str, int]:
    """Write the store to PATH; returns how many rows of each kind were written. Never
    inside ``workspace`` (the folder of the store, its settings and rules), never over an
    SQLite file, even with ``force``."""
    kind = export_format(path, format)
    if kind not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {kind!r}: use {', '.join(EXPORT_FORMATS)}")
    _refuse_the_store(store, path, workspace)
    if path.exists() and not force:
        if path.is_file() or any(path.iterdir()):
            raise ExportError(f"{path} already exists: choose another path or add --force")
    tables = collect(store)
    if kind == "csv":
        _write_csv(tables, path)
    elif kind == "json":
        document = {"format": "coach", "version": 1,
                    **{name.removesuffix(".csv"): [dict(zip(FILES[name], row)) for row in rows]
                       for name, rows in tables.items()}}
        _write_text(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    else:
        _write_graphml(tables, path)
    return {name.removesuffix(".csv"): len(rows) for name, rows in tables.items()}


def _refuse_the_store(store: Store, path: Path, workspace: Path | None) -> None:
    """An export never lands on the store, in its workspace folder or on any SQLite file,
    even with ``force``: that would replace someone's data with a copy of it."""
    target = path.expanduser().resolve()
    if target == store.path.expanduser().resolve():
        raise ExportError(f"{path} is the workspace's store: export somewhere else "
                          "(--force never overwrites it)")
    folder = workspace.expanduser().resolve() if workspace is not None else None
    if folder is not None and (target == folder or folder in target.parents):
        raise ExportError(f"{path} is inside the workspace folder {folder}: export "
                          "somewhere else (--force never writes there)")
    if target.is_file() and is_sqlite_file(target):
        raise ExportError(f"{path} is an SQLite database (a coach store?): choose another "
                          "path (--force never overwrites a database)")


def person_keys(store: Store) -> dict[int, str]:
    """A unique, readable key for everyone: their reference, else their URL's slug, else an id."""
    rows = store.db.fetchall("SELECT id, ref, profile_url FROM person ORDER BY id")
    taken = {ref for _, ref, _ in rows if ref}
    keys: dict[int, str] = {}
    for person, ref, url in rows:
        if ref:
            keys[person] = ref
            continue
        slug = url.rstrip("/").rsplit("/", 1)[-1] if url and "/in/" in url else ""
        key = slug if slug and slug not in taken else f"person-{person}"
        while key in taken:
            key = f"{key}-{person}"
        taken.add(key)
        keys[person] = key
    return keys


def collect(store: Store) -> dict[str, list[list[str]]]:
    """Every table of the coach CSV format as rows of text, in a stable order."""
    db = store.db
    keys = person_keys(store)
    me = store.me
    tags = store.tags.all()
    yes = {True: "yes", False: "no"}
    people = []
    for person in store.people.all(raw=True):
        people.append([
            keys[person.id], person.first_name, person.last_name, person.headline,
            person.company, person.position, person.location, person.profile_url or "",
            person.email or "", yes[person.open_profile], yes[person.full_name_visible],
            yes[person.follow_primary], ";".join(tags.get(person.id, [])),
            "yes" if person.id == me else "",
        ])

    def rows(sql: str, *people_at: int) -> list[list[str]]:
        out = []
        for row in db.fetchall(sql):
            row = ["" if value is None else value for value in row]
            for position in people_at:
                row[position] = keys[row[position]]
            out.append([str(value) for value in row])
        return out

    return {
        "people.csv": people,
        "connections.csv": rows("SELECT a, b, connected_on, source, unlisted_on FROM connection "
                                "ORDER BY a, b", 0, 1),
        "follows.csv": rows("SELECT follower, followee, status, since FROM follow "
                            "ORDER BY follower, followee", 0, 1),
        "groups.csv": rows("SELECT g.name, m.person, m.joined_on FROM membership m "
                           "JOIN member_group g ON g.id = m.group_id ORDER BY g.name, m.person", 1),
        "interactions.csv": rows("SELECT person, kind, direction, at, note FROM interaction "
                                 "ORDER BY id", 0),
        "invitations.csv": rows("SELECT person, direction, sent_at, status, message, resolved_at "
                                "FROM invitation ORDER BY id", 0),
        "notes.csv": rows("SELECT person, created_at, text, due_on, done_on FROM note "
                          "ORDER BY id", 0),
        "degree_hints.csv": [
            [keys[person], Degree(degree).label, str(mutual), observed or ""]
            for person, degree, mutual, observed in db.fetchall(
                "SELECT person, degree, mutual_connections, observed_on FROM degree_hint "
                "ORDER BY person")
        ],
    }


def _csv_text(columns, rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue()


def _write_csv(tables: dict[str, list[list[str]]], path: Path) -> None:
    files = {name: _csv_text(PEOPLE_COLUMNS if name == "people.csv" else FILES[name], rows)
             for name, rows in tables.items()}
    try:
        if path.suffix.lower() == ".zip":
            path.parent.mkdir(parents=True, exist_ok=True)
            _private(path)
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, text in files.items():
                    archive.writestr(name, text)
            return
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        for name, text in files.items():
            _write_text(path / name, text)
        return
    except OSError as error:
        raise ExportError(f"{path}: cannot write ({error.strerror})") from None


def _private(path: Path) -> None:
    """Create (or empty) a file readable by its owner only: exports hold personal data."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))


def _write_text(path: Path, text: str) -> None:
    try:
        _private(path)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise ExportError(f"{path}: cannot write ({error.strerror})") from None


def _write_graphml(tables: dict[str, list[list[str]]], path: Path) -> None:
    import networkx as nx

    graph = nx.MultiDiGraph()
    flags = {"open_profile", "full_name_visible", "follow_primary", "me"}
    for row in tables["people.csv"]:
        data = dict(zip(PEOPLE_COLUMNS, row))
        key = data.pop("key")
        attributes = {name: (value == "yes") if name in flags else value
                      for name, value in data.items() if value != "" or name in flags}
        graph.add_node(key, **attributes)
        if attributes.get("me"):
            graph.graph["me"] = key
    for key, degree, mutual, observed in tables["degree_hints.csv"]:
        graph.nodes[key].update(degree_hint=degree, mutual_connections_hint=int(mutual),
                                hint_observed_on=observed)
    groups: dict[str, list[str]] = {}
    for group, key, _joined in tables["groups.csv"]:
        groups.setdefault(key, []).append(group)
    for key, names in groups.items():
        graph.nodes[key]["groups"] = ";".join(names)
    for a, b, connected_on, source, _unlisted in tables["connections.csv"]:
        graph.add_edge(a, b, kind="connection", connected_on=connected_on, source=source)
    for follower, followee, status, since in tables["follows.csv"]:
        graph.add_edge(follower, followee, kind="follow", status=status, since=since)
    try:
        _private(path)
        nx.write_graphml(graph, path, encoding="utf-8")
    except OSError as error:
        raise ExportError(f"{path}: cannot write ({error.strerror})") from None
