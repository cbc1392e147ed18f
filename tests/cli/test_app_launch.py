"""``coach`` opens the full-screen app in a terminal and prints a summary otherwise."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time

from coach.cli.main import main

ESCAPES = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[\]P^_].*?(?:\x07|\x1b\\)|\x1b.", re.S)


def test_without_a_terminal_coach_and_coach_demo_print_a_summary(capsys, tmp_path):
    assert main(["--home", str(tmp_path / "empty")]) == 0
    out = capsys.readouterr().out
    assert "coach — demo network" in out and "2nd degree" in out
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "1st degree" in out and "coach import" in out
    assert main(["--home", str(tmp_path / "empty"), "summary"]) == 0
    assert "Pending invitations" in capsys.readouterr().out


def read_until(fd: int, wanted: bytes, seconds: float) -> bytes:
    """Read a terminal's output, escapes removed, until ``wanted`` shows (or time is up)."""
    seen = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and wanted not in ESCAPES.sub(b"", seen):
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:  # the child closed the terminal
                break
    return ESCAPES.sub(b"", seen)


def test_in_a_terminal_coach_demo_opens_the_app_and_q_quits(tmp_path):
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 140, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", COACH_HOME=str(tmp_path / "home"),
               COLUMNS="140", LINES="40")
    env.pop("TEXTUAL", None)
    child = subprocess.Popen([sys.executable, "-m", "coach", "demo"], stdin=slave,
                             stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    try:
        screen = read_until(master, b"Bob Nguyen", 60)
        assert b"Bob Nguyen" in screen, screen[-2000:]
        assert b"demo network" in screen
        os.write(master, b"q")
        deadline = time.monotonic() + 30
        while child.poll() is None and time.monotonic() < deadline:
            read_until(master, b"\0never", 0.3)  # keep reading: a full terminal blocks it
        assert child.wait(timeout=1) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        os.close(master)
