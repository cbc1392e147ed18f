"""Fact tables for the strategy tests: the demo network and a generated 10,000-person one."""

from __future__ import annotations

import pytest

from coach.contacts import Roster
from coach.graph.loading import load_network
from coach.importers.coach_csv import import_coach_csv
from coach.resources import demo_dir, rules_dir
from coach.store import Store
from coach.strategy import RuleBook
from coach.strategy.fact_table import FactTable
from tests.strategy.generated import DAY, generated_store

ENGLISH, FRENCH = rules_dir(), rules_dir() / "fr"


def fact_table(store: Store, premium: bool = False) -> FactTable:
    """Facts for everyone in a store, on the day the tests are about."""
    network = load_network(store)
    return FactTable(Roster.from_store(store, network), store, day=DAY, premium=premium)


@pytest.fixture(scope="session")
def books() -> dict[str, RuleBook]:
    """The shipped rules, English and French."""
    loaded = {"en": RuleBook([ENGLISH]), "fr": RuleBook([FRENCH])}
    for book in loaded.values():
        assert book.problems == []
    return loaded


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory) -> Store:
    """The shipped demo network in a real store (read only: do not change it)."""
    store = Store(tmp_path_factory.mktemp("demo") / "coach.sqlite3")
    import_coach_csv(store, demo_dir())
    return store


@pytest.fixture(scope="session")
def demo_tables(demo_store) -> dict[bool, FactTable]:
    """The demo's facts on a free account (False) and with Premium (True)."""
    return {premium: fact_table(demo_store, premium) for premium in (False, True)}


@pytest.fixture(scope="session")
def generated_tables(tmp_path_factory) -> dict[bool, FactTable]:
    """A generated 10,000-person network's facts, free account and Premium."""
    store = generated_store(tmp_path_factory.mktemp("generated") / "coach.sqlite3")
    return {premium: fact_table(store, premium) for premium in (False, True)}
