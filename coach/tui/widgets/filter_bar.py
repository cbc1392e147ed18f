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
    """One line of chips; the active ones are highlighted. Keys are shown on each chip.

    The line comes in three forms, longest first; the first that fits the bar's width is
    drawn (on every resize), so that at 80 columns every filter stays visible: the long
    form, then one without the chips' padding and the word "sort", then one that keeps
    the counts of the active chips only."""

    DEFAULT_CSS = """
    FilterBar { height: 1; padding: 0 1; background: $boost; }
    FilterBar > .filter-bar--chip { color: $text-muted; }
    FilterBar > .filter-bar--active { color: $text; background: $primary-muted;
                                      text-style: bold; }
    """

    COMPONENT_CLASSES = {"filter-bar--chip", "filter-bar--active"}

    def show(self, wanted: ListFilter, counts: dict[Degree, int], followers: int,
             tags: dict[str, int], shown: int, words: Wording = ENGLISH) -> None:
        """Redraw the chips for the current filter and counts, in the language of ``words``."""
        w, n = words, words.number
        total = sum(counts.values())
        chips = []  # (label with its count, label without, active)
        for key_id, label, degree in CHIPS:
            amount = total if degree is None else counts.get(degree, 0)
            plain = f"{self._key(key_id)} {w(label)}"
            chips.append((f"{plain} {n(amount)}", plain, wanted.degree == degree))
        key = self._key("main.followers")
        chips.append((w("{key} followers {n}", key=key, n=n(followers)),
                      w("{key} followers", key=key), wanted.followers))
        tag = self._key("main.tag")
        if wanted.tag:
            label = w("{key} tag {tag} {n}", key=tag, tag=wanted.tag, n=n(tags.get(wanted.tag, 0)))
            chips.append((label, label, True))
        elif tags:
            chips.append((w("{key} tags ({n})", key=tag, n=len(tags)), w("{key} tags", key=tag),
                          False))
        else:
            chips.append((w("{key} no tags", key=tag), w("{key} tags", key=tag), False))
        sort = sort_label(wanted.sort, SORT_LABELS[wanted.sort], w.language)
        long_sort = w("{key} sort: {sort}", key=self._key("main.sort"), sort=sort)
        short_sort = f"{self._key('main.sort')} {sort}"
        count = w.count(shown, "  {n} contact shown", "  {n} contacts shown") if w.french \
            else f"  {n(shown)} shown"
        short_count = w.count(shown, "  {n} shown", "  {n} shown")
        self._forms = [
            [(full, active, 1) for full, _, active in chips] + [(long_sort, False, 1)],
            [(full, active, 0) for full, _, active in chips] + [(short_sort, False, 0)],
            [(full if active else bare, active, 0) for full, bare, active in chips]
            + [(short_sort, False, 0)],
        ]
        self._counts = (count, short_count)
        self.refresh()

    def say(self, text: Text | str) -> None:
        """Show this line: a repaint of this one line, never a layout of the screen."""
        self._forms = []
        self._line = text if isinstance(text, Text) else Text(text)
        self.refresh()

    def render(self) -> Text:
        forms = getattr(self, "_forms", [])
        if not forms:
            return getattr(self, "_line", Text())
        width = self.content_region.width
        lines = [self._drawn(form) for form in forms]
        long_count, short_count = self._counts
        tries = [(line, long_count) for line in lines] + [(lines[-1], short_count)]
        for line, count in tries:
            with_count = line + Text(count, style="italic")
            if with_count.cell_len <= width:
                return with_count
        fitting = next((line for line in lines if line.cell_len <= width), lines[-1])
        fitting.no_wrap, fitting.overflow = True, "ellipsis"
        return fitting

    def _drawn(self, form: list[tuple[str, bool, int]]) -> Text:
        """One form of the line: each chip padded by ``pad`` spaces, then one space."""
        chip = self.get_component_rich_style("filter-bar--chip", partial=True)
        active_style = self.get_component_rich_style("filter-bar--active", partial=True)
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        for label, active, pad in form:
            text.append(f"{' ' * pad}{label}{' ' * pad}", style=active_style if active else chip)
            text.append(" ")
        text.rstrip()
        return text

    def _key(self, key_id: str) -> str:
        """The key that selects a chip, after the person's keymap."""
        keymap = getattr(self.app, "keymap", {})
        key = next(key for key in MAIN_KEYS if key.id == key_id)
        return shown_keys(key, keymap).split(" ")[0]
