"""Import a file from inside the app: a path, a progress bar while a worker imports, the report.

The import runs in a thread with its own connection to the workspace's SQLite file, so the
screen stays responsive; nothing is written when the import fails.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, ProgressBar, Static

HINT = ("A LinkedIn export (.zip or folder), a coach CSV folder, an edge list (.txt), a GraphML "
        "or GEXF file, or a search-results CSV. The format is recognised from the file.")


class ImportScreen(ModalScreen[bool]):
    """Returns True when something was imported (Esc closes; Enter starts or closes)."""

    BINDINGS = [Binding("escape", "close", "Close", id="import.close")]
    DEFAULT_CSS = """
    ImportScreen { align: center middle; }
    ImportScreen > Vertical { width: 90; height: auto; max-height: 90%; border: thick $primary;
                              background: $surface; padding: 0 1; }
    ImportScreen ProgressBar { display: none; margin: 1 0 0 0; }
    ImportScreen ProgressBar.-running { display: block; }
    ImportScreen #import-report { height: auto; max-height: 20; }
    """

    def __init__(self, store_path: Path, into: str) -> None:
        super().__init__()
        self.store_path = store_path
        self.into = into
        self.running = False
        self.imported = False
        self.report_lines: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(f"Import into {self.into}", style="bold"))
            yield Static(Text(HINT, style="dim"))
            yield Input(placeholder="path of the file or folder (Enter imports, Esc closes)",
                        id="import-path")
            yield ProgressBar(total=None, show_eta=False, id="import-progress")
            with VerticalScroll(id="import-report"):
                yield Static(id="import-text")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def say(self, lines: list[str], style: str = "") -> None:
        """Show the report or an error (plain text: file names are never markup)."""
        self.report_lines = list(lines)
        self.query_one("#import-text", Static).update(Text("\n".join(lines), style=style))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if self.running:
            return
        if self.imported:
            self.dismiss(True)
            return
        text = event.value.strip().strip("'\"")
        if not text:
            self.say(["Type the path of a file or folder first."], "yellow")
            return
        path = Path(text).expanduser()
        if not path.exists():
            self.say([f"{path}: no such file or folder"], "red")
            return
        self.running = True
        self.query_one(Input).disabled = True
        bar = self.query_one(ProgressBar)
        bar.add_class("-running")
        bar.update(total=None, progress=0)
        self.say([f"Importing {path.name}…"])
        self.run_import(path)

    def _progress(self, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=max(total, 1), progress=min(done, total))

    @work(thread=True, exclusive=True, group="import")
    def run_import(self, path: Path) -> None:
        """Import in this thread; the figures and the report go back to the screen."""
        from coach.graph.loading import load_structure
        from coach.importers import ImportFailure, import_path
        from coach.store import Store, StoreError

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._progress, done, total)

        try:
            with Store(self.store_path) as store:
                report = import_path(store, path, progress=progress)
                load_structure(store)  # the next start is instant
        except ImportFailure as error:
            self.app.call_from_thread(self._finished, [f"{error}", "Nothing was imported."], False)
        except (StoreError, OSError, ValueError) as error:
            self.app.call_from_thread(self._finished, [f"The import failed: {error}",
                                                       "Nothing was imported."], False)
        else:
            self.app.call_from_thread(self._finished, report.lines(), True)

    def _finished(self, lines: list[str], imported: bool) -> None:
        self.running = False
        self.imported = imported
        self.query_one(ProgressBar).remove_class("-running")
        box = self.query_one(Input)
        box.disabled = False
        if imported:
            box.value = ""
            box.placeholder = "Enter or Esc: back to the network"
        box.focus()
        self.say(lines + ([""] if imported else []), "" if imported else "red")

    def action_close(self) -> None:
        if not self.running:
            self.dismiss(self.imported)
