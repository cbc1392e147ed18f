"""Any terminal size: columns dropped by priority, the cursor kept on screen after a
resize, the filters and the footer's essential keys at 80×24, the coach pane overlaid on
narrow terminals (issue 17, item 7)."""

from __future__ import annotations

from coach.tui.columns import NAME_MIN, ORDER, column_widths
from coach.tui.widgets.contact_list import ContactList
from tests.tui.conftest import settle


def list_lines(app) -> list[str]:
    """The lines the contact list draws (heading first), as plain text."""
    contacts = app.main_screen.query_one(ContactList)
    height = contacts.scrollable_content_region.height
    return [contacts.render_line(y).text for y in range(height)]


def test_columns_fill_the_width_exactly_and_names_keep_16_cells():
    for width in range(0, 240):
        widths = column_widths(width)
        assert sum(size + 1 for size in widths.values()) == max(width, 1), width
        assert list(widths) == [name for name in ORDER if name in widths]
        if width > NAME_MIN:
            assert widths["name"] >= NAME_MIN


def test_columns_go_lowest_priority_first():
    shown = [tuple(column_widths(width)) for width in range(0, 200)]
    # a column once shown stays shown at every larger width
    for narrower, wider in zip(shown, shown[1:], strict=False):
        assert set(narrower) <= set(wider)
    first_width = {name: next(w for w, cols in enumerate(shown) if name in cols)
                   for name in ORDER}
    order = sorted(ORDER, key=first_width.get)
    assert order == ["name", "degree", "advice", "mutual", "last", "follow", "work"]
    assert column_widths(81)["advice"] >= 30  # the list's width at 140 columns
    assert column_widths(115) == {"name": 24, "degree": 3, "follow": 1, "work": 28,
                                  "mutual": 6, "last": 5, "advice": 41}


async def test_at_140_columns_the_advice_reads_as_a_sentence(demo_app):
    async with demo_app.run_test(size=(140, 45)) as pilot:
        await settle(demo_app, pilot)
        heading, *rows = list_lines(demo_app)
        start = heading.index("Top advice")
        assert len(heading) - start >= 30  # the advice column's width
        advice = [row[start:].rstrip() for row in rows]
        assert "Answer their question" in advice  # whole, not "Answer th…"
        assert max(map(len, advice)) >= 30
        assert rows[0].startswith(" Bob Nguyen")


async def test_the_cursor_row_stays_on_screen_after_a_resize(demo_app):
    async with demo_app.run_test(size=(140, 45)) as pilot:
        await settle(demo_app, pilot)
        contacts = demo_app.main_screen.contact_list
        for _ in range(38):
            await pilot.press("down")
        await settle(demo_app, pilot)
        highlighted = demo_app.service.contact(contacts.person_id).name
        assert highlighted in "\n".join(list_lines(demo_app))
        await pilot.resize_terminal(80, 24)
        await settle(demo_app, pilot)
        await pilot.pause(0.05)
        lines = list_lines(demo_app)
        assert len(lines) < 30
        assert any(line.startswith(f" {highlighted}") for line in lines[1:]), lines
        assert contacts.cursor == 38
