"""The draft of the next message for one contact: editable, with a live character count
against its limit, a key that copies it to the clipboard and, after copying, one that logs
it as sent."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from coach.tui.worded import worded_bindings

HEADINGS = {
    "invitation": "Invitation note for {name}",
    "message": "Message to {name}",
    "introduction": "Introduction request to {to}, about {name}",
}
"""What the dialog is about, per kind of draft."""


class DraftDialog(ModalScreen[None]):
    """Shows a ``coach.service.drafts.Draft``; F2 copies the text, then F3 asks ``log_sent``
    (the text → True when it was logged) and closes; Esc closes."""

    BINDINGS = [Binding("escape", "close", "Close", id="draft.close"),
                Binding("f2", "copy", "Copy", id="draft.copy"),
                Binding("f3", "log_sent", "Log as sent", id="draft.log")]
    DEFAULT_CSS = """
    DraftDialog { align: center middle; }
    DraftDialog > Vertical {
        width: 80; height: auto; border: thick $primary; background: $surface; padding: 0 1;
    }
    DraftDialog TextArea { height: 8; }
    DraftDialog #draft-footer { height: 1; }
    DraftDialog #draft-count { width: auto; margin-right: 2; }
    DraftDialog #draft-count.over { color: $error; text-style: bold; }
    DraftDialog #draft-keys { width: 1fr; color: $text-muted; }
    """

    def __init__(self, draft, log_sent: Callable[[str], bool]) -> None:
        super().__init__()
        self.draft = draft
        self.log_sent = log_sent
        self.copied: str | None = None

    def compose(self) -> ComposeResult:
        w = self.app.words
        draft = self.draft
        with Vertical():
            yield Static(Text(w(HEADINGS[draft.kind], name=draft.name, to=draft.to_name),
                              style="bold"), id="draft-heading")
            if draft.from_template:
                about = w("From the advice: {title}", title=draft.title)
            elif draft.title:
                about = w("The advice ({title}) has no message to draft: write your own.",
                          title=draft.title)
            else:
                about = w("No advice for them has a message to draft: write your own.")
            yield Static(Text(about), id="draft-about")
            yield TextArea(draft.text, id="draft-text", soft_wrap=True, show_line_numbers=False)
            with Horizontal(id="draft-footer"):
                yield Static(id="draft-count")
                yield Static(Text(w("F2 copies · F3 logs it as sent, after copying · Esc "
                                    "closes")), id="draft-keys")

    def on_mount(self) -> None:
        self._count(self.draft.text)
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)  # ready to go on writing
        area.focus()

    @property
    def active_bindings(self):
        """The keys, described in the workspace's language."""
        return worded_bindings(super().active_bindings, self.app.words)

    @property
    def text(self) -> str:
        """The draft as edited."""
        return self.query_one(TextArea).text

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._count(event.text_area.text)

    def _count(self, text: str) -> None:
        limit = self.draft.limit
        count = self.query_one("#draft-count", Static)
        count.update(f"{len(text)}/{limit}" if limit else str(len(text)))
        count.set_class(limit is not None and len(text) > limit, "over")

    def action_copy(self) -> None:
        w = self.app.words
        text = self.text.strip()
        if not text:
            self.notify(w("The draft is empty: nothing was copied."), severity="warning")
            return
        self.app.copy_to_clipboard(text)
        self.copied = text
        limit = self.draft.limit
        over = limit is not None and len(text) > limit
        self.notify(w("Copied to the clipboard, {count} characters over the limit of {limit}: "
                      "shorten it before sending.", count=len(text) - limit, limit=limit)
                    if over else
                    w("Copied to the clipboard: paste it in LinkedIn, then F3 logs it as sent."),
                    severity="warning" if over else "information")

    def action_log_sent(self) -> None:
        if self.copied is None:
            self.notify(self.app.words("Copy it first (F2), send it, then log it (F3)."),
                        severity="warning")
            return
        if self.log_sent(self.copied):
            self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
