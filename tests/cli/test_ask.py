"""``coach ask``: the coach pane's answers on the command line, run through ``main(argv)``."""

from __future__ import annotations

import io
import json

import pytest

from coach.cli.main import main
from coach.wording import french_typography


class Terminal(io.StringIO):
    """Standard input typed by a person at a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def home(demo_workspace):
    """The folder of a workspace holding the demo network."""
    return str(demo_workspace.home)


@pytest.fixture(autouse=True)
def piped_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def invitations_to(workspace, name: str) -> list:
    person = next(p for p in workspace.store.people.all() if p.full_name == name)
    return workspace.store.invitations.of(person.id)


def test_ask_answers_in_english(capsys, home):
    code, out, _ = run(capsys, "--home", home, "ask", "How do I reach Léa?")
    assert code == 0
    assert out.startswith("Léa Dubois — 2nd degree, 4 shared connections.")
    assert "You → Bob Nguyen → Léa Dubois" in out
    assert "(rule note-introduction)" in out  # her note asks for an introduction


def test_ask_answers_in_french_without_quotes(capsys, home):
    code, out, _ = run(capsys, "--home", home, "ask", "qui", "inviter", "cette", "semaine", "?")
    assert code == 0
    assert french_typography("Invitations restantes cette semaine : 100 sur 100") in out
    assert "Mehmet Şahin" in out and "(règle second-they-visited)" in out


def test_ask_json(capsys, home):
    code, out, _ = run(capsys, "--home", home, "ask", "comment joindre Léa ?", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["intent"] == "reach" and data["language"] == "fr" and data["outcome"] == "ok"
    assert data["data"]["degree"] == 2 and data["data"]["introducer"] == "Bob Nguyen"
    assert "note-introduction" in data["rules"]


def test_an_ambiguous_name_exits_1_listing_the_candidates(capsys, home):
    code, out, _ = run(capsys, "--home", home, "ask", "how do I reach Thomas Martin")
    assert code == 1
    assert "2 people match “Thomas Martin”" in out
    assert "Cartalis" in out and "Lémanis" in out
    code, out, _ = run(capsys, "--home", home, "ask", "--json", "qui est Thomas Martin ?")
    assert code == 1 and len(json.loads(out)["candidates"]) == 2


def test_a_question_not_understood_exits_1_with_examples(capsys, home):
    code, out, err = run(capsys, "--home", home, "ask", "what's the weather like?")
    assert code == 1 and err == ""
    assert "I did not understand that question" in out
    assert "Who should I invite this week?" in out


def test_logging_without_a_terminal_stores_nothing(capsys, home, demo_workspace):
    before = invitations_to(demo_workspace, "Léa Dubois")
    code, out, _ = run(capsys, "--home", home, "ask", "I invited Léa")
    assert code == 0
    assert "Log this: you invited Léa Dubois (2nd degree)" in out
    assert "Nothing stored: rerun with --yes to store it." in out
    assert invitations_to(demo_workspace, "Léa Dubois") == before


def test_logging_with_yes_stores_the_action(capsys, home, demo_workspace):
    code, out, _ = run(capsys, "--home", home, "ask", "--yes", "j'ai invité Léa")
    assert code == 0
    assert french_typography("C'est noté : vous avez invité Léa Dubois") in out
    assert any(i.status == "pending" and i.direction == "out"
               for i in invitations_to(demo_workspace, "Léa Dubois"))


def test_logging_on_a_terminal_asks_first(capsys, home, demo_workspace, monkeypatch):
    before = invitations_to(demo_workspace, "Léa Dubois")
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    code, out, _ = run(capsys, "--home", home, "ask", "I invited Léa")
    assert code == 0 and "Store it? [y/N]" in out and "Nothing was stored." in out
    assert invitations_to(demo_workspace, "Léa Dubois") == before
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    code, out, _ = run(capsys, "--home", home, "ask", "I invited Léa")
    assert code == 0 and "Stored: you invited Léa Dubois" in out
    assert len(invitations_to(demo_workspace, "Léa Dubois")) == len(before) + 1


def test_a_refused_action_exits_1_as_coach_log_does(capsys, home):
    code, out, _ = run(capsys, "--home", home, "ask", "--yes", "I invited Bob")
    assert code == 1
    assert out.strip() == "Not stored: Invite to connect: You are already connected."


def test_logging_on_the_demo_of_an_empty_workspace_is_refused(capsys, tmp_path):
    code, out, err = run(capsys, "--home", tmp_path / "empty", "ask", "--yes", "I invited Léa")
    assert code == 2 and out == ""
    assert "import your network first" in err


def test_questions_work_on_the_demo_of_an_empty_workspace(capsys, tmp_path):
    code, out, err = run(capsys, "--home", tmp_path / "empty", "ask", "who follows me?")
    assert code == 0 and "16 people follow you without being connected" in out
    assert "showing the demo network" in err
