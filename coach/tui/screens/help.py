"""The help screen: every key of the app, grouped, with the user's keymap applied."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from coach.tui.keys import ALL_KEYS, shown_keys
from coach.tui.worded import worded_bindings

INTRO = ("coach shows your network from your point of view: the degree of each person, the name "
         "as LinkedIn shows it, who follows whom, the shared connections, what you may do and "
         "the advice of your rule files. Ctrl+P opens the command palette (go to a contact, "
         "filters, rules). Change a key in <home>/config.toml: [keymap] \"main.sort\" = \"S\".")


class HelpScreen(ModalScreen):
    """Lists every binding; Esc, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help.close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 96; height: 80%; border: thick $primary; background: $surface; padding: 0 1; }
    """

    def __init__(self, keymap: dict[str, str]) -> None:
        super().__init__()
        self.keymap = keymap
        self.rows: list[tuple[str, str]] = []  # (keys as shown, what they do)

    def compose(self) -> ComposeResult:
        w = self.app.words
        table = Table(box=None, expand=True, show_header=False, padding=(0, 1))
        table.add_column("keys", style="bold", no_wrap=True, min_width=12)
        table.add_column("what")
        table.add_column("id for [keymap]", style="dim", no_wrap=True)
        group = None
        for key in ALL_KEYS:
            if key.group != group:
                group = key.group
                table.add_row("", "")
                table.add_row(f"[u]{w(group)}[/u]", "")
            self.rows.append((shown_keys(key, self.keymap), w(key.description)))
            table.add_row(*self.rows[-1], key.id)
        table.add_row("", "")
        table.add_row(f"[u]{w('Palette')}[/u]", "")
        table.add_row("ctrl+p", w("Command palette: go to a contact, import a file, filters, "
                                  "rules"), "")
        with VerticalScroll():
            yield Static(Text(w(INTRO)), id="help-intro")
            yield Static(table, id="help-keys")

    @property
    def active_bindings(self):
        """The keys, described in the workspace's language."""
        return worded_bindings(super().active_bindings, self.app.words)

    def action_dismiss(self) -> None:
        self.dismiss()
