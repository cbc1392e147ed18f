"""Many contacts in the stable JSON shape at once, read from a listing's arrays.

``coach contacts --json`` prints tens of thousands of contacts: one ``Contact`` per person
(a store lookup, an index search and a dataclass each) cost seconds at 100k people; reading
the listing's columns costs a fraction of that, for the same output as ``Contact.to_json``.
"""

from __future__ import annotations

from json.encoder import encode_basestring
from typing import TYPE_CHECKING, TextIO

import numpy as np

from coach.model import LINKEDIN_MEMBER, Degree
from coach.naming import display_name

if TYPE_CHECKING:
    from coach.listing import ContactListing

_LABELS = {degree.value: degree.label for degree in Degree}
_DEGREES = {degree.value: degree for degree in Degree}


_NEAR = (Degree.ME, Degree.FIRST, Degree.SECOND)


def _shown(first: str, last: str, full_name_visible: bool, degree: int, name: str,
           in_group: bool) -> str:
    """``naming.display_name`` for one contact's columns, with the common cases first (same
    result)."""
    if degree == Degree.OUT_OF_NETWORK and not in_group:
        return LINKEDIN_MEMBER
    if degree in _NEAR and first and last and first == first.strip() and last == last.strip():
        return name
    return display_name(first, last, _DEGREES[degree], full_name_visible, fallback=name,
                        shares_group=in_group)


def contacts_json(listing: "ContactListing", positions: np.ndarray) -> list[dict]:
    """Each contact at these positions as ``Contact.to_json`` gives it, in the same order."""
    columns = _columns(listing, positions)
    return [dict(zip(KEYS, values, strict=True))
            for values in zip(*(columns[key] for key in KEYS), strict=True)]


KEYS = ("id", "ref", "name", "display_name", "degree", "degree_label", "degree_observed",
        "mutual_connections", "follows_me", "i_follow", "headline", "company", "position",
        "location", "profile_url", "open_profile", "shares_group", "coworker", "tags",
        "last_interaction", "last_interaction_kind")
"""The keys of a contact's JSON, in ``Contact.to_json`` order."""


def contacts_json_text(listing: "ContactListing", positions: np.ndarray) -> str:
    """``json.dumps(contacts_json(…), ensure_ascii=False)``, byte for byte, written without
    building a dict per contact: each field is encoded a column at a time (with the C
    encoder for text), then one format per contact — a third of the time at 20k contacts."""
    columns = _columns(listing, positions)
    if not columns["id"]:
        return "[]"
    encoded = [_ENCODERS[key](columns[key]) for key in KEYS]
    return "[" + ", ".join(_TEMPLATE % row for row in zip(*encoded, strict=True)) + "]"


_TEMPLATE = "{" + ", ".join(f"{encode_basestring(key)}: %s" for key in KEYS) + "}"
"""One contact's JSON with a ``%s`` per value, keys and separators as ``json.dumps`` writes them."""


def _text(column: list) -> list[str]:
    return list(map(encode_basestring, column))


def _maybe_text(column: list) -> list[str]:
    return ["null" if value is None else encode_basestring(value) for value in column]


def _whole(column: list) -> list[str]:
    return list(map(str, column))


def _maybe_whole(column: list) -> list[str]:
    return ["null" if value is None else str(value) for value in column]


def _yes_no(column: list) -> list[str]:
    return ["true" if value else "false" for value in column]


def _texts(column: list) -> list[str]:
    return ["[" + ", ".join(map(encode_basestring, value)) + "]" if value else "[]"
            for value in column]


_ENCODERS = {
    "id": _whole, "ref": _maybe_text, "name": _text, "display_name": _text,
    "degree": _maybe_whole, "degree_label": _text, "degree_observed": _yes_no,
    "mutual_connections": _whole, "follows_me": _yes_no, "i_follow": _yes_no,
    "headline": _text, "company": _text, "position": _text, "location": _text,
    "profile_url": _maybe_text, "open_profile": _yes_no, "shares_group": _yes_no,
    "coworker": _yes_no, "tags": _texts, "last_interaction": _maybe_text,
    "last_interaction_kind": _maybe_text,
}
"""How each field of a contact is written as JSON, a whole column at once."""


def _columns(listing: "ContactListing", positions: np.ndarray) -> dict[str, list]:
    """Each field of the contacts at these positions, as a column (people no longer in the
    store, when the snapshot is a step behind, are left out)."""
    positions, people = listing.people_at(positions)
    indices = listing.indices[positions]
    network = listing.network
    tags, latest = listing.roster.tags, listing.roster.latest
    ids = people.ids.tolist()
    names = people.full_names
    degrees = listing.degree[positions].tolist()
    last = [latest.get(person_id) for person_id in ids]
    text = people.text
    in_group = network.shares_group[indices].tolist()
    return {
        "id": ids, **{key: text[key] for key in
                      ("ref", "headline", "company", "position", "location", "profile_url")},
        "name": names,
        "display_name": list(map(_shown, text["first_name"], text["last_name"],
                                 people.flags["full_name_visible"].tolist(), degrees, names,
                                 in_group)),
        "degree": [None if degree == Degree.OUT_OF_NETWORK else degree for degree in degrees],
        "degree_label": [_LABELS[degree] for degree in degrees],
        "degree_observed": network.observed[indices].tolist(),
        "mutual_connections": listing.mutual[positions].tolist(),
        "follows_me": listing.follows_me[positions].tolist(),
        "i_follow": listing.i_follow[positions].tolist(),
        "open_profile": people.flags["open_profile"].tolist(),
        "shares_group": in_group,
        "coworker": network.coworker[indices].tolist(),
        "tags": [list(tags.get(person_id, ())) for person_id in ids],
        "last_interaction": [seen[0] if seen else None for seen in last],
        "last_interaction_kind": [seen[1] if seen else None for seen in last],
    }


CHUNK = 5_000
"""Contacts per piece when the document is written out (``write_contacts_json``)."""


def write_contacts_json(listing: "ContactListing", positions: np.ndarray, out: TextIO,
                        chunk: int = CHUNK) -> None:
    """``contacts_json_text`` written to ``out`` a chunk of contacts at a time, the same
    bytes: at 100k contacts the whole text (53 MB) and its encoded columns took 227 MiB
    at their peak, the pieces 14 MiB, and the time is no longer (bench/RESULTS.md)."""
    out.write("[")
    first = True
    step = max(1, chunk)
    for start in range(0, len(positions), step):
        text = contacts_json_text(listing, positions[start:start + step])
        if text != "[]":  # everyone of this piece left the store since the snapshot
            out.write(text[1:-1] if first else ", " + text[1:-1])
            first = False
    out.write("]")
