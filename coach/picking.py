"""Picking list items by position in one C loop (the listing and the search read many)."""

from __future__ import annotations

from operator import itemgetter

import numpy as np


def pick(values: list, ats: np.ndarray) -> list:
    """``[values[at] for at in ats]`` with itemgetter's C loop (-1 reads as None)."""
    ats = np.asarray(ats, dtype=np.int64)
    if not len(ats):
        return []
    if (ats < 0).any():
        return [values[at] if at >= 0 else None for at in ats.tolist()]
    if len(ats) == 1:
        return [values[int(ats[0])]]
    return list(itemgetter(*ats.tolist())(values))
