"""A banner across the top: rule-file errors, or the demo network's "import your own data"."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class NoticeBanner(Static):
    """Hidden while it has nothing to say; shows plain text (never markup) when it has."""

    DEFAULT_CSS = """
    NoticeBanner { height: auto; max-height: 8; padding: 0 1; display: none; }
    NoticeBanner.-shown { display: block; }
    NoticeBanner.-error { background: $error 30%; color: $text; border-left: thick $error; }
    NoticeBanner.-info { background: $primary 20%; color: $text; border-left: thick $primary; }
    """

    def say(self, lines: list[str], kind: str = "info") -> None:
        """Show these lines (an empty list hides the banner)."""
        self.said = list(lines)
        self.set_class(bool(lines), "-shown")
        self.set_class(kind == "error", "-error")
        self.set_class(kind != "error", "-info")
        self.update(Text("\n".join(lines)))

    @property
    def text(self) -> str:
        """What the banner says now ("" when hidden)."""
        return "\n".join(getattr(self, "said", []))
