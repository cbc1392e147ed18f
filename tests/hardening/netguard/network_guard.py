"""The test suite's network guard: no code path may open a network socket.

``install()`` replaces ``socket.socket`` with a subclass that refuses Internet families
(AF_INET, AF_INET6 and any other but AF_UNIX), and replaces ``create_connection`` and the
name lookups. AF_UNIX stays allowed: asyncio's event loop makes a ``socketpair`` to wake
itself up. Every refused attempt raises :class:`NetworkBlocked` *and* is written to the log
file named by ``$COACH_TEST_NETWORK_LOG``, so that code catching the exception, or a
subprocess started by a test (which installs the guard through ``sitecustomize.py`` in this
folder, put on its PYTHONPATH), still fails the test that caused it.
"""

from __future__ import annotations

import os
import socket

LOG_ENV = "COACH_TEST_NETWORK_LOG"
ALLOWED_FAMILIES = frozenset({socket.AF_UNIX})
REAL = {name: getattr(socket, name) for name in
        ("socket", "create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
         "gethostbyaddr")}


class NetworkBlocked(OSError):
    """A test tried to use the network."""


def refuse(what: str) -> None:
    """Log one attempt and raise."""
    path = os.environ.get(LOG_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"pid {os.getpid()}: {what}\n")
    raise NetworkBlocked(f"the test suite may not use the network: {what}")


class GuardedSocket(REAL["socket"]):
    """socket.socket, refusing every family but AF_UNIX."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):  # noqa: A002 - socket's names
        if fileno is None:
            chosen = socket.AF_INET if family == -1 else family
            if chosen not in ALLOWED_FAMILIES:
                refuse(f"socket({socket.AddressFamily(chosen).name})")
        super().__init__(family, type, proto, fileno)

    def connect(self, address):
        if self.family not in ALLOWED_FAMILIES:
            refuse(f"connect({address!r})")
        return super().connect(address)

    def connect_ex(self, address):
        if self.family not in ALLOWED_FAMILIES:
            refuse(f"connect_ex({address!r})")
        return super().connect_ex(address)


def _refusing(name: str):
    def refused(*args, **kwargs):
        refuse(f"{name}{args!r}")

    refused.__name__ = name
    return refused


def replacements() -> dict:
    """What ``socket`` attributes the guard replaces, and with what."""
    return {"socket": GuardedSocket,
            **{name: _refusing(name) for name in REAL if name != "socket"}}


def install() -> None:
    """Guard this process for good (used by sitecustomize.py in subprocesses)."""
    for name, value in replacements().items():
        setattr(socket, name, value)
