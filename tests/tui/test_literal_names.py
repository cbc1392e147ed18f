"""Names with markup characters, emoji and right-to-left text render literally."""

from __future__ import annotations

from coach.tui.app import make_app
from tests.tui.conftest import settle
from tests.tui.test_browse import screen_text

STRANGE = [
    ("[bold]Eve[/]", "[/] Smith", "[b]AC[/b]"),
    ("Zoë 🚀", "Rocket 👩‍💻", "Emoji & Co"),
    ("مريم", "الحسن", "شركة"),
    ("דנה", "כהן", "חברה"),
    ("Li", "王小明", "北京公司"),
]


async def test_strange_names_render_literally(workspace):
    store = workspace.store
    me = store.people.add(first_name="Me", last_name="Myself")
    store.set_me(me)
    ids = []
    for first, last, company in STRANGE:
        pid = store.people.add(first_name=first, last_name=last, company=company)
        store.connections.add(me, pid)
        ids.append(pid)
    app = make_app(workspace, watch_rules=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        text = screen_text(app)
        assert "[bold]Eve[/] [/] Smith" in text
        assert "[b]AC[/b]" in text
        assert "Zoë 🚀 Rocket 👩‍💻" in text
        assert "مريم الحسن" in text
        assert "דנה כהן" in text
        assert "Li 王小明" in text
        screen = app.main_screen
        for pid, (first, last, company) in zip(ids, STRANGE):
            screen.go_to(pid)
            await settle(app, pilot)
            assert screen.query_one("#detail").shown.startswith(f"{first} {last}")
        # every line keeps the width of the list, wide characters included
        from rich.cells import cell_len

        widths = {cell_len(line) for line in text.splitlines()}
        assert len(widths) == 1
