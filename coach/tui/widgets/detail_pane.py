"""The detail pane: everything about the highlighted contact, scrollable.

Drawn line by line (Textual's line API): a new contact replaces the lines and repaints the
pane without a layout pass of the whole screen, so moving the cursor stays cheap.
"""

from __future__ import annotations

from rich.console import Console
from rich.segment import Segment
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget


_LINES_KEPT = 2000
"""How many distinct wrapped text lines the pane keeps (a few hundred contacts' worth)."""


class DetailPane(ScrollView, can_focus=False):
    """Shows the text it is given for the highlighted contact."""

    DEFAULT_CSS = """
    DetailPane { width: 42%; min-width: 36; border-left: tall $panel; padding: 0 1;
                 overflow-y: scroll; overflow-x: hidden; scrollbar-size-vertical: 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = Text()
        self.plain = ""
        self._strips: list[Strip] = []
        self._width = -1
        self._style = None  # the pane's style, computed once per style change
        self._styled: dict[int, Strip] = {}  # line index → styled line, for this layout
        self._wrapped: dict[tuple, list[Strip]] = {}  # one text line → its wrapped lines
        self._width_wrapped = -1

    def show(self, text: Text) -> None:
        """Replace the content and scroll back to the top; repaint only the lines that changed."""
        before = self._strips if self.scroll_offset.y == 0 else []
        self._text = text
        self.plain = text.plain
        self._width = -1  # lay the new text out at the next paint
        self.scroll_to(0, 0, animate=False, immediate=True)
        self._lay_out()
        if not before:
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
        wrapped = self._wrapped
        for line in self._text.split("\n", allow_blank=True):
            key = (line.plain, tuple(line.spans), line.style)
            lines = wrapped.get(key)
            if lines is None:
                lines = wrapped[key] = _wrap(line, console, width)
            strips.extend(lines)
        self._strips = strips
        self._styled = {}
        size = Size(width, len(self._strips))
        if size != self.virtual_size:
            # Set without Widget.virtual_size's layout=True: only this pane changes.
            self.set_reactive(Widget.virtual_size, size)
            self._scroll_update(size)

    def notify_style_update(self) -> None:
        self._style = None
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        self._lay_out()
        if self._style is None:  # style the lines once, not on every frame
            self._style = self.rich_style
            self._styled = {}
        index = y + self.scroll_offset.y
        strip = self._styled.get(index)
        if strip is None:
            if 0 <= index < len(self._strips):
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
