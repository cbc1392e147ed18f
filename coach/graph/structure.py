"""The network as arrays that do not depend on who "me" is, built once per change.

People are numbered 0..n-1 in ascending id order; ``ids[i]`` is the store id of index i.
The arrays are saved in the store as BLOBs so that opening a large workspace is a read of a
few buffers, not of millions of rows.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, fields

import numpy as np

from coach.graph.csr import CSR


@dataclass(frozen=True, slots=True)
class Structure:
    """Connections, follows, groups, degree hints and per-person flags as numpy arrays."""

    ids: np.ndarray
    connections: CSR
    follows_out: CSR
    follows_in: CSR
    unfollowed: CSR
    groups: CSR
    hint_degree: np.ndarray
    hint_mutual: np.ndarray
    open_profile: np.ndarray
    full_name_visible: np.ndarray
    follow_primary: np.ndarray
    company: np.ndarray

    @property
    def size(self) -> int:
        """How many people the network holds."""
        return int(self.ids.size)

    def index_of(self, person_ids) -> np.ndarray:
        """The indices of store ids (each id must exist)."""
        return np.searchsorted(self.ids, np.asarray(person_ids, dtype=np.int64))

    def index(self, person_id: int) -> int | None:
        """The index of one store id, or None when it is not in the network."""
        position = int(np.searchsorted(self.ids, person_id))
        if position < self.ids.size and int(self.ids[position]) == person_id:
            return position
        return None

    @classmethod
    def build(
        cls,
        ids: np.ndarray,
        connections: tuple[np.ndarray, np.ndarray],
        follows: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0)),
        unfollows: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0)),
        memberships: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0)),
        hints: tuple[np.ndarray, np.ndarray, np.ndarray] = (np.empty(0),) * 3,
        flags: dict[str, np.ndarray] | None = None,
        company: np.ndarray | None = None,
    ) -> "Structure":
        """Build from store ids: connection pairs, follow pairs (follower, followee),
        unfollow pairs, (group, person) memberships, (person, degree, mutual) hints, boolean
        flag arrays aligned with ``ids`` and company codes (0 for none)."""
        ids = np.asarray(ids, dtype=np.int64)
        order = np.argsort(ids, kind="stable")
        ids = ids[order]
        n = ids.size

        def at(values):
            return np.searchsorted(ids, np.asarray(values, dtype=np.int64))

        group_ids = np.asarray(memberships[0], dtype=np.int64)
        __, group_codes = np.unique(group_ids, return_inverse=True)
        group_count = int(group_codes.max()) + 1 if group_codes.size else 0
        hint_degree = np.zeros(n, dtype=np.int8)
        hint_mutual = np.zeros(n, dtype=np.int32)
        if len(hints[0]):
            where = at(hints[0])
            hint_degree[where] = np.asarray(hints[1], dtype=np.int8)
            hint_mutual[where] = np.asarray(hints[2], dtype=np.int32)
        flags = flags or {}

        def flag(name):
            values = flags.get(name)
            return np.zeros(n, dtype=bool) if values is None else np.asarray(values, bool)[order]

        return cls(
            ids=ids,
            connections=CSR.from_pairs(n, at(connections[0]), at(connections[1]), True),
            follows_out=CSR.from_pairs(n, at(follows[0]), at(follows[1])),
            follows_in=CSR.from_pairs(n, at(follows[1]), at(follows[0])),
            unfollowed=CSR.from_pairs(n, at(unfollows[0]), at(unfollows[1])),
            groups=_person_groups(n, at(memberships[1]), group_codes, group_count),
            hint_degree=hint_degree,
            hint_mutual=hint_mutual,
            open_profile=flag("open_profile"),
            full_name_visible=flag("full_name_visible"),
            follow_primary=flag("follow_primary"),
            company=(np.zeros(n, dtype=np.int32) if company is None
                     else np.asarray(company, dtype=np.int32)[order]),
        )

    def to_parts(self) -> dict[str, bytes]:
        """Every array as .npy bytes, named for the cache."""
        parts = {}
        for field in fields(self):
            value = getattr(self, field.name)
            if isinstance(value, CSR):
                parts[f"{field.name}.indptr"] = _npy(value.indptr)
                parts[f"{field.name}.indices"] = _npy(value.indices)
            else:
                parts[field.name] = _npy(value)
        return parts

    @classmethod
    def from_parts(cls, parts: dict[str, bytes]) -> "Structure":
        """Rebuild from :meth:`to_parts`; raises KeyError or ValueError on a bad snapshot."""
        values = {}
        for field in fields(cls):
            if field.type in ("CSR", CSR):
                values[field.name] = CSR(
                    _array(parts[f"{field.name}.indptr"]), _array(parts[f"{field.name}.indices"])
                )
            else:
                values[field.name] = _array(parts[field.name])
        return cls(**values)


def _person_groups(n: int, people: np.ndarray, group_codes: np.ndarray, count: int) -> CSR:
    """A person → group adjacency (groups numbered 0..count-1), from memberships."""
    if people.size == 0:
        return CSR.empty(n)
    # Encode groups after the people so that one square CSR holds the bipartite links.
    square = CSR.from_pairs(n + count, people, group_codes.astype(np.int64) + n)
    indptr = square.indptr[: n + 1]
    indices = (square.indices - n).astype(square.indices.dtype)
    return CSR(indptr, indices)


def _npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def _array(data: bytes) -> np.ndarray:
    return np.load(io.BytesIO(data), allow_pickle=False)
