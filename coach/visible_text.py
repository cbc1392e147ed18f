"""Text from other people's files never drives a terminal: control characters and
bidirectional overrides are written as visible escapes.

Names, headlines and notes come from exports, pasted pages and CSV files other people
wrote: an escape sequence in a name (``a\\x1b[31mred``) would recolour, move or retitle the
terminal, and a right-to-left override would reorder what is shown. ``visible`` writes each
such character as an escape (``\\x1b``, ``\\u009b``, ``\\u202e``); newlines and tabs stay.
Every ``Person`` the store hands out goes through it (``person_from_row``: the list's visible
rows, the pane, toasts and dialogs), and the command line writes everything it prints
through it (see ``coach.cli.terminal``).
"""

from __future__ import annotations

import re

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """The text with control characters and bidirectional overrides written as escapes."""
    if not UNSAFE.search(text):
        return text
    return UNSAFE.sub(_escape, text)


def _escape(found: re.Match) -> str:
    code = ord(found.group())  # \u for the rest keeps JSON text valid and the same
    return f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}"


def visible_row(row: tuple) -> tuple:
    """A row with every text cell made visible (other cells as they are)."""
    return tuple(visible(cell) if isinstance(cell, str) else cell for cell in row)
