"""French typography and grammar for the sentences coach writes itself.

Only templates that coach owns go through :func:`french_typography`; names, notes and
messages from the data are substituted afterwards as they are (see :func:`fill`).
"""

from __future__ import annotations

import re
import string

NBSP = "\u00a0"
"""No-break space: before ``:`` and inside « »."""
NNBSP = "\u202f"
"""Narrow no-break space: the French thousands separator."""

_SPACE_BEFORE = re.compile(r"[ \u00a0\u202f]*([:;?!])(?=\s|$|[»)\]”])")
"""A high sign ending a clause: followed by a space, the end, or a closing sign. Not the
colon of ``https://``, ``10:20``, ``file.toml:35`` or ``{a}:{b}``, which a letter or
digit follows."""
_OPENING_QUOTE = re.compile(r"«[ \u00a0\u202f]*")
_CLOSING_QUOTE = re.compile(r"[ \u00a0\u202f]*»")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def french_typography(text: str) -> str:
    """``text`` with French spacing: no-break space before ``: ; ? !`` and inside « », and
    the typographic apostrophe ’ between two letters."""
    text = _SPACE_BEFORE.sub(lambda match: NBSP + match.group(1), text)
    text = _OPENING_QUOTE.sub("«" + NBSP, text)
    text = _CLOSING_QUOTE.sub(NBSP + "»", text)
    return _APOSTROPHE.sub("’", text)


def number(value: int, language: str = "en") -> str:
    """A whole number for people: ``30,000`` in English, ``30 000`` (narrow no-break
    space) in French."""
    text = f"{value:,}"
    return text.replace(",", NNBSP) if language == "fr" else text


def is_singular(count: int, language: str = "en") -> bool:
    """Whether ``count`` takes the singular: only 1 in English, 0 and 1 in French."""
    return abs(count) < 2 if language == "fr" else count == 1


_ELIDED = {"de": "d’", "que": "qu’", "le": "l’", "la": "l’", "je": "j’", "ne": "n’",
           "puisque": "puisqu’", "lorsque": "lorsqu’"}
_VOWELS = set("aeiouàâäéèêëîïôöùûüœæ")


def starts_with_vowel_sound(word: str) -> bool:
    """Whether a word or a name starts with a vowel sound (a French guess: no H, and a Y
    before a consonant, as in Yves, but not before a vowel, as in Yannick)."""
    letters = word.lstrip("«“\"'’( ").casefold()
    if not letters:
        return False
    first = letters[0]
    if first == "y":
        return len(letters) > 1 and letters[1] not in _VOWELS
    return first in _VOWELS


def elide(word: str, following: str) -> str:
    """``word`` joined to ``following``, elided before a vowel sound: ``d’Abdoulaye``,
    ``qu’Élise``, ``l’équipe``; ``de Hugo`` and ``de Bob`` stay as they are."""
    key = word.casefold()
    if key in _ELIDED and starts_with_vowel_sound(following):
        short = _ELIDED[key]
        if word[:1].isupper():
            short = short[:1].upper() + short[1:]
        return short + following
    return f"{word} {following}"


_BEFORE_VALUE = re.compile(r"(?:(?<=\W)|^)(de|que|le|la|je|ne|puisque|lorsque) $",
                           re.IGNORECASE)


def fill(template: str, values: dict[str, object], language: str = "fr") -> str:
    """``template.format(**values)`` with each value as plain text (never read as a
    template), and in French the small word before a value elided when it must be:
    ``le profil de {name}`` gives ``le profil d’Abdoulaye``."""
    out: list[str] = []
    for literal, field, spec, conversion in string.Formatter().parse(template):
        if field is None:
            out.append(literal)
            continue
        value = values[field]
        if conversion == "r":
            value = repr(value)
        text = format(value, spec) if spec else str(value)
        match = _BEFORE_VALUE.search(literal)
        if language == "fr" and match and starts_with_vowel_sound(text):
            out.append(literal[:match.start()] + elide(match.group(1), text))
        else:
            out.append(literal + text)
    return "".join(out)
