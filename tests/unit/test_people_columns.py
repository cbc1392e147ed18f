"""Everyone as columns: the same people, names, order and safety as one ``Person`` each."""

from __future__ import annotations

import numpy as np
import pytest

from coach.contacts import PersonRows
from coach.listing import SORTS, ContactListing, ListFilter
from coach.model import Degree
from coach.naming import fold, fold_many
from coach.people_columns import FLAGS, PeopleColumns, name_ranks
from coach.store import Store
from coach.store.people import PERSON_COLUMNS, person_from_row

ODD_TEXTS = ["", " ", "Léa  Dubois ", "ΣΟΦΙΑ Παππάς", "Łukasz\tØrsted", "a\x1cb", "x\u00a0y",
             "\u00a8e", "ﬁne", "İstanbul", "ß", "a\x85b", "e\u0301", "\u0301start", "中文 名字",
             "\u3000x\u3000", "Eve\x1b[31m", "tab\t\tend\n", "  two  spaces  "]


def test_folding_many_texts_at_once_folds_each_as_fold_does():
    for first in ODD_TEXTS:
        for second in ODD_TEXTS:
            texts = [first, second, first, ""]
            assert fold_many(texts) == [fold(text) for text in texts], texts
            assert [text.split() for text in fold_many(texts, spaces=False)] == \
                [fold(text).split() for text in texts], texts  # the same words
    assert fold_many(["a\x00b", "C"]) == ["a\x00b", "c"]  # a NUL in the data: one by one
    assert fold_many(["a\x00B  é", " C"], spaces=False) == ["a\x00b  e", " c"]
    assert fold_many([]) == []


def test_name_ranks_follow_sorted_order_and_equal_names_share_a_rank():
    ranks = name_ranks(["b", "a", "c", "a", ""])
    assert ranks.tolist() == [2, 1, 3, 1, 0]
    assert name_ranks([]).tolist() == [] and name_ranks(["x"]).tolist() == [0]


@pytest.fixture
def messy_store(tmp_path):
    """People with missing, padded, accented and hostile names, some ids left free."""
    with Store(tmp_path / "people.sqlite3") as store:
        ids = []
        for fields in ({"first_name": "Léa", "last_name": "Dubois", "company": "Pixel"},
                       {"first_name": "  Anne ", "last_name": " Marie ", "open_profile": True},
                       {"first_name": "", "last_name": "", "ref": "only-ref"},
                       {"first_name": "", "last_name": ""},
                       {"first_name": "Eve\x1b[31m", "last_name": "Red\x07",
                        "headline": "Head\u202eof", "full_name_visible": True},
                       {"first_name": "Łukasz", "last_name": "", "location": "Gdańsk"}):
            ids.append(store.people.add(**fields))
        with store.transaction() as conn:  # an id left free
            conn.execute("DELETE FROM person WHERE id = ?", (ids[3],))
        yield store


def test_columns_hold_what_the_rows_hold(messy_store):
    columns = PeopleColumns.read(messy_store)
    rows = messy_store.people.rows()
    assert columns.ids.tolist() == [row[0] for row in rows]
    assert [columns.row(at) for at in range(len(columns))] == \
        [tuple(bool(v) if name in ("open_profile", "full_name_visible", "follow_primary")
               else v for name, v in zip(PERSON_COLUMNS, row, strict=True)) for row in rows]
    assert columns.full_names == [person_from_row(row, raw=True).full_name for row in rows]
    assert columns.folded_names == [fold(person_from_row(row, raw=True).full_name)
                                    for row in rows]
    assert columns.at(np.array([rows[-1][0], 999, rows[0][0]])).tolist() == \
        [len(rows) - 1, -1, 0]
    assert columns.index(999) is None and columns.index(rows[0][0]) == 0


def test_a_person_from_the_columns_is_safe_for_a_terminal(messy_store):
    columns = PeopleColumns.read(messy_store)
    eve = next(at for at in range(len(columns)) if columns.text["first_name"][at].startswith("Eve"))
    assert "\x1b" in columns.text["first_name"][eve]  # the columns are raw, as the store
    person = columns.person(eve)
    assert person.first_name == "Eve\\x1b[31m" and person.last_name == "Red\\x07"
    assert person.headline == "Head\\u202eof" and person.full_name_visible is True
    rows = PersonRows(messy_store, columns=columns)
    assert rows[int(columns.ids[eve])] == person and len(rows) == len(columns)


def test_people_read_lazily_and_as_columns_are_the_same(messy_store):
    lazy, whole = PersonRows(messy_store), PersonRows(messy_store,
                                                      columns=PeopleColumns.read(messy_store))
    ids = [*whole, 12345]
    assert [lazy.rows_for([pid])[0] for pid in ids] == [whole.rows_for([pid])[0] for pid in ids]
    assert lazy.rows_for(ids)[-1] is None and 12345 not in whole and ids[0] in whole


def test_the_app_and_the_command_line_list_in_the_same_orders(demo_service, demo_workspace):
    """An eager listing (everyone's columns) and a one-shot one (only the people shown)
    select the same contacts in the same order for every sort, filter and search."""
    from coach.contacts import Roster

    roster = demo_service.roster
    eager = ContactListing(roster)
    for sort in SORTS:
        for search in ("", "a", "lea", "cartalis prod"):
            for followers in (False, True):
                wanted = ListFilter(search=search, sort=sort, followers=followers)
                lazy = ContactListing(Roster.from_store(demo_workspace.store, roster.network),
                                      eager=False)
                assert lazy.select(wanted).tolist() == eager.select(wanted).tolist(), wanted
                positions = eager.select(wanted)
                assert lazy.to_json_text(positions) == eager.to_json_text(positions)


def test_a_first_look_shows_its_first_lines_in_the_exact_order(demo_workspace, monkeypatch):
    """The app's first look (no one's columns read) orders its first lines as the whole
    state will, lists everyone the filter selects, and reads names for the first lines only."""
    import coach.listing as listing_module
    from coach.service import NetworkService
    from coach.service.state import NetworkState

    monkeypatch.setattr(listing_module, "PREVIEW_LINES", 5)
    service = NetworkService(demo_workspace, eager=True)
    whole = service.rebuild().listing
    for named in (10_000, 6):  # every group the first lines reach, or a group cut short
        monkeypatch.setattr(listing_module, "PREVIEW_NAMED", named)
        for sort in ("degree", "mutual", "recent"):
            for degree in (None, *Degree):
                wanted = ListFilter(degree=degree, sort=sort)
                state = NetworkState.read_preview(demo_workspace.store, service.clock())
                first = service.contacts(wanted, state=state).positions
                exact = whole.select(wanted)
                assert sorted(first.tolist()) == sorted(exact.tolist()), wanted
                if named == 10_000:
                    assert first[:5].tolist() == exact[:5].tolist(), wanted
                assert state.preview and not state.roster.people.complete
    assert service.rebuild(state).network is state.network  # not read twice


def _as_columns_give(row: tuple) -> tuple:
    return tuple(bool(value) if name in FLAGS else value
                 for name, value in zip(PERSON_COLUMNS, row, strict=True))


def test_a_persons_details_are_read_alone_until_everyones_are(messy_store):
    """URLs and emails, which no search reads, are read for the person shown until many rows
    are asked for; the same rows either way, and someone gone since reads as blank."""
    ada = messy_store.people.add(first_name="Ada", last_name="Web", headline="CTO at Pixel",
                                 location="Lyon", profile_url="https://www.linkedin.com/in/ada",
                                 email="ada@example.org")
    columns = PeopleColumns.read(messy_store)
    stored = {row[0]: _as_columns_give(row) for row in messy_store.people.rows()}
    at = columns.index(ada)
    for_rules = columns.person(at, contact_details=False)  # what a rule's texts read
    assert (for_rules.headline, for_rules.location) == ("CTO at Pixel", "Lyon")
    assert for_rules.profile_url is None and for_rules.email is None
    assert columns.row(at) == stored[ada]  # nothing of the details read yet
    searched = columns.search_columns(np.array([at]))  # company, position, headline, place
    assert [column.text(0) for column in searched][2:] == ["cto at pixel", "lyon"]
    assert columns.row(at) == stored[ada]  # headline and place read, URL and email alone
    gone = int(columns.ids[0])
    with messy_store.transaction() as conn:
        conn.execute("DELETE FROM person WHERE id = ?", (gone,))
    row = dict(zip(PERSON_COLUMNS, columns.row(0), strict=True))
    assert row["id"] == gone and row["profile_url"] is None and row["email"] is None
    people = PersonRows(messy_store, columns=columns)
    everyone = [int(person_id) for person_id in columns.ids]
    rows = people.rows_for(everyone)  # many rows: everyone's details with one query
    assert rows[1:] == [stored[person_id] for person_id in everyone[1:]]
    assert rows[0][7:9] == (None, None)
    assert people.rows_for([ada]) == [stored[ada]] and people[ada].email == "ada@example.org"
    assert columns.person(at, contact_details=False) == people[ada]  # everyone's read now


def test_references_are_held_only_where_a_name_falls_back_on_them(messy_store):
    """A million references would be 60 MB: the columns hold the reference of the people
    without a name (their name), and a named person's is read with their row."""
    bo = messy_store.people.add(first_name="Bo", last_name="", ref="bo-ref")
    ng = messy_store.people.add(first_name="", last_name="Ng", ref="ng-ref")
    columns = PeopleColumns.read(messy_store)
    rows = messy_store.people.rows()
    assert sorted(ref for ref in columns.name_refs if ref) == ["only-ref"]
    assert columns.full_names == [person_from_row(row, raw=True).full_name for row in rows]
    assert [columns.listed(at).full_name for at in range(len(columns))] == \
        [person_from_row(row).full_name for row in rows]
    only = columns.name_refs.index("only-ref")
    for_rules = columns.person(only, contact_details=False)
    assert (for_rules.ref, for_rules.full_name) == ("only-ref", "only-ref")
    assert columns.person(columns.index(bo), contact_details=False).full_name == "Bo"
    assert columns.row(columns.index(bo))[PERSON_COLUMNS.index("ref")] == "bo-ref"  # alone
    assert columns.person(columns.index(ng)).ref == "ng-ref"
    assert [columns.row(at) for at in range(len(columns))] == \
        [_as_columns_give(row) for row in rows]  # everyone's read with one query


def test_search_columns_leave_the_name_out_and_keep_a_shared_text_once(messy_store):
    """The names are searched in ``folded_names``: the search columns hold the rest, folded,
    and people with the same company (or headline…) share one text; a place of -1 (someone
    the store does not hold) reads as blank."""
    same = {"company": "Pixel SA", "position": "Designer", "headline": "Designer at Pixel",
            "location": "Lyon"}
    ana = messy_store.people.add(first_name="Ana", last_name="Lopez", **same)
    bea = messy_store.people.add(first_name="Béa", last_name="Roux", **same)
    columns = PeopleColumns.read(messy_store)
    ana_at, bea_at = columns.index(ana), columns.index(bea)
    searched = columns.search_columns(np.array([ana_at, -1, bea_at]))
    assert [column.text(0) for column in searched] == \
        ["pixel sa", "designer", "designer at pixel", "lyon"]
    assert [column.text(1) for column in searched] == ["", "", "", ""]
    for column in searched:
        assert column.number[0] == column.number[2] and len(column.texts) == 2
    assert columns.folded_names[bea_at] == "bea roux"
