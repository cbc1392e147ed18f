""""Who do I know at Cartalis?" in the coach pane: the service's reach, in the question's
language, with the introducer for each 2nd-degree person; other questions are left alone."""

from __future__ import annotations

import pytest

from coach.coaching import Conversation
from coach.coaching.intents import PEOPLE_AT, intents_of, people_at_target
from coach.coaching.text import normalise
from coach.model import Degree
from coach.service import NetworkService
from coach.workspace import Workspace
from tests.coaching.conftest import person_named


@pytest.mark.parametrize(("question", "target"), [
    ("who do I know at Doctolib?", "doctolib"),
    ("Who works at Cartalis", "cartalis"),
    ("Do I know anyone at Cartalis who could introduce me?", "cartalis"),
    ("my connections in Paris", "paris"),
    ("qui je connais chez Doctolib ?", "doctolib"),
    ("Qui travaille chez Cartalis ?", "cartalis"),
    ("mes contacts à Lyon", "lyon"),
    ("Qui est-ce que je connais à Genève ?", "geneve"),
])
def test_the_question_and_what_it_names(question, target):
    text = normalise(question)
    assert PEOPLE_AT in intents_of(text, "en")
    assert people_at_target(text) == target


@pytest.mark.parametrize("question", [
    "How do I reach Léa?", "Who should I invite this week?", "Qui relancer parmi mes relations ?",
    "What's the weather like in Lyon?", "Who is Hương Đỗ?", "Qui me suit sans être en relation ?",
    "Who follows me without being connected?", "What can I do with Léa?",
])
def test_other_questions_are_not_taken(question):
    assert PEOPLE_AT not in intents_of(normalise(question), "en")


def test_who_do_i_know_at_cartalis(coach, demo_service):
    answer = coach.ask("Who do I know at Cartalis?")
    assert (answer.intent, answer.language, answer.outcome) == (PEOPLE_AT, "en", "ok")
    reach = demo_service.reach("Cartalis")
    assert answer.data["reach"] == reach.to_json()  # the same service call as `coach reach`
    lines = answer.lines
    assert lines[0] == "People you know matching “Cartalis” (10 people), nearest first:"
    assert lines[1].startswith("  1st degree: ") and "Beatriz Brandão" in lines[1]
    assert lines[2] == "  2nd degree:"
    for person in reach.people[Degree.SECOND]:
        line = f"    {person.name} — ask {person.introducer.name} for an introduction"
        assert line in lines
        assert person.id in answer.people and person.introducer.id in answer.people


def test_in_french(coach, demo_service):
    answer = coach.ask("Qui travaille chez Cartalis ?")
    assert (answer.intent, answer.language, answer.outcome) == (PEOPLE_AT, "fr", "ok")
    assert answer.lines[0] == ("Personnes connues correspondant à «\u00a0Cartalis\u00a0» "
                               "(10 personnes), de la plus proche à la plus éloignée\u00a0:")
    assert answer.lines[2] == "  2e degré\u00a0:"
    aissatou = person_named(demo_service, "Aïssatou Kouassi")
    introducer = demo_service.reach("Cartalis").people[Degree.SECOND][0].introducer.name
    assert f"    Aïssatou Kouassi — demandez à {introducer} de vous présenter" in answer.lines
    assert aissatou in answer.people


def test_mes_contacts_a_lyon_lists_the_rest_with_the_command(coach):
    answer = coach.ask("mes contacts à Lyon")
    assert answer.outcome == "ok" and answer.language == "fr"
    assert answer.lines[-1].startswith("  et ")
    assert answer.lines[-1].endswith("`coach reach Lyon` liste tout le monde")
    assert "  3e degré\u00a0:" in answer.lines


def test_no_one_known_there(coach):
    answer = coach.ask("who do I know at Zorglub?")
    assert (answer.intent, answer.outcome) == (PEOPLE_AT, "not_found")
    assert answer.text == "No one you know matches “Zorglub” as a company, a role or a city."


def test_a_word_that_is_no_place_falls_through_to_the_other_intent(coach):
    answer = coach.ask("mes contacts à relancer")
    assert answer.intent == "reconnect" and answer.outcome == "ok"


def test_a_teammate_who_can_help(tmp_path):
    from coach.cli.main import main
    from coach.resources import demo_dir
    from tests.reach.conftest import TEAMMATE_CONNECTIONS

    home, export = tmp_path / "home", tmp_path / "carla"
    export.mkdir()
    (export / "Connections.csv").write_text(TEAMMATE_CONNECTIONS, encoding="utf-8")
    assert main(["--home", str(home), "import", str(demo_dir()), "--format", "csv"]) == 0
    assert main(["--home", str(home), "import", str(export), "--teammate", "Carla Rossi"]) == 0
    with NetworkService(Workspace(home), save_snapshot=False) as service:
        answer = Conversation(service).ask("who works at Cartalis?")
    assert ("    Aïssatou Kouassi — ask Pauline Roux for an introduction; teammate Carla Rossi "
            "can help") in answer.lines
    assert "    Noé Petit — ask Carla Rossi, your teammate, for an introduction" in answer.lines


@pytest.mark.parametrize(("ask_help", "language"), [("help", "en"), ("aide", "fr")])
def test_every_example_of_the_help_is_understood_as_it_is_written(coach, ask_help, language):
    import re

    from coach.coaching.intents import UNKNOWN

    lines = coach.ask(ask_help).lines
    quoted = [re.search(r"[“«]\u00a0?(.+?)\u00a0?[”»]$", line).group(1)
              for line in lines if line.startswith("  • ")]
    assert len(quoted) == 11
    company = next(q for q in quoted if re.match(r"(Who do I know at|Qui je connais chez) ", q))
    for question in quoted:
        answer = coach.ask(question)
        assert answer.intent != UNKNOWN, question
        assert answer.language == language, question
        coach.ask("no")  # a logging question waits for a yes: leave it unconfirmed
    at = coach.ask(company)
    assert (at.intent, at.outcome) == (PEOPLE_AT, "ok") and at.data["reach"]["total"] > 0
