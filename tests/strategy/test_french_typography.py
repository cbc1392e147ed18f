"""The French rules read as French: no-break spaces before : ; ? ! and inside « », typographic
apostrophes, and no-break spaces in 30 000."""

from __future__ import annotations

import re

import pytest
import tomli

from tests.strategy.conftest import FRENCH

FILES = sorted(FRENCH.rglob("*.toml"))


def texts(value, path=""):
    """(where, text) of every string of a parsed file, but ids and fact values."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in ("facts", "id", "fact", "condition", "contains", "do", "expect_exit"):
                yield from texts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from texts(item, f"{path}[{index}]")
    elif isinstance(value, str) and " " in value:
        yield path, value


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_french_typography(path):
    data = tomli.loads(path.read_text(encoding="utf-8"))
    found = list(texts(data))
    assert found or set(data) == {"keep_in_touch"}  # a table of days holds no text
    for where, text in found:
        assert "'" not in text, (where, text)
        assert not re.search(r"[^\u00a0\u202f][:;?!](\s|$)", text), (where, text)
        assert not re.search(r"«[^\u00a0]|[^\u00a0]»", text), (where, text)
        assert not re.search(r"\d \d{3}\b", text), (where, text)
