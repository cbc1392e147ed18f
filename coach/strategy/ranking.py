"""Advice across a whole network: each person's top advice, and the best next moves.

Every rule's condition is tested on whole fact columns at once, best rule first; a person
takes the first rule that holds for them. Only the chosen advice texts are filled in.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from coach.strategy.book import Book
from coach.strategy.fact_table import FactTable
from coach.strategy.facts import FACTS
from coach.strategy.rule import MOVES, Advice

DO_NOT_CONTACT = "do-not-contact"
"""The tag that keeps a person out of every suggested move, whatever the rules say."""


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
    """One row of a fact table, read like a dict of facts (only what is asked is computed)."""

    __slots__ = ("table", "index")

    def __init__(self, table: FactTable, index: int) -> None:
        self.table, self.index = table, index

    def get(self, name: str, default=None):
        value = self.table.value(name, self.index)
        return default if value is None else value


def top_rules(book: Book, table: FactTable, moves_only: bool = False) -> np.ndarray:
    """For each row, the position in ``book.rules`` of its top rule (-1: none, and for me).

    With ``moves_only``, only rules that stand for a move count: a person's best move.
    """
    chosen = np.full(table.size, -1, dtype=np.int32)
    waiting = np.ones(table.size, dtype=bool)
    if table.me is not None:
        waiting[table.me] = False
    for position, rule in enumerate(book.rules):
        if moves_only and rule.move is None:
            continue
        if not waiting.any():
            break
        hit = rule.when.mask(table) & waiting
        chosen[hit] = position
        waiting &= ~hit
    return chosen


def top_advice_all(book: Book, table: FactTable) -> dict[int, Advice | None]:
    """Person id → their top advice (None when no rule holds); me is left out.

    Texts are filled per rule with one getter per placeholder, not through a lookup per
    fact: this is what keeps 100,000 people well under a second.
    """
    chosen = top_rules(book, table)
    ids = table.ids.tolist()
    result: dict[int, Advice | None] = dict.fromkeys(ids)
    if table.me is not None:
        del result[ids[table.me]]
    account = {"premium": bool(table.column("premium")[0])} if table.size else {}
    for position, rule in enumerate(book.rules):
        rows = np.flatnonzero(chosen == position).tolist()
        if not rows:
            continue
        if not rule.advice.names:
            shared = rule.give(lambda name: None)
            result.update((ids[row], shared) for row in rows)
            continue
        getters = [_getter(book, table, name, account) for name in rule.advice.names]
        fill, make = rule.advice.fill, Advice
        fixed = (rule.id, rule.title)
        rest = (rule.priority, rule.file, rule.line, rule.why, rule.actions, rule.move)
        for row in rows:
            text = fill([get(row) for get in getters])
            result[ids[row]] = make(*fixed, text, *rest)
    return result


def _getter(book: Book, table: FactTable, name: str, account: dict):
    """Row → value of one placeholder: a fact, or a limit's figure for my account."""
    if name in FACTS:
        return table.getter(name)
    limit = book.limits.get(name)
    value = limit.effective(account) if limit is not None else None
    return lambda row: value


def best_moves(book: Book, table: FactTable, limit: int = 20) -> list[Move]:
    """The best next moves, taken in turn from each kind (invite, introduction, reconnect, engage).

    Each person counts once, under the best rule of theirs that stands for a move; within a
    kind, higher priority first, then the rule's ``rank_by`` fact, then the lowest id.
    People tagged do-not-contact are never suggested.
    """
    chosen = top_rules(book, table, moves_only=True)
    excluded = np.zeros(table.size, dtype=bool)
    for index, tags in table.tag_sets("tags").items():
        if DO_NOT_CONTACT in tags:
            excluded[index] = True
    ranked: dict[str, list[tuple[int, int, float]]] = {}
    for kind in MOVES:
        rows_list, positions, scores = [], [], []
        for position, rule in enumerate(book.rules):
            if rule.move != kind:
                continue
            rows = np.flatnonzero((chosen == position) & ~excluded)
            if rows.size == 0:
                continue
            score = (table.column(rule.rank_by)[rows] if rule.rank_by
                     else np.zeros(rows.size))
            rows_list.append(rows)
            positions.append(np.full(rows.size, position))
            scores.append(np.nan_to_num(score, nan=-1.0))
        if not rows_list:
            continue
        rows, position, score = (np.concatenate(part) for part in (rows_list, positions, scores))
        priority = np.array([book.rules[p].priority for p in position])
        order = np.lexsort((table.ids[rows], -score, -priority))[:limit]
        ranked[kind] = [(int(rows[i]), int(position[i]), float(score[i])) for i in order]
    moves: list[Move] = []
    turn = 0
    while len(moves) < limit and any(turn < len(items) for items in ranked.values()):
        for kind, items in ranked.items():
            if turn < len(items) and len(moves) < limit:
                row, position, score = items[turn]
                advice = book.rules[position].give(book.lookup(RowFacts(table, row)))
                moves.append(Move(int(table.ids[row]), kind, advice, score))
        turn += 1
    return moves
