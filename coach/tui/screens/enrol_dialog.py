"""Choose a scenario to enrol one contact, or every contact shown (after a confirmation)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from coach.tui.worded import worded_bindings


class EnrolDialog(ModalScreen[str | None]):
    """Returns the chosen scenario id (Enter; for a list, then y), or None (Esc or n)."""

    BINDINGS = [Binding("escape,n", "cancel", "Cancel", id="enrol.cancel"),
                Binding("y", "confirm", "Yes", id="enrol.confirm")]
    DEFAULT_CSS = """
    EnrolDialog { align: center middle; }
    EnrolDialog > Vertical { width: 80; height: auto; max-height: 80%; border: thick $primary; background: $surface; padding: 0 1; }
    EnrolDialog OptionList { height: auto; max-height: 12; }
    """

    def __init__(self, who: str, count: int, scenarios: list[tuple[str, str]]) -> None:
        super().__init__()
        self.who = who
        self.count = count
        self.scenarios = scenarios
        self.chosen: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.app.words("Enrol {who} in which scenario? (Enter chooses, "
                                             "Esc cancels)", who=self.who)), id="enrol-prompt")
            yield OptionList(*(Option(Text(f"{title}  ({scenario_id})"), id=scenario_id)
                               for scenario_id, title in self.scenarios), id="enrol-choices")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.chosen = event.option.id
        if self.count <= 1:
            self.dismiss(self.chosen)
            return
        title = dict(self.scenarios)[self.chosen]
        self.query_one("#enrol-prompt", Static).update(Text(self.app.words(
            "Enrol {who} in {scenario}? Those who do not match its entry conditions stay out. "
            "y: yes · n: no", who=self.who, scenario=title)))

    @property
    def active_bindings(self):
        """The keys, described in the workspace's language."""
        return worded_bindings(super().active_bindings, self.app.words)

    def action_confirm(self) -> None:
        if self.chosen is not None:
            self.dismiss(self.chosen)

    def action_cancel(self) -> None:
        self.dismiss(None)
