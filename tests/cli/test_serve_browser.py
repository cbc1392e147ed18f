"""``coach serve`` in a real browser: the server runs as a subprocess with no terminal, headless
Chromium (Debian's ``chromium``, driven by Playwright; never a downloaded browser) opens the
page, and the contact list is read from the terminal xterm.js draws in it.

xterm.js draws on a canvas, so the text is read from its buffer: a script run before the
page's own catches the terminal textual-serve's page makes (it is kept in a property named
``terminal``) and the test reads the buffer's lines through xterm.js's public API.

Needs ``/usr/bin/chromium`` (``apt-get install chromium``) and the ``test`` extra (playwright,
textual-serve). Without them the test fails in CI (``COACH_CI=1``, set by ``.ci/run``) and is
skipped elsewhere, with the reason."""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach.demo import load_demo
from coach.workspace import Workspace
from tests.hardening.netguard import network_guard as guard

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"]

CATCH_THE_TERMINAL = """
window.coachTerminals = [];
Object.defineProperty(Object.prototype, "terminal", {
  configurable: true,
  set(value) {
    Object.defineProperty(this, "terminal",
                          {value, writable: true, configurable: true, enumerable: true});
    if (value && typeof value.loadAddon === "function") window.coachTerminals.push(value);
  },
});
"""

READ_THE_SCREEN = """() => {
  const terminal = window.coachTerminals[0];
  if (!terminal) return "";
  const buffer = terminal.buffer.active, lines = [];
  for (let y = 0; y < buffer.length; y++) lines.push(buffer.getLine(y).translateToString(true));
  return lines.join("\\n");
}"""


def needed(reason: str) -> None:
    """Fail in CI, where the browser test must run; skip elsewhere."""
    if os.environ.get("COACH_CI") == "1":
        pytest.fail(f"{reason} (CI must run the browser test: see .ci/run)")
    pytest.skip(reason)


def chromium() -> str:
    found = os.environ.get("COACH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.access(found, os.X_OK):
        needed("Chromium is missing: apt-get install chromium")
    return found


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, server: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            out, err = server.communicate()
            pytest.fail(f"coach serve ended with {server.returncode}:\n{out}\n{err}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"coach serve did not listen on {port} within {seconds} s")


def status_of(port: int, path: str, headers: dict[str, str]) -> int:
    """The HTTP status the server answers a request with these headers."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest("GET", path, skip_host=True)
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.endheaders()
        return connection.getresponse().status
    finally:
        connection.close()


WEBSOCKET = {"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Version": "13",
             "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="}


def read_screen_until(page, wanted: list[str], seconds: float) -> str:
    screen = ""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        screen = page.evaluate(READ_THE_SCREEN)
        if all(text in screen for text in wanted):
            break
        time.sleep(0.3)
    return screen


@pytest.fixture
def home(tmp_path) -> Path:
    """The demo network in a workspace whose path needs quoting in a shell."""
    folder = tmp_path / "it's a coach $home"
    with Workspace(folder) as workspace:
        load_demo(workspace.store)
    return folder


def test_the_contact_list_opens_in_a_browser_and_ctrl_c_stops_the_server(
        home, monkeypatch):
    browser_path = chromium()
    try:
        import textual_serve  # noqa: F401 - the serve extra, in the test extra
        from playwright.sync_api import sync_playwright
    except ImportError as missing:
        needed(f"{missing.name} is missing: pip install -e '.[test]'")
    monkeypatch.setenv(guard.LOOPBACK_ENV, "1")  # the server and this test: 127.0.0.1 only
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "coach", "--home", str(home), "serve", "--port", str(port)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True)  # no terminal, as in CI
    try:
        wait_for_port(port, server, 60)
        requested: list[str] = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=browser_path,
                                                 args=CHROMIUM_FLAGS)
            try:
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.on("request", lambda request: requested.append(request.url))
                page.on("websocket", lambda websocket: requested.append(websocket.url))
                page.add_init_script(CATCH_THE_TERMINAL)
                page.goto(f"http://127.0.0.1:{port}/")
                screen = read_screen_until(page, ["Bob Nguyen", "Frédéric Renaud", home.name],
                                           90)
                assert screen, ("no terminal found in the page, or nothing drawn in it (did "
                                "textual-serve's textual.js change how it keeps its terminal?)")
                assert "Bob Nguyen" in screen and "Frédéric Renaud" in screen, screen
                assert home.name in screen, "the app is not on the workspace given: " + screen
                assert "1st" in screen and "shown" in screen
                here = f"127.0.0.1:{port}"
                assert status_of(port, "/ws", {"Host": here, "Origin": "https://evil.example",
                                               **WEBSOCKET}) == 403
                assert status_of(port, "/", {"Host": f"evil.example:{port}"}) == 403
                os.killpg(server.pid, signal.SIGINT)  # Ctrl+C, page still open
                assert server.wait(30) == 0
            finally:
                browser.close()
        out, err = server.communicate()
        assert f"coach is served on http://127.0.0.1:{port}" in out
        assert out.rstrip().endswith("coach is no longer served.")
        assert err.splitlines() == [
            "coach: refused: a page from https://evil.example may not open coach",
            f"coach: refused: coach answers at this machine's own address, not at "
            f"evil.example:{port}"]
        said = out + err
        assert "Traceback" not in said and "ERROR" not in said and "WARNING" not in said, said
        outside = [url for url in requested
                   if not url.startswith((f"http://127.0.0.1:{port}/",
                                          f"ws://127.0.0.1:{port}/"))]
        assert outside == [], "the page loaded something from outside"
        assert any(url.startswith(f"ws://127.0.0.1:{port}/ws") for url in requested)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.communicate()
