"""Issue 18, item 8, in the app: a name, headline or note holding an escape sequence is shown
with it made visible; it never reaches the terminal."""

from __future__ import annotations

from coach.tui.app import make_app
from tests.tui.conftest import settle
from tests.tui.test_acting import detail

HOSTILE = "Eve\x1b[31mRed"
HEADLINE = "CTO \u202eevil\u202c at Acme\x07"


async def test_an_escape_in_a_name_is_shown_escaped_in_the_list_and_the_pane(demo_workspace):
    store = demo_workspace.store
    added = store.people.upsert(profile_url=None, ref="hostile", first_name=HOSTILE,
                                last_name="Zed", headline=HEADLINE)
    store.hints.set(added.id, 3, 0, "2026-11-20", "test")
    app = make_app(demo_workspace, watch_rules=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Zed", "enter")
        await settle(app, pilot)
        await pilot.pause(0.1)
        await settle(app, pilot)
        listing = app.main_screen.contact_list
        lines = ["".join(segment.text for segment in listing.render_line(y))
                 for y in range(listing.size.height)]
        shown = "\n".join(lines) + "\n" + detail(app)
        assert "Eve\\x1b[31mRed" in shown, shown[:400]
        assert "\\u202eevil\\u202c" in detail(app)
        assert "\x1b" not in shown and "\u202e" not in shown and "\x07" not in shown
