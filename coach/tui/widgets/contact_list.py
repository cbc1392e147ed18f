"""The contact list: a line-API view that draws only the visible rows of any number of contacts."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from coach.tui.columns import ORDER, column_widths
from coach.tui.keys import LIST_KEYS, bindings
from coach.tui.rows import ContactRow, headings

RowSource = Callable[[int], ContactRow]
"""Gives the cells of the contact at one listing position."""

_CACHE_SIZE = 512


class ContactList(ScrollView, can_focus=True):
    """Contacts one per line; only the lines on screen are ever built."""

    BINDINGS = bindings(LIST_KEYS)

    COMPONENT_CLASSES = {
        "contact-list--heading", "contact-list--cursor", "contact-list--first",
        "contact-list--second", "contact-list--third", "contact-list--out",
        "contact-list--dim",
    }

    DEFAULT_CSS = """
    ContactList { height: 1fr; width: 1fr; overflow-x: hidden; overflow-y: scroll;
                  scrollbar-size-vertical: 1; }
    ContactList > .contact-list--heading { text-style: bold; background: $panel; }
    ContactList > .contact-list--cursor { background: $accent 40%; color: auto;
                                          text-style: bold; }
    ContactList:focus > .contact-list--cursor { background: $accent; color: auto; }
    ContactList > .contact-list--first { color: $success; text-style: bold; }
    ContactList > .contact-list--second { color: $warning; text-style: bold; }
    ContactList > .contact-list--third { color: $text-secondary; }
    ContactList > .contact-list--out { color: $text-muted; }
    ContactList > .contact-list--dim { color: $text-muted; }
    """

    # two lines repaint, not the list
    cursor = reactive(0, always_update=True, init=False, repaint=False)

    def __init__(self, *, on_highlight: Callable[[int | None], None] | None = None,
                 id: str | None = None) -> None:
        """``on_highlight(person_id)`` is called as soon as the highlighted contact changes
        (None when the list is empty), so the screen draws its detail in the same frame."""
        super().__init__(id=id)
        self.positions = np.empty(0, dtype=np.int64)
        self.row_count = 0
        """How many rows the list has: more than ``positions`` while only the first rows of
        a long answer are known (see :meth:`complete`)."""
        self._source: RowSource | None = None
        self._cache: dict[int, ContactRow] = {}
        self.on_highlight = on_highlight
        self.language = "en"
        """The language of the headings (set by the screen)."""

    # --- data from the screen -------------------------------------------------------------

    def show(self, positions: np.ndarray, source: RowSource, cursor_row: int = 0,
             row_count: int | None = None) -> None:
        """Show these listing positions, with the cursor on one row; ``row_count``, when
        they are only the first rows of a longer answer, how many rows it has (the rest
        come with :meth:`complete`).

        The lines drawn are kept while ``source`` is the same object (another filter of the
        same listing shows many of the same people); a new source draws them afresh."""
        self.positions = positions
        self.row_count = len(positions) if row_count is None else row_count
        if source is not self._source:
            self._source = source
            self._forget()
        size = Size(self.size.width, self.row_count + 1)
        if size != self.virtual_size:
            # Not through Widget.virtual_size (layout=True): a new filter repaints the list
            # without a layout pass of the whole screen (the scrollbar is always shown).
            self.set_reactive(ScrollView.virtual_size, size)
            self._scroll_update(size)
        row = min(cursor_row, max(self.row_count - 1, 0))
        if row == self.cursor:  # the same row, maybe another person: say who it is, once
            self._scroll_cursor_into_view()
            self._say_highlighted()
        else:
            self.cursor = row  # watch_cursor says it
        self.refresh()

    def complete(self, positions: np.ndarray) -> None:
        """All the rows of the answer whose first rows are shown: drawn again only if a row
        on screen, or the cursor's, was not known yet."""
        known = len(self.positions)
        if known == len(positions):
            return
        self.positions = positions
        self.row_count = len(positions)
        if int(self.scroll_y) + self.scrollable_content_region.height - 1 > known:
            self.refresh()
        if self.cursor >= known:
            self._say_highlighted()

    def forget_rows(self) -> None:
        """Drop the cached lines (the advice or the names changed), keeping the cursor."""
        self._forget()
        self.refresh()
        self.cursor = self.cursor

    @property
    def person_id(self) -> int | None:
        """The highlighted contact's store id."""
        if self.cursor >= len(self.positions) or self._source is None:
            return None  # (no row; or rows not known yet)
        return self._row(int(self.positions[self.cursor])).person_id

    def _forget(self) -> None:
        self._cache.clear()
        self.__dict__.pop("_strips", None)

    def _row(self, position: int) -> ContactRow:
        row = self._cache.get(position)
        if row is None:
            if len(self._cache) > _CACHE_SIZE:
                self._cache.clear()
            row = self._cache[position] = self._source(position)
        return row

    # --- cursor ---------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_line(old + 1)
        self.refresh_line(new + 1)
        self._scroll_cursor_into_view()
        self._say_highlighted()

    def _say_highlighted(self) -> None:
        if self.on_highlight is not None:
            self.on_highlight(self.person_id)

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, self.row_count - 1)) if self.row_count else 0

    def _scroll_cursor_into_view(self) -> None:
        height = max(self.scrollable_content_region.height - 1, 1)
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    def on_resize(self) -> None:
        # Fewer rows fit: the highlighted one must stay on screen (it may be below the new
        # bottom), once the new size is laid out.
        self.call_after_refresh(self._scroll_cursor_into_view)

    def action_cursor(self, step: int) -> None:
        self.cursor += step

    def action_page(self, direction: int) -> None:
        self.cursor += direction * max(self.scrollable_content_region.height - 2, 1)

    def action_jump(self, row: int) -> None:
        self.cursor = row if row >= 0 else self.row_count - 1

    def on_click(self, event) -> None:
        row = int(self.scroll_y) + event.y - 1
        if 0 <= row < self.row_count:
            self.cursor = row

    # --- drawing --------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            return self._heading(width)
        row = int(self.scroll_y) + y - 1
        if row >= len(self.positions) or self._source is None:
            return Strip.blank(width, self._base_style())
        position = int(self.positions[row])
        key = (position, row == self.cursor, width)
        strips = self.__dict__.setdefault("_strips", {})
        strip = strips.get(key)
        if strip is None:
            if len(strips) > _CACHE_SIZE:
                strips.clear()
            strip = strips[key] = self._line(self._row(position), width, row == self.cursor)
        return strip

    def _style(self, name: str, partial: bool = False) -> Style:
        """A component class's style, looked up once per theme or CSS change."""
        key = (name, partial)
        cache = self.__dict__.setdefault("_styles", {})
        if key not in cache:
            cache[key] = self.get_component_rich_style(name, partial=partial)
        return cache[key]

    def _base_style(self) -> Style:
        """The list's own style (its colours over its ancestors'), looked up once per change."""
        cache = self.__dict__.setdefault("_styles", {})
        if "base" not in cache:
            cache["base"] = self.rich_style
        return cache["base"]

    def notify_style_update(self) -> None:
        self.__dict__.pop("_styles", None)
        self.__dict__.pop("_strips", None)
        super().notify_style_update()

    def _heading(self, width: int) -> Strip:
        style = self._style("contact-list--heading")
        words = headings(self.language)
        cells = _layout({name: words[name] for name in ORDER}, width)
        return Strip([Segment(text, style) for text in cells]).adjust_cell_length(width, style)

    def _line(self, row: ContactRow, width: int, highlighted: bool) -> Strip:
        styles = self._row_styles(row.degree_key, highlighted)
        values = {"name": row.name, "degree": row.degree, "follow": row.follow,
                  "work": row.work, "mutual": row.mutual, "last": row.last,
                  "advice": row.advice}
        cells = _layout(values, width)
        segments = [Segment(text, styles[name])
                    for text, name in zip(cells, column_widths(width), strict=True)]
        return Strip(segments).adjust_cell_length(width, styles["name"])

    def _row_styles(self, degree_key: str, highlighted: bool) -> dict[str, Style]:
        """The style of each column of a row, made once each. On the highlighted row every
        cell takes the cursor's colours (a badge's colour on the cursor's background may
        not be readable)."""
        key = ("row", degree_key, highlighted)
        cache = self.__dict__.setdefault("_styles", {})
        if key not in cache:
            base = self._base_style()
            dim = self._style("contact-list--dim", partial=True)
            extra = {"degree": self._style(f"contact-list--{degree_key}", partial=True),
                     "last": dim, "advice": dim, "mutual": Style(bold=True)}
            styles = {name: base + extra[name] if name in extra else base for name in ORDER}
            if highlighted:
                cursor = self._style("contact-list--cursor")
                styles = {name: style + cursor for name, style in styles.items()}
            cache[key] = styles
        return cache[key]


def _layout(values: dict[str, str], width: int) -> list[str]:
    """The text of each column shown at this width (see :mod:`coach.tui.columns`), cut or
    padded to its width, with one space before each column."""
    cells = []
    for name, size in column_widths(width).items():
        text = _single_line(values[name])
        if name == "mutual":
            text = text.rjust(size) if cell_len(text) <= size else text
        cells.append(" " + _fit(text, size))
    return cells


def _fit(text: str, width: int) -> str:
    """Text cut to ``width`` cells (wide characters counted as two), with … when cut."""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, max(width - 1, 0)) + "…" if width else ""


_CONTROLS = {code: " " for code in (*range(32), *range(0x7F, 0xA0))}


def _single_line(text: str) -> str:
    """Control characters (newlines, escapes) shown as spaces: a name never breaks a line."""
    return text if text.isprintable() else text.translate(_CONTROLS)
