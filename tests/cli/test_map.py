"""``coach map`` (issue 20): the circles, their people and the brokers, in English, in French
and as JSON, through the real command line on the demo network."""

from __future__ import annotations

import json

from coach.cli.main import main


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_map_json_shape(capsys, demo_home):
    code, out, _ = run(capsys, "--home", str(demo_home), "map", "--json")
    assert code == 0
    found = json.loads(out)
    assert set(found) == {"me", "connections", "links", "circles", "other", "brokers"}
    circle = found["circles"][0]
    assert set(circle) == {"number", "label", "size", "colleagues", "traits", "strongest_tie",
                           "last_contact", "members"}
    assert [c["number"] for c in found["circles"]] == list(range(1, len(found["circles"]) + 1))
    assert all(c["size"] == len(c["members"]) >= 3 for c in found["circles"])
    assert set(circle["members"][0]) == {"id", "name"}
    assert set(circle["traits"][0]) == {"kind", "text", "people"}
    everyone = sum(c["size"] for c in found["circles"]) + found["other"]["size"]
    assert everyone == found["connections"] == 80  # every connection placed once
    assert any(c["colleagues"] and c["label"].startswith("Orbiteo") for c in found["circles"])
    broker = found["brokers"][0]
    assert set(broker) == {"id", "name", "circle", "bridges", "effective_size", "only_route"}
    assert len(broker["bridges"]) >= 2


def test_map_text_names_circles_and_brokers(capsys, demo_home):
    code, out, _ = run(capsys, "--home", str(demo_home), "map")
    assert code == 0
    assert "circles among your 80 connections" in out
    assert "(your Orbiteo colleagues)" in out and "the Cartalis" in out
    brokers = out.split("\nBrokers\n", 1)[1]
    assert " links " in brokers and " and " in brokers


def test_map_in_french(capsys, demo_home):
    from coach.wording import MISSING

    (demo_home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    before = set(MISSING)
    code, out, _ = run(capsys, "--home", str(demo_home), "map")
    assert set(MISSING) == before, "sentences left in English"
    assert code == 0
    assert "cercles parmi vos 80 relations" in out
    assert "(vos collègues chez Orbiteo)" in out
    assert "\nPasserelles\n" in out and " fait le lien entre " in out
    assert "Lien le plus fort\u202f:" in out or "Lien le plus fort\u00a0:" in out


def test_map_without_connections_exits_1(capsys, tmp_path):
    home = tmp_path / "alone"
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "people.csv").write_text(
        "key,first_name,last_name,me\nme,Solo,Person,yes\nx,Ex,Other,no\n", encoding="utf-8")
    assert main(["--home", str(home), "import", str(folder), "--format", "csv"]) == 0
    capsys.readouterr()
    code, out, _ = run(capsys, "--home", str(home), "map")
    assert code == 1 and "No connections yet" in out
    code, out, _ = run(capsys, "--home", str(home), "map", "--json")
    assert code == 1 and json.loads(out)["circles"] == []
