"""Store calls the importers added: bulk people and dated connections, and a key clash."""

from __future__ import annotations

from coach.importers.matching import PeopleIndex

IN = "https://www.linkedin.com/in/"


def test_add_many_returns_ids_in_order_with_defaults(store):
    first = store.people.add(first_name="Existing")
    ids = store.people.add_many([
        {"first_name": "Léa", "profile_url": IN + "lea"},
        {"first_name": "Bob", "ref": "bob", "open_profile": True},
        {},
    ])
    assert ids == [first + 1, first + 2, first + 3]
    lea, bob, blank = (store.people.get(i) for i in ids)
    assert (lea.first_name, lea.profile_url, lea.email, lea.ref) == ("Léa", IN + "lea", None, None)
    assert bob.open_profile and bob.ref == "bob" and bob.last_name == ""
    assert blank.full_name == f"#{blank.id}"
    assert store.people.add_many([]) == []


def test_add_dated_keeps_known_dates_and_fills_missing_ones(store):
    a, b, c = store.people.add_many([{}, {}, {}])
    store.connections.add(a, b, "manual", None)
    store.connections.add(a, c, "manual", "2020-01-01")
    added = store.connections.add_dated([(b, a, "2024-05-09"), (c, a, "2024-05-09"), (b, c, None)],
                                        "linkedin")
    assert added == 1
    assert dict(store.connections.dates_of(a)) == {b: "2024-05-09", c: "2020-01-01"}
    assert store.db.fetchone("SELECT source FROM connection WHERE a = ? AND b = ?", (b, c))[0] == \
        "linkedin"


def test_an_index_never_gives_a_taken_reference_to_someone_else(store):
    store.people.upsert(profile_url=IN + "a", ref="k", first_name="A")
    other = store.people.upsert(profile_url=IN + "b", ref="k", first_name="B")  # same key
    assert other.added and store.people.get(other.id).ref is None
    index = PeopleIndex(store)
    written = index.write(url=IN + "c", ref="k", first_name="C")
    assert written.added and store.people.get(written.id).ref is None
    assert index.locate(None, "k") == store.people.by_ref("k").id
    assert index.locate(IN + "c", "k") == written.id
