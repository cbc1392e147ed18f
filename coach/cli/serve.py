"""``coach serve``: the same app in a browser, served on this machine by textual-serve."""

from __future__ import annotations

import errno
import ipaddress
import os
import shlex
import socket
import subprocess
import sys
from pathlib import Path

from coach.cli.errors import CommandError
from coach.cli.opening import home_of
from coach.store import StoreError
from coach.workspace import Workspace

MISSING_EXTRA = ("the browser mode needs textual-serve, which is not installed: "
                 "`pip install 'coach[serve]'` (or `pipx inject coach textual-serve`)")


def serve_command(args) -> int:
    """Serve the app on ``--host``:``--port`` until Ctrl+C; exit 2 when that cannot be."""
    from coach.cli.main import words_of

    w = words_of(args)
    try:
        from coach.tui.browser.server import BrowserServer
    except ImportError:
        raise CommandError(MISSING_EXTRA) from None
    home = _checked_home(args)
    addresses = listening_addresses(args.host, args.port)
    loopback_only = all(_loopback(address) for address in addresses)
    if not loopback_only:
        print("coach: " + w("warning: listening on {host}: anyone who can reach this machine "
                            "on that network can open your coach and read your network",
                            host=args.host), file=sys.stderr)
    _check_free(addresses, args.host, args.port)

    def started(url: str) -> None:
        print(w("coach is served on {url}: open it in a browser. Ctrl+C stops.", url=url),
              flush=True)

    server = BrowserServer(app_command(args, home), args.host, args.port, "coach", started,
                           loopback_only, w)
    try:
        server.serve()
    except OSError as error:  # taken between the check and the start
        raise _unusable(error, args.host, args.port) from None
    print(w("coach is no longer served."), flush=True)
    return 0


def app_command(args, home: Path) -> str:
    """The shell command textual-serve runs for each browser: ``coach`` on the same
    workspace with the same options, every value quoted."""
    argv = [sys.executable, "-m", "coach", "--home", str(home)]
    if args.rules:
        argv += ["--rules", str(Path(args.rules).expanduser().resolve())]
    if args.debug:
        argv.append("--debug")
    if os.name == "nt":
        return subprocess.list2cmdline(argv)
    return shlex.join(argv)


def _checked_home(args) -> Path:
    """The workspace folder, made absolute, once it is known to open (exit 2 when not)."""
    home = home_of(args).resolve()
    try:
        Workspace(home).close()
    except (StoreError, OSError) as error:
        raise CommandError("cannot open the workspace {home}: {reason}", home=home,
                           reason=str(error)) from None
    return home


def listening_addresses(host: str, port: int) -> list[tuple]:
    """The socket addresses ``host`` means (exit 2 when it means none)."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                   flags=socket.AI_PASSIVE)
    except (OSError, UnicodeError) as error:
        raise CommandError("cannot listen on {host}: {reason}", host=host,
                           reason=str(error)) from None
    return [(family, address) for family, _type, _proto, _name, address in found]


def _loopback(address: tuple) -> bool:
    try:
        return ipaddress.ip_address(address[1][0].split("%")[0]).is_loopback
    except ValueError:
        return False


def _check_free(addresses: list[tuple], host: str, port: int) -> None:
    """Exit 2 with one line when the port is taken (or the address cannot be used)."""
    for family, address in addresses:
        probe = socket.socket(family, socket.SOCK_STREAM)
        try:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as aiohttp does
            probe.bind(address)
        except OSError as error:
            raise _unusable(error, host, port) from None
        finally:
            probe.close()


def _unusable(error: OSError, host: str, port: int) -> CommandError:
    if error.errno == errno.EADDRINUSE:
        return CommandError("port {port} on {host} is in use: choose another with --port N",
                            port=port, host=host)
    reason = error.strerror or str(error)
    return CommandError("cannot listen on {host} port {port}: {reason}", host=host, port=port,
                        reason=reason)
