"""Where the network stops at my connections (a LinkedIn export alone), every front end says
how to see further (issue 16, item 6); nowhere else."""

from __future__ import annotations

import pytest

from coach.cli.main import main
from coach.overview import GROW_HINT
from coach.resources import demo_dir
from coach.tui.app import make_app
from coach.workspace import Workspace
from tests.conftest import FIXTURES
from tests.tui.conftest import settle


@pytest.fixture
def export_only(tmp_path, capsys):
    home = tmp_path / "export-only"
    assert main(["--home", str(home), "import", str(FIXTURES / "linkedin" / "export-2024")]) == 0
    capsys.readouterr()
    return home


def test_the_summary_and_the_coach_say_how_to_see_further(export_only, capsys):
    assert main(["--home", str(export_only), "summary"]) == 0
    out = capsys.readouterr().out
    assert GROW_HINT in out
    assert main(["--home", str(export_only), "ask", "who should I invite this week?"]) == 0
    assert "paste a LinkedIn search results page (`coach paste`)" in capsys.readouterr().out
    (export_only / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    assert main(["--home", str(export_only), "summary"]) == 0
    out = capsys.readouterr().out
    assert "Personne au 2e ou au 3e degré pour l’instant\u00a0: un export LinkedIn" in out


def test_a_network_with_a_second_degree_says_nothing_of_it(tmp_path, capsys):
    home = tmp_path / "demo"
    assert main(["--home", str(home), "import", str(demo_dir()), "--format", "csv"]) == 0
    assert main(["--home", str(home), "summary"]) == 0
    assert "No one at 2nd or 3rd degree" not in capsys.readouterr().out


async def test_the_app_shows_it_in_a_banner_and_in_the_overview(export_only):
    app = make_app(Workspace(export_only), watch_rules=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        banner = str(app.main_screen.query_one("#grow-banner").render())
        assert "No one at 2nd or 3rd degree yet" in banner
        await pilot.press("o")
        await settle(app, pilot)
        assert "No one at 2nd or 3rd degree yet" in str(
            app.screen.query_one("#overview-grow").render())


def test_an_export_then_a_pasted_search_page_gives_people_to_invite(export_only, capsys):
    from tests.conftest import dataset

    page = dataset("linkedin-paste-samples", "search-results-en.txt")
    assert main(["--home", str(export_only), "paste", str(page)]) == 0
    capsys.readouterr()
    assert main(["--home", str(export_only), "summary"]) == 0
    summary = capsys.readouterr().out
    counts = {line.split()[0]: int(line.split()[-1]) for line in summary.splitlines()
              if line.strip().startswith(("2nd degree", "3rd degree"))}
    assert counts["2nd"] >= 2 and counts["3rd"] >= 1, summary
    assert GROW_HINT not in summary
    assert main(["--home", str(export_only), "advise"]) == 0
    advice = capsys.readouterr().out
    assert "Whom to invite:" in advice and "Nadia Benali [2nd]" in advice
