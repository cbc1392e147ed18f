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

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from coach.visible_text import visible


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
