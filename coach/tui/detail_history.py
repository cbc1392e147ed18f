"""The detail pane's history and notes: one line per entry of ``service.history``, each
marked with its id so that the pane can ask to delete it; long lists folded."""

from __future__ import annotations

from coach.tui.pane_text import PaneText
from coach.wording import Wording
from coach.wording.history import entry_words

MAX_HISTORY = 8
MAX_NOTES = 3
"""Entries shown before the line that opens the rest (open reminders are always shown)."""


def history_section(text: PaneText, entries, opened: bool, w: Wording) -> None:
    """Interactions and invitations, newest first, with their dates."""
    lines = [entry for entry in entries if entry.kind != "note"]
    if not lines:
        return
    text.append("\n" + w("History") + "\n", style="bold underline")
    shown = lines if opened else lines[:MAX_HISTORY]
    for entry in shown:
        _entry(text, entry, entry_words(entry, w))
    _more(text, len(lines) - len(shown), "open:history", w)


def notes_section(text: PaneText, entries, opened: bool, w: Wording) -> None:
    """Open reminders first, the earliest due first; then the notes, newest first."""
    notes = [entry for entry in entries if entry.kind == "note"]
    if not notes:
        return
    due = sorted((entry for entry in notes if entry.status.startswith("due ")),
                 key=lambda entry: entry.status)
    rest = [entry for entry in notes if not entry.status.startswith("due ")]
    text.append("\n" + w("Notes") + "\n", style="bold underline")
    for entry in due:
        text.mark(f"entry:{entry.id}")
        text.append("  ⏰ " + w("due {day}:", day=entry.status.removeprefix("due ")) + " ",
                    style="bold")
        text.append(f"{entry.text}\n")
    shown = rest if opened else rest[:MAX_NOTES]
    for entry in shown:
        done = w(" (reminder done)") if entry.status == "done" else ""
        _entry(text, entry, entry.text + done)
    _more(text, len(rest) - len(shown), "open:notes", w)


def _entry(text: PaneText, entry, words: str) -> None:
    text.mark(f"entry:{entry.id}")
    text.append(f"  {entry.at[:10]}  ", style="dim")
    text.append(f"{words}\n")


def _more(text: PaneText, left: int, target: str, w: Wording) -> None:
    if left > 0:
        text.mark(target)
        text.append("  " + w("… and {n} more (Enter)", n=left) + "\n", style="dim")
