"""The detail pane: everything about the highlighted contact, scrollable."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static


class DetailPane(VerticalScroll, can_focus=False):
    """Shows the text it is given for the highlighted contact."""

    DEFAULT_CSS = """
    DetailPane { width: 42%; min-width: 36; border-left: tall $panel; padding: 0 1; }
    DetailPane > Static { width: 1fr; }
    """

    def compose(self):
        yield Static(id="detail-text")

    def show(self, text: Text) -> None:
        """Replace the content and scroll back to the top."""
        self.query_one("#detail-text", Static).update(text)
        self.plain = text.plain
        self.scroll_home(animate=False)

    def show_message(self, message: str) -> None:
        """Show a plain message instead of a contact."""
        self.show(Text(message, style="italic"))

    @property
    def shown(self) -> str:
        """The plain text shown now (for tests and screen readers)."""
        return getattr(self, "plain", "")
