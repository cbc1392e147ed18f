"""A small dialog to type a note about a contact."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class NoteDialog(ModalScreen[str]):
    """Returns the note typed (Enter) or an empty string (Esc)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="note.cancel")]
    DEFAULT_CSS = """
    NoteDialog { align: center middle; }
    NoteDialog > Vertical { width: 70; height: auto; border: thick $primary; background: $surface; padding: 0 1; }
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self.person_name = name

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(f"Note about {self.person_name} (Enter saves, Esc cancels)"))
            yield Input(placeholder="what you want to remember", id="note-text")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss("")
