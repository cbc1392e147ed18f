"""A re-import says what changed since the last one (issue 16, item 5): connections added
and no longer listed (kept), and people whose company or position changed — for my export
and for a teammate's (``coach import --teammate NAME``)."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout

from coach.cli.main import main
from coach.importers import import_path
from coach.store import Store
from coach.wording import MISSING
from tests.importers.complete_export import COMPLETE_FILES, complete_files, write_zip
from tests.importers.helpers import LINKEDIN
from tests.project.test_french_output import problems_in

CARLA = LINKEDIN / "teammate-carla"


def carla_later(tmp_path):
    """Carla's next export: Karim gone, Nora new, Nadia's job changed."""
    folder = tmp_path / "carla-later"
    folder.mkdir()
    text = (CARLA / "Connections.csv").read_text(encoding="utf-8")
    karim = next(line for line in text.splitlines() if line.startswith("Karim,"))
    text = text.replace(karim, "Nora,Vidal,https://www.linkedin.com/in/nora-vidal,,Quanto,CTO,"
                               "02 Nov 2026").replace("Lumen,VP Marketing", "Quanto,CMO")
    (folder / "Connections.csv").write_text(text, encoding="utf-8")
    (folder / "Profile.csv").write_bytes((CARLA / "Profile.csv").read_bytes())
    return folder


def run(home, *argv):
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["--home", str(home), *argv])
    return code, out.getvalue()


def test_a_teammates_reimport_reports_added_removed_and_new_jobs(tmp_path):
    store = Store(tmp_path / "coach.sqlite3")
    import_path(store, LINKEDIN / "export-2024")
    first = import_path(store, CARLA, teammate="Carla Rossi")
    assert not [r for r in first.remarks if r.startswith(("new connections", "no longer"))]
    report = import_path(store, carla_later(tmp_path), teammate="Carla Rossi")
    assert report.counts["connections added"] == 1
    assert report.counts["connections no longer in this export (kept)"] == 1
    assert report.counts["people whose company or position changed"] == 1
    assert "new connections since the last import: Nora Vidal" in report.remarks
    assert "no longer in this export, kept: Karim Saidi" in report.remarks
    assert "new jobs: Nadia Benali (Lumen → Quanto)" in report.remarks
    carla = next(p.id for p in store.people.all() if p.full_name == "Carla Rossi")
    karim = next(p.id for p in store.people.all() if p.full_name == "Karim Saidi")
    assert store.connections.exists(carla, karim)  # kept, not deleted
    nadia = next(p.id for p in store.people.all() if p.full_name == "Nadia Benali")
    assert [(c.old_company, c.new_company) for c in store.job_changes.of(nadia)] \
        == [("Lumen", "Quanto")]


def test_my_reimport_names_the_new_connections_on_the_command_line(tmp_path):
    home = tmp_path / "home"
    assert run(home, "import", str(LINKEDIN / "export-2024"))[0] == 0
    code, out = run(home, "import", str(LINKEDIN / "export-2025"), "--json")
    data = json.loads(out)
    assert code == 0 and data["counts"]["connections added"] == 1
    assert [r for r in data["remarks"] if r.startswith("new connections since the last import: ")]
    code, again = run(home, "import", str(LINKEDIN / "export-2025"))
    assert code == 0 and "new connections since" not in again  # said once


def test_the_report_of_an_export_speaks_french(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    files = complete_files()
    files["Connections (1).csv"] = files["Connections.csv"].decode().replace(
        "Léa", "Lea").encode("cp1252", errors="replace")
    files["Invitations.csv"] = b"Absender;Empfaenger\nA;B\n"
    files["Notes.csv"] = "Note;Nom\nx;y\n".encode("utf-16")
    dates = {"Connections.csv": (2025, 1, 1, 0, 0, 0)}
    MISSING.clear()
    code, out = run(home, "import", str(write_zip(tmp_path / "export.zip", files, dates=dates)))
    assert code == 0
    assert ("2 fichiers tiennent le rôle de Connections.csv\u00a0: lu Connections (1).csv "
            "comme Connections.csv (le plus récent, 2026-11-20 09:30), écarté Connections.csv"
            ) in out
    assert "Connections (1).csv\u00a0: pas en UTF-8\u00a0; lu en Windows-1252" in out
    assert "Notes.csv\u00a0: lu en UTF-16 (LE\u00a0; enregistré par un tableur\u00a0?)" in out
    assert ("laissé de côté\u00a0: Invitations.csv:1\u00a0: aucun en-tête trouvé\u00a0; "
            "colonnes vues\u00a0: Absender, Empfaenger\u00a0; attendu\u00a0: From, To et "
            "Direction (les autres fichiers ont été lus)") in out
    assert "autres fichiers de l’export non utilisés\u00a0: Ad_Targeting.csv, " in out
    assert " de plus (`coach import --json` les liste tous)" in out
    data = sorted({*COMPLETE_FILES, "Connections (1).csv", "Absender", "Empfaenger",
                   "From, To", "Direction", "Note", "First Name", "Last Name"}, key=len,
                  reverse=True)
    lines = [line for line in out.splitlines() if line.lstrip().startswith(  # the lines said here
        ("Connections (1).csv", "2 fichiers", "laissé de côté", "Notes.csv", "50 autres"))]
    assert len(lines) == 6
    assert problems_in("\n".join(lines), data) == []
    assert not MISSING, sorted(MISSING)


def test_a_connection_no_longer_listed_is_kept_dated_and_the_coach_says_to_look(tmp_path):
    """My next export no longer lists Ana: she stays a connection, the day it was noticed is
    kept, the advice says to look at her profile before writing; listed again, it is gone."""
    home = tmp_path / "home"
    full = LINKEDIN / "export-2025"
    later = tmp_path / "later"
    later.mkdir()
    text = (full / "Connections.csv").read_text(encoding="utf-8")
    ana = next(line for line in text.splitlines() if line.startswith("Ana,"))
    (later / "Connections.csv").write_text(text.replace(ana, ""), encoding="utf-8")
    assert run(home, "import", str(full))[0] == 0
    code, out = run(home, "import", str(later))
    assert code == 0 and "no longer in this export, kept: Ana Lima" in out
    with Store(home / "coach.sqlite3") as store:
        ana_id = store.people.by_url("https://www.linkedin.com/in/ana-lima").id
        assert store.connections.unlisted_of(store.me) == {ana_id: "2026-11-22"}
    assert run(home, "export", str(tmp_path / "saved"))[0] == 0  # the date travels in CSV
    assert run(tmp_path / "copy", "import", str(tmp_path / "saved"))[0] == 0
    with Store(tmp_path / "copy" / "coach.sqlite3") as copy:
        assert list(copy.connections.unlisted_of(copy.me).values()) == ["2026-11-22"]
    code, out = run(home, "advise", "Ana Lima", "--json")
    advice = json.loads(out)["advice"]
    assert advice[0]["rule"] == "connection-unlisted", advice[0]
    assert "no longer lists Ana: they may have left LinkedIn" in advice[0]["text"]
    assert run(home, "import", str(full))[0] == 0  # listed again
    with Store(home / "coach.sqlite3") as store:
        assert store.connections.unlisted_of(store.me) == {}
