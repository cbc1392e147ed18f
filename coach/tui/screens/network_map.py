"""The map of my network: a bar per circle, then the brokers and every circle's people;
Enter shows the highlighted person in the main list."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Header, Static

from coach.tui.failures import guarded
from coach.tui.screens.table_screen import TableScreen
from coach.tui.widgets.keys_footer import KeysFooter
from coach.wording.map_text import broker_sentence, circle_details, circle_heading

COLUMNS = ("Circle", "Name", "Role")
BAR_WIDTH = 40
"""Cells of the longest bar (the biggest circle)."""
LABEL_WIDTH = 28


class MapScreen(TableScreen):
    """My circles and the brokers between them, from the service's map (computed once per
    network, in a thread: Louvain never runs on the event loop)."""

    TABLE_ID = "map-table"
    COLUMNS = COLUMNS

    BINDINGS = [Binding("escape,q,g", "close", "Close", id="map.close")]
    DEFAULT_CSS = """
    MapScreen #map-summary { height: auto; padding: 0 1; background: $boost; }
    MapScreen #map-bars { height: auto; max-height: 15; padding: 0 1; }
    MapScreen DataTable { height: 1fr; }
    MapScreen #map-detail {
        height: auto; min-height: 4; padding: 0 1; border-top: solid $primary;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self.network_map = None
        self.rows: list[tuple[int, object]] = []
        """Each table row: (person id, the broker or circle it was listed under)."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self.app.words("Finding your circles…"), id="map-summary")
        yield Static("", id="map-bars")
        yield DataTable(id="map-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="map-detail")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.add_columns()
        self.table.focus()
        self._find_circles()

    @work(thread=True, group="map", exit_on_error=False)
    @guarded("Finding your circles")
    def _find_circles(self) -> None:
        network_map = self.app.service.network_map()
        self.app.call_from_thread(self.show, network_map)

    def show(self, network_map) -> None:
        """Fill the screen from a map (``NetworkMap``)."""
        from coach.wording.map_text import map_lines

        if self not in self.app.screen_stack:
            return  # closed before the map was ready (g then Esc at once)
        w = self.app.words
        self.network_map = network_map
        summary = map_lines(network_map, w)[0]
        self.query_one("#map-summary", Static).update(Text(
            summary + " · " + w("Enter: show the person · Esc: back")))
        self.query_one("#map-bars", Static).update(self._bars())
        table = self.table
        table.clear()
        self.rows = []
        names = network_map.names
        for broker in network_map.brokers:
            self._row(w("Brokers"), names.get(broker.person_id, ""), w("broker"),
                      broker.person_id, broker)
        for circle in (*network_map.circles, *filter(None, [network_map.other])):
            where = f"{circle.number}. {circle.label}" if circle.number else w("Other")
            for person in circle.members:
                role = w("strongest tie") if person == circle.strongest_tie else (
                    w("broker") if network_map.broker(person) else "")
                self._row(where, names.get(person, ""), role, person, circle)
        if table.row_count:
            table.move_cursor(row=0)
        self._describe()

    def _row(self, where: str, name: str, role: str, person: int, under) -> None:
        self.table.add_row(Text(where), Text(name), Text(role))
        self.rows.append((person, under))

    def _bars(self) -> Text:
        """A bar per circle, sized by its people (the drawing of the map)."""
        network_map = self.network_map
        circles = [*network_map.circles, *filter(None, [network_map.other])]
        if not circles:
            return Text(self.app.words("No connections yet: import your LinkedIn export to "
                                       "see your circles."))
        biggest = max(circle.size for circle in circles)
        text = Text()
        for circle in circles:
            label = (f"{circle.number}. {circle.label}" if circle.number
                     else self.app.words("Other"))
            cells = max(1, round(BAR_WIDTH * circle.size / biggest))
            text.append(f"{label[:LABEL_WIDTH]:<{LABEL_WIDTH}} ")
            text.append("█" * cells, style="dim" if not circle.number else "bold")
            text.append(f" {self.app.words.number(circle.size)}\n")
        text.rstrip()
        return text

    @property
    def selected(self) -> int | None:
        """The id of the highlighted person."""
        row = self.table.cursor_row
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    @on(DataTable.RowHighlighted)
    def _describe(self, _event=None) -> None:
        detail = self.query_one("#map-detail", Static)
        row = self.table.cursor_row
        if self.network_map is None or not 0 <= row < len(self.rows):
            detail.update("")
            return
        w = self.app.words
        person, under = self.rows[row]
        broker = self.network_map.broker(person)
        lines = []
        if hasattr(under, "members"):
            lines += [circle_heading(under, w), *circle_details(under, self.network_map, w)]
        if broker is not None:
            lines.append(broker_sentence(broker, self.network_map, w))
        detail.update(Text("\n".join(lines)))

    def selected_person_id(self) -> int | None:
        return self.selected
