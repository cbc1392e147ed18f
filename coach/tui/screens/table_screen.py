"""A screen built around one table of people (the agenda, the map, reach): its table, its
columns and its keys described in the workspace's language."""

from __future__ import annotations

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
