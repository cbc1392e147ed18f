"""Whole-number fact columns are held as float32 (half the memory at 1M people) and still
compared as one contact's facts are, in float64: the same people on every side of an
operand that float32 cannot hold."""

from __future__ import annotations

import numpy as np

from coach.strategy.column_masks import WHOLE_UP_TO, narrowed, number_mask
from coach.strategy.fact_table import same_for_all
from coach.strategy.facts import FACTS, NUMBER, TABLE_FACTS
from tests.strategy.conftest import fact_table
from tests.strategy.generated import generated_store

OPERATORS = ("eq", "ne", "lt", "lte", "gt", "gte")


def test_whole_numbers_are_narrowed_and_compared_exactly():
    days = np.array([np.nan, 0.0, 3.0, 4.0, -2.0, 365.0, WHOLE_UP_TO])
    held = narrowed(days)
    assert held.dtype == np.float32
    assert np.array_equal(held.astype(np.float64), days, equal_nan=True)
    for operand in (3, 3.0000001, 2.9999999, 3.5, -1.9999999, 0.1, 365.00000001):
        for operator in OPERATORS:
            assert np.array_equal(number_mask(operator, operand, held, NUMBER),
                                  number_mask(operator, operand, days, NUMBER)), \
                (operator, operand)
    assert np.array_equal(number_mask("in", (3.0000001, 4), held, NUMBER),
                          [False, False, False, True, False, False, False])
    assert np.array_equal(number_mask("missing", True, held, NUMBER), np.isnan(days))


def test_other_columns_are_kept_as_they_are():
    for column in (np.array([1.0, 0.25]), np.array([1.0, WHOLE_UP_TO + 2]),
                   np.array([True, False]), same_for_all(5, 3.0)):
        assert narrowed(column) is column
    assert narrowed(np.full(3, np.nan)).dtype == np.float32  # nobody has one: nothing lost


def test_a_generated_networks_facts_read_the_same_whole_numbers(tmp_path):
    table = fact_table(generated_store(tmp_path / "coach.sqlite3", people=1_500))
    narrow = [name for name in TABLE_FACTS if FACTS[name].type == NUMBER
              and table.column(name).dtype == np.float32]
    assert {"degree", "mutual_connections", "days_since_last_interaction"} <= set(narrow)
    assert table.column("tie_strength").dtype == np.float64  # fractions stay as they were
    row = table.row(table.index(int(table.ids[1])))
    assert all(isinstance(row[name], int) or row[name] is None for name in narrow)
