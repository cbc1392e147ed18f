"""The search box: an Input that tells the screen about each change in the same frame."""

from __future__ import annotations

from collections.abc import Callable

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Input


class SearchBox(Input):
    """Calls ``on_change(text)`` as soon as the text changes.

    Input's own ``Changed`` message reaches the screen a message later, after the box has
    been drawn alone: the list then followed in a second frame, up to a frame period later.
    Called directly, the box and the list it filters are drawn in one frame.

    Input sets its virtual width (the text's length) on every keystroke, which lays out the
    whole screen; the box scrolls its text without that, so here it only repaints the box.
    """

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def __init__(self, *, on_change: Callable[[str], None], placeholder: str = "",
                 id: str | None = None) -> None:
        super().__init__(placeholder=placeholder, id=id)
        self.on_change = on_change

    def watch_value(self, value: str) -> None:
        self.on_change(value)
