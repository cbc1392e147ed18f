"""Paste a LinkedIn page, see what it shows, then import it: ``coach paste`` in the app.

The person pastes the text copied from a LinkedIn page (the terminal's paste goes into the
text area), or names a file holding it. Preview asks the service to read it without
writing (``service.paste(text, dry_run=True)``) and shows the people it recognised, the
blocks it could not read and the page it took the text for; Import writes what the preview
showed, in one transaction, in a worker with its own connection to the workspace, then
shows the report. Nothing recognisable: what was expected, in red, and nothing written.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static, TextArea

from coach.importers import ImportFailure
from coach.tui.failures import fault_line, one_line
from coach.tui.widgets.paste_preview import PastePreview
from coach.tui.worded import worded_bindings
from coach.wording import Wording
from coach.wording.imports import import_lines
from coach.wording.outcomes import said
from coach.workspace import STORE_FILE


class PasteDialog(ModalScreen[bool]):
    """Returns True when something was imported (Esc closes). F2 previews, F3 imports."""

    BINDINGS: ClassVar = [Binding("escape", "close", "Close", id="paste.close"),
                Binding("f2", "preview", "Preview", id="paste.preview"),
                Binding("f3", "import", "Import", id="paste.import")]
    DEFAULT_CSS = """
    PasteDialog { align: center middle; }
    PasteDialog > VerticalScroll { width: 110; max-width: 100%; height: auto;
        max-height: 100%; border: thick $primary; background: $surface; padding: 0 1; }
    PasteDialog TextArea { height: 30vh; min-height: 5; max-height: 12; margin: 1 0 0 0; }
    PasteDialog #paste-row { height: 1; margin: 1 0 0 0; }
    PasteDialog #paste-file { width: 1fr; }
    PasteDialog #paste-row Button { margin: 0 0 0 2; min-width: 0; width: auto; }
    PasteDialog #paste-status { margin: 1 0 0 0; height: auto; }
    PasteDialog #paste-unread { height: auto; }
    """

    def __init__(self, home: Path) -> None:
        super().__init__()
        self.home = Path(home)
        self.running = False  # an import is being written
        self.imported = False  # something was imported: the network is read again on closing
        self.previewed: str | None = None  # the text the preview shows
        self.status_lines: list[str] = []

    @property
    def words(self) -> Wording:
        return self.app.words

    def compose(self) -> ComposeResult:
        w = self.words
        with VerticalScroll():
            yield Static(Text(w("Paste a LinkedIn page"), style="bold"))
            if self.app.service.is_demo:
                yield Static(Text(w("This is the demo network: what you add here is not "
                                    "kept."), style="yellow"))
            yield Static(Text(w("On LinkedIn, select the whole page (people search results, "
                                "followers…), copy it and paste it below. F2: preview what "
                                "it shows · F3: import it · Tab: a file instead · Esc: close."),
                              style="dim"))
            yield TextArea(id="paste-text", soft_wrap=True)
            with Horizontal(id="paste-row"):
                yield Input(placeholder=w("or a text file: its path, then Enter"),
                            compact=True, id="paste-file")
                yield Button(w("Preview"), compact=True, id="paste-preview")
                yield Button(w("Import"), variant="primary", compact=True, id="paste-import")
            yield Static(id="paste-status")
            yield PastePreview(id="paste-table")
            yield Static(id="paste-unread")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    @property
    def active_bindings(self):
        """The keys, described in the workspace's language."""
        return worded_bindings(super().active_bindings, self.words)

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    def say(self, lines: list[str], style: str = "") -> None:
        """The page, the report or what went wrong (plain text, never markup)."""
        self.status_lines = list(lines)
        status = self.query_one("#paste-status", Static)
        status.update(Text("\n".join(lines), style=style))
        self.call_after_refresh(status.scroll_visible, top=True)  # small screens: show it

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "paste-preview":
            self.action_preview()
        else:
            self.action_import()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Read a file into the text area, then preview it."""
        event.stop()
        w = self.words
        typed = event.value.strip().strip("'\"")
        if not typed:
            return
        path = Path(typed).expanduser()
        try:
            text = read_text(path)
        except OSError as error:
            self.say([w("cannot read {path}: {reason}", path=path,
                        reason=error.strerror or one_line(error))], "red")
            return
        except ImportFailure:
            self.say([w("{path} is not text (UTF-8 or UTF-16)", path=path)], "red")
            return
        self.query_one(TextArea).load_text(text)
        self.action_preview()

    def action_preview(self) -> None:
        """What the text shows, read by the service without writing anything."""
        if self.running:
            return
        w = self.words
        table = self.query_one(PastePreview)
        unread = self.query_one("#paste-unread", Static)
        text = self.text
        self.previewed = None
        if not text.strip():
            table.show([], w)
            unread.update("")
            self.say([w("Paste the text of a LinkedIn page first.")], "yellow")
            return
        try:
            pasted, _ = self.app.service.paste(text, dry_run=True)
        except ImportFailure as error:
            table.show([], w)
            unread.update("")
            self.say([said(str(error), w), w("Nothing was written.")], "red")
            return
        shown = pasted.to_json()
        table.show(shown["people"], w)
        unread.update(Text("\n".join(unread_lines(shown["unread"], w)), style="yellow"))
        self.previewed = text
        self.say([recognised_words(shown, w),
                  w("F3 or Import writes them; nothing is written yet.")])

    def action_import(self) -> None:
        """Write what the preview shows (previewing first if the text changed since)."""
        if self.running:
            return
        if self.previewed is None or self.previewed != self.text:
            self.action_preview()
            return
        self.running = True
        self.say([self.words("Importing…")])
        self.write_paste(self.previewed)

    @work(thread=True, exclusive=True, group="paste", exit_on_error=False)
    def write_paste(self, text: str) -> None:
        """Import in this thread, through a service of its own on the workspace."""
        from coach.service import NetworkService
        from coach.workspace import Workspace

        w = self.words
        try:
            with NetworkService(Workspace(self.home)) as service:
                _, report = service.paste(text)
        except ImportFailure as error:
            lines, done = [said(str(error), w), w("Nothing was imported.")], False
        except Exception as error:  # noqa: BLE001 (a read-only store, a full disk…)
            reason = fault_line(error, self.home / STORE_FILE)
            lines, done = [w("The import failed: {reason}", reason=reason),
                           w("Nothing was imported.")], False
        else:
            lines, done = import_lines(report, w), True
        self.app.call_from_thread(self._written, lines, done)

    def _written(self, lines: list[str], done: bool) -> None:
        self.running = False
        self.imported = self.imported or done
        if done:
            lines = lines + [self.words("Esc: back to the network")]
        self.say(lines, "" if done else "red")

    def action_close(self) -> None:
        if not self.running:
            self.dismiss(self.imported)


def read_text(path: Path) -> str:
    """A file's text, decoded as the files of an import are (OSError, ImportFailure)."""
    from coach.importers.export_files import decode

    return decode(path.read_bytes(), path.name, [])


PAGES = {"search results": "search results page", "followers": "followers page",
         "connections": "connections page", "invitations": "invitation manager"}


def recognised_words(shown: dict, w: Wording) -> str:
    """How many people were recognised, and on which page (as ``coach paste`` says it)."""
    page = shown.get("page")
    whose = shown.get("mutual_connections_of")
    if whose:
        total = shown.get("mutual_connections_total")
        page = w("connections you share with {name}", name=whose) if total is None else \
            w.count(total, "connections you share with {name}: {n} in all",
                    "connections you share with {name}: {n} in all", name=whose)
    elif page in PAGES:
        page = w(PAGES[page])
    else:
        page = w.known(f"{page} page") if page else w("an unknown page")
    return w.count(len(shown["people"]), "Recognised {n} person ({page})",
                   "Recognised {n} people ({page})", page=page)


def unread_lines(unread: list[dict], w: Wording) -> list[str]:
    """The blocks not read: where, their first line, and why."""
    if not unread:
        return []
    lines = [w.count(len(unread), "Not read: {n} block", "Not read: {n} blocks")]
    lines += ["  " + w("line {line}: {text}: {reason}", line=block.get("line"),
                       text=repr(str(block.get("first_line", ""))[:60]),
                       reason=w.known(str(block.get("reason", ""))))
              for block in unread]
    return lines
