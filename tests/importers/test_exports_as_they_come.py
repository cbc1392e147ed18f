"""LinkedIn exports as they come (issue 16, part of item 1): one odd file never blocks the
others, a Complete export's Notes.csv headers are read, two Connections.csv are told apart,
UTF-16 and semicolon-separated files are read — each said in the report."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest

from coach.importers import import_path
from coach.importers.report import ImportFailure
from coach.store import Store
from tests.conftest import FIXTURES

EXPORT = FIXTURES / "linkedin" / "export-2024"


def files_of_export() -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in EXPORT.iterdir() if path.is_file()}


def zipped(tmp_path, files: dict[str, bytes], name: str = "export.zip"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in files.items():
            archive.writestr(member, data)
    return path


def imported(tmp_path, path):
    store = Store(tmp_path / "coach.sqlite3")
    report = import_path(store, path)
    people = {p.full_name for p in store.people.all()}
    notes = store.db.fetchone("SELECT count(*) FROM note")[0]
    return report, people, notes, store


def remarks_of(report) -> str:
    return "\n".join(report.remarks)


def test_an_odd_notes_file_is_skipped_with_its_reason_and_the_rest_imported(tmp_path):
    files = files_of_export()
    files["Notes.csv"] = b"Title,When\nsomething,2026-01-01\n"
    report, people, notes, _ = imported(tmp_path, zipped(tmp_path, files))
    reference, expected_people, _, _ = imported(tmp_path / "ref", EXPORT)
    assert people == expected_people and "Léa Dubois" in people and notes == 0
    assert ("skipped Notes.csv:1: no header found; saw columns Title, When; needed a note "
            "column (Note) and a person column") in remarks_of(report)
    assert "(the other files were read)" in remarks_of(report)


def test_a_complete_export_notes_header_is_read_by_meaning(tmp_path):
    files = files_of_export()
    files["Notes.csv"] = ("Connection First Name,Connection Last Name,Connection Profile URL,"
                          "Note,Created On\nLéa,Dubois,https://www.linkedin.com/in/léa-dubois,"
                          "Atelier discovery en janvier,2026-10-02\n").encode("utf-8")
    report, _, notes, store = imported(tmp_path, zipped(tmp_path, files))
    lea = next(p.id for p in store.people.all() if p.full_name == "Léa Dubois")
    assert [text for _, text in store.notes.of(lea)] == ["Atelier discovery en janvier"]
    assert "skipped" not in remarks_of(report)


def test_a_broken_connections_file_still_refuses_the_whole_export(tmp_path):
    files = files_of_export()
    files["Connections.csv"] = b"Who,What\nx,y\n"
    with pytest.raises(ImportFailure, match="Connections.csv"):
        imported(tmp_path, zipped(tmp_path, files))
    with Store(tmp_path / "coach.sqlite3") as store:
        assert store.people.count() == 0  # nothing was written


def test_two_connections_files_the_one_at_the_root_is_read_and_the_report_says_so(tmp_path):
    files = files_of_export()
    deeper = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" \
             "Ghost,Person,https://www.linkedin.com/in/ghost,,X,Y,01 Jan 2024\n"
    archive = {**files, "old/Connections.csv": deeper.encode("utf-8")}
    report, people, _, _ = imported(tmp_path, zipped(tmp_path, archive))
    assert "Ghost Person" not in people and "Léa Dubois" in people
    assert ("2 files are Connections.csv: read Connections.csv (as new as the others and the "
            "nearest the root), not old/Connections.csv") in remarks_of(report)


@pytest.mark.parametrize("variant", ["utf-16", "semicolons", "tabs", "utf-16 semicolons"])
def test_utf16_and_other_separators_are_read_as_the_original(tmp_path, variant):
    text = (EXPORT / "Connections.csv").read_text(encoding="utf-8")
    _, expected_people, _, _ = imported(tmp_path / "ref", EXPORT / "Connections.csv")
    lines = text.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("First Name,"))
    if "semicolons" in variant or "tabs" in variant:
        separator = ";" if "semicolons" in variant else "\t"
        out = io.StringIO()
        csv.writer(out, delimiter=separator, lineterminator="\n").writerows(
            csv.reader(io.StringIO("\n".join(lines[header:]) + "\n")))
        lines = lines[:header] + out.getvalue().splitlines()
    changed = "\n".join(lines) + "\n"
    data = changed.encode("utf-16") if "utf-16" in variant else changed.encode("utf-8")
    path = tmp_path / "Connections.csv"
    path.write_bytes(data)
    report, people, _, _ = imported(tmp_path, path)
    assert people == expected_people
    if "utf-16" in variant:
        assert "Connections.csv: read as UTF-16" in remarks_of(report)


def test_a_newer_export_says_what_changed_since_the_last_import(tmp_path, monkeypatch):
    files = files_of_export()
    text = files["Connections.csv"].decode("utf-8")
    thomas = next(line for line in text.splitlines() if line.startswith("Thomas,Martin"))
    newer = text.replace(thomas + "\n", "").replace("Pixel,Head of Product",
                                                    "Parcelle,VP Product")
    store = Store(tmp_path / "coach.sqlite3")
    import_path(store, EXPORT)
    monkeypatch.setenv("COACH_TODAY", "2026-11-30")
    report = import_path(store, zipped(tmp_path, {**files,
                                                  "Connections.csv": newer.encode("utf-8")}))
    assert report.counts["connections no longer in this export (kept)"] == 1
    assert report.counts["people whose company or position changed"] == 1
    assert "no longer in this export, kept: Thomas Martin" in remarks_of(report)
    assert "new jobs: Léa Dubois (Pixel → Parcelle)" in remarks_of(report)
    again = import_path(store, zipped(tmp_path, {**files, "Connections.csv":
                                                 newer.encode("utf-8")}, "again.zip"))
    assert "people whose company or position changed" not in again.counts  # said once
    thomas_id = next(p.id for p in store.people.all() if p.full_name == "Thomas Martin"
                     and store.connections.exists(store.me, p.id))
    assert store.connections.exists(store.me, thomas_id)  # kept
