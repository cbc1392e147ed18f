"""The app collects garbage in the person's pauses and gives collection back when it ends."""

from __future__ import annotations

import asyncio
import gc

from tests.tui.conftest import settle


async def test_collection_waits_for_pauses_while_the_app_runs(demo_app):
    assert gc.isenabled()
    async with demo_app.run_test(size=(120, 40)) as pilot:
        await settle(demo_app, pilot)
        assert not gc.isenabled()  # no automatic passes in the middle of a keypress
        await pilot.press(*["down"] * 30)
        before = demo_app.collector.collections
        await asyncio.sleep(0.6)  # a pause: the app collects
        assert demo_app.collector.collections > before
        assert gc.get_count()[0] < 2_000
    assert gc.isenabled()
