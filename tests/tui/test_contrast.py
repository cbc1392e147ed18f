"""Every text of the main screen is readable in the default theme: a WCAG contrast ratio
of at least 4.5:1 between each run of text and its background (issue 17, item 7).

The colours are the ones the real app draws: the lines the contact list and the detail
pane render (their segments' styles, the highlighted row's included), the filter chips,
the footer's keys, the coach pane and the banners, resolved from the theme under
``run_test()``.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.color import Color
from textual.constants import DIM_FACTOR

from tests.tui.conftest import settle

WCAG_AA = 4.5


def luminance(color: Color) -> float:
    """WCAG relative luminance of an opaque colour."""
    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(one: Color, other: Color) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_ratio_is_wcag_s():
    assert round(contrast(Color(0, 0, 0), Color(255, 255, 255)), 1) == 21.0
    assert round(contrast(Color(118, 118, 118), Color(255, 255, 255)), 1) == 4.5
    assert contrast(Color(224, 224, 224), Color(254, 166, 43)) < 1.6  # the old highlight


def _rich(color, fallback: Color) -> Color:
    if color is None or color.is_default or color.triplet is None:
        return fallback
    return Color.from_rich_color(color)


def pair(style: Style, widget) -> tuple[Color, Color]:
    """The text and background colours a style draws in ``widget`` (its own where the
    style says nothing; "dim" text as Textual draws it, blended towards the background)."""
    _, _, background, color = widget.colors
    back = _rich(style.bgcolor, background)
    fore = _rich(style.color, color)
    if style.dim:
        fore = back.blend(fore, DIM_FACTOR)
    return fore, back


class Findings:
    """The runs of text checked, and those below the ratio."""

    def __init__(self) -> None:
        self.checked = 0
        self.poor: list[str] = []

    def check(self, where: str, text: str, style: Style, widget) -> None:
        if not text.strip():
            return
        fore, back = pair(style, widget)
        self.checked += 1
        ratio = contrast(fore, back)
        if ratio < WCAG_AA:
            self.poor.append(f"{where}: {text.strip()[:30]!r} {fore.hex} on {back.hex} "
                             f"= {ratio:.2f}")

    def lines(self, where: str, widget, count: int) -> None:
        """The segments of a line-API widget's first lines."""
        for y in range(count):
            for segment in widget.render_line(y):
                self.check(where, segment.text, segment.style or Style(), widget)

    def text(self, where: str, text, widget) -> None:
        """A rich Text a widget renders: each run of one style, over the widget's own."""
        from rich.console import Console

        for segment in text.render(Console(width=500)):
            self.check(where, segment.text, segment.style or Style(), widget)


async def test_every_text_of_the_main_screen_meets_4_5_to_1(demo_app):
    from textual.widgets import Footer, Header, Input

    from coach.tui.widgets.coach_pane import CoachPane
    from coach.tui.widgets.contact_list import ContactList
    from coach.tui.widgets.detail_pane import DetailPane
    from coach.tui.widgets.filter_bar import FilterBar
    from coach.tui.widgets.notice_banner import NoticeBanner

    found = Findings()
    async with demo_app.run_test(size=(150, 40)) as pilot:
        await settle(demo_app, pilot)
        assert demo_app.theme == "textual-dark"  # Textual's default, coach's default
        screen = demo_app.main_screen
        contacts = screen.query_one(ContactList)
        for degree in ("1", "2", "3", "4", "0"):  # every badge, on a plain and the cursor row
            await pilot.press(degree)
            await settle(demo_app, pilot)
            found.lines(f"list {degree} (focused)", contacts, 6)
        found.lines("detail pane", screen.query_one(DetailPane), 30)
        bar = screen.query_one(FilterBar)
        found.text("filter bar", bar.render(), bar)
        await pilot.press("2")
        await settle(demo_app, pilot)
        found.text("filter bar, a chip active", bar.render(), bar)
        for key in screen.query_one(Footer).query("FooterKey"):
            found.text("footer", key.render(), key)
        for banner in screen.query(NoticeBanner).filter(".-shown"):
            found.check("banner", banner.text, Style(), banner)
        header = screen.query_one(Header)
        found.check("header", "coach — demo network", Style(), header)
        await pilot.press("c")  # the coach pane, with a question asked
        await pilot.press(*"help", "enter")
        await settle(demo_app, pilot)
        pane = screen.query_one(CoachPane)
        said = list(pane.query("Static"))
        assert len(said) >= 3  # the greeting, the question, the answer
        for static in said:
            content = static.content
            if isinstance(content, Text):
                found.text(f"coach pane {' '.join(static.classes)}", content, static)
            found.check(f"coach pane {' '.join(static.classes)}", str(content), Style(), static)
        question = pane.query_one(Input)
        found.check("question box placeholder", question.placeholder,
                    question.get_component_rich_style("input--placeholder"), question)
        await pilot.press("escape")
        await pilot.press("slash")  # the list loses the focus: its cursor row is dimmer
        await settle(demo_app, pilot)
        found.lines("list (not focused)", contacts, 6)
        search = screen.query_one("#search", Input)
        found.check("search box placeholder", search.placeholder,
                    search.get_component_rich_style("input--placeholder"), search)
    assert found.checked > 100
    assert found.poor == [], "\n".join(found.poor)
