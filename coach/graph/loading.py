"""Building the network from the store, through the BLOB snapshot when it is current."""

from __future__ import annotations

import numpy as np

from coach.graph.network import Network
from coach.graph.structure import Structure
from coach.store import Store


def load_structure(store: Store, save: bool = True) -> Structure:
    """The me-independent arrays: from the snapshot if current, else rebuilt (and saved,
    unless ``save`` is false: a command that only reads leaves the store as it was)."""
    revision = store.network_cache.revision()
    parts = store.network_cache.get(revision)
    if parts is not None:
        try:
            return Structure.from_parts(parts)
        except (KeyError, ValueError, OSError):
            pass  # a snapshot from another version of coach: rebuild it
    structure, revision = _consistent(store, revision)
    if save:
        store.network_cache.put(revision, structure.to_parts())
    return structure


READS = 5
"""How many times the network's tables are read while other processes keep changing it."""


def _consistent(store: Store, revision: int) -> tuple[Structure, int]:
    """The structure built from the tables, and the network revision it shows.

    Its queries are separate reads: another process (two imports at once, ``coach log``
    during an import) may commit between them, and the connections read then name people
    the people read did not hold (the build fails on them) or the arrays mix two
    networks. Every commit that changes the network moves the revision in the same
    transaction, so when the revision is the same after the reads as before them, they all
    saw one state; else they are read again (at most ``READS`` times: the last reading is
    returned with the revision read before it, which the snapshot refuses)."""
    for attempt in range(1, READS + 1):
        try:
            structure = build_structure(store)
        except (IndexError, ValueError):
            now = store.network_cache.revision()
            if now == revision or attempt == READS:
                raise
            revision = now
            continue
        now = store.network_cache.revision()
        if now == revision or attempt == READS:
            return structure, revision
        revision = now
    raise AssertionError("unreachable")


def rebuild_snapshot(store: Store) -> Structure:
    """Throw the network snapshot away and take it again from the tables."""
    with store.transaction():
        store.db.execute("DELETE FROM network_cache")
    return load_structure(store, save=True)


def load_network(store: Store, me_id: int | None = None, save: bool = True) -> Network:
    """The network seen from ``me_id`` (default: the workspace's "me")."""
    return Network(load_structure(store, save), store.me if me_id is None else me_id)


NO_EMPLOYER = frozenset({
    "freelance", "freelancer", "self-employed", "self employed", "independent", "indépendant",
    "independant", "indépendante", "auto-entrepreneur", "consultant", "retired", "retraité",
    "student", "étudiant", "étudiante", "looking for work", "open to work", "en recherche",
    "unemployed", "stealth", "confidential", "n/a", "none", "-",
})
"""Company names that are not an employer: people who write them are not coworkers."""


def _employer(company: str | None) -> bool:
    return bool(company) and company not in NO_EMPLOYER


def build_structure(store: Store) -> Structure:
    """Read every structural row from the store (slow on millions of rows: cached after)."""
    db = store.db
    rows = db.fetchall(
        "SELECT id, lower(trim(company)), open_profile, full_name_visible, follow_primary "
        "FROM person ORDER BY id"
    )
    ids = np.array([row[0] for row in rows], dtype=np.int64)
    codes: dict[str, int] = {}
    company = np.array(
        [codes.setdefault(row[1], len(codes) + 1) if _employer(row[1]) else 0 for row in rows],
        dtype=np.int32,
    )
    flags = {
        name: np.array([bool(row[column]) for row in rows], dtype=bool)
        for column, name in ((2, "open_profile"), (3, "full_name_visible"), (4, "follow_primary"))
    }
    memberships = db.fetchall("SELECT group_id, person FROM membership")
    hints = db.fetchall("SELECT person, degree, mutual_connections FROM degree_hint")
    return Structure.build(
        ids,
        connections=store.connections.pairs(),
        follows=store.follows.pairs("active"),
        unfollows=store.follows.pairs("unfollowed"),
        memberships=_columns(memberships, 2),
        hints=_columns(hints, 3),
        flags=flags,
        company=company,
    )


def _columns(rows: list[tuple], width: int) -> tuple[np.ndarray, ...]:
    """Rows of integers as one array per column."""
    if not rows:
        return tuple(np.empty(0, dtype=np.int64) for _ in range(width))
    array = np.array(rows, dtype=np.int64)
    return tuple(array[:, column].copy() for column in range(width))
