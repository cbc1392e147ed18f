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


def footer_keys(app) -> list[str]:
    """The keys the footer draws, as "key description"."""
    return [f"{key.key_display} {key.description}".strip()
            for key in app.screen.query("FooterKey")]


async def test_at_80_by_24_every_filter_and_the_essential_keys_stay_visible(demo_app):
    from textual.widgets import Footer

    async with demo_app.run_test(size=(80, 24)) as pilot:
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        bar = screen.query_one("#filters")
        chips = bar.render().plain
        assert bar.render().cell_len <= bar.content_region.width
        for chip in ("0 all 299", "1 1st", "2 2nd", "3 3rd", "4 out", "f followers", "t tags",
                     "s degree", "299 shown"):
            assert chip in chips, chips
        await pilot.press("2")
        await settle(demo_app, pilot)
        chips = bar.render().plain
        assert "2 2nd 150" in chips and "0 all" in chips and "299" not in chips
        keys = footer_keys(demo_app)
        for essential in ("q Quit", "? Help", "/ Search", "c Coach", "a Agenda", "o Overview",
                          "^p palette"):
            assert essential in keys, keys
        footer = screen.query_one(Footer)
        assert footer.compact
        # what the footer draws fits in it: no key is cut at the right edge
        right = max(key.region.right for key in footer.children
                    if "-command-palette" not in key.classes)
        palette = next(key for key in footer.children if "-command-palette" in key.classes)
        assert right <= palette.region.x
        heading = list_lines(demo_app)[0]
        for column in ("Name as shown", "Deg", "Shared", "Last", "Top advice"):
            assert column in heading
        # the keys left out of the footer still work
        await pilot.press("f")
        await settle(demo_app, pilot)
        assert screen.wanted.followers


async def test_a_wide_footer_shows_every_key_and_widening_brings_them_back(demo_app):
    async with demo_app.run_test(size=(80, 24)) as pilot:
        await settle(demo_app, pilot)
        assert "v Visited" not in footer_keys(demo_app)
        await pilot.resize_terminal(180, 40)
        await settle(demo_app, pilot)
        keys = footer_keys(demo_app)
        assert {"v Visited", "i Invited", "f Followers", "s Sort", "q Quit"} <= set(keys)
        chips = demo_app.main_screen.query_one("#filters").render().plain
        assert "f followers 95" in chips and "s sort: degree" in chips


async def test_the_coach_pane_overlays_the_list_below_120_columns(demo_app):
    from coach.tui.widgets.coach_pane import CoachPane

    async with demo_app.run_test(size=(100, 30)) as pilot:
        await settle(demo_app, pilot)
        screen = demo_app.main_screen
        contacts = screen.contact_list
        before = contacts.region
        await pilot.press("c")
        await settle(demo_app, pilot)
        pane = screen.query_one(CoachPane)
        assert pane.is_open and pane.region.width >= 40
        assert contacts.region == before  # the list keeps its width, the pane is over it
        assert pane.region.right == screen.region.right
        assert pane.region.x < contacts.region.right
        await pilot.press("escape")
        await pilot.resize_terminal(160, 40)
        await settle(demo_app, pilot)
        beside = screen.contact_list.region
        assert pane.region.x >= beside.right  # wide: beside the list
        assert beside.width >= 17


async def test_in_french_at_80_by_24_the_short_chips_are_french(demo_workspace):
    from coach.tui.app import make_app
    from coach.wording import MISSING

    (demo_workspace.home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    demo_workspace.forget_config()
    MISSING.clear()
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        bar = app.main_screen.query_one("#filters")
        chips = bar.render().plain
        assert bar.render().cell_len <= bar.content_region.width
        for chip in ("0 tous 299", "1 1er", "2 2e", "3 3e", "4 hors", "f abonnés",
                     "t étiq.", "299 à l’écran"):
            assert chip in chips, chips
        assert "Nom affiché" in list_lines(app)[0]
        assert {"q Quitter", "? Aide", "/ Chercher"} <= set(footer_keys(app))
    assert not MISSING, sorted(MISSING)


async def test_the_footer_is_rebuilt_only_when_its_keys_change(demo_app):
    from coach.tui.widgets.keys_footer import KeysFooter

    async with demo_app.run_test(size=(180, 40)) as pilot:
        await settle(demo_app, pilot)
        footer = demo_app.main_screen.query_one(KeysFooter)
        at_start = footer.rebuilds
        assert 1 <= at_start <= 2  # Textual asks for a rebuild 7 times while the app starts
        for key in ("down", "down", "2", "0"):  # the same keys stay shown
            await pilot.press(key)
            await settle(demo_app, pilot)
        assert footer.rebuilds == at_start
        assert "v Visited" in footer_keys(demo_app)
        await pilot.resize_terminal(80, 24)  # fewer keys fit: rebuilt, with fewer
        await settle(demo_app, pilot)
        assert footer.rebuilds == at_start + 1
        assert "v Visited" not in footer_keys(demo_app) and "q Quit" in footer_keys(demo_app)
