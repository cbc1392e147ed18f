"""``--limit`` is honoured everywhere: ``coach advise NAME --limit N`` prints N advice items,
``coach advise --limit N`` N waiting items and N moves, ``coach contacts --limit N`` N rows;
run in-process on a workspace holding the demo network."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coach.cli.main import main

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo"


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    folder = tmp_path_factory.mktemp("limits") / "home"
    assert main(["--home", str(folder), "import", str(DEMO), "--format", "csv"]) == 0
    return folder


def run(capsys, home, *argv) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--home", str(home), *map(str, argv)])
    return code, capsys.readouterr().out


def advice_items(out: str) -> int:
    return len(re.findall(r"^  \d+\. ", out, flags=re.M))


def item_lines(out: str, section: str) -> list[str]:
    """The lines of one section ("Waiting on you", a kind of move) that name a person."""
    block = out.split(section, 1)[1].split("\n\n", 1)[0]
    return [line for line in block.splitlines() if re.match(r"^  #\d+", line)]


@pytest.mark.parametrize("name", ["Bob Nguyen", "Léa Dubois", "Carla Rossi"])
def test_advise_one_person_prints_at_most_limit_advice_items(capsys, home, name):
    code, full = run(capsys, home, "advise", name)
    assert code == 0 and advice_items(full) > 2
    code, limited = run(capsys, home, "advise", name, "--limit", "2")
    assert code == 0 and advice_items(limited) == 2
    assert limited.count("✓") + limited.count("✗") == full.count("✓") + full.count("✗")
    code, data = run(capsys, home, "advise", name, "--limit", "1", "--json")
    assert len(json.loads(data)["advice"]) == 1


def test_advise_without_a_name_limits_the_waiting_items_and_the_moves(capsys, home):
    code, full = run(capsys, home, "advise")
    waiting = int(re.search(r"Waiting on you \((\d+)\)", full).group(1))
    assert code == 0 and waiting > 2 and len(item_lines(full, "Waiting on you")) > 2
    code, limited = run(capsys, home, "advise", "--limit", "2")
    assert f"Waiting on you ({waiting})" in limited  # the heading still counts them all
    assert len(item_lines(limited, "Waiting on you")) == 2
    assert f"… and {waiting - 2} more" in limited
    moves = [line for line in limited.split("\n\n", 1)[1].splitlines()
             if re.match(r"^  #\d+", line)]
    assert len(moves) == 2
    code, data = run(capsys, home, "advise", "--limit", "2", "--json")
    assert len(json.loads(data)) == 2


def test_advise_waiting_shows_limit_items_and_counts_them_all(capsys, home):
    code, out = run(capsys, home, "advise", "--waiting", "--limit", "1")
    assert code == 0 and len(item_lines(out, "Waiting on you")) == 1
    waiting = int(re.search(r"Waiting on you \((\d+)\)", out).group(1))
    assert waiting > 1 and f"… and {waiting - 1} more" in out
    _, data = run(capsys, home, "advise", "--waiting", "--limit", "1", "--json")
    assert len(json.loads(data)) == 1


def test_contacts_limit_in_text_and_json(capsys, home):
    code, out = run(capsys, home, "contacts", "--limit", "3")
    assert code == 0 and out.strip().splitlines()[-1].startswith("3 contacts")
    _, data = run(capsys, home, "contacts", "--degree", "2", "--limit", "3", "--json")
    assert len(json.loads(data)) == 3


def test_a_limit_below_one_is_bad_input(capsys, home):
    with pytest.raises(SystemExit) as stopped:
        main(["--home", str(home), "advise", "Bob Nguyen", "--limit", "0"])
    assert stopped.value.code == 2
    assert "--limit" in capsys.readouterr().err
