"""The overview: counts per degree, followers versus connections, growth, invitations left."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Sparkline, Static

from coach.model import Degree
from coach.overview import GROW_HINT
from coach.tui.widgets.month_axis import MonthAxis
from coach.tui.widgets.open_loops import loops_text
from coach.tui.worded import worded_bindings


class OverviewScreen(ModalScreen):
    """A summary of the whole network; Esc, q or o closes it."""

    BINDINGS = [Binding("escape,q,o", "dismiss", "Close", id="overview.close")]
    DEFAULT_CSS = """
    OverviewScreen { align: center middle; }
    OverviewScreen > Vertical {
        width: 76; height: auto; border: thick $primary; background: $surface; padding: 0 1;
    }
    OverviewScreen Sparkline { height: 3; }
    OverviewScreen MonthAxis { margin: 0 0 1 0; }
    """

    def compose(self) -> ComposeResult:
        w = self.app.words
        n = w.number
        overview = self.app.service.overview()
        self.overview = overview
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column("what", style="bold")
        table.add_column("count", justify="right")
        labels = {Degree.FIRST: "1st degree (connections)", Degree.SECOND: "2nd degree",
                  Degree.THIRD: "3rd degree", Degree.OUT_OF_NETWORK: "Out of network"}
        for degree, label in labels.items():
            table.add_row(w(label), n(overview.counts.get(degree, 0)))
        table.add_row("", "")
        table.add_row(w("Followers"), n(overview.followers))
        table.add_row(w("  of whom not connected"), n(overview.followers_not_connected))
        table.add_row(w("You follow"), n(overview.following))
        table.add_row(w("  of whom not connected"), n(overview.following_not_connected))
        table.add_row("", "")
        table.add_row(w("Invitations sent in 7 days"), n(overview.invitations_sent_this_week))
        left = overview.invitations_left
        table.add_row(w("Invitations left this week"), w("no weekly limit") if left is None else
                      w("{left} of {limit}", left=n(left),
                        limit=n(overview.weekly_invitation_limit)))
        table.add_row(w("Pending: sent / received"),
                      f"{n(overview.pending_sent)} / {n(overview.pending_received)}")
        growth = overview.growth
        total = sum(count for _, count in growth)
        with Vertical():
            yield Static(Text(w("Overview"), style="bold"))
            yield Static(table, id="overview-table")
            yield Static(Text(w("New connections per month, {first} to {last} ({total} in all)",
                                first=growth[0][0], last=growth[-1][0], total=n(total))),
                         id="overview-growth-label")
            yield Sparkline([count for _, count in growth], summary_function=max,
                            id="overview-growth")
            yield MonthAxis([month for month, _ in growth], id="overview-months")
            service = self.app.service
            if overview.thin:
                yield Static(Text(w(GROW_HINT), style="bold"), id="overview-grow")
            yield Static(loops_text(service.follow_ups.open_loops(), service.language),
                         id="overview-waiting")

    @property
    def active_bindings(self):
        """The keys, described in the workspace's language."""
        return worded_bindings(super().active_bindings, self.app.words)

    def action_dismiss(self) -> None:
        self.dismiss()
