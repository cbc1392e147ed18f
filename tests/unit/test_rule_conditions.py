"""Operators, combinators, named lists and conditions: one contact and a whole network agree."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.dtypes import StringDType

from coach.strategy.condition_reader import ConditionReader
from coach.strategy.facts import FACTS, LIST, NUMBER, TEXT, YES_NO, complete_facts


def compile_condition(raw, lists=None, named=None):
    errors = []
    condition = ConditionReader(dict(lists or {}), dict(named or {})).read(raw, errors)
    assert errors == [], errors
    return condition


class Columns:
    """A tiny fact table built from dicts, the way FactTable lays facts out."""

    def __init__(self, rows: list[dict]):
        self.size = len(rows)
        self.rows = [complete_facts(row) for row in rows]

    def column(self, name):
        values = [row.get(name) for row in self.rows]
        if FACTS[name].type == YES_NO:
            return np.array([bool(v) for v in values])
        return np.array([np.nan if v is None else float(v) for v in values])

    def text(self, name):
        values = [row.get(name) for row in self.rows]
        return (np.array(["" if v is None else v.casefold() for v in values], dtype=StringDType()),
                self.present(name))

    def list_rows(self, name):
        rows = {}
        for index, row in enumerate(self.rows):
            for tag in {tag.casefold() for tag in row[name]}:
                rows.setdefault(tag, []).append(index)
        listed = np.array([bool(row[name]) for row in self.rows], dtype=bool)
        return {tag: np.array(found) for tag, found in rows.items()}, listed

    def present(self, name):
        return np.array([row.get(name) is not None for row in self.rows])

    def holds(self, condition):
        return condition.mask(self)


@pytest.mark.parametrize("raw, facts, expected", [
    ({"fact": "degree", "eq": 2}, {"degree": 2}, True),
    ({"fact": "degree", "ne": 2}, {"degree": 2}, False),
    ({"fact": "degree", "ne": 2}, {}, True),
    ({"fact": "mutual_connections", "lt": 3}, {"mutual_connections": 2}, True),
    ({"fact": "mutual_connections", "lte": 2}, {"mutual_connections": 2}, True),
    ({"fact": "mutual_connections", "gt": 2}, {"mutual_connections": 2}, False),
    ({"fact": "mutual_connections", "gte": 2}, {"mutual_connections": 2}, True),
    ({"fact": "days_since_last_interaction", "gt": 90}, {}, False),
    ({"fact": "days_since_last_interaction", "lt": 90}, {}, False),
    ({"fact": "days_since_last_interaction", "missing": True}, {}, True),
    ({"fact": "days_since_last_interaction", "missing": False}, {"days_since_last_interaction": 0},
     True),
    ({"fact": "degree", "in": [2, 3]}, {"degree": 3}, True),
    ({"fact": "degree", "not_in": [2, 3]}, {"degree": 1}, True),
    ({"fact": "company", "eq": "orbiteo"}, {"company": "Orbiteo"}, True),
    ({"fact": "company", "in": ["Pixel", "ORBITEO"]}, {"company": "Orbiteo"}, True),
    ({"fact": "headline", "contains": "product"}, {"headline": "Head of Product"}, True),
    ({"fact": "headline", "contains_any": ["design", "data"]}, {"headline": "Data Analyst"}, True),
    ({"fact": "headline", "contains": "x"}, {}, False),
    ({"fact": "tags", "contains": "close"}, {"tags": ["Close", "client"]}, True),
    ({"fact": "tags", "contains_any": ["mentor", "friend"]}, {"tags": ["client"]}, False),
    ({"fact": "tags", "missing": True}, {"tags": []}, True),
    ({"fact": "follows_me", "eq": True}, {"follows_me": True}, True),
    ({"fact": "follows_me", "missing": True}, {}, False),
    ({"all": [{"fact": "degree", "eq": 2}, {"fact": "follows_me", "eq": True}]},
     {"degree": 2, "follows_me": False}, False),
    ({"any": [{"fact": "degree", "eq": 2}, {"fact": "follows_me", "eq": True}]},
     {"degree": 1, "follows_me": True}, True),
    ({"not": {"fact": "degree", "eq": 2}}, {"degree": 1}, True),
])
def test_operators_and_combinators(raw, facts, expected):
    condition = compile_condition(raw)
    assert condition.holds(complete_facts(facts)) is expected
    assert condition.mask(Columns([facts])).tolist() == [expected]


def test_named_lists_and_conditions():
    condition = compile_condition(
        {"all": [{"condition": "close"}, {"fact": "degree", "in": "near"}]},
        lists={"close_tags": ("close", "mentor"), "near": (1, 2)},
        named={"close": {"fact": "tags", "contains_any": "close_tags"}},
    )
    assert condition.holds(complete_facts({"degree": 1, "tags": ["mentor"]}))
    assert not condition.holds(complete_facts({"degree": 3, "tags": ["mentor"]}))
    assert condition.describe() == 'all of (condition "close"; degree in near)'


def test_explanations_name_the_condition_that_did_not_hold():
    condition = compile_condition({"all": [
        {"fact": "degree", "eq": 2},
        {"not": {"fact": "invitation_pending", "eq": True}},
        {"any": [{"fact": "days_since_my_visit", "missing": True},
                 {"fact": "days_since_my_visit", "gt": 30}]},
    ]})
    facts = complete_facts({"degree": 2, "days_since_my_visit": 3})
    assert condition.explain(facts) == (
        "none of these held: days_since_my_visit is missing did not hold (days_since_my_visit "
        "is 3); days_since_my_visit gt 30 did not hold (days_since_my_visit is 3)")
    facts = complete_facts({"degree": 1})
    assert condition.explain(facts) == "degree eq 2 did not hold (degree is 1)"
    facts = complete_facts({"degree": 2, "invitation_pending": True})
    assert condition.explain(facts) == \
        "not (invitation_pending eq true) did not hold (invitation_pending eq true held)"


_CONDITION_FACTS = {
    "degree": st.integers(0, 4),
    "mutual_connections": st.integers(0, 5),
    "days_since_last_interaction": st.one_of(st.none(), st.integers(0, 400)),
    "follows_me": st.booleans(),
    "tags": st.lists(st.sampled_from(["close", "client", "do-not-contact"]), unique=True),
    "company": st.one_of(st.none(), st.sampled_from(["Orbiteo", "Pixel"])),
    "headline": st.one_of(st.none(), st.sampled_from(
        ["", "Head of DATA", "data", "data\x00", "Straße\x00Lab", "STRASSE lab",
         "Pixel designer"])),
}
_LEAVES = [
    {"fact": "degree", "in": [2, 3]}, {"fact": "degree", "eq": 1},
    {"fact": "mutual_connections", "gte": 2}, {"fact": "days_since_last_interaction", "gt": 90},
    {"fact": "days_since_last_interaction", "missing": True}, {"fact": "follows_me", "eq": True},
    {"fact": "tags", "contains": "close"}, {"fact": "tags", "contains_any": ["client", "x"]},
    {"fact": "company", "eq": "orbiteo"}, {"fact": "company", "ne": "Pixel"},
    {"fact": "days_since_last_interaction", "not_in": [0, 1]},
    {"fact": "headline", "contains": "data"}, {"fact": "headline", "contains": "ße\x00l"},
    {"fact": "headline", "contains": ""}, {"fact": "headline", "eq": ""},
    {"fact": "headline", "contains_any": ["designer", "strasse"]},
    {"fact": "headline", "in": ["data", "pixel designer"]}, {"fact": "headline", "not_in": [""]},
    {"fact": "headline", "ne": "data"}, {"fact": "headline", "missing": True},
    {"fact": "headline", "eq": "data\x00"}, {"fact": "headline", "contains": "\x00"},
    {"fact": "headline", "in": ["data\x00", "x"]},
    {"fact": "tags", "missing": False}, {"fact": "tags", "contains_any": ["close", "client"]},
]
_CONDITIONS = st.recursive(
    st.sampled_from(_LEAVES),
    lambda inner: st.one_of(
        st.builds(lambda parts: {"all": parts}, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda parts: {"any": parts}, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda part: {"not": part}, inner),
    ),
    max_leaves=8,
)


@settings(max_examples=200, deadline=None)
@given(_CONDITIONS, st.lists(st.fixed_dictionaries(
    {}, optional={name: strategy for name, strategy in _CONDITION_FACTS.items()}),
    min_size=1, max_size=8))
def test_one_contact_and_the_whole_network_agree(raw, rows):
    """``holds`` on each contact's facts equals ``mask`` over columns of the same facts."""
    rows = [{k: v for k, v in row.items() if v is not None} for row in rows]
    condition = compile_condition(raw)
    table = Columns(rows)
    expected = [condition.holds(row) for row in table.rows]
    assert condition.mask(table).tolist() == expected


def test_every_fact_has_a_type_and_a_description():
    assert {fact.type for fact in FACTS.values()} == {NUMBER, YES_NO, TEXT, LIST}
    assert all(fact.description for fact in FACTS.values())
    for name in ("degree", "mutual_connections", "follows_me", "i_follow", "full_name_visible",
                 "days_since_last_interaction", "tags", "shares_group", "open_profile",
                 "coworker", "invitation_pending"):
        assert name in FACTS
