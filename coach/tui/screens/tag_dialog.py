"""A small picker to tag or untag one contact: their tags and the workspace's as checkboxes,
and a line to type a new tag (the workspace's tags are suggested as you type)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, SelectionList, Static

from coach.tui.worded import worded_bindings


class TagDialog(ModalScreen[tuple[list[str], list[str]] | None]):
    """Returns (tags to add, tags to take off) when Enter is pressed on an empty new-tag line,
    or None (Esc). Space toggles a tag; a new tag typed then Enter joins the list, ticked."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="tags.cancel")]
    DEFAULT_CSS = """
    TagDialog { align: center middle; }
    TagDialog > Vertical {
        width: 70; height: auto; max-height: 80%; border: thick $primary; background: $surface;
        padding: 0 1;
    }
    TagDialog SelectionList { height: auto; max-height: 12; }
    """

    def __init__(self, name: str, tags: list[str], known: list[str]) -> None:
        super().__init__()
        self.person_name = name
        self.tags = list(tags)
        self.known = [tag for tag in known if tag not in tags]

    def compose(self) -> ComposeResult:
        w = self.app.words
        with Vertical():
            yield Static(Text(w("Tags of {name} (Space ticks or unticks, Tab: a new tag, Enter "
                                "on an empty line saves, Esc cancels)", name=self.person_name)))
            yield SelectionList[str](*[(Text(tag), tag, True) for tag in self.tags],
                                     *[(Text(tag), tag, False) for tag in self.known],
                                     id="tag-choices")
            yield Input(placeholder=w("a new tag"), id="tag-new",
                        suggester=SuggestFromList(self.known + self.tags, case_sensitive=False))

    @property
    def active_bindings(self):
        """The keys, described in the workspace's language."""
        return worded_bindings(super().active_bindings, self.app.words)

    def on_mount(self) -> None:
        choices = self.query_one(SelectionList)
        (choices if choices.option_count else self.query_one(Input)).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        typed = event.value.strip()
        choices = self.query_one(SelectionList)
        if not typed:
            ticked = set(choices.selected)
            self.dismiss(([tag for tag in self._all() if tag in ticked and tag not in self.tags],
                          [tag for tag in self.tags if tag not in ticked]))
            return
        if typed in self._all():
            choices.select(typed)
        else:
            choices.add_option((Text(typed), typed, True))
        event.input.value = ""

    def _all(self) -> list[str]:
        choices = self.query_one(SelectionList)
        return [choices.get_option_at_index(i).value for i in range(choices.option_count)]

    def action_cancel(self) -> None:
        self.dismiss(None)
