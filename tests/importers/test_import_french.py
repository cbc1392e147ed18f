"""``coach import`` in a French workspace: every remark and every reason a row is skipped
is said in French (``file:line:`` kept as it is), never an English sentence given French
spacing; ``--json`` keeps the English.

The files are written here with each kind of bad row, or taken from the real samples
(``/work/shared/datasets``: the YANG-DB export, the SNAP email edge list).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coach.cli.main import main
from coach.wording import MISSING
from tests.conftest import ROOT
from tests.importers.helpers import LINKEDIN
from tests.project.test_french_output import problems_in

DATASETS = ROOT.parent / "shared" / "datasets"
YANG = DATASETS / "linkedin-export-samples" / "yang-db-linked-knowledge"
EMAIL = DATASETS / "snap-email-eu-core" / "email-Eu-core.txt"
PASTED = DATASETS / "linkedin-paste-samples"
NBSP = "\u00a0"

CONNECTIONS = """Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Alice,Martin,https://www.linkedin.com/in/alice-martin,,Acme,Engineer,09 May 2023
Bob,Nguyen,x,,Acme,Engineer,09 May 2023
Chloé,Durand,https://www.linkedin.com/in/chloe-durand,,Acme,Engineer,09 Foo 2023
Denis,Roy,https://www.linkedin.com/in/denis-roy,,Acme,Engineer,31 Feb 2023
,,,,,,10 May 2023
,,,,,,11 May 2023
Eve,Adam,https://www.linkedin.com/in/eve-adam,,Acme,Engineer,what
Fay,Lee,https://www.linkedin.com/in/fay-lee,,Acme,Engineer,09 May 2023,extra,more
,,,,Acme,Engineer,09 May 2023
Gus,Ho,https://www.linkedin.com/in/gus-ho,,Acme,Engineer,1/8/18 13:14 PM
Hana,Sato,https://www.linkedin.com/in/hana-sato,,Acme,Engineer,12 May 2023
Hana,Sato,https://www.linkedin.com/in/hana-sato-2,,Beta,Chef,12 May 2023
Ivan,Petrov,https://www.linkedin.com/in/ivan-petrov,,Beta,Chef,12 May 2023
Jules,Verne,https://www.linkedin.com/in/jules-verne,,Beta,Chef,12 May 2023
"""
INVITATIONS = """From,To,Sent At,Message,Direction
Alice Martin,Ivo Pop,"1/24/25, 6:42 AM",hi,SIDEWAYS
Jon Snow,Alice Martin,"1/24/25, 6:42 AM",hi,INCOMING
,,"1/24/25, 6:42 AM",hi,INCOMING
Kim Lo,Alice Martin,"13/45/25, 6:42 AM",,INCOMING
"""
FOLLOWS = """Date,Status,FullName
2023-04-23 13:37:30,Active,Alice Martin
2023-04-23 13:37:30,Maybe,Bob Nguyen
2023-04-23 13:37:30,Active,
2023-04-23 13:37:30,Active,Hana Sato
2023-04-23 13:37:30,Active,Zoe New
"""
NOTES = """Full Name,Note,Date
Hana Sato,likes tea,2023-06-01
Nobody Known,hello,2023-06-01
Ivan Petrov,no date here,
"""
MESSAGES = ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,"
            """FOLDER
c1,,Ivan Petrov,U/ivan-petrov,Alice Martin,2025-03-07 11:13:51 UTC,,hi,INBOX
c2,,Alice Martin,U/alice-martin,Ivan Petrov,2025-03-07 11:13:51 UTC,,hi,INBOX
c2,,Ivan Petrov,U/ivan-petrov,Alice Martin,2025-03-08 09:00:00 UTC,,hello,INBOX
c3,,Alice Martin,U/alice-martin,Hana Sato,2025-03-07 11:13:51 UTC,,hi,INBOX
c4,,Ivan Petrov,U/ivan-petrov,Alice Martin,yesterday,,hi,INBOX
c5,,Alice Martin,U/alice-martin,Jules Verne,2025-03-09 10:00:00 UTC,,hi,INBOX
""").replace("U/", "https://www.linkedin.com/in/")

DATA = ["Alice Martin", "Hana Sato", "Nobody Known", "Jon Snow", "Ivan Petrov", "Zoe New",
        "Carla Rossi", "Carla Bruni", "Someone Unknown", "Connections.csv", "Invitations.csv",
        "messages.csv", "Member_Follows.csv", "Notes.csv", "Profile.csv", "people.csv",
        "search-results.csv", "You", "OUTGOING", "INCOMING", "Active", "Unfollow", "PM", "AM",
        "UTC", "May"]
"""What the reports cite from the files (names, file names, values as written)."""

ENGLISH_SHAPES = re.compile(
    r"you follow|not known before|not recorded|does not name|recorded as|teammate:|is this"
    r"|^me\b|\bnode\b|not matched|of them replied|with only a date|not a LinkedIn|unknown "
    r"|impossible date|unreadable|fields where|no name|export's owner|direction must"
    r"|status must|people are named|no known person|no date|this row|quote opened|\bgot\b"
    r"|whole number|degree result|kind must|appears twice|empty |not in people\.csv"
    r"|cannot be connected|expected")
"""The English of the importers' remarks and reasons: none may be left in French."""


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def french_home(tmp_path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    return home


def messy_export(tmp_path: Path) -> Path:
    folder = tmp_path / "messy"
    folder.mkdir()
    for name, text in (("Connections.csv", CONNECTIONS), ("Invitations.csv", INVITATIONS),
                       ("Member_Follows.csv", FOLLOWS), ("Notes.csv", NOTES),
                       ("messages.csv", MESSAGES)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def report_lines(out: str) -> list[str]:
    """The reasons and remarks of a report (not the counts, nor a CSV's columns)."""
    lines = out.splitlines()
    return [line.strip() for line in lines if (line.startswith("    ") or (
        line.startswith("  ") and not re.search(r"\s{2,}\S+$", line)))
        and not re.fullmatch(r"\s+\S+ → .+", line)]


def assert_all_french(out: str, *data: str) -> None:
    """No English remark or reason left, no French spacing inside an English sentence, no
    sentence the catalogue lacks."""
    lines = report_lines(out)
    assert lines
    for line in lines:
        said = re.sub(r"^\S+?(?::\d+)?: ", "", line)  # file:line: stays as it is
        said = re.sub(r"«\u00a0[^»]*\u00a0»", "«\u00a0\u00a0»", said)  # values are data
        for value in (*DATA, *data):
            said = said.replace(value, "")
        assert not ENGLISH_SHAPES.search(said), line
        assert problems_in(said, []) == [], line
    assert not MISSING, f"untranslated: {sorted(MISSING)}"


def test_a_messy_export_is_reported_in_french(capsys, tmp_path, french_home):
    MISSING.clear()
    code, out, err = run(capsys, "--home", french_home, "import", messy_export(tmp_path))
    assert code == 0, err
    for line in (
        "Connections.csv:5: cette ligne vous désigne (l’export est le vôtre)",
        f"Connections.csv:6: pas une URL de profil LinkedIn{NBSP}: «{NBSP}x{NBSP}»",
        f"Connections.csv:7: mois inconnu «{NBSP}Foo{NBSP}»",
        f"Connections.csv:8: date impossible «{NBSP}31 Feb 2023{NBSP}» (ce jour n’existe pas "
        "dans ce mois)",
        f"Connections.csv:11: date illisible «{NBSP}what{NBSP}» (formes attendues par "
        f"exemple{NBSP}: 09 May 2023, 1/8/18, 6:14 PM, 5-May-23 ou 2025-03-07 11:13:51 UTC)",
        f"Connections.csv:12: 9 champs alors que l’en-tête en a 7 (une virgule hors "
        f"guillemets{NBSP}?)",
        f"Connections.csv:13: ni nom ni URL de profil{NBSP}: impossible de savoir de qui il "
        "s’agit",
        "Connections.csv:14: heure 13 impossible avec PM",
        f"Invitations.csv:2: le sens doit être `OUTGOING` ou `INCOMING`, pas «{NBSP}SIDEWAYS"
        f"{NBSP}»",
        "Invitations.csv:4: ni nom ni URL de profil",
        f"Invitations.csv:5: date impossible «{NBSP}13/45/25, 6:42 AM{NBSP}» (le mois va de 1 "
        "à 12)",
        f"messages.csv:5: 2 personnes s’appellent «{NBSP}Hana Sato{NBSP}»{NBSP}; message non "
        "attribué",
        f"Member_Follows.csv:3: le statut doit être `Active` ou `Unfollow`, pas «{NBSP}Maybe"
        f"{NBSP}»",
        "Member_Follows.csv:4: aucun nom",
        f"Notes.csv:3: aucune personne connue ne correspond à «{NBSP}Nobody Known{NBSP}»",
        "Notes.csv:4: aucune date (une note a besoin du jour où elle a été écrite)",
        f"vous{NBSP}: Alice Martin (d’après Invitations.csv)",
        f"2 lignes de Connections.csv avec une date seulement{NBSP}: des membres qui ont "
        f"masqué leurs informations ou quitté LinkedIn{NBSP}; comptées, non importées",
        f"messages{NBSP}: 2 personnes, dont 1 a répondu",
        f"1 personne que vous suivez, inconnue jusqu’ici{NBSP}: ajoutée d’après son nom "
        "(Member_Follows.csv ne donne pas d’URL de profil)",
        f"abonnements ambigus, non notés{NBSP}: Hana Sato",
    ):
        assert line in report_lines(out), line
    assert out.splitlines()[0] == f"Importé{NBSP}: {tmp_path / 'messy'} (export LinkedIn)"
    assert re.search(r"Member_Follows\.csv:5: 2 personnes s’appellent «\u00a0Hana Sato\u00a0» "
                     r"\(#\d+, #\d+\)\u00a0: abonnement non noté", out)
    assert_all_french(out, "Foo", "what", "yesterday", "SIDEWAYS", "Maybe")


def test_json_keeps_the_english(capsys, tmp_path, french_home):
    code, out, _ = run(capsys, "--home", french_home, "import", messy_export(tmp_path), "--json")
    assert code == 0
    report = json.loads(out)
    assert {"file": "Connections.csv", "line": 7, "reason": "unknown month 'Foo'"} in \
        report["skipped"]
    assert {"file": "Notes.csv", "line": 4,
            "reason": "no date (a note needs the day it was written)"} in report["skipped"]
    assert "you: Alice Martin (from Invitations.csv)" in report["remarks"]
    assert "messages: 2 people, 1 of them replied" in report["remarks"]
    assert NBSP not in out


def test_the_real_sample_export_in_french(capsys, french_home):
    MISSING.clear()
    code, out, err = run(capsys, "--home", french_home, "import", YANG)
    assert code == 0, err
    lines = report_lines(out)
    assert f"vous{NBSP}: You (d’après Invitations.csv)" in lines
    assert f"messages{NBSP}: 10 personnes, dont 1 a répondu" in lines
    assert_all_french(out, "LICENSE")


def test_an_export_that_does_not_name_its_owner(capsys, tmp_path, french_home):
    MISSING.clear()
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Connections.csv").write_text(
        CONNECTIONS.replace(",,,,Acme,Engineer,09 May 2023\n", "")
        .replace("Alice,Martin,https://www.linkedin.com/in/alice-martin,,Acme,Engineer,09 May "
                 "2023\n", ""), encoding="utf-8")
    code, out, err = run(capsys, "--home", french_home, "import", folder)
    assert code == 0, err
    assert (f"l’export ne dit pas à qui il appartient{NBSP}: votre nom est noté «{NBSP}Me{NBSP}» "
            "(importez-le à nouveau avec `--me \"Prénom Nom\"` pour donner votre nom)"
            in report_lines(out))
    assert_all_french(out, "Foo", "what")


def test_a_teammate_s_export_named_otherwise(capsys, french_home):
    MISSING.clear()
    assert run(capsys, "--home", french_home, "import", LINKEDIN / "export-2024")[0] == 0
    code, out, err = run(capsys, "--home", french_home, "import", LINKEDIN / "teammate-carla",
                         "--teammate", "Carla Bruni")
    assert code == 0, err
    assert out.splitlines()[0].endswith("(export LinkedIn de Carla Bruni, de votre équipe)")
    lines = report_lines(out)
    assert (f"Carla Bruni fait partie de votre équipe{NBSP}: ses relations sont notées avec la "
            f"source «{NBSP}teammate:Carla Bruni{NBSP}» et sont joignables par son "
            "intermédiaire (demandez des mises en relation à Carla Bruni)") in lines
    assert (f"attention{NBSP}: Profile.csv nomme Carla Rossi, pas Carla Bruni{NBSP}: est-ce "
            f"bien l’export de Carla Bruni{NBSP}?") in lines
    assert_all_french(out)


def test_search_results_in_french(capsys, tmp_path, french_home):
    MISSING.clear()
    assert run(capsys, "--home", french_home, "import", LINKEDIN / "export-2024")[0] == 0
    results = tmp_path / "search-results.csv"
    results.write_text((LINKEDIN / "search-results.csv").read_text(encoding="utf-8")
                       + "Eva Lund,https://www.linkedin.com/in/eva-lund,3rd,1,Bob Nguyen,,"
                         "2026-11-20\n", encoding="utf-8")
    code, out, err = run(capsys, "--home", french_home, "import", results)
    assert code == 0, err
    lines = report_lines(out)
    assert (f"search-results.csv:7: mutual_connections doit être un nombre entier, "
            f"pas «{NBSP}many{NBSP}»") in lines
    assert (f"search-results.csv:8: degré inconnu «{NBSP}5th{NBSP}»{NBSP}: écrivez 1, 2, 3 "
            "ou `out`") in lines
    assert (f"search-results.csv:9: relations en commun indiquées pour un résultat au 3e "
            f"degré{NBSP}: seuls les résultats au 2e degré en ont{NBSP}; noms ignorés") in lines
    assert (f"relations en commun non retrouvées par leur nom{NBSP}: Someone Unknown (pas "
            f"parmi vos relations){NBSP}; Thomas Martin (2 de vos relations portent ce nom)"
            ) in lines
    assert_all_french(out, "many", "5th", "Eva Lund")


def test_an_edge_list_with_me_in_french(capsys, french_home):
    code, out, err = run(capsys, "--home", french_home, "import", EMAIL, "--me", "0")
    assert code == 0, err
    assert f"vous{NBSP}: nœud 0" in report_lines(out)
    assert "me : node" not in out.replace(NBSP, " ")
    assert out.splitlines()[0] == f"Importé{NBSP}: email-Eu-core.txt (liste d’arêtes)"


GRAPHML = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="hint" for="node" attr.name="degree_hint" attr.type="string"/>
  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>
  <key id="status" for="edge" attr.name="status" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="a"/><node id="b"/><node id="c"><data key="hint">9th</data></node>
    <node id="d"><data key="hint">me</data></node>
    <edge source="a" target="b"><data key="kind">likes</data></edge>
    <edge source="b" target="a"><data key="kind">follow</data>
      <data key="status">maybe</data></edge>
  </graph>
</graphml>
"""


def test_a_graph_file_s_format_and_bad_nodes_and_edges_in_french(capsys, tmp_path,
                                                                 french_home):
    MISSING.clear()
    path = tmp_path / "network.graphml"
    path.write_text(GRAPHML, encoding="utf-8")
    code, out, err = run(capsys, "--home", french_home, "import", path)
    assert code == 0, err
    assert out.splitlines()[0] == f"Importé{NBSP}: {path} (GraphML)"  # named by its format
    lines = report_lines(out)
    assert (f"network.graphml: nœud «{NBSP}c{NBSP}»{NBSP}: degré inconnu «{NBSP}9th{NBSP}»"
            f"{NBSP}: écrivez 1, 2, 3 ou `out`") in lines
    assert (f"network.graphml: nœud «{NBSP}d{NBSP}»{NBSP}: degree_hint ne peut pas valoir "
            f"«{NBSP}me{NBSP}»") in lines
    assert (f"network.graphml: arête «{NBSP}a{NBSP}»–«{NBSP}b{NBSP}»{NBSP}: le type doit être "
            f"`connection` ou `follow`, pas «{NBSP}likes{NBSP}»") in lines
    assert any(line.startswith("network.graphml: arête ") and "le statut doit être `active` ou "
               f"`unfollowed`, pas «{NBSP}maybe{NBSP}»" in line for line in lines)
    assert_all_french(out, "network.graphml", "degree_hint")


COACH_FILES = {
    "people.csv": "key,first_name,last_name,open_profile,me\n"
                  "me,Alice,Martin,,yes\nbob,Bob,Nguyen,,\n,No,Key,,\nbob,Bob,Twice,,\n"
                  "eve,Eve,Adam,perhaps,\n",
    "connections.csv": "a,b,connected_on\nme,bob,2024-01-01\nme,zed,2024-01-01\n"
                       "bob,bob,2024-01-01\nme,bob,someday\n",
    "follows.csv": "follower,followee,status\nme,bob,maybe\n",
    "interactions.csv": "person,kind,direction,at\nbob,messaged,sideways,2024-01-01\n"
                        "bob,,out,2024-01-01\nbob,messaged,out,\n",
    "invitations.csv": "person,direction,sent_at,status\nbob,out,2024-01-01,lost\n",
}


def test_a_coach_csv_folder_s_bad_rows_in_french(capsys, tmp_path, french_home):
    MISSING.clear()
    folder = tmp_path / "coach-csv"
    folder.mkdir()
    for name, text in COACH_FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "--home", french_home, "import", folder)
    assert code == 0, err
    lines = report_lines(out)
    for line in ("people.csv:4: clé vide",
                 f"people.csv:5: la clé «{NBSP}bob{NBSP}» apparaît deux fois",
                 f"people.csv:6: oui ou non attendu, pas «{NBSP}perhaps{NBSP}»",
                 f"connections.csv:3: clé de personne inconnue «{NBSP}zed{NBSP}» (absente de "
                 "people.csv)",
                 "connections.csv:4: une personne ne peut pas être en relation avec elle-même",
                 f"connections.csv:5: date illisible «{NBSP}someday{NBSP}» (attendu{NBSP}: "
                 "AAAA-MM-JJ ou AAAA-MM-JJTHH:MM)",
                 f"follows.csv:2: le statut doit être `active` ou `unfollowed`, pas "
                 f"«{NBSP}maybe{NBSP}»",
                 f"interactions.csv:2: le sens doit être `out` ou `in`, pas «{NBSP}sideways"
                 f"{NBSP}»",
                 "interactions.csv:3: type vide",
                 "interactions.csv:4: date vide dans la colonne `at`"):
        assert line in lines, (line, lines)
    assert (f"invitations.csv:2: le statut doit être l’un de ceux-ci{NBSP}: `pending`, "
            f"`accepted`, `withdrawn`, `declined`, `ignored`, pas «{NBSP}lost{NBSP}»") in lines
    assert_all_french(out)


def test_a_quote_that_never_closes_in_french(capsys, tmp_path, french_home):
    folder = tmp_path / "export"
    folder.mkdir()
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    rows = [f"P{i},Q,https://www.linkedin.com/in/p{i},,Acme,Eng,09 May 2023\n" for i in range(4)]
    (folder / "Connections.csv").write_text(
        header + rows[0] + 'Broken,"Quote,https://www.linkedin.com/in/b,,Acme,Eng,09 May 2023\n'
        + "".join(rows[1:]), encoding="utf-8")
    code, out, err = run(capsys, "--home", french_home, "import", folder, "--me", "P0 Q")
    assert code == 0, err
    assert (f"Connections.csv:3: un guillemet ouvert ici ne se ferme jamais{NBSP}: les 3 "
            f"lignes suivantes ont été lues dans celle-ci{NBSP}; cette ligne est ignorée et les "
            "suivantes sont relues") in report_lines(out)


def test_pasted_pages_in_french(capsys, french_home):
    MISSING.clear()
    assert run(capsys, "--home", french_home, "import", LINKEDIN / "export-2024")[0] == 0
    code, out, err = run(capsys, "--home", french_home, "paste",
                         PASTED / "search-results-en.txt")
    assert code == 0, err
    lines = out.splitlines()
    assert f"Importé{NBSP}: texte collé (résultats de recherche collés)" in lines
    assert (f"    texte collé:40: un Membre LinkedIn{NBSP}: aucun nom affiché, non importé"
            in lines)
    code, out, err = run(capsys, "--home", french_home, "paste", PASTED / "followers-en.txt")
    assert code == 0, err
    assert f"Importé{NBSP}: texte collé (page des abonnés collée)" in out
    assert re.search(r"\n  abonnés lus +3\n", out)
    assert not MISSING, f"untranslated: {sorted(MISSING)}"
