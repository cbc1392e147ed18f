"""A screen built around one table of people (the agenda, the map, reach): its table, its
columns and its keys described in the workspace's language, and (the map, reach) Enter to
show the highlighted person in the main list."""

from __future__ import annotations

from textual import on
from textual.screen import Screen
from textual.widgets import DataTable

from coach.tui.worded import worded_bindings


class TableScreen(Screen):
    """A screen whose main widget is the ``DataTable`` with id ``TABLE_ID``, headed by
    ``COLUMNS`` (English, worded when shown)."""

    TABLE_ID = ""
    COLUMNS: tuple[str, ...] = ()

    @property
    def table(self) -> DataTable:
        return self.query_one(f"#{self.TABLE_ID}", DataTable)

    @property
    def active_bindings(self):
        """The keys, described in the workspace's language (the footer shows these)."""
        return worded_bindings(super().active_bindings, self.app.words)

    def add_columns(self) -> None:
        """The table's column headings, in the workspace's language."""
        self.table.add_columns(*(self.app.words(column) for column in self.COLUMNS))

    def selected_person_id(self) -> int | None:
        """The id of the highlighted row's person (None: the row is not a person, or this
        screen's Enter does something else)."""
        return None

    @on(DataTable.RowSelected)
    def _show_person(self, _event=None) -> None:
        """Enter: back to the main list, on the highlighted person."""
        person_id = self.selected_person_id()
        main = self.app.main_screen_if_any()
        if person_id is None or main is None or self.app.screen is not self:
            return
        self.dismiss()
        main.go_to(person_id)

    def action_close(self) -> None:
        self.dismiss()
