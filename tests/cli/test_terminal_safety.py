"""Issue 18, item 8: names, headlines and notes never drive the terminal."""

from __future__ import annotations

import json

from coach.cli.terminal import visible
from tests.cli.test_commands import run

HOSTILE = "Eve\x1b[31mRed\x07"
HEADLINE = "CTO \u202eevil\u202c at \x9bAcme"


def test_control_characters_are_written_as_visible_escapes():
    assert visible("Léa Dubois\tCTO\n") == "Léa Dubois\tCTO\n"
    assert visible(HOSTILE) == "Eve\\x1b[31mRed\\x07"
    assert visible(HEADLINE) == "CTO \\u202eevil\\u202c at \\u009bAcme"
    assert visible("a\rb\x7f") == "a\\x0db\\u007f"


def test_a_hostile_name_reaches_the_terminal_escaped_in_every_command(capsys, demo_home):
    code, out, err = run(capsys, "--home", demo_home, "add", HOSTILE, "--degree", "3",
                         "--position", HEADLINE, "--note", "ring\x07 the bell")
    assert code == 0, err
    for command in (["show", "Eve"], ["contacts", "--search", "Eve"], ["advise", "Eve"],
                    ["note", "Eve"]):
        code, out, err = run(capsys, "--home", demo_home, *command)
        printed = out + err
        assert "\x1b" not in printed and "\x07" not in printed and "\u202e" not in printed, \
            command
        assert "\\x1b[31m" in printed, (command, printed)
    code, out, _ = run(capsys, "--home", demo_home, "show", "Eve", "--json")
    assert "\u202e" not in out and "\x9b" not in out
    shown = json.loads(out)  # valid JSON, people shown as everywhere: escapes made visible
    assert shown["name"] == visible(HOSTILE) and shown["position"] == visible(HEADLINE)
    exported = demo_home.parent / "exported.json"
    assert run(capsys, "--home", demo_home, "export", exported)[0] == 0
    people = json.loads(exported.read_text(encoding="utf-8"))["people"]
    assert any(f"{p['first_name']} {p['last_name']}".strip() == HOSTILE for p in people)


def test_an_error_naming_a_hostile_query_is_escaped_too(capsys, demo_home):
    code, out, err = run(capsys, "--home", demo_home, "show", "nobody\x1b]0;pwned\x07")
    assert code == 1 and "\x1b" not in err + out and "\\x1b]0;pwned" in err + out


def test_blank_or_zero_values_are_bad_input_with_the_reason(capsys, demo_home):
    """Issue 18, item 6: no misleading answer, no silent success."""
    cases = [
        (["advise", "--limit", "-5"], "0 or more"),
        (["contacts", "--limit", "0"], "1 or more"),
        (["advise", "--limit", "0"], "1 or more"),
        (["log", "#2", "visited", "--at", ""], "empty"),
        (["note", "#2", "soon", "--due", " "], "empty"),
        (["tag", "#2", ""], "a tag needs text"),
        (["note", "#2", ""], "a note needs text"),
        (["show", ""], "an empty query"),
        (["advise", "  "], "an empty query"),
    ]
    from coach.store import Store

    def everything():
        with Store(demo_home / "coach.sqlite3") as store:
            return [store.db.fetchall(f"SELECT * FROM {table}")
                    for table in ("interaction", "note", "tag")]

    before = everything()
    for command, reason in cases:
        try:
            code, _, err = run(capsys, "--home", demo_home, *command)
        except SystemExit as stop:  # argparse's own refusal
            code, err = stop.code, capsys.readouterr().err
        assert code == 2 and reason in err, (command, code, err)
    assert everything() == before
