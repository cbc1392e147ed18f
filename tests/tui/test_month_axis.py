"""The overview's monthly chart has month labels, in English and in French."""

from __future__ import annotations

from datetime import date

from coach.overview import monthly_growth
from coach.tui.app import make_app
from coach.tui.widgets.month_axis import MonthAxis, axis_lines
from coach.wording import Wording
from tests.tui.conftest import settle

MONTHS = [month for month, _ in monthly_growth([], 24, date(2026, 11, 22))]


def test_the_labels_fit_the_width_and_the_latest_month_is_always_named():
    top, years = axis_lines(MONTHS, 72, Wording())
    assert top.split() == ["Jan", "Mar", "May", "Jul", "Sep", "Nov"] * 2
    assert years.split() == ["2025", "2026"]
    assert top.index("Jan") == years.index("2025")  # the year sits under its January
    for width in (72, 40, 12, 4):
        for language in ("en", "fr"):
            top, years = axis_lines(MONTHS, width, Wording(language))
            assert len(top) <= width and len(years) <= width
            assert top.split()[-1] == ("Nov" if language == "en" else "nov.")
    assert axis_lines([], 72, Wording()) == ("", "")


def test_every_month_is_named_when_there_is_room_in_french():
    top, years = axis_lines(MONTHS[-14:], 140, Wording("fr"))
    assert top.split() == ["oct.", "nov.", "déc.", "janv.", "févr.", "mars", "avr.", "mai",
                           "juin", "juil.", "août", "sept.", "oct.", "nov."]
    assert years.split() == ["2025", "2026"]


async def test_the_overview_shows_the_months_under_its_chart(demo_workspace):
    for language, latest, january in (("en", "Nov", "Jan"), ("fr", "nov.", "janv.")):
        (demo_workspace.home / "config.toml").write_text(f'language = "{language}"\n',
                                                          encoding="utf-8")
        demo_workspace.forget_config()
        app = make_app(demo_workspace, watch_rules=False)
        async with app.run_test(size=(120, 50)) as pilot:
            await settle(app, pilot)
            await pilot.press("o")
            await settle(app, pilot)
            top, years = app.screen.query_one(MonthAxis).lines
            assert top.split()[-1] == latest and january in top.split()
            assert "2026" in years
