"""Rule books written as real TOML files for the strategy tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

from coach.strategy import RuleBook


def book_of(tmp_path: Path, rules: str, policy: str) -> RuleBook:
    """A rule book read from two real files: the rules and their policy."""
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    (folder / "policy.toml").write_text(textwrap.dedent(policy), encoding="utf-8")
    (folder / "rules.toml").write_text(textwrap.dedent(rules), encoding="utf-8")
    book = RuleBook([folder])
    assert [str(problem) for problem in book.problems] == []
    return book


def given(book: RuleBook, **facts) -> dict[str, tuple[int, str]]:
    """Rule id → (variant, text) of the advice for these facts."""
    return {item.rule_id: (item.variant, item.text) for item in book.advise(facts)}
