"""Advice templates: ``$name`` placeholders filled with plain strings, ``$$`` for a dollar.

A template is parsed once, when its file loads: every placeholder must be a known name,
anything else is a load error. Filling it only concatenates strings, so nothing in a rule
file can reach an attribute, an index or a format specification of any Python object.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from coach.strategy.problems import did_you_mean

_TOKEN = re.compile(r"\$(\$|[A-Za-z_][A-Za-z0-9_]*)?")

MISSING_TEXT = "?"
"""What a placeholder prints when the fact has no value."""


class TemplateError(ValueError):
    """A template that cannot be used: an unknown placeholder or a lone ``$``."""

    def __init__(self, message: str, needle: str = "") -> None:
        super().__init__(message)
        self.needle = needle


@dataclass(frozen=True, slots=True)
class Template:
    """Literal pieces and placeholder names, alternating: text, name, text, name, …, text."""

    source: str
    pieces: tuple[str, ...]
    names: tuple[str, ...]

    def render(self, lookup: Callable[[str], object]) -> str:
        """The text with each placeholder replaced by ``plain_text(lookup(name))``."""
        if not self.names:
            return self.pieces[0]
        out = [self.pieces[0]]
        for name, piece in zip(self.names, self.pieces[1:]):
            value = lookup(name)
            out.append(plain_text(value))
            out.append(agreed(value, piece))
        return "".join(out)

    def fill(self, values: list) -> str:
        """The text with the placeholders replaced by ``values``, in the order of ``names``."""
        if not self.names:
            return self.pieces[0]
        out = [self.pieces[0]]
        for value, piece in zip(values, self.pieces[1:]):
            out.append(plain_text(value))
            out.append(agreed(value, piece))
        return "".join(out)


def compile_template(source: str, known: Collection[str], where: str = "advice") -> Template:
    """Parse a template; TemplateError naming the first bad placeholder and the nearest name."""
    pieces: list[str] = []
    names: list[str] = []
    literal: list[str] = []
    position = 0
    for match in _TOKEN.finditer(source):
        literal.append(source[position:match.start()])
        position = match.end()
        token = match.group(1)
        if token == "$":
            literal.append("$")
            continue
        if token is None:
            raise TemplateError(
                f'"$" must be followed by a fact name in {where} (write $$ for a dollar sign)',
                source[match.start():match.start() + 2],
            )
        if token not in known:
            raise TemplateError(
                f'unknown placeholder "${token}" in {where}{did_you_mean(token, known, "$")}',
                f"${token}",
            )
        pieces.append("".join(literal))
        literal = []
        names.append(token)
    literal.append(source[position:])
    pieces.append("".join(literal))
    return Template(source, tuple(pieces), tuple(names))


_SINGULAR_ONE = {"days": "day", "connections": "connection", "characters": "character",
                 "invitations": "invitation", "credits": "credit", "notes": "note",
                 "times": "time", "messages": "message", "interactions": "interaction"}
"""English plural nouns a count of 1 makes singular ("1 day")."""
_SINGULAR_FRENCH = {"jours": "jour", "relations": "relation", "caractères": "caractère",
                    "crédits": "crédit", "personnes": "personne", "interactions": "interaction"}
"""French plural nouns a count of 0 or 1 makes singular ("0 jour", "1 relation"); the
words French and English share (invitations, notes…) follow the English rule, for 1 only."""
_NOUN = re.compile(r"(\s)([^\W\d_]+)")


def agreed(value: object, piece: str) -> str:
    """The text after a placeholder, its first noun made singular when the value is a
    count that takes the singular: ``$days_since_invitation days`` prints "1 day"."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or value not in (0, 1):
        return piece
    match = _NOUN.match(piece)
    if match is None:
        return piece
    word = match.group(2)
    singular = _SINGULAR_FRENCH.get(word) or (_SINGULAR_ONE.get(word) if value == 1 else None)
    if singular is None:
        return piece
    return match.group(1) + singular + piece[match.end():]


def plain_text(value: object) -> str:
    """A fact value as text: numbers without a useless ``.0``, lists joined, missing as ``?``."""
    kind = type(value)
    if kind is str:
        return value
    if kind is int:
        return str(value)
    if value is None:
        return MISSING_TEXT
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):
        number = float(value)
        if number != number:  # NaN: a number column's missing value
            return MISSING_TEXT
        return str(int(number)) if number.is_integer() else f"{number:.1f}"
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple, frozenset, set)):
        return ", ".join(plain_text(item) for item in value)
    return MISSING_TEXT
