"""Filter chips with their counts: all, each degree, followers, the current tag, the sort."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from coach.listing import SORT_LABELS, ListFilter
from coach.model import Degree
from coach.tui.keys import MAIN_KEYS, shown_keys
from coach.wording import ENGLISH, Wording
from coach.wording.vocabulary import sort_label

CHIPS = (("main.all", "all", None), ("main.first", "1st", Degree.FIRST),
         ("main.second", "2nd", Degree.SECOND), ("main.third", "3rd", Degree.THIRD),
         ("main.out", "out", Degree.OUT_OF_NETWORK))
"""Each degree chip: the binding that selects it, its label and its degree (None: all)."""


class FilterBar(Static):
    """One line of chips; the active ones are highlighted. Keys are shown on each chip."""

    DEFAULT_CSS = """
    FilterBar { height: 1; padding: 0 1; background: $boost; }
    """

    def show(self, wanted: ListFilter, counts: dict[Degree, int], followers: int,
             tags: dict[str, int], shown: int, words: Wording = ENGLISH) -> None:
        """Redraw the chips for the current filter and counts, in the language of ``words``."""
        w, n = words, words.number
        text = Text(no_wrap=True, overflow="ellipsis")
        total = sum(counts.values())
        for key_id, label, degree in CHIPS:
            amount = total if degree is None else counts.get(degree, 0)
            active = wanted.degree == degree
            self._chip(text, f"{self._key(key_id)} {w(label)} {n(amount)}", active)
        self._chip(text, w("{key} followers {n}", key=self._key("main.followers"), n=n(followers)),
                   wanted.followers)
        tag = self._key("main.tag")
        tag_label = w("{key} tag {tag} {n}", key=tag, tag=wanted.tag,
                      n=n(tags.get(wanted.tag, 0))) if wanted.tag else (
            w("{key} tags ({n})", key=tag, n=len(tags)) if tags else w("{key} no tags", key=tag))
        self._chip(text, tag_label, wanted.tag is not None)
        sort = sort_label(wanted.sort, SORT_LABELS[wanted.sort], w.language)
        self._chip(text, w("{key} sort: {sort}", key=self._key("main.sort"), sort=sort), False)
        text.append(w.count(shown, "  {n} contact shown", "  {n} contacts shown") if w.french
                    else f"  {n(shown)} shown", style="italic")
        self.say(text)

    def say(self, text: Text | str) -> None:
        """Show this line: a repaint of this one line, never a layout of the screen."""
        self._line = text if isinstance(text, Text) else Text(text)
        self.refresh()

    def render(self) -> Text:
        return getattr(self, "_line", Text())

    def _key(self, key_id: str) -> str:
        """The key that selects a chip, after the person's keymap."""
        keymap = getattr(self.app, "keymap", {})
        key = next(key for key in MAIN_KEYS if key.id == key_id)
        return shown_keys(key, keymap).split(" ")[0]

    @staticmethod
    def _chip(text: Text, label: str, active: bool) -> None:
        style = "bold reverse" if active else "dim"
        text.append(f" {label} ", style=style)
        text.append(" ")
