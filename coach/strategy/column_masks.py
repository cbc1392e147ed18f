"""One comparison over a whole fact column: the array operations behind ``Condition.mask``.

Each function answers, for every row at once, what ``conditions._compare`` answers for one
contact's value, missing values included: a missing number or text satisfies only ``ne``,
``not_in`` and ``missing``; a list is missing when it is empty.
"""

from __future__ import annotations

import numpy as np
from numpy.dtypes import StringDType

from coach.strategy.facts import YES_NO

TEXT_DTYPE = StringDType()
"""How text columns are held: variable-length strings, NUL characters and all."""


def number_mask(operator: str, operand, values: np.ndarray, kind: str) -> np.ndarray:
    """A comparison over a number (NaN = missing) or yes/no column. A float32 column (whole
    numbers, see :func:`narrowed`) is compared in float64, as one contact's facts are:
    numpy would round the operand to float32."""
    values = wide(values)
    if operator == "missing":
        if kind == YES_NO:
            return np.full(values.size, not operand, dtype=bool)
        return np.isnan(values) == operand
    if operator == "eq":
        return values == operand
    if operator == "ne":
        return ~(values == operand)
    if operator == "lt":
        return values < operand
    if operator == "lte":
        return values <= operand
    if operator == "gt":
        return values > operand
    if operator == "gte":
        return values >= operand
    hit = np.isin(values, np.array(sorted(operand), dtype=values.dtype))
    return hit if operator == "in" else ~hit


def text_mask(operator: str, operand, values: np.ndarray, known: np.ndarray) -> np.ndarray:
    """A comparison over a text column without case (``values``: '' where missing) and where
    it has a value (``known``)."""
    if operator == "missing":
        return ~known if operand else known.copy()
    rows = np.flatnonzero(known)  # most texts are missing for most people (notes, kinds…)
    values = values[rows]
    words = (operand,) if isinstance(operand, str) else tuple(operand)
    if any("\x00" in word for word in words):
        # numpy reads a str operand through a fixed-width type that drops trailing NULs
        # (numpy 2.4): such an operand is compared in Python, on the rows that have a value.
        found = np.fromiter((_holds(operator, value, words) for value in values.tolist()),
                            bool, count=values.size)
    elif operator in ("eq", "ne"):
        found = values == operand
    elif operator in ("in", "not_in"):
        found = np.isin(values, np.array(sorted(operand), dtype=TEXT_DTYPE))
    elif operator == "contains":
        found = np.strings.find(values, operand) >= 0
    else:  # contains_any
        found = np.zeros(values.size, dtype=bool)
        for word in sorted(operand):
            found |= np.strings.find(values, word) >= 0
    hit = np.zeros(known.size, dtype=bool)
    hit[rows[found]] = True
    return ~hit if operator in ("ne", "not_in") else hit


def list_mask(operator: str, operand, rows: dict[str, np.ndarray],
              listed: np.ndarray) -> np.ndarray:
    """A comparison over a list fact given as item → the rows whose list holds it
    (``rows``, items without case) and where the list is not empty (``listed``)."""
    if operator == "missing":
        return ~listed if operand else listed.copy()
    hit = np.zeros(listed.size, dtype=bool)
    for item in (operand,) if operator == "contains" else operand:
        found = rows.get(item)
        if found is not None:
            hit[found] = True
    return hit


def _holds(operator: str, value: str, words: tuple[str, ...]) -> bool:
    """One known text against the operand's words, as ``text_mask`` compares them."""
    if operator in ("eq", "ne", "in", "not_in"):
        return value in words
    return any(word in value for word in words)


WHOLE_UP_TO = 2.0 ** 24
"""float32 holds every whole number up to this one exactly."""


def narrowed(values: np.ndarray) -> np.ndarray:
    """A float64 column held as float32 when every value is whole (or NaN) and within
    :data:`WHOLE_UP_TO`: the same numbers exactly, in half the memory (degrees, counts and
    days: 60 MB at 1M people). Other columns, and those held once, are returned as they are."""
    if values.dtype != np.float64 or values.ndim != 1 or values.strides == (0,):
        return values
    known = values[~np.isnan(values)]
    if known.size and (np.abs(known).max() > WHOLE_UP_TO or (known != np.floor(known)).any()):
        return values
    return values.astype(np.float32)


def wide(values: np.ndarray) -> np.ndarray:
    """A number column in float64, to compare with an operand as one contact's facts are
    compared (numpy would round the operand to a float32 column's precision)."""
    return values.astype(np.float64) if values.dtype == np.float32 else values
