"""Which columns of the contact list are shown at a width, and how wide each one is.

What a person needs first, in order (each step claims some width; the steps are taken
in order while they fit, and the first one that does not fit ends the list):

1. the **name** (at least 16 cells: who it is),
2. the **degree** (what can be done with them at all),
3. the **top advice**, short (12 cells: what to do next),
4. the **shared connections** (how to reach them),
5. the **last contact** (how warm the relation is),
6. the top advice at 20 cells,
7. the **follow mark** ⇄ ← → (one cell),
8. the top advice at 30 cells (a useful sentence),
9. the **company · position**, short (12 cells: which one of two namesakes),
10. then the name at 24 and the company at 28.

What is left after the last step goes to the top advice (to the name when the advice is
not shown). So when the list narrows, the company goes first, then the follow mark, the
advice shrinks, then the last contact, the shared connections, the advice and the
degree go, and the name is cut only below 17 cells. The columns keep their display order
(:data:`ORDER`) whatever their width.
"""

from __future__ import annotations

from functools import lru_cache

ORDER = ("name", "degree", "follow", "work", "mutual", "last", "advice")
"""The columns from left to right."""

STEPS = (("name", 16), ("degree", 3), ("advice", 12), ("mutual", 6), ("last", 5),
         ("advice", 20), ("follow", 1), ("advice", 30), ("work", 12), ("name", 24),
         ("work", 28))
"""Each claim of width, most needed first: (column, width it then has at least)."""

NAME_MIN = 16
"""Names keep at least this many cells whenever the list is that wide."""


@lru_cache(maxsize=64)
def column_widths(width: int) -> dict[str, int]:
    """The columns shown in ``width`` cells and each one's width, in :data:`ORDER`; every
    column has one space before it. The name is always shown (cut when even it does not
    fit)."""
    widths: dict[str, int] = {}
    used = 0
    for column, wanted in STEPS:
        have = widths.get(column)
        cost = wanted - have if have is not None else wanted + 1  # a new column: its space
        if used + cost > width:
            break
        widths[column] = wanted
        used += cost
    if not widths:  # narrower than a 16-cell name: the name takes what there is
        return {"name": max(width - 1, 0)}
    rest = "advice" if "advice" in widths else "name"
    widths[rest] += width - used
    return {column: widths[column] for column in ORDER if column in widths}
