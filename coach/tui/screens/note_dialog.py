"""A small dialog to type a note about a contact, and a due date to make it a reminder."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class NoteDialog(ModalScreen[tuple[str, str] | None]):
    """Returns (note, due date as typed) on Enter, or None (Esc). Tab goes to the date; an
    empty date keeps a plain note; the service reads it (YYYY-MM-DD, +N days, today,
    tomorrow). Enter on an empty note does nothing."""

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
            w = self.app.words
            yield Static(Text(w("Note about {name} (Enter saves, Tab: a reminder date, Esc "
                                "cancels)", name=self.person_name)))
            yield Input(placeholder=w("what you want to remember"), id="note-text")
            yield Static(Text(w("Remind me on (optional): YYYY-MM-DD, +3 for in three days, "
                                "tomorrow"), style="dim"))
            yield Input(placeholder=w("no reminder"), id="note-due")

    def on_mount(self) -> None:
        self.query_one("#note-text", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = self.query_one("#note-text", Input).value.strip()
        if not text:
            self.query_one("#note-text", Input).focus()
            return
        self.dismiss((text, self.query_one("#note-due", Input).value.strip()) if text else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
