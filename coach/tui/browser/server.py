"""The app in a browser: textual-serve's server, with coach's own page and words.

Each browser that opens the page gets its own run of the command given (``coach`` on the
workspace), drawn in the page by xterm.js. The page is textual-serve's, except that it takes
its font from textual-serve's static folder instead of Google Fonts: nothing is loaded from
outside the machine that serves it."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import web
from textual_serve.server import Server

PAGE_FOLDER = Path(__file__).resolve().parent / "templates"
"""coach's copy of textual-serve's page, under the name textual-serve renders."""


def names_this_machine(host: str) -> bool:
    """True for a ``Host`` header that names this machine: localhost or a loopback address."""
    name = urlsplit("//" + host).hostname or ""
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def from_elsewhere(request: web.Request, loopback_only: bool) -> tuple[str, dict] | None:
    """Why a request is refused (an English template and its values), or None. A page from
    another site may not drive the app (browsers let any page open a websocket to 127.0.0.1;
    they always say its ``Origin``), and on this machine only, a request must name it, so
    that a site's own name made to point here (DNS rebinding) gets nothing."""
    origin = request.headers.get("Origin")
    if origin is not None and urlsplit(origin).netloc != request.host:
        return "refused: a page from {origin} may not open coach", {"origin": origin}
    if loopback_only and not names_this_machine(request.host):
        return ("refused: coach answers at this machine's own address, not at {host}",
                {"host": request.host})
    return None


class BrowserServer(Server):
    """Serves ``command`` to every browser that opens the page; ``started`` is told the
    address as the server starts, in place of textual-serve's logo and command line.
    ``loopback_only``: it listens on this machine's loopback only."""

    def __init__(self, command: str, host: str, port: int, title: str,
                 started: Callable[[str], None], loopback_only: bool = True,
                 words: Callable[..., str] = str.format) -> None:
        shown_host = f"[{host}]" if ":" in host else host  # an IPv6 address
        super().__init__(command, host=host, port=port, title=title,
                         public_url=f"http://{shown_host}:{port}", templates_path=PAGE_FOLDER)
        self.started = started
        self.loopback_only = loopback_only
        self.words = words
        """Says a sentence in the workspace's language (a :class:`coach.wording.Wording`)."""
        self.sessions: set[asyncio.Task] = set()
        """The browsers' runs of the app, each in the task serving its websocket."""

    def initialize_logging(self) -> None:
        """textual-serve's logging, without a line for every file the page asks for."""
        super().initialize_logging()
        logging.getLogger("aiohttp.access").setLevel(logging.WARNING)

    def refuse_from_elsewhere(self, request: web.Request) -> None:
        """Answer 403, and say so where coach serve runs, when :func:`from_elsewhere` says."""
        refused = from_elsewhere(request, self.loopback_only)
        if refused is not None:
            reason = self.words(refused[0], **refused[1])
            print(f"coach: {reason}", file=sys.stderr, flush=True)
            raise web.HTTPForbidden(text=reason)

    async def on_startup(self, app) -> None:
        """Say where the app is served (textual-serve prints its logo and command here)."""
        self.started(self.public_url)

    async def handle_index(self, request):
        """The page, pointing its websocket at the address the browser used."""
        self.refuse_from_elsewhere(request)
        # The page's websocket address is the one this browser reached the server by, so that
        # a server listening on every interface (--host 0.0.0.0) works from another machine.
        self.public_url = f"{request.scheme}://{request.host}"
        return await super().handle_index(request)

    async def handle_websocket(self, request):
        """One browser's run of the app, kept in :attr:`sessions` while it lasts."""
        self.refuse_from_elsewhere(request)
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
