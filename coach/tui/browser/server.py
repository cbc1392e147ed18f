"""The app in a browser: textual-serve's server, with coach's own page and words.

Each browser that opens the page gets its own run of the command given (``coach`` on the
workspace), drawn in the page by xterm.js. The page is textual-serve's, except that it takes
its font from textual-serve's static folder instead of Google Fonts: nothing is loaded from
outside the machine that serves it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

from textual_serve.server import Server

PAGE_FOLDER = Path(__file__).resolve().parent / "templates"
"""coach's copy of textual-serve's page, under the name textual-serve renders."""


class BrowserServer(Server):
    """Serves ``command`` to every browser that opens the page; ``started`` is told the
    address once the server listens, in place of textual-serve's logo and command line."""

    def __init__(self, command: str, host: str, port: int, title: str,
                 started: Callable[[str], None]) -> None:
        super().__init__(command, host=host, port=port, title=title,
                         templates_path=PAGE_FOLDER)
        self.started = started
        self.sessions: set[asyncio.Task] = set()
        """The browsers' runs of the app, each in the task serving its websocket."""

    def initialize_logging(self) -> None:
        """textual-serve's logging, without a line for every file the page asks for."""
        super().initialize_logging()
        logging.getLogger("aiohttp.access").setLevel(logging.WARNING)

    async def on_startup(self, app) -> None:
        """Say where the app is served (textual-serve prints its logo and command here)."""
        self.started(self.public_url)

    async def handle_index(self, request):
        """The page, pointing its websocket at the address the browser used."""
        # The page's websocket address is the one this browser reached the server by, so that
        # a server listening on every interface (--host 0.0.0.0) works from another machine.
        self.public_url = f"{request.scheme}://{request.host}"
        return await super().handle_index(request)

    async def handle_websocket(self, request):
        """One browser's run of the app, kept in :attr:`sessions` while it lasts."""
        session = asyncio.current_task()
        self.sessions.add(session)
        try:
            return await super().handle_websocket(request)
        finally:
            self.sessions.discard(session)

    async def on_shutdown(self, app) -> None:
        """End every browser's run of the app at once (Ctrl+C), rather than waiting for
        each connection to time out; each app is told to quit and waited for."""
        running = list(self.sessions)
        for session in running:
            session.cancel()
        if running:
            await asyncio.wait(running, timeout=10)
