"""What is waiting on you, as a short list: the overview and the agenda show it."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from coach.strategy.loop_words import describe, heading
from coach.strategy.open_loops import shown_first
from coach.wording import Wording

SHOWN = 8
"""How many open loops fit; the rest are counted (``coach advise --waiting`` lists all)."""


def loops_text(loops, language: str = "en", limit: int = SHOWN) -> Text:
    """The heading, one line per open loop (names as plain text, never markup), the rest counted."""
    w = Wording(language)
    text = Text()
    text.append(heading(len(loops), w).rstrip(":\u00a0") + ("\n" if loops else ""),
                style="bold")
    for loop in shown_first(loops, limit):
        text.append("  • ")
        text.append(describe(loop, w))
        text.append("\n")
    if len(loops) > limit:
        text.append("  " + w("… and {n} more (`coach advise --waiting`)", n=len(loops) - limit),
                    style="dim")
    return text


class OpenLoopsView(Static):
    """The open loops of the network, given by the service (``service.follow_ups``)."""

    DEFAULT_CSS = """
    OpenLoopsView { height: auto; padding: 0 1; }
    """

    def show(self, loops, language: str = "en") -> None:
        """Show these loops."""
        self.update(loops_text(loops, language))
