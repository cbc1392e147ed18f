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
from coach.tui.widgets.open_loops import loops_text


class OverviewScreen(ModalScreen):
    """A summary of the whole network; Esc, q or o closes it."""

    BINDINGS = [Binding("escape,q,o", "dismiss", "Close", id="overview.close")]
    DEFAULT_CSS = """
    OverviewScreen { align: center middle; }
    OverviewScreen > Vertical { width: 76; height: auto; border: thick $primary; background: $surface; padding: 0 1; }
    OverviewScreen Sparkline { height: 3; margin: 0 0 1 0; }
    """

    def compose(self) -> ComposeResult:
        overview = self.app.service.overview()
        self.overview = overview
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column("what", style="bold")
        table.add_column("count", justify="right")
        labels = {Degree.FIRST: "1st degree (connections)", Degree.SECOND: "2nd degree",
                  Degree.THIRD: "3rd degree", Degree.OUT_OF_NETWORK: "Out of network"}
        for degree, label in labels.items():
            table.add_row(label, f"{overview.counts.get(degree, 0):,}")
        table.add_row("", "")
        table.add_row("Followers", f"{overview.followers:,}")
        table.add_row("  of whom not connected", f"{overview.followers_not_connected:,}")
        table.add_row("You follow", f"{overview.following:,}")
        table.add_row("  of whom not connected", f"{overview.following_not_connected:,}")
        table.add_row("", "")
        table.add_row("Invitations sent in 7 days", f"{overview.invitations_sent_this_week:,}")
        left = overview.invitations_left
        table.add_row("Invitations left this week", "no weekly limit" if left is None else
                      f"{left:,} of {overview.weekly_invitation_limit:,}")
        table.add_row("Pending: sent / received",
                      f"{overview.pending_sent:,} / {overview.pending_received:,}")
        growth = overview.growth
        total = sum(count for _, count in growth)
        with Vertical():
            yield Static(Text("Overview", style="bold"))
            yield Static(table, id="overview-table")
            yield Static(Text(f"New connections per month, {growth[0][0]} to {growth[-1][0]} "
                              f"({total:,} in all)"), id="overview-growth-label")
            yield Sparkline([count for _, count in growth], summary_function=max,
                            id="overview-growth")
            service = self.app.service
            yield Static(loops_text(service.follow_ups.open_loops(), service.config.language),
                         id="overview-waiting")

    def action_dismiss(self) -> None:
        self.dismiss()
