"""``coach import`` of a CSV of people: ``--map``, the mapping in the report and in
``--json``, exit codes, and the report in French."""

from __future__ import annotations

import json

from coach.store import Store
from tests.importers.helpers import LINKEDIN
from tests.importers.test_import_cli import run

IN = "https://www.linkedin.com/in/"
CRM = ("Contact,Boîte,Profil public,Phone,followers,Labels\n"
       f"Ana Silva,Nova,{IN}ana-silva,+351,1200,lead\n"
       f"Bo Ek,Helix,{IN}bo-ek,,12,\n"
       ",Acme,,,,\n")


def _home(capsys, tmp_path):
    home = tmp_path / "home"
    assert run(capsys, "--home", home, "import", LINKEDIN / "export-2024")[0] == 0
    path = tmp_path / "crm.csv"
    path.write_text(CRM, encoding="utf-8")
    return home, path


def test_map_names_the_columns_the_synonyms_miss(capsys, tmp_path):
    home, path = _home(capsys, tmp_path)
    code, out, err = run(capsys, "--home", home, "import", path, "--map", "contact=name",
                         "--map", "Boîte=company", "--map", "Profil public=profile_url",
                         "--map", "Phone=ignore")
    assert code == 0, err
    assert out.splitlines()[:6] == [
        f"Imported {path} (people csv)", "  columns used:", "    Contact → name",
        "    Boîte → company", "    Profil public → profile_url", "    Labels → tags"]
    assert ("  columns not used: Phone (ignored by --map); followers (a follower count: coach "
            "keeps who follows you (follows_me), not how many follow someone)") in out
    assert "crm.csv:4: no name and no profile URL" in out
    with Store(home / "coach.sqlite3") as store:
        ana = store.people.by_url(IN + "ana-silva")
        assert (ana.full_name, ana.company, store.tags.of(ana.id)) == ("Ana Silva", "Nova",
                                                                        ["lead"])
    code, out, _ = run(capsys, "--home", home, "import", path, "--json", "--map", "Contact=name",
                       "--map", "Profil public=profile_url")
    report = json.loads(out)
    assert report["format"] == "people csv" and report["counts"]["people added"] == 0
    assert report["mapping"]["columns"] == [
        {"column": "Contact", "field": "name"}, {"column": "Profil public", "field": "profile_url"},
        {"column": "Labels", "field": "tags"}]
    assert {"column": "Boîte", "reason": "no field known by this name"} in \
        report["mapping"]["unused"]
    assert report["skipped"] == [{"file": "crm.csv", "line": 4,
                                  "reason": "no name and no profile URL"}]


def test_map_mistakes_and_files_without_names_exit_2(capsys, tmp_path):
    home, path = _home(capsys, tmp_path)
    with Store(home / "coach.sqlite3") as store:
        before = store.people.count()
    code, out, err = run(capsys, "--home", home, "import", path, "--map", "Name=name")
    assert (code, out) == (2, "")
    assert err == ("coach: --map names a column the file lacks: 'Name'; its columns: Contact, "
                   "Boîte, Profil public, Phone, followers, Labels (nothing was imported)\n")
    code, _, err = run(capsys, "--home", home, "import", path, "--map", "Contact=fullname")
    assert code == 2 and err.startswith("coach: unknown field 'fullname' in --map "
                                        "'Contact=fullname': use name, first_name, last_name")
    code, _, err = run(capsys, "--home", home, "import", path, "--map", "Contact")
    assert code == 2 and "--map expects COLUMN=FIELD, got 'Contact'" in err
    code, _, err = run(capsys, "--home", home, "import", path, "--map", "Phone=note")
    assert code == 2 and err.count("\n") == 1
    assert "no column gives a name or a LinkedIn profile URL (columns seen: Contact, Boîte" in err
    code, _, err = run(capsys, "--home", home, "import", path)
    assert code == 2 and "as a CSV of people, no column gives a name" in err
    code, _, err = run(capsys, "--home", home, "import", LINKEDIN / "export-2024",
                       "--map", "a=name")
    assert code == 2 and "--map maps the columns of a CSV of people, not of a file of " \
                         "format linkedin" in err
    with Store(home / "coach.sqlite3") as store:
        assert store.people.count() == before


def test_the_report_in_french(capsys, tmp_path):
    home, path = _home(capsys, tmp_path)
    (home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    code, out, err = run(capsys, "--home", home, "import", path, "--map", "Contact=name",
                         "--map", "Profil public=profile_url", "--map", "Phone=ignore")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"Importé\u00a0: {path} (CSV de personnes)"
    assert lines[1] == "  colonnes utilisées\u00a0:"
    assert ("  colonnes non utilisées\u00a0: Boîte (aucun champ connu sous ce nom)\u00a0; "
            "Phone (ignorée par --map)\u00a0; followers (un nombre d’abonnés\u00a0: coach retient "
            "qui vous suit (follows_me), pas combien de personnes suivent quelqu’un)") in lines
    assert any(line.startswith("  étiquettes ajoutées") for line in lines)
    assert any(line.startswith("  personnes ajoutées") for line in lines)
    code, _, err = run(capsys, "--home", home, "import", path, "--map", "Name=name")
    assert code == 2 and err.startswith(
        "coach: --map nomme une colonne absente du fichier\u00a0: «\u00a0Name\u00a0»\u00a0; "
        "ses colonnes\u00a0: Contact")
