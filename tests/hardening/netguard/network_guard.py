"""The test suite's network guard: no code path may open a network socket.

``install()`` replaces ``socket.socket`` with a subclass that refuses Internet families
(AF_INET, AF_INET6 and any other but AF_UNIX), and replaces ``create_connection`` and the
name lookups. AF_UNIX stays allowed: asyncio's event loop makes a ``socketpair`` to wake
itself up. Every refused attempt raises :class:`NetworkBlocked` *and* is written to the log
file named by ``$COACH_TEST_NETWORK_LOG``, so that code catching the exception, or a
subprocess started by a test (which installs the guard through ``sitecustomize.py`` in this
folder, put on its PYTHONPATH), still fails the test that caused it.

A test that serves on this machine (``coach serve``) sets ``$COACH_TEST_NETWORK_LOOPBACK`` to 1:
Internet sockets may then be made, but bound, connected and looked up on loopback addresses
only (127.0.0.0/8, ::1, localhost); anything else is refused and logged as before.
"""

from __future__ import annotations

import ipaddress
import os
import socket

LOG_ENV = "COACH_TEST_NETWORK_LOG"
LOOPBACK_ENV = "COACH_TEST_NETWORK_LOOPBACK"
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


def loopback_allowed() -> bool:
    """True when the running test serves on this machine (``$COACH_TEST_NETWORK_LOOPBACK``)."""
    return os.environ.get(LOOPBACK_ENV) == "1"


def is_loopback(host) -> bool:
    """A loopback address or ``localhost`` (never the wildcard, never a name to look up)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


class GuardedSocket(REAL["socket"]):
    """socket.socket, refusing every family but AF_UNIX (and loopback, when allowed)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):  # noqa: A002 - socket's names
        if fileno is None:
            chosen = socket.AF_INET if family == -1 else family
            if chosen not in ALLOWED_FAMILIES and not (
                    loopback_allowed() and chosen in (socket.AF_INET, socket.AF_INET6)):
                refuse(f"socket({socket.AddressFamily(chosen).name})")
        super().__init__(family, type, proto, fileno)

    def _check(self, what: str, address) -> None:
        if self.family in ALLOWED_FAMILIES:
            return
        if loopback_allowed() and isinstance(address, tuple) and is_loopback(address[0]):
            return
        refuse(f"{what}({address!r})")

    def bind(self, address):
        self._check("bind", address)
        return super().bind(address)

    def listen(self, *backlog):
        self._check("listen", self.getsockname())  # an unbound socket listens everywhere
        return super().listen(*backlog)

    def connect(self, address):
        self._check("connect", address)
        return super().connect(address)

    def connect_ex(self, address):
        self._check("connect_ex", address)
        return super().connect_ex(address)

    def sendto(self, data, *flags_and_address):
        self._check("sendto", flags_and_address[-1])
        return super().sendto(data, *flags_and_address)


def _refusing(name: str):
    real = REAL[name]

    def refused(*args, **kwargs):
        host = args[0] if args else None
        if isinstance(host, tuple):  # create_connection((host, port))
            host = host[0]
        if loopback_allowed() and is_loopback(host):
            return real(*args, **kwargs)
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
