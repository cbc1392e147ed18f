"""Advice across a whole network: each person's top advice, and the best next moves.

Every rule's condition is tested on whole fact columns at once, best rule first; a person
takes the first rule that holds for them and has a variant whose actions the policy allows
them (the same choice as ``Book.advise``). An advice's text is filled in only when read.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from coach.strategy.actions import DO_NOT_CONTACT
from coach.strategy.book import Book
from coach.strategy.decided_columns import DecidedColumns
from coach.strategy.fact_table import FactTable
from coach.strategy.rule import MOVES, Advice
from coach.strategy.top_advice import TopAdvice

__all__ = ["DO_NOT_CONTACT", "Move", "TopAdvice", "best_moves", "top_advice_all", "top_rules"]


@dataclass(frozen=True, slots=True)
class Move:
    """A next move with one person: its kind (invite, reconnect…), the advice and its score."""

    person_id: int
    move: str
    advice: Advice
    score: float

    def to_json(self) -> dict:
        """The move as plain values (the contact is added by the caller)."""
        return {"person_id": self.person_id, "move": self.move, "score": self.score,
                "advice": self.advice.to_json()}


class RowFacts:
    """One row of a network's facts, read like a dict of facts (only what is asked is computed)."""

    __slots__ = ("columns", "index")

    def __init__(self, columns: DecidedColumns, index: int) -> None:
        self.columns, self.index = columns, index

    def get(self, name: str, default=None):
        value = self.columns.getter(name)(self.index)
        return default if value is None else value


def top_rules(book: Book, table: FactTable | DecidedColumns,
              moves_only: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """For each row, the position in ``book.rules`` of its top rule (-1: none, and for me), and
    the variant that rule gives (0: its own advice, 1…: its ``[[rule.otherwise]]``).

    A rule counts for a person when its condition holds and one of its variants proposes
    only allowed actions, exactly as ``Book.advise`` chooses for one contact. With
    ``moves_only``, only rules that stand for a move count: a person's best move. Both are
    worked out together, once per book (read only: do not change the arrays).
    """
    columns = table if isinstance(table, DecidedColumns) else DecidedColumns(book, table)
    return columns.remember("top rules", lambda: _top_rules(book, columns))[moves_only]


def _top_rules(book: Book, columns: DecidedColumns) -> dict[bool, tuple[np.ndarray, np.ndarray]]:
    """Top rules and variants for everyone (False) and for moves only (True), in one pass
    over the rules; each condition is tested once, and forgotten afterwards (at 1M people,
    a mask per condition would hold hundreds of MB)."""
    n, me = columns.size, columns.table.me
    chosen = {mode: np.full(n, -1, dtype=np.int32) for mode in (False, True)}
    variants = {mode: np.zeros(n, dtype=np.int16) for mode in (False, True)}
    waiting = {mode: np.ones(n, dtype=bool) for mode in (False, True)}
    if me is not None:
        for left in waiting.values():
            left[me] = False
    for position, rule in enumerate(book.rules):
        modes = [mode for mode in (False, True) if (rule.move is not None or not mode)
                 and waiting[mode].any()]
        if not modes:
            if not (waiting[False].any() or waiting[True].any()):
                break
            continue
        holds = columns.holds(rule.when)
        for mode in modes:
            hit = holds & waiting[mode]
            for number, actions in enumerate(rule.variants):
                if not hit.any():
                    break
                fit = hit & columns.all_allowed(actions)
                chosen[mode][fit] = position
                variants[mode][fit] = number
                hit &= ~fit
                waiting[mode] &= ~fit
    columns.forget_conditions()
    for arrays in (chosen, variants):
        for array in arrays.values():
            array.flags.writeable = False
    return {mode: (chosen[mode], variants[mode]) for mode in (False, True)}


def top_advice_all(book: Book, table: FactTable,
                   columns: DecidedColumns | None = None) -> TopAdvice:
    """Person id → their top advice (None when no rule gives any); me is left out.

    The rules are chosen for everyone at once; each advice's text is filled in when it is
    first read (see ``TopAdvice``). ``columns``: the table already seen through ``book``.
    """
    columns = columns if columns is not None else DecidedColumns(book, table)
    chosen, variants = top_rules(book, columns)
    return TopAdvice(book, columns, chosen, variants)


def best_moves(book: Book, table: FactTable, limit: int = 20,
               columns: DecidedColumns | None = None) -> list[Move]:
    """The best next moves, taken in turn from each kind (invite, introduction, reconnect, engage).

    Each person counts once, under the best rule of theirs that stands for a move and gives
    advice whose actions are all allowed; within a kind, higher priority first, then the
    rule's ``rank_by`` fact, then the lowest id. People tagged do-not-contact are never
    suggested. ``columns``: the table already seen through ``book``.
    """
    columns = columns if columns is not None else DecidedColumns(book, table)
    chosen, variants = top_rules(book, columns, moves_only=True)
    excluded = columns.do_not_contact()
    ranked: dict[str, list[tuple[int, int, float]]] = {}
    for kind in MOVES:
        rows_list, positions, scores = [], [], []
        for position, rule in enumerate(book.rules):
            if rule.move != kind:
                continue
            rows = np.flatnonzero((chosen == position) & ~excluded)
            if rows.size == 0:
                continue
            score = (columns.column(rule.rank_by)[rows] if rule.rank_by
                     else np.zeros(rows.size))
            rows_list.append(rows)
            positions.append(np.full(rows.size, position))
            scores.append(np.nan_to_num(score, nan=-1.0))
        if not rows_list:
            continue
        rows, position, score = (np.concatenate(part) for part in (rows_list, positions, scores))
        priority = np.array([rule.priority for rule in book.rules])[position]
        order = np.lexsort((table.ids[rows], -score, -priority))[:limit]
        ranked[kind] = [(int(rows[i]), int(position[i]), float(score[i])) for i in order]
    moves: list[Move] = []
    turn = 0
    while len(moves) < limit and any(turn < len(items) for items in ranked.values()):
        for kind, items in ranked.items():
            if turn < len(items) and len(moves) < limit:
                row, position, score = items[turn]
                advice = book.rules[position].give(book.lookup(RowFacts(columns, row)),
                                                   int(variants[row]))
                moves.append(Move(int(table.ids[row]), kind, advice, score))
        turn += 1
    return moves
