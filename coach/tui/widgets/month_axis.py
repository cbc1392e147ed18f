"""The months under a monthly chart: short names where they fit, the year under January."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from coach.wording import Wording

SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")
"""English short names; French comes from the catalogue (janv., févr., mars…)."""


def axis_lines(months: list[str], width: int, words: Wording) -> tuple[str, str]:
    """Two lines ``width`` wide under a chart of one column span per month ("YYYY-MM",
    oldest first, as Textual's Sparkline spreads them): the months' short names, as many
    as fit with a space between them (the latest always), and the years where they begin."""
    count = len(months)
    if not count or width <= 0:
        return "", ""
    names = [words(SHORT_MONTHS[int(month[5:7]) - 1]) for month in months]
    span = width / count
    step = 1
    while step < count and span * step < max(len(name) for name in names) + 1:
        step += 1
    top = [" "] * width
    bottom = [" "] * width
    for index in range(count - 1, -1, -step):  # the latest first: it is always named
        _place(top, min(int(index * span), width - len(names[index])), names[index])
    januaries = [index for index in range(count) if months[index][5:7] == "01"]
    for index in [*januaries, 0]:  # the first month's year only where no January is near
        _place(bottom, int(index * span), months[index][:4])
    return "".join(top).rstrip(), "".join(bottom).rstrip()


def _place(cells: list[str], start: int, text: str) -> None:
    """Write ``text`` from ``start`` when it fits and keeps a space from what is there."""
    end = start + len(text)
    if start < 0 or end > len(cells):
        return
    if any(cell != " " for cell in cells[max(0, start - 1):min(len(cells), end + 1)]):
        return
    cells[start:end] = list(text)


class MonthAxis(Widget):
    """The month labels of a monthly chart as wide as this widget (see ``axis_lines``)."""

    DEFAULT_CSS = "MonthAxis { height: 2; color: $text-muted; }"

    def __init__(self, months: list[str], **kwargs) -> None:
        super().__init__(**kwargs)
        self.months = list(months)

    @property
    def lines(self) -> tuple[str, str]:
        """The two lines shown now."""
        return axis_lines(self.months, self.size.width, self.app.words)

    def render(self) -> Text:
        return Text("\n".join(self.lines))
