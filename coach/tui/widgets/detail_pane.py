"""The detail pane: everything about the highlighted contact, focusable and scrollable.

Drawn line by line (Textual's line API): a new contact replaces the lines and repaints the
pane without redrawing the rest of the screen, so moving the list's cursor stays cheap.
Focused (Tab or ``l``), it has a cursor of its own: ↑/↓/PgUp/PgDn/Home/End move it and
scroll, Enter opens a folded list, ``x`` asks to delete the history entry under it, Esc goes
back to the list. What a line stands for comes with the text (:class:`PaneText`); the pane
only says which one was chosen (messages up), the screen acts.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.segment import Segment
from rich.text import Text
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget

from coach.tui.keys import PANE_KEYS, bindings
from coach.tui.pane_text import PaneText

_LINES_KEPT = 2000
"""How many distinct wrapped text lines the pane keeps (a few hundred contacts' worth)."""


class DetailPane(ScrollView, can_focus=True):
    """Shows the text it is given for the highlighted contact; a cursor when focused."""

    BINDINGS = bindings(PANE_KEYS)
    COMPONENT_CLASSES = {"detail-pane--cursor"}
    DEFAULT_CSS = """
    DetailPane { width: 42%; min-width: 36; border-left: tall $panel; padding: 0 1;
                 overflow-y: scroll; overflow-x: hidden; scrollbar-size-vertical: 1; }
    DetailPane:focus { border-left: tall $accent; }
    DetailPane > .detail-pane--cursor { background: $accent; }
    """

    @dataclass
    class Opened(Message):
        """Enter on a folded list (``blocked``, ``advice``, ``shared``, ``history``…)."""

        part: str

    @dataclass
    class DeleteAsked(Message):
        """``x`` on a line of the history: the entry's id (``i12``, ``v3``, ``n7``)."""

        entry_id: str

    class Left(Message):
        """Esc: back to the list."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = Text()
        self._targets: dict[int, str] = {}
        self.plain = ""
        self.cursor_line = 0
        """The text line under the cursor (lines before wrapping)."""
        self._strips: list[Strip] = []
        self._line_of: list[int] = []  # wrapped line → its text line
        self._first: list[int] = []  # text line → its first wrapped line
        self._width = -1
        self._style = None  # the pane's style, computed once per style change
        self._cursor_style = None
        self._styled: dict[int, Strip] = {}  # line index → styled line, for this layout
        self._wrapped: dict[tuple, list[Strip]] = {}  # one text line → its wrapped lines
        self._width_wrapped = -1

    def show(self, content: PaneText | Text, keep: bool = False) -> None:
        """Replace the content; ``keep``: the same person, so the cursor and the scroll stay
        (else back to the top). Repaint only the lines that changed."""
        if isinstance(content, Text):
            content = PaneText.of(content)
        before = self._strips if self.scroll_offset.y == 0 and not keep else []
        self._text = content.text
        self._targets = content.targets
        self.plain = content.plain
        self._width = -1  # lay the new text out at the next paint
        if not keep:
            self.cursor_line = 0
            self.scroll_to(0, 0, animate=False, immediate=True)
        self._lay_out()
        self.cursor_line = min(self.cursor_line, max(len(self._first) - 1, 0))
        if not before or self.has_focus:
            self.refresh()
            return
        after = self._strips
        height = self.scrollable_content_region.height
        for y in range(min(max(len(before), len(after)), height)):
            # Lines are shared between contacts (headings, most actions, each rule's why),
            # so an unchanged line is the very same Strip.
            if y >= len(before) or y >= len(after) or before[y] is not after[y]:
                self.refresh_line(y)

    def show_message(self, message: str) -> None:
        """Show a plain message instead of a contact."""
        self.show(Text(message, style="italic"))

    @property
    def shown(self) -> str:
        """The plain text shown now (for tests and screen readers)."""
        return self.plain

    @property
    def target(self) -> str | None:
        """What the line under the cursor stands for (``entry:i12``, ``open:blocked``)."""
        return self._targets.get(self.cursor_line)

    @property
    def cursor_text(self) -> str:
        """The plain text of the line under the cursor."""
        lines = self.plain.split("\n")
        return lines[self.cursor_line] if self.cursor_line < len(lines) else ""

    # --- keys ----------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        self._put_cursor(self.cursor_line + step)

    def action_page(self, direction: int) -> None:
        height = max(self.scrollable_content_region.height, 1)
        self.scroll_to(y=self.scroll_offset.y + direction * height, animate=False)
        if self._first:
            wrapped = self._first[self.cursor_line] + direction * height
            self._put_cursor(self._line_of[min(max(wrapped, 0), len(self._line_of) - 1)])

    def action_edge(self, end: int) -> None:
        if end:
            self.scroll_to(y=max(len(self._strips) - self.scrollable_content_region.height, 0),
                           animate=False)
            self._put_cursor(len(self._first) - 1)
        else:
            self.scroll_to(y=0, animate=False)
            self._put_cursor(0)

    def action_open(self) -> None:
        target = self.target or ""
        if target.startswith("open:"):
            self.post_message(self.Opened(target[5:]))

    def action_delete(self) -> None:
        target = self.target or ""
        if target.startswith("entry:"):
            self.post_message(self.DeleteAsked(target[6:]))

    def action_leave(self) -> None:
        self.post_message(self.Left())

    def _put_cursor(self, line: int) -> None:
        """Move the cursor to a text line and scroll so that all of it is seen."""
        if not self._first:
            return
        self.cursor_line = min(max(line, 0), len(self._first) - 1)
        first = self._first[self.cursor_line]
        last = (self._first[self.cursor_line + 1] if self.cursor_line + 1 < len(self._first)
                else len(self._strips)) - 1
        height = self.scrollable_content_region.height
        top = self.scroll_offset.y
        if first < top:
            self.scroll_to(y=first, animate=False)
        elif last >= top + height:
            self.scroll_to(y=min(first, last - height + 1), animate=False)
        self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # --- drawing -------------------------------------------------------------------------

    def on_resize(self) -> None:
        self._width = -1
        self._lay_out()

    def _lay_out(self) -> None:
        """Wrap the text to the pane's width; the height scrolls without a screen layout.

        Each line of the text is wrapped once and kept: most lines come back for the next
        contact (headings, the actions at one degree, the why of each rule)."""
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        if width != self._width_wrapped:
            self._wrapped = {}
            self._width_wrapped = width
        elif len(self._wrapped) > _LINES_KEPT:
            self._wrapped = {}
        self._width = width
        console = self.app.console
        strips: list[Strip] = []
        line_of: list[int] = []
        first: list[int] = []
        wrapped = self._wrapped
        lines = self._text.split("\n", allow_blank=True)
        if len(lines) > 1 and self._text.plain.endswith("\n"):
            lines = lines[:-1]  # the last line's end, not a blank line
        for number, line in enumerate(lines):
            key = (line.plain, tuple(line.spans), line.style)
            parts = wrapped.get(key)
            if parts is None:
                parts = wrapped[key] = _wrap(line, console, width)
            first.append(len(strips))
            strips.extend(parts)
            line_of.extend([number] * len(parts))
        self._strips, self._line_of, self._first = strips, line_of, first
        self._styled = {}
        size = Size(width, len(strips))
        if size != self.virtual_size:
            # Without Widget.virtual_size's layout=True: a layout of the whole screen on
            # every cursor move of the list costs more than a frame on a large network.
            # The pane's own size does not change; its scrollbar (always shown) follows.
            self.set_reactive(Widget.virtual_size, size)
            bar = self.vertical_scrollbar
            bar.window_virtual_size = size.height
            bar.window_size = self.scrollable_content_region.height
            self.scroll_to(y=min(self.scroll_offset.y, self.max_scroll_y), animate=False)

    def notify_style_update(self) -> None:
        self._style = None
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        self._lay_out()
        if self._style is None:  # style the lines once, not on every frame
            self._style = self.rich_style
            self._cursor_style = self._style + self.get_component_rich_style(
                "detail-pane--cursor")
            self._styled = {}
        index = y + self.scroll_offset.y
        inside = 0 <= index < len(self._strips)
        if inside and self.has_focus and self._line_of[index] == self.cursor_line:
            return self._strips[index].apply_style(self._cursor_style)
        strip = self._styled.get(index)
        if strip is None:
            if inside:
                strip = self._strips[index].apply_style(self._style)
            else:
                strip = Strip.blank(self.scrollable_content_region.width, self._style)
            self._styled[index] = strip
        return strip


def _wrap(line: Text, console: Console, width: int) -> list[Strip]:
    """One line of text wrapped to ``width`` cells, each part padded to it: what Console.
    render_lines gives, in half its time (no joining the parts only to split them again)."""
    if "\t" not in line.plain and line.cell_len <= width:
        parts = [line]
    else:
        parts = line.wrap(console, width)
    return [Strip(Segment.adjust_line_length(
        [segment for segment in part.render(console, end="") if segment.text], width), width)
        for part in parts]
