"""Advice for a whole network agrees with advice for each contact, and never proposes a
blocked action: the demo (English and French rules) and a generated 10,000-person network."""

from __future__ import annotations

import pytest

from coach.strategy.actions import ACTIONS
from coach.strategy.decided_columns import DecidedColumns
from coach.strategy.ranking import best_moves, top_advice_all

CASES = [("demo", "en", False), ("demo", "en", True), ("demo", "fr", False),
         ("demo", "fr", True), ("generated", "en", False), ("generated", "en", True),
         ("generated", "fr", False)]


@pytest.fixture
def table_of(demo_tables, generated_tables):
    return lambda network, premium: (demo_tables if network == "demo"
                                     else generated_tables)[premium]


def everyone(table):
    """(row, person id) of everyone but me."""
    return [(row, person) for row, person in enumerate(table.ids.tolist()) if row != table.me]


@pytest.mark.parametrize("network, language, premium", CASES)
def test_top_advice_for_everyone_is_each_ones_first_advice(table_of, books, network, language,
                                                           premium):
    table, book = table_of(network, premium), books[language].book
    top = top_advice_all(book, table)
    assert len(top) == table.size - 1
    for row, person in everyone(table):
        advice = book.advise(table.row(row))
        first = advice[0] if advice else None
        assert top[person] == first, (person, top[person], first)


@pytest.mark.parametrize("network, language, premium", CASES)
def test_each_action_is_decided_alike_for_one_and_for_all(table_of, books, network, language,
                                                          premium):
    table, book = table_of(network, premium), books[language].book
    columns = DecidedColumns(book, table)
    allowed = {action: columns.allowed(action) for action in ACTIONS}
    for row, person in everyone(table):
        statuses = {status.action: status.allowed
                    for status in book.action_statuses(table.row(row))}
        assert statuses == {action: bool(mask[row]) for action, mask in allowed.items()}, person


@pytest.mark.parametrize("network, language, premium", CASES)
def test_best_moves_propose_only_allowed_actions(table_of, books, network, language, premium):
    table, book = table_of(network, premium), books[language].book
    moves = best_moves(book, table, limit=200)
    assert moves
    tagged = {person for index, tags in table.tag_sets("tags").items()
              if "do-not-contact" in tags for person in [int(table.ids[index])]}
    for move in moves:
        assert move.person_id not in tagged
        facts = book.decide(table.row(table.index(move.person_id)))
        assert facts.all_allowed(move.advice.actions), (move.person_id, move.advice)
        assert move.advice == next(item for item in book.advise(facts)
                                   if item.rule_id == move.advice.rule_id)


@pytest.mark.parametrize("premium", [False, True])
def test_what_limits_leave_is_worked_out_alike_for_one_and_for_all(demo_tables, books, premium):
    from coach.strategy.facts import FROM_LIMITS

    table, book = demo_tables[premium], books["en"].book
    columns = DecidedColumns(book, table)
    getters = {name: columns.getter(name) for name in FROM_LIMITS}
    for row, person in everyone(table):
        facts = book.decide(table.row(row))
        assert {name: get(row) for name, get in getters.items()} == \
            {name: facts[name] for name in FROM_LIMITS}, person
    left = book.decide(table.row(1))
    assert left["inmail_credits_left_this_month"] == (5 if premium else 0)
    assert (left["invitation_notes_left_this_month"] is None) == premium
    assert columns.figure("reinvite_wait_days") == 21
