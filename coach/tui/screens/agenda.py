"""The agenda: what is waiting on you first (open loops), then today's scenario steps, what
waits and why; mark a step done or skipped, Enter shows the person in the main list."""

from __future__ import annotations

from threading import Lock

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Header, Static

from coach.model import Degree
from coach.scenarios import DO_TODAY, Agenda, AgendaItem, MarkRefused, NoSuchEnrolment
from coach.strategy.loop_words import describe, heading
from coach.strategy.open_loops import OpenLoop, shown_first
from coach.tui.failures import guarded
from coach.tui.screens.table_screen import TableScreen
from coach.tui.widgets.keys_footer import KeysFooter
from coach.wording import Wording
from coach.wording.agenda import french_agenda
from coach.wording.outcomes import marked_words, said
from coach.wording.pacing import pace_lines
from coach.wording.vocabulary import agenda_status, badge, step_words

COLUMNS = ("Id", "Status", "Name", "Deg", "Scenario", "Step")
LOOP_ROWS = 12
"""How many open loops head the agenda (the rest are counted: `coach advise --waiting`)."""


class AgendaScreen(TableScreen):
    """What is waiting on you, then the steps due today (to do first, then those that
    wait), then the steps coming up."""

    TABLE_ID = "agenda-table"
    COLUMNS = COLUMNS

    BINDINGS = [
        Binding("escape,q,a", "close", "Close", id="agenda.close"),
        Binding("d", "mark('done')", "Done", id="agenda.done"),
        Binding("x", "mark('skipped')", "Skip", id="agenda.skip"),
    ]
    DEFAULT_CSS = """
    AgendaScreen #agenda-summary { height: auto; padding: 0 1; background: $boost; }
    AgendaScreen DataTable { height: 1fr; }
    AgendaScreen #agenda-detail {
        height: auto; min-height: 4; padding: 0 1; border-top: solid $primary;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self.plan: Agenda | None = None
        self.rows: list[AgendaItem] = []
        self.loops: list[OpenLoop] = []
        """The open loops heading the table (its first rows)."""
        self._row_keys: list = []
        self._marking = Lock()  # marks are stored one after the other, in the order pressed
        self._asked = self._shown = 0  # plans asked for and the latest shown: no stale plan

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self.app.words("Planning today's steps…"), id="agenda-summary")
        yield DataTable(id="agenda-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="agenda-detail")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.add_columns()
        self.table.focus()
        self.refresh_plan()

    # --- planning (in a thread: it reads facts and updates enrolments) ------------------

    def refresh_plan(self, outcome: tuple[int, str] | None = None) -> None:
        """Mark a step first when asked, then compute today's agenda again (in a thread)."""
        self._asked += 1
        self._plan_in_thread(outcome, self._asked)

    @work(thread=True, group="agenda", exit_on_error=False)
    @guarded("Planning today")
    def _plan_in_thread(self, outcome: tuple[int, str] | None, asked: int) -> None:
        with self._marking:
            self._mark_and_plan(outcome, asked)

    def _mark_and_plan(self, outcome: tuple[int, str] | None, asked: int) -> None:
        scenarios = self.app.service.scenarios
        book = scenarios.book()
        if outcome is not None:
            try:
                marked = scenarios.mark(outcome[0], outcome[1], book=book)
            except (MarkRefused, NoSuchEnrolment) as error:
                self.app.call_from_thread(self.notify, said(str(error), self.app.words),
                                          severity="warning", markup=False)
            else:
                self.app.call_from_thread(self.notify, marked_words(marked, self.app.words),
                                          markup=False)
                self.app.service.rebuild()  # what was logged counts in today's limits
                main = self.app.main_screen_if_any()
                if main is not None:
                    self.app.call_from_thread(main.rebuild, None, False)
        plan = scenarios.plan(book=book)
        service = self.app.service
        loops = service.follow_ups.open_loops()
        self.app.call_from_thread(self._show, plan, asked, loops)

    def _show(self, plan: Agenda, asked: int = 0, loops: list[OpenLoop] = ()) -> None:
        if asked < self._shown:
            return  # a plan asked for later is already shown
        self._shown = asked
        w = self.app.words
        self.plan = plan
        keep = self.table.cursor_row  # the position stays: a step marked leaves it
        self.rows = [*plan.items, *plan.later]
        self.loops = shown_first(list(loops), LOOP_ROWS)
        table = self.table
        table.clear()
        self._row_keys = []
        for loop in self.loops:
            table.add_row(*(Text(cell) for cell in (
                "", w("waiting on you"), loop.name, "", w("Waiting on you"), describe(loop, w))))
        for item in self.rows:
            status = w("to do") if item.status == DO_TODAY else w("waits")
            if item in plan.later:
                status = w("from {day}", day=item.enrolment.due_on)
            elif item.planned_on:  # kept from today by the daily pace
                status = w("from {day}", day=item.planned_on)
            self._row_keys.append(table.add_row(*(Text(cell) for cell in (
                str(item.enrolment.id), status, item.name, _degree(item.degree, w),
                item.scenario.title,
                f"{item.enrolment.step + 1}. {step_words(item.step, w.language)}"))))
        lines = [w("Agenda for {day}: {to_do} to do today, {waiting} waiting, {later} coming up. "
                   "d: done · x: skip · Esc: back", day=plan.day.isoformat(),
                   to_do=len(plan.to_do), waiting=len(plan.waiting), later=len(plan.later))]
        lines.append(heading(len(loops), w).rstrip(":\u00a0") + (w(
            " — {n} first; `coach advise --waiting` lists them all", n=len(self.loops))
            if len(loops) > len(self.loops) else "") + " · " + w("Enter: show the person"))
        lines += pace_lines(plan.pacing, plan.day, w)
        lines += [w("{name}: {status} — {reason}", name=change.name,
                    status=agenda_status(change.status, w.language),
                    reason=_said(change.reason, w))
                  for change in plan.changes[:5]]
        lines += [str(problem) for problem in plan.problems[:3]]
        if not self.rows:
            lines.append(w("No step today. Enrol people from the contact list (e, or E for "
                           "everyone shown) or with `coach enrol SCENARIO QUERY…`."))
        self.query_one("#agenda-summary", Static).update(Text("\n".join(lines)))
        if table.row_count:
            table.move_cursor(row=min(max(keep, 0), table.row_count - 1))
        self._describe()

    # --- the highlighted step ----------------------------------------------------------

    @property
    def selected(self) -> AgendaItem | None:
        """The highlighted scenario step (None on an open loop)."""
        row = self.table.cursor_row - len(self.loops) if self.rows else None
        return self.rows[row] if row is not None and 0 <= row < len(self.rows) else None

    @property
    def selected_loop(self) -> OpenLoop | None:
        """The highlighted open loop (None on a scenario step)."""
        row = self.table.cursor_row
        return self.loops[row] if 0 <= row < len(self.loops) else None

    @on(DataTable.RowSelected)
    def _show_person(self, _event=None) -> None:
        """Enter: back to the main list, on the person of the highlighted row."""
        chosen = self.selected_loop or self.selected
        if chosen is None:
            return
        main = self.app.main_screen_if_any()
        if main is None or self.app.screen is not self:
            return  # another screen or dialog is over the agenda: Enter was not for it
        self.dismiss()
        main.go_to(chosen.person_id)

    @on(DataTable.RowHighlighted)
    def _describe(self, _event=None) -> None:
        item = self.selected
        detail = self.query_one("#agenda-detail", Static)
        w = self.app.words
        if self.selected_loop is not None:
            loop = self.selected_loop
            detail.update(Text("\n".join(filter(None, (
                describe(loop, w), loop.detail,
                w("Answer it on LinkedIn, then log it: Enter shows {name} in the list.",
                  name=loop.name))))))
            return
        if item is None:
            detail.update("")
            return
        lines = [w("{name} — {scenario}, step {step}: {what}", name=item.name,
                   scenario=item.scenario.title, step=item.enrolment.step + 1,
                   what=step_words(item.step, w.language))
                 + (w(" by {how}", how=_said(item.how, w)) if item.how else "")]
        if item.why:
            lines.append(w("Waits: {why}" if item.status != DO_TODAY else "Note: {why}",
                           why=_said(item.why, w)))
        if item.text:
            lines.append(w("Text: {text}", text=item.text))
        detail.update(Text("\n".join(lines)))

    def action_mark(self, outcome: str) -> None:
        item = self.selected
        if self.selected_loop is not None:
            self.notify(self.app.words("Answer it on LinkedIn, then log it: Enter shows {name} "
                                       "in the list.", name=self.selected_loop.name),
                        severity="warning", markup=False)
            return
        if item is None:
            self.notify(self.app.words("No step to mark."), severity="warning")
            return
        # The row leaves at once, so the next key acts on the next step even before the
        # plan comes back (it shows the step again, further down or at the same place).
        row = self.table.cursor_row
        self.rows.pop(row - len(self.loops))
        self.table.remove_row(self._row_keys.pop(row - len(self.loops)))
        self._describe()
        self.refresh_plan((item.enrolment.id, outcome))

    def action_close(self) -> None:
        self.dismiss()


def _said(text: str, words: Wording) -> str:
    """A sentence of the planner in the agenda's language."""
    return french_agenda(text) if words.french else text


def _degree(label: str, words: Wording) -> str:
    """An item's degree badge ("2nd") in the agenda's language."""
    if not words.french or not label:
        return label
    try:
        return badge(Degree.parse(label), words.language)
    except ValueError:
        return label
