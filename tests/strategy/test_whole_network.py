"""Advice for a whole network agrees with advice for each contact, and never proposes a
blocked action: the demo, two generated 10,000-person networks (this folder's generator and
the benchmark's, ``bench/generate.py``) and a small network with messy texts; the shipped
English and French rules, and rules that test every text and list fact ("texts")."""

from __future__ import annotations

import pytest

from coach.strategy import Advisor
from coach.strategy.actions import ACTIONS
from coach.strategy.decided_columns import DecidedColumns
from coach.strategy.ranking import TopAdvice, best_moves

CASES = [("demo", "en", False), ("demo", "en", True), ("demo", "fr", False),
         ("demo", "fr", True), ("generated", "en", False), ("generated", "en", True),
         ("generated", "fr", False)]
"""The shipped rules on the demo and this folder's generated network."""
ADVICE_CASES = [*CASES, ("demo", "texts", False), ("messy", "en", False),
                ("messy", "fr", True), ("messy", "texts", False), ("messy", "texts", True),
                ("bench", "en", False), ("bench", "fr", True)]
HOLDS_CASES = [("demo", "en", False), ("demo", "fr", True), ("demo", "texts", False),
               ("generated", "en", False), ("messy", "en", False), ("messy", "texts", False),
               ("bench", "en", False), ("bench", "texts", False)]


@pytest.fixture
def table_of(request):
    """The fact table of one network (built once per session, when first asked for)."""
    return lambda network, premium: request.getfixturevalue(f"{network}_tables")[premium]


def everyone(table):
    """(row, person id) of everyone but me."""
    return [(row, person) for row, person in enumerate(table.ids.tolist()) if row != table.me]


@pytest.mark.parametrize("network, language, premium", ADVICE_CASES)
def test_top_advice_for_everyone_is_each_ones_first_advice(table_of, books, network, language,
                                                           premium):
    """What the list and ``coach advise`` show (the whole network's top advice) is, for every
    contact, the first advice of their profile (``coach show``): same rule, variant, actions
    and text."""
    table = table_of(network, premium)
    advisor = Advisor(books[language], table)
    top = advisor.top_advice_all()
    assert isinstance(top, TopAdvice)
    assert len(top) == table.size - 1 and sorted(top) == [person for _, person in everyone(table)]
    kinds = set()
    for _, person in everyone(table):
        advice, _ = advisor.judge(person)
        first = advice[0] if advice else None
        assert top[person] == first, (person, top[person], first)
        kinds.add(None if first is None else (first.rule_id, first.variant))
    assert len(kinds) > 5  # many rules and variants are compared, not one


@pytest.mark.parametrize("network, language, premium", HOLDS_CASES)
def test_every_rule_holds_alike_for_one_and_for_all(table_of, books, network, language,
                                                    premium):
    """Each rule's condition, tested on the whole network's columns at once, holds exactly
    where it holds for each contact's facts (whatever the rule's rank)."""
    table, book = table_of(network, premium), books[language].book
    columns = DecidedColumns(book, table)
    masks = {rule.id: columns.holds(rule.when) for rule in book.rules}
    held = dict.fromkeys(masks, 0)
    for row, person in everyone(table):
        facts = book.decide(table.row(row))
        for rule in book.rules:
            holds = rule.when.holds(facts)
            assert bool(masks[rule.id][row]) == holds, (person, rule.id, rule.when.describe())
            held[rule.id] += holds
    if (network, language) == ("messy", "texts"):  # each holds for some, not for everyone
        texts = {rule_id: count for rule_id, count in held.items() if rule_id.startswith("t-")}
        assert all(0 < count < table.size - 1 for count in texts.values()), texts


@pytest.mark.parametrize("network, language, premium", [*CASES, ("messy", "en", False)])
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


@pytest.mark.parametrize("network", ["demo", "messy"])
def test_top_advice_reads_alike_one_by_one_and_all_at_once(table_of, books, network):
    """The top advice is written out when read: one person at a time (the list's rows) or
    everyone at once (``items``) gives the same advice, in id order; me and unknown ids are
    not in it."""
    table = table_of(network, False)
    advisor = Advisor(books["en"], table)
    one_by_one = advisor.top_advice_all()
    by_key = {person: one_by_one[person] for person in one_by_one}
    at_once = dict(advisor.top_advice_all().items())
    assert by_key == at_once and list(by_key) == list(at_once)
    assert list(at_once) == sorted(at_once) and len(at_once) == table.size - 1
    me = int(table.ids[table.me])
    for absent in (me, 10**9, -1, "1"):
        assert absent not in one_by_one and one_by_one.get(absent) is None
    with pytest.raises(KeyError):
        one_by_one[me]
