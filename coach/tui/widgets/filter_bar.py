"""Filter chips with their counts: all, each degree, followers, the current tag, the sort."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from coach.listing import SORT_LABELS, ListFilter
from coach.model import Degree

CHIPS = (("all", "0 all", None), ("first", "1 1st", Degree.FIRST), ("second", "2 2nd", Degree.SECOND),
         ("third", "3 3rd", Degree.THIRD), ("out", "4 out", Degree.OUT_OF_NETWORK))


class FilterBar(Static):
    """One line of chips; the active ones are highlighted. Keys are shown on each chip."""

    DEFAULT_CSS = """
    FilterBar { height: 1; padding: 0 1; background: $boost; }
    """

    def show(self, wanted: ListFilter, counts: dict[Degree, int], followers: int,
             tags: dict[str, int], shown: int) -> None:
        """Redraw the chips for the current filter and counts."""
        text = Text(no_wrap=True, overflow="ellipsis")
        total = sum(counts.values())
        for _key, label, degree in CHIPS:
            amount = total if degree is None else counts.get(degree, 0)
            active = wanted.degree == degree
            self._chip(text, f"{label} {amount:,}", active)
        self._chip(text, f"f followers {followers:,}", wanted.followers)
        tag_label = f"t tag {wanted.tag} {tags.get(wanted.tag, 0):,}" if wanted.tag else (
            f"t tags ({len(tags)})" if tags else "t no tags")
        self._chip(text, tag_label, wanted.tag is not None)
        self._chip(text, f"s sort: {SORT_LABELS[wanted.sort]}", False)
        text.append(f"  {shown:,} shown", style="italic")
        self.update(text)

    @staticmethod
    def _chip(text: Text, label: str, active: bool) -> None:
        style = "bold reverse" if active else "dim"
        text.append(f" {label} ", style=style)
        text.append(" ")
