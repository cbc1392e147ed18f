"""Which requests the browser mode's server refuses: pages from other sites, and names that
are not this machine's when it listens on this machine only (DNS rebinding)."""

from __future__ import annotations

import pytest

pytest.importorskip("textual_serve")  # the serve extra (in the test extra)

from aiohttp.test_utils import make_mocked_request  # noqa: E402

from coach.tui.browser.server import from_elsewhere, names_this_machine  # noqa: E402


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000",
                                  "127.0.0.2", "app.localhost:8000"])
def test_names_of_this_machine(host):
    assert names_this_machine(host)


@pytest.mark.parametrize("host", ["evil.example:8000", "192.168.1.10:8000", "", "0.0.0.0:8000",
                                  "127.0.0.1.evil.example:8000"])
def test_names_of_elsewhere(host):
    assert not names_this_machine(host)


def request(host: str, origin: str | None = None):
    headers = {"Host": host} | ({"Origin": origin} if origin else {})
    return make_mocked_request("GET", "/ws", headers=headers)


def test_the_page_served_here_may_open_the_app():
    assert from_elsewhere(request("127.0.0.1:8000", "http://127.0.0.1:8000"), True) is None
    assert from_elsewhere(request("127.0.0.1:8000"), True) is None  # typed in the address bar


def test_a_page_from_another_site_may_not():
    refused = from_elsewhere(request("127.0.0.1:8000", "https://evil.example"), True)
    assert refused == ("refused: a page from {origin} may not open coach",
                       {"origin": "https://evil.example"})
    assert from_elsewhere(request("0.0.0.0:8000", "http://127.0.0.1:8000"), False) is not None


def test_a_name_made_to_point_here_gets_nothing_when_serving_this_machine_only():
    rebound = request("evil.example:8000", "http://evil.example:8000")
    assert from_elsewhere(rebound, True)[1] == {"host": "evil.example:8000"}
    assert from_elsewhere(rebound, False) is None  # --host 0.0.0.0: any name of the machine
