"""Import a file from inside the app: a path (completed with →) and the same options as
``coach import``, a progress bar while a worker imports, then the report.

A CSV of people is shown before it is imported: the first Enter reads it and shows which
column fills which field, the columns not used and its first rows; Enter again imports
it. Changing the path or an option (the mapping, say) shows the preview again first.

The import runs in a thread, through the network service of the target workspace (its own
connection to the SQLite file), so the screen stays responsive; nothing is written when the
import fails.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, ProgressBar, Select, Static

from coach.import_formats import FORMAT_HELP
from coach.importers import ImportFailure, ImportOptions, read_mapping
from coach.tui.failures import fault_line
from coach.tui.path_suggester import PathSuggester
from coach.tui.worded import worded_bindings
from coach.wording.imports import import_lines
from coach.wording.outcomes import said
from coach.wording.people_csv import preview_lines
from coach.workspace import STORE_FILE

HINT = ("A LinkedIn export (.zip or folder), a coach CSV folder, an edge list (.txt), a GraphML "
        "or GEXF file, a search-results CSV or any CSV of people. The format is recognised "
        "from the file; → completes the path; Tab reaches the options (as `coach import "
        "--format --me --teammate --directed --map`); a CSV of people is shown before it is "
        "imported.")


class ImportScreen(ModalScreen[bool]):
    """Returns True when something was imported (Esc closes; Enter starts or closes)."""

    BINDINGS = [Binding("escape", "close", "Close", id="import.close")]
    DEFAULT_CSS = """
    ImportScreen { align: center middle; }
    ImportScreen > Vertical { width: 100; height: auto; max-height: 90%; border: thick $primary;
                              background: $surface; padding: 0 1; }
    ImportScreen #import-options { height: auto; }
    ImportScreen #import-options > * { width: 1fr; }
    ImportScreen #import-format { width: 30; }
    ImportScreen #import-directed { width: auto; }
    ImportScreen ProgressBar { display: none; margin: 1 0 0 0; }
    ImportScreen ProgressBar.-running { display: block; }
    ImportScreen #import-report { height: auto; max-height: 20; }
    ImportScreen #import-mapping { width: 1fr; }
    """

    def __init__(self, home: Path) -> None:
        super().__init__()
        self.home = Path(home)
        self.running = False
        self.imported = False
        self.report_lines: list[str] = []
        self.previewed: tuple[Path, ImportOptions] | None = None
        """The file and options whose preview is shown: Enter imports them."""

    def compose(self) -> ComposeResult:
        w = self.app.words
        with Vertical():
            yield Static(Text(w("Import into {home}", home=self.home), style="bold"))
            yield Static(Text(w(HINT), style="dim"))
            yield Input(placeholder=w("path of the file or folder (Enter imports, Esc closes)"),
                        id="import-path", suggester=PathSuggester())
            with Horizontal(id="import-options"):
                yield Select([(w("{name}: {what}", name=name, what=w(what)), name)
                              for name, what in FORMAT_HELP.items()],
                             prompt=w("format: guessed"), id="import-format")
                yield Input(placeholder=w("me: your id, name or URL"), id="import-me")
                yield Input(placeholder=w("teammate: whose export"), id="import-teammate")
                yield Checkbox(w("directed"), id="import-directed")
            yield Input(placeholder=w("mapping: column=field, … (for a CSV of people)"),
                        id="import-mapping")
            yield ProgressBar(total=None, show_eta=False, id="import-progress")
            with VerticalScroll(id="import-report"):
                yield Static(id="import-text")

    def on_mount(self) -> None:
        self.query_one("#import-path", Input).focus()

    @property
    def active_bindings(self):
        """The keys, described in the workspace's language."""
        return worded_bindings(super().active_bindings, self.app.words)

    def say(self, lines: list[str], style: str = "") -> None:
        """Show the report or an error (plain text: file names are never markup)."""
        self.report_lines = list(lines)
        self.query_one("#import-text", Static).update(Text("\n".join(lines), style=style))

    def options(self) -> ImportOptions:
        """The options as chosen on the screen; ImportFailure for a mapping that cannot be
        read (``column=field, …``)."""
        chosen = self.query_one("#import-format", Select).value
        me = self.query_one("#import-me", Input).value.strip()
        teammate = self.query_one("#import-teammate", Input).value.strip()
        return ImportOptions(format=chosen if isinstance(chosen, str) else None,
                             directed=self.query_one("#import-directed", Checkbox).value,
                             me=me or None, teammate=teammate or None,
                             mapping=read_mapping(self.query_one("#import-mapping", Input).value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if self.running:
            return
        if self.imported:
            self.dismiss(True)
            return
        text = self.query_one("#import-path", Input).value.strip().strip("'\"")
        w = self.app.words
        if not text:
            self.say([w("Type the path of a file or folder first.")], "yellow")
            return
        path = Path(text).expanduser()
        if not path.exists():
            self.say([w("{path}: no such file or folder", path=path)], "red")
            return
        try:
            options = self.options()
        except ImportFailure as error:
            self.say([said(str(error), w), w("Nothing was imported.")], "red")
            return
        self._busy(True)
        if self.previewed == (path, options):
            self.say([w("Importing {name}…", name=path.name)])
            self.run_import(path, options)
        else:
            self.say([w("Reading {name}…", name=path.name)])
            self.run_preview(path, options)

    def _busy(self, running: bool) -> None:
        """While a worker reads or imports, the boxes wait and the bar runs."""
        self.running = running
        for box in self.query(Input):
            box.disabled = running
        bar = self.query_one(ProgressBar)
        bar.set_class(running, "-running")
        if running:
            bar.update(total=None, progress=0)

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def run_preview(self, path: Path, options: ImportOptions) -> None:
        """Read the file as the import would, writing nothing; a CSV of people is shown,
        any other file is imported at once."""
        w = self.app.words
        try:
            preview = self.app.service.import_preview(path, options)
        except ImportFailure as error:
            self.app.call_from_thread(self._finished, [said(f"{error}", w),
                                                       w("Nothing was imported.")], False)
            return
        except Exception as error:  # an unreadable file, a vanished folder…
            self.app.call_from_thread(self._finished, [
                w("The import failed: {reason}",
                  reason=fault_line(error, self.home / STORE_FILE)),
                w("Nothing was imported.")], False)
            return
        if preview.mapping is None:
            self.app.call_from_thread(self.say, [w("Importing {name}…", name=path.name)])
            self.app.call_from_thread(self.run_import, path, options)
            return
        self.app.call_from_thread(self._previewed, path, options, preview_lines(preview, w))

    def _previewed(self, path: Path, options: ImportOptions, lines: list[str]) -> None:
        self._busy(False)
        self.previewed = (path, options)
        self.query_one("#import-path", Input).focus()
        self.say(lines)

    def _progress(self, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=max(total, 1), progress=min(done, total))

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def run_import(self, path: Path, options: ImportOptions) -> None:
        """Import in this thread; the figures and the report go back to the screen."""
        from coach.importers import ImportFailure
        from coach.service import NetworkService
        from coach.workspace import Workspace

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._progress, done, total)

        w = self.app.words
        try:
            with NetworkService(Workspace(self.home)) as service:
                report = service.import_file(path, options, progress)
        except ImportFailure as error:
            self.app.call_from_thread(self._finished, [said(f"{error}", w),
                                                       w("Nothing was imported.")], False)
        except Exception as error:  # a read-only or damaged store, a full disk…
            self.app.call_from_thread(self._finished, [
                w("The import failed: {reason}",
                  reason=fault_line(error, self.home / STORE_FILE)),
                w("Nothing was imported.")], False)
        else:
            self.app.call_from_thread(self._finished, import_lines(report, w), True)

    def _finished(self, lines: list[str], imported: bool) -> None:
        self._busy(False)
        self.imported = imported
        self.previewed = None
        box = self.query_one("#import-path", Input)
        if imported:
            box.value = ""
            box.placeholder = self.app.words("Enter or Esc: back to the network")
        box.focus()
        self.say(lines + ([""] if imported else []), "" if imported else "red")

    def action_close(self) -> None:
        if not self.running:
            self.dismiss(self.imported)
