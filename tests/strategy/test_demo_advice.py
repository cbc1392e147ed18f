"""Over every contact of the demo, English and French, free account and Premium: no advice
proposes an action that is blocked for that contact, and none speaks of InMail when InMail
is blocked (a free account has no InMail credit)."""

from __future__ import annotations

import pytest


def advice_and_statuses(book, table):
    """(person id, advice, statuses by action) for everyone but me."""
    for row, person in enumerate(table.ids.tolist()):
        if row == table.me:
            continue
        facts = book.decide(table.row(row))
        yield person, book.advise(facts), facts.statuses


@pytest.mark.parametrize("premium", [False, True])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_advice_item_proposes_a_blocked_action(books, demo_tables, language, premium):
    given = blocked = 0
    for person, advice, statuses in advice_and_statuses(books[language].book,
                                                         demo_tables[premium]):
        for item in advice:
            given += 1
            bad = [action for action in item.actions if not statuses[action].allowed]
            blocked += bool(bad)
            assert not bad, (person, item.rule_id, item.variant, bad)
    assert given > 1000 and blocked == 0


@pytest.mark.parametrize("premium", [False, True])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_advice_speaks_of_inmail_when_inmail_is_blocked(books, demo_tables, language,
                                                          premium):
    seen_blocked = 0
    for person, advice, statuses in advice_and_statuses(books[language].book,
                                                         demo_tables[premium]):
        if statuses["inmail"].allowed:
            continue
        seen_blocked += 1
        for item in advice:
            assert "inmail" not in f"{item.title} {item.text}".casefold(), \
                (person, item.rule_id, item.variant, item.text)
    assert seen_blocked > 50


@pytest.mark.parametrize("language", ["en", "fr"])
def test_inmail_is_advised_when_premium_credits_allow_it(books, demo_tables, language):
    """The InMail advice was not simply deleted: with Premium credits it comes back."""
    inmail = [item for _person, advice, statuses in
              advice_and_statuses(books[language].book, demo_tables[True])
              for item in advice if "inmail" in item.actions]
    assert {item.rule_id for item in inmail} >= {"second-no-free-message", "third-initial-only"}
    assert all("InMail" in item.text for item in inmail)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_rules_whose_actions_are_blocked_give_an_alternative_rather_than_nothing(
        books, demo_tables, language):
    from coach.strategy.book import choose_variant

    book = books[language].book
    variants, silent = set(), []
    for row, person in enumerate(demo_tables[False].ids.tolist()):
        if row == demo_tables[False].me:
            continue
        facts = book.decide(demo_tables[False].row(row))
        for rule in book.rules:
            if rule.when.holds(facts):
                variant = choose_variant(rule, facts)
                if variant is None:
                    silent.append((person, rule.id))
                else:
                    variants.add((rule.id, variant))
    assert silent == []
    assert {("second-no-free-message", 1), ("third-initial-only", 1),
            ("follower-cannot-message", 2), ("follower-engage", 1),
            ("shared-group-message", 1), ("third-be-visible", 1)} <= variants
