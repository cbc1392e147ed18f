"""``coach reach TEXT [--json] [--limit N]`` on the real command line, in English and French."""

from __future__ import annotations

import json
import shutil

from coach.cli.main import main


def _run(capsys, home, *argv):
    code = main(["--home", str(home), "reach", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cartalis_by_degree_with_introducers(capsys, demo_home):
    code, out, err = _run(capsys, demo_home, "Cartalis")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "“Cartalis”: 10 people known (1st degree: 8 · 2nd degree: 2)."
    first, second = lines.index("1st degree (8)"), lines.index("2nd degree (2)")
    assert first < second
    assert all("company" in line and "ask " not in line for line in lines[first + 1:second - 1])
    assert len(lines[first + 1:second - 1]) == 8
    assert any(line.startswith("  Aïssatou Kouassi") and line.endswith("ask Pauline Roux")
               for line in lines[second + 1:])
    assert sum("ask " in line for line in lines[second + 1:]) == 2


def test_json(capsys, demo_home):
    code, out, _ = _run(capsys, demo_home, "chez", "Cartalis", "--json", "--limit", "1")
    assert code == 0
    data = json.loads(out)
    assert data["text"] == "chez Cartalis" and data["total"] == 10
    assert [(g["degree"], g["count"], len(g["people"])) for g in data["degrees"]] == [
        (1, 8, 1), (2, 2, 1), (3, 0, 0), (None, 0, 0)]
    second = data["degrees"][1]["people"][0]
    assert second["matched_on"] == ["company"] and second["introducer"]["name"]


def test_an_empty_text_is_bad_input(capsys, demo_home):
    for text in ("", "  ", "chez"):
        code, out, err = _run(capsys, demo_home, text)
        assert code == 2 and out == ""
        assert err == ("coach: say what to reach: a company, a role or a city "
                       "(`coach reach Cartalis`)\n")


def test_no_match_is_exit_1(capsys, demo_home):
    code, out, err = _run(capsys, demo_home, "Zorglub")
    assert code == 1 and err == ""
    assert out == "No one known matches “Zorglub” as a company, a role or a city.\n"
    code, out, _ = _run(capsys, demo_home, "Zorglub", "--json")
    assert code == 1 and json.loads(out)["total"] == 0


def test_the_teammate_in_the_lines(capsys, teammate_home):
    code, out, _ = _run(capsys, teammate_home, "Cartalis")
    assert code == 0
    assert "ask Pauline Roux · teammate Carla Rossi can help" in out
    assert "ask Carla Rossi, your teammate" in out


def test_in_french(capsys, teammate_home, tmp_path):
    home = tmp_path / "fr"
    shutil.copytree(teammate_home, home)
    (home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    code, out, _ = _run(capsys, home, "Cartalis")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == ("«\u00a0Cartalis\u00a0»\u00a0: 11 personnes connues (1er degré\u00a0: 8 · "
                        "2e degré\u00a0: 3).")
    assert "2e degré (3)" in lines
    assert "demandez à Pauline Roux · Carla Rossi, de votre équipe, peut aider" in out
    assert "entreprise" in out and "company" not in out
    code, out, err = _run(capsys, home, "chez")
    assert code == 2 and err.startswith("coach: dites ce que vous cherchez")
    code, out, _ = _run(capsys, home, "Zorglub")
    assert code == 1
    assert out.startswith("Aucune personne connue ne correspond à «\u00a0Zorglub\u00a0»")


def test_the_french_scan_finds_no_english_and_no_typography_mistake(capsys, teammate_home,
                                                                     tmp_path):
    """The scan of tests/project/test_french_output.py over `coach reach` and the pane."""
    from coach.service import NetworkService
    from coach.wording import MISSING
    from coach.workspace import Workspace
    from tests.project.test_french_output import problems_in

    home = tmp_path / "fr"
    shutil.copytree(teammate_home, home)
    (home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    with NetworkService(Workspace(home), save_snapshot=False) as service:
        data = set()
        for person in service.people().values():
            data.update((person.full_name, service.contact(person.id).name, person.company,
                         person.position, person.location, person.headline))
    data = sorted((text for text in data if text), key=len, reverse=True)
    MISSING.clear()
    outputs = [_run(capsys, home, *argv)[1] for argv in (["Cartalis"], ["Lyon"], ["Zorglub"])]
    assert main(["--home", str(home), "ask", "mes contacts à Lyon"]) == 0
    outputs.append(capsys.readouterr().out)
    for out in outputs:
        assert problems_in(out.replace("(--limit)", ""), data) == []
    assert not MISSING, f"untranslated: {sorted(MISSING)}"
