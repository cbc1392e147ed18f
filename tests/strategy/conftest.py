"""Fact tables for the strategy tests: the demo network, two generated 10,000-person ones
(this folder's generator and the benchmark's) and a small one with messy texts."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from coach.contacts import Roster
from coach.graph.loading import load_network
from coach.importers.coach_csv import import_coach_csv
from coach.resources import demo_dir, rules_dir
from coach.store import Store
from coach.strategy import RuleBook
from coach.strategy.fact_table import FactTable
from coach.workspace import STORE_FILE
from tests.strategy.generated import DAY, generated_store, messy_store

ENGLISH, FRENCH = rules_dir(), rules_dir() / "fr"
TEXT_RULES = Path(__file__).parent / "text_rules"
"""Rules testing every text and list fact with every operator (after the shipped ones)."""
BENCH_GENERATOR = Path(__file__).parents[2] / "bench" / "generate.py"


def fact_table(store: Store, premium: bool = False) -> FactTable:
    """Facts for everyone in a store, on the day the tests are about."""
    network = load_network(store)
    return FactTable(Roster.from_store(store, network), store, day=DAY, premium=premium)


@pytest.fixture(scope="session")
def books() -> dict[str, RuleBook]:
    """The shipped rules, English and French."""
    loaded = {"en": RuleBook([ENGLISH]), "fr": RuleBook([FRENCH]),
              "texts": RuleBook([ENGLISH, TEXT_RULES])}
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


@pytest.fixture(scope="session")
def bench_tables(tmp_path_factory) -> dict[bool, FactTable]:
    """The benchmark's "small" network (``bench/generate.py``: 10,000 people, 200,000
    connections, hubs, companies of every size, people with no company shown), written by
    the benchmark's own generator into a temporary folder: free account and Premium."""
    spec = importlib.util.spec_from_file_location("bench_generate", BENCH_GENERATOR)
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    home = tmp_path_factory.mktemp("bench-small")
    people, connections = generate.SIZES["small"]
    generate.write_workspace(home, people, connections, generate.DEFAULT_SEED, lambda _: None)
    store = Store(home / STORE_FILE)
    return {premium: FactTable(Roster.from_store(store, load_network(store)), store,
                               day=generate.ANCHOR, premium=premium)
            for premium in (False, True)}


@pytest.fixture(scope="session")
def messy_tables(tmp_path_factory) -> dict[bool, FactTable]:
    """A small network with messy texts (see ``messy_store``): free account and Premium."""
    store = messy_store(tmp_path_factory.mktemp("messy") / "coach.sqlite3")
    return {premium: fact_table(store, premium) for premium in (False, True)}
