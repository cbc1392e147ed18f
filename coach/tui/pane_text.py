"""The detail pane's text, with what some of its lines stand for.

A line of the history stands for its entry (``entry:i12``: ``x`` deletes it); a folded list
stands for itself (``open:blocked``: Enter opens it). The pane reads these marks; what an
entry is and whether it may be deleted stays the service's.
"""

from __future__ import annotations

from rich.text import Text


class PaneText:
    """Styled text written line by line, and the targets of some of its lines."""

    __slots__ = ("text", "targets", "_lines")

    def __init__(self) -> None:
        self.text = Text()
        self.targets: dict[int, str] = {}
        """Line number (of the text, before wrapping) → what the line stands for."""
        self._lines = 0

    def append(self, part: str, style: str | None = None) -> PaneText:
        """Add text (names and notes from the data are plain text, never markup)."""
        self.text.append(part, style=style)
        self._lines += part.count("\n")
        return self

    def mark(self, target: str) -> None:
        """What the line being written stands for."""
        self.targets[self._lines] = target

    @property
    def plain(self) -> str:
        return self.text.plain

    @classmethod
    def of(cls, text: Text) -> PaneText:
        """Text with no line standing for anything (a message)."""
        pane = cls()
        pane.text = text
        return pane
