"""``coach serve``: what it refuses, in one line and exit 2, before serving anything; the
command each browser's app runs. The page in a real browser: test_serve_browser.py."""

from __future__ import annotations

import argparse
import io
import shlex
import socket
import sys

import pytest

from coach.cli.main import main
from coach.cli.serve import app_command
from coach.wording import MISSING, Wording
from coach.wording.serve import FRENCH_SERVE
from tests.hardening.netguard import network_guard as guard
from tests.project.test_french_output import (
    HIGH_SIGN_WITHOUT_SPACE,
    NOT_LABELS,
    STRAIGHT_APOSTROPHE,
)


@pytest.fixture
def loopback(monkeypatch):
    """This test may use 127.0.0.1, as `coach serve` does, and nothing else."""
    monkeypatch.setenv(guard.LOOPBACK_ENV, "1")


@pytest.fixture
def taken_port(loopback):
    """A port someone already listens on, at 127.0.0.1."""
    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    with holder:
        yield holder.getsockname()[1]


def test_a_port_in_use_is_one_line_and_exit_2(taken_port, tmp_path, capsys):
    code = main(["--home", str(tmp_path / "home"), "serve", "--port", str(taken_port)])
    assert code == 2
    captured = capsys.readouterr()
    assert captured.err == (f"coach: port {taken_port} on 127.0.0.1 is in use: choose another "
                            "with --port N\n")
    assert "served" not in captured.out


def test_in_french_too(taken_port, tmp_path, capsys):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    assert main(["--home", str(home), "serve", "--port", str(taken_port)]) == 2
    assert capsys.readouterr().err == (f"coach: le port {taken_port} est déjà pris sur "
                                       "127.0.0.1\u00a0: choisissez-en un autre avec --port N\n")


@pytest.mark.parametrize("port", ["0", "65536", "http", "-1"])
def test_a_port_must_be_1_to_65535(port, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--home", str(tmp_path / "home"), "serve", "--port", port])
    assert stop.value.code == 2
    assert "--port" in capsys.readouterr().err


def test_another_address_than_this_machine_warns_first(loopback, monkeypatch, tmp_path, capsys):
    """0.0.0.0 is said to be open to the network before anything listens. The suite's guard
    refuses the bind (in a log of this test's own), which ends the command with exit 2."""
    own_log = tmp_path / "attempts.log"
    monkeypatch.setenv(guard.LOG_ENV, str(own_log))
    monkeypatch.setattr(socket, "getaddrinfo", guard.REAL["getaddrinfo"])  # a numeric host:
    # no lookup leaves the machine
    code = main(["--home", str(tmp_path / "home"), "serve", "--host", "0.0.0.0",
                 "--port", "8765"])
    assert code == 2
    warning, failure = capsys.readouterr().err.splitlines()
    assert warning == ("coach: warning: listening on 0.0.0.0: anyone who can reach this machine "
                       "on that network can open your coach and read your network")
    assert failure.startswith("coach: cannot listen on 0.0.0.0 port 8765: ")
    assert "bind(('0.0.0.0', 8765))" in own_log.read_text()


def test_a_host_that_cannot_be_looked_up_is_exit_2(loopback, monkeypatch, tmp_path, capsys):
    """The look-up fails (here the suite's guard refuses it, in this test's own log)."""
    own_log = tmp_path / "attempts.log"
    monkeypatch.setenv(guard.LOG_ENV, str(own_log))
    code = main(["--home", str(tmp_path / "home"), "serve", "--host", "no-such-host.invalid"])
    assert code == 2
    error = capsys.readouterr().err
    assert error.startswith("coach: cannot listen on no-such-host.invalid: ")
    assert len(error.splitlines()) == 1
    assert "getaddrinfo('no-such-host.invalid'" in own_log.read_text()


def test_without_the_serve_extra_it_says_how_to_install_it(monkeypatch, tmp_path, capsys):
    monkeypatch.delitem(sys.modules, "coach.tui.browser.server", raising=False)
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)  # as if not installed
    assert main(["--home", str(tmp_path / "home"), "serve"]) == 2
    assert capsys.readouterr().err == (
        "coach: the browser mode needs textual-serve, which is not installed: "
        "`pip install 'coach[serve]'` (or `pipx inject coach textual-serve`)\n")


def test_an_unusable_workspace_is_exit_2(tmp_path, capsys):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    assert main(["--home", str(not_a_folder), "serve"]) == 2
    assert capsys.readouterr().err.startswith(f"coach: cannot open the workspace {not_a_folder}")


def test_each_browser_runs_coach_on_the_same_workspace_with_the_same_options(tmp_path):
    home = tmp_path / "it's a \"home\" $HOME `x`"
    rules = tmp_path / "my rules"
    args = argparse.Namespace(rules=str(rules), debug=True)
    command = app_command(args, home)
    assert shlex.split(command) == [sys.executable, "-m", "coach", "--home", str(home),
                                    "--rules", str(rules), "--debug"]
    plain = argparse.Namespace(rules=None, debug=False)
    assert shlex.split(app_command(plain, home))[-2:] == ["--home", str(home)]


@pytest.mark.parametrize("english", sorted(FRENCH_SERVE))
def test_every_serve_sentence_has_its_french_with_french_typography(english):
    MISSING.clear()
    values = {"host": "0.0.0.0", "port": 8000, "url": "http://127.0.0.1:8000", "reason": "r",
              "origin": "https://example.org"}
    french = Wording("fr")(english, **values)
    assert not MISSING
    words = french
    for ignored in NOT_LABELS:
        words = ignored.sub("", words)
    assert not HIGH_SIGN_WITHOUT_SPACE.search(words), french
    assert not STRAIGHT_APOSTROPHE.search(words), french
    assert Wording("en")(english, **values) != french


def test_coach_opens_the_app_when_textual_is_told_to_draw_in_a_browser(monkeypatch):
    """textual-serve runs `coach` with pipes, not a terminal, and TEXTUAL_DRIVER set."""
    from coach.cli.launch import interactive

    monkeypatch.setattr(sys, "stdin", io.StringIO())  # not a terminal
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    assert not interactive()
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    assert interactive()
