"""Reach a company, a role or a city: type it, see everyone known there by degree with the
introducer to ask and a teammate who can help; Enter on a person shows them in the list.

The service decides (``NetworkService.reach``, as ``coach reach`` prints it); the search
runs in a thread, so a large network never holds a key."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Header, Input, Static

from coach.service.reach import BadReachText, Reach, Reached
from coach.tui.failures import guarded
from coach.tui.screens.table_screen import TableScreen
from coach.tui.widgets.keys_footer import KeysFooter
from coach.wording.outcomes import said
from coach.wording.reach import how_to_reach, matched_words, reach_summary, work_line
from coach.wording.vocabulary import badge, shown_name

COLUMNS = ("Deg", "Name", "How to reach", "Matched on", "Work")
PER_DEGREE = 200
"""People listed per degree (all are counted): a city can hold tens of thousands."""


class ReachScreen(TableScreen):
    """A line to type a company, a role or a city, and the people found, nearest first."""

    TABLE_ID = "reach-table"
    COLUMNS = COLUMNS

    BINDINGS = [Binding("escape", "close", "Close", id="reach.close")]
    DEFAULT_CSS = """
    ReachScreen #reach-prompt, ReachScreen #reach-summary { height: auto; padding: 0 1; }
    ReachScreen #reach-summary { background: $boost; }
    ReachScreen DataTable { height: 1fr; }
    """

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.text = text
        self.found: Reach | None = None
        self.rows: list[Reached] = []
        self._asked = 0  # searches asked for: only the latest one is shown

    def compose(self) -> ComposeResult:
        w = self.app.words
        yield Header()
        yield Static(Text(w("A company, a role or a city (Enter looks, Esc closes)")),
                     id="reach-prompt")
        yield Input(value=self.text, placeholder=w("Doctolib, product manager, Lyon…"),
                    id="reach-text")
        yield Static("", id="reach-summary")
        yield DataTable(id="reach-table", cursor_type="row", zebra_stripes=True)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.add_columns()
        self.query_one("#reach-text", Input).focus()
        if self.text.strip():
            self.look(self.text)

    @on(Input.Submitted, "#reach-text")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.look(event.value)

    def look(self, text: str) -> None:
        """Ask the service who is known there (in a thread)."""
        self._asked += 1
        self.query_one("#reach-summary", Static).update(Text(self.app.words("Looking…")))
        self._look_in_thread(text, self._asked)

    @work(thread=True, group="reach", exit_on_error=False)
    @guarded("Reaching")
    def _look_in_thread(self, text: str, asked: int) -> None:
        try:
            found = self.app.service.reach(text, PER_DEGREE)
        except BadReachText as error:
            self.app.call_from_thread(self._refused, str(error), asked)
            return
        self.app.call_from_thread(self._show, found, asked)

    def _refused(self, reason: str, asked: int) -> None:
        if asked != self._asked:
            return
        self.found, self.rows = None, []
        self.table.clear()
        self.query_one("#reach-summary", Static).update(Text(said(reason, self.app.words)))

    def _show(self, found: Reach, asked: int) -> None:
        if asked != self._asked:
            return  # a later search is on its way
        w = self.app.words
        self.found = found
        self.rows = found.everyone()
        table = self.table
        table.clear()
        for person in self.rows:
            table.add_row(*(Text(cell) for cell in (
                badge(person.degree, w.language), shown_name(person.name, w.language),
                how_to_reach(person, w), matched_words(person.matched_on, w),
                work_line(person.contact))))
        lines = [reach_summary(found, w)]
        if self.rows:
            lines.append(w("Enter on a person shows them in the list."))
            table.focus()
        self.query_one("#reach-summary", Static).update(Text("\n".join(lines)))

    @property
    def selected(self) -> Reached | None:
        """The highlighted person."""
        row = self.table.cursor_row
        return self.rows[row] if self.rows and 0 <= row < len(self.rows) else None

    def selected_person_id(self) -> int | None:
        person = self.selected
        return None if person is None else person.id


def open_reach(app) -> None:
    """The palette's "Reach a company"."""
    app.push_screen(ReachScreen())
