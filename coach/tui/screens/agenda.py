"""The agenda: today's scenario steps, what waits and why; mark a step done or skipped."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from coach.scenarios import DO_TODAY, Agenda, AgendaItem, MarkRefused, NoSuchEnrolment
from coach.tui.failures import guarded
from coach.tui.widgets.open_loops import OpenLoopsView

COLUMNS = ("Id", "Status", "Name", "Deg", "Scenario", "Step")


class AgendaScreen(Screen):
    """Steps due today (to do first, then those that wait), then the steps coming up."""

    BINDINGS = [
        Binding("escape,q,a", "close", "Close", id="agenda.close"),
        Binding("d", "mark('done')", "Done", id="agenda.done"),
        Binding("x", "mark('skipped')", "Skip", id="agenda.skip"),
    ]
    DEFAULT_CSS = """
    AgendaScreen #agenda-summary { height: auto; padding: 0 1; background: $boost; }
    AgendaScreen DataTable { height: 1fr; }
    AgendaScreen #agenda-detail { height: auto; min-height: 4; padding: 0 1; border-top: solid $primary; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.plan: Agenda | None = None
        self.rows: list[AgendaItem] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Planning today's steps…", id="agenda-summary")
        yield OpenLoopsView("", id="agenda-waiting")
        yield DataTable(id="agenda-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="agenda-detail")
        yield Footer()

    @property
    def table(self) -> DataTable:
        return self.query_one("#agenda-table", DataTable)

    def on_mount(self) -> None:
        self.table.add_columns(*COLUMNS)
        self.table.focus()
        self.refresh_plan()

    # --- planning (in a thread: it reads facts and updates enrolments) ------------------

    @work(thread=True, exclusive=True, group="agenda", exit_on_error=False)
    @guarded("Planning today")
    def refresh_plan(self, outcome: tuple[int, str] | None = None) -> None:
        """Mark a step first when asked, then compute today's agenda again."""
        scenarios = self.app.service.scenarios
        book = scenarios.book()
        if outcome is not None:
            try:
                marked = scenarios.mark(outcome[0], outcome[1], book=book)
            except (MarkRefused, NoSuchEnrolment) as error:
                self.app.call_from_thread(self.notify, str(error), severity="warning",
                                          markup=False)
            else:
                self.app.call_from_thread(self.notify, marked.summary, markup=False)
                self.app.service.rebuild()  # what was logged counts in today's limits
                self.app.call_from_thread(self.app.main_screen.rebuild, None, False)
        plan = scenarios.plan(book=book)
        service = self.app.service
        loops = service.follow_ups.open_loops()
        self.app.call_from_thread(self._show, plan)
        self.app.call_from_thread(self.query_one("#agenda-waiting", OpenLoopsView).show, loops,
                                  service.config.language)

    def _show(self, plan: Agenda) -> None:
        self.plan = plan
        keep = self.selected.enrolment.id if self.selected else None
        self.rows = [*plan.items, *plan.later]
        table = self.table
        table.clear()
        for item in self.rows:
            status = "to do" if item.status == DO_TODAY else "waits"
            if item in plan.later:
                status = f"from {item.enrolment.due_on}"
            table.add_row(*(Text(cell) for cell in (
                str(item.enrolment.id), status, item.name, item.degree, item.scenario.title,
                f"{item.enrolment.step + 1}. {item.step.describe()}")))
        lines = [f"Agenda for {plan.day.isoformat()}: {len(plan.to_do)} to do today, "
                 f"{len(plan.waiting)} waiting, {len(plan.later)} coming up. "
                 f"d: done · x: skip · Esc: back"]
        lines += [f"{change.name}: {change.status} — {change.reason}"
                  for change in plan.changes[:5]]
        lines += [str(problem) for problem in plan.problems[:3]]
        if not self.rows:
            lines.append("No step today. Enrol people from the contact list (e, or E for "
                         "everyone shown) or with `coach enrol SCENARIO QUERY…`.")
        self.query_one("#agenda-summary", Static).update(Text("\n".join(lines)))
        if keep is not None:
            for row, item in enumerate(self.rows):
                if item.enrolment.id == keep:
                    table.move_cursor(row=row)
        self._describe()

    # --- the highlighted step ----------------------------------------------------------

    @property
    def selected(self) -> AgendaItem | None:
        row = self.table.cursor_row if self.rows else None
        return self.rows[row] if row is not None and 0 <= row < len(self.rows) else None

    @on(DataTable.RowHighlighted)
    def _describe(self, _event=None) -> None:
        item = self.selected
        detail = self.query_one("#agenda-detail", Static)
        if item is None:
            detail.update("")
            return
        lines = [f"{item.name} — {item.scenario.title}, step {item.enrolment.step + 1}: "
                 f"{item.step.describe()}" + (f" by {item.how}" if item.how else "")]
        if item.why:
            lines.append(("Waits: " if item.status != DO_TODAY else "Note: ") + item.why)
        if item.text:
            lines.append(f"Text: {item.text}")
        detail.update(Text("\n".join(lines)))

    def action_mark(self, outcome: str) -> None:
        item = self.selected
        if item is None:
            self.notify("No step to mark.", severity="warning")
            return
        self.refresh_plan((item.enrolment.id, outcome))

    def action_close(self) -> None:
        self.dismiss()
