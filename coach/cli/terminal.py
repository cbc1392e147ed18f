"""Terminal safety: what the command line prints never drives the terminal.

Names, headlines and notes come from files other people wrote: an escape sequence in a name
(``a\\x1b[31mred``) would recolour, move or retitle the terminal. While a command runs, its
standard output and error go through :class:`VisibleControls`, which writes every control
character (but newline and tab) and every bidirectional override as a visible escape
(``\\x1b``, ``\\u009b``, ``\\u202e``). JSON stays valid and decodes to the same text: it
escapes C0 controls itself, and the others are written as JSON's own ``\\u`` escapes. The
full-screen app draws through Textual, which writes to the terminal on its own stream and
strips control codes from text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """The text with control characters and bidirectional overrides written as escapes."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_escape, text)


def _escape(found: re.Match) -> str:
    code = ord(found.group())  # \u for the rest keeps JSON text valid and the same
    return f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}"


class VisibleControls:
    """A text stream that writes through ``visible`` to the stream it wraps."""

    def __init__(self, stream) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(visible(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self.stream, name)  # flush, isatty, fileno, encoding, buffer…


@contextmanager
def visible_controls() -> Iterator[None]:
    """Standard output and error written through ``visible`` while the block runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = VisibleControls(out), VisibleControls(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
