"""The suite's network guard (tests/conftest.py, tests/hardening/netguard) really guards."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys

import pytest

from tests.hardening.netguard import network_guard as guard


@pytest.fixture
def own_log(monkeypatch, tmp_path):
    """Refusals in this test go to its own log, so that the suite-wide check stays clean."""
    log = tmp_path / "attempts.log"
    monkeypatch.setenv(guard.LOG_ENV, str(log))
    return log


@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6])
def test_internet_sockets_are_refused_and_logged(own_log, family):
    with pytest.raises(guard.NetworkBlocked):
        socket.socket(family, socket.SOCK_STREAM)
    with pytest.raises(guard.NetworkBlocked):
        socket.socket()  # the default family is AF_INET
    assert own_log.read_text().count("socket(AF_INET") == 2


def test_connections_and_lookups_are_refused(own_log):
    for attempt in (lambda: socket.create_connection(("example.com", 80), timeout=1),
                    lambda: socket.getaddrinfo("example.com", 443),
                    lambda: socket.gethostbyname("example.com")):
        with pytest.raises(guard.NetworkBlocked):
            attempt()
    assert len(own_log.read_text().splitlines()) == 3


def test_code_that_swallows_the_error_is_still_caught(own_log):
    """A broad except cannot hide network use: the attempt is in the log the suite checks."""
    try:
        socket.create_connection(("127.0.0.1", 9))
    except Exception:  # noqa: BLE001 - what careless code would do
        pass
    assert "create_connection" in own_log.read_text()


def test_unix_socket_pairs_and_asyncio_still_work(own_log):
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"ping")
        assert right.recv(4) == b"ping"

    async def tick():
        await asyncio.sleep(0)
        return "ok"

    assert asyncio.run(tick()) == "ok"
    assert not own_log.exists()


def test_python_subprocesses_are_guarded_too(own_log):
    code = ("import socket\n"
            "try:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\n"
            "except OSError as error:\n    print(type(error).__name__)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=dict(os.environ), check=True)
    assert done.stdout.strip() == "NetworkBlocked"
    assert "create_connection" in own_log.read_text()


def test_a_test_that_uses_the_network_fails_even_if_it_catches_the_error(tmp_path):
    """Runs the suite's own fixture on a tiny test that swallows the refusal: it must fail."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    (tmp_path / "conftest.py").write_text("from tests.conftest import _isolated, _no_network\n")
    (tmp_path / "test_sneaky.py").write_text(
        "import socket\n\n\ndef test_sneaky():\n    try:\n"
        "        socket.create_connection(('127.0.0.1', 9), timeout=1)\n"
        "    except Exception:\n        pass\n")
    env = dict(os.environ, PYTHONPATH=root)
    env.pop(guard.LOG_ENV, None)
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "--rootdir", str(tmp_path), str(tmp_path)],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "a code path used the network" in done.stdout


def test_a_test_that_serves_here_may_use_loopback_and_nothing_else(own_log, monkeypatch):
    """With $COACH_TEST_NETWORK_LOOPBACK (the `coach serve` tests), 127.0.0.1 and ::1 work;
    any other address is still refused and logged."""
    monkeypatch.setenv(guard.LOOPBACK_ENV, "1")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.create_connection(server.getsockname(), timeout=5) as client:
            accepted, _ = server.accept()
            with accepted:
                client.sendall(b"ping")
                assert accepted.recv(4) == b"ping"
    assert socket.getaddrinfo("localhost", 80)
    assert not own_log.exists()
    for attempt in (lambda: socket.socket().bind(("0.0.0.0", 0)),
                    lambda: socket.socket().connect(("192.0.2.1", 80)),
                    lambda: socket.create_connection(("example.com", 80), timeout=1),
                    lambda: socket.getaddrinfo("example.com", 443),
                    lambda: socket.socket().listen()):
        with pytest.raises(guard.NetworkBlocked):
            attempt()
    assert len(own_log.read_text().splitlines()) == 5
