"""A "Complete" LinkedIn export with every file LinkedIn puts in one (issue 16, item 1):
what coach reads is read, every other file is named as not used (all in ``--json``, the
first ten in the text), and several files of one role are chosen by a stated rule."""

from __future__ import annotations

import io
import json
import os
from contextlib import redirect_stdout
from datetime import datetime

import pytest

from coach.cli.main import main
from coach.importers import import_path
from coach.importers.report import ImportFailure
from coach.store import Store
from tests.importers.complete_export import (
    BINARY,
    COMPLETE_FILES,
    OTHERS,
    READ,
    complete_files,
    write_folder,
    write_zip,
)

CONNECTIONS_2026 = ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                    "Nora,Vidal,https://www.linkedin.com/in/nora-vidal,,Quanto,CTO,02 Nov 2026\n")


def imported(tmp_path, path, name="coach.sqlite3"):
    store = Store(tmp_path / name)
    report = import_path(store, path)
    return report, {p.full_name for p in store.people.all()}, store


def remarks_of(report) -> str:
    return "\n".join(report.remarks)


def test_the_generator_holds_a_complete_archive():
    assert len(COMPLETE_FILES) >= 45
    for name in ("Jobs/Job Applications.csv", "Verifications/Verifications.csv",
                 "Endorsement_Received_Info.csv", "Whatsapp Phone Numbers.csv"):
        assert name in COMPLETE_FILES
    assert any(name.endswith(".html") for name in COMPLETE_FILES)


def test_a_complete_export_reads_its_six_files_and_names_every_other(tmp_path):
    report, people, _ = imported(tmp_path, write_zip(tmp_path / "complete.zip"))
    _, expected, _ = imported(tmp_path, write_folder(tmp_path / "only-read", {
        name: data for name, data in complete_files().items() if name in READ}), "ref.sqlite3")
    assert people == expected and "Léa Dubois" in people
    assert report.counts["connections added"] == 9 and report.counts["notes added"] == 2
    assert sorted(report.files["read"]) == sorted(READ)
    not_used = {item["file"]: item["reason"] for item in report.files["not_used"]}
    assert sorted(not_used) == sorted([*OTHERS, *BINARY])  # HTML, PDF and images too
    assert set(not_used.values()) == {"not used by coach"}
    line = next(r for r in report.remarks if "of the export not used" in r)
    others = len(OTHERS) + len(BINARY)
    assert line.startswith(f"{others} other files of the export not used: Ad_Targeting.csv, ")
    assert line.endswith(f" and {others - 10} more (`coach import --json` lists them all)")
    assert line.count(", ") == 9  # ten names in the text, no flood


def test_the_command_line_lists_every_unused_file_in_json(tmp_path):
    path = write_zip(tmp_path / "complete.zip")
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["--home", str(tmp_path / "home"), "import", str(path), "--json"])
    assert code == 0
    files = json.loads(out.getvalue())["files"]
    assert "Jobs/resume.pdf" in [item["file"] for item in files["not_used"]]
    assert len(files["not_used"]) == len(OTHERS) + len(BINARY)


def test_a_folder_with_sub_folders_is_listed_the_same(tmp_path):
    report, _, _ = imported(tmp_path, write_folder(tmp_path / "export"))
    assert "Articles/Articles/2025-02-02 10:00:00.0-On graphs.html" in [
        item["file"] for item in report.files["not_used"]]
    assert len(report.files["not_used"]) == len(OTHERS) + len(BINARY)


def test_a_guide_messages_file_is_never_taken_for_the_messages(tmp_path):
    files = complete_files()
    del files["messages.csv"]
    report, _, _ = imported(tmp_path, write_zip(tmp_path / "complete.zip", files))
    assert "messages.csv rows read" not in report.counts
    assert "Guide_Messages.csv" not in report.files["read"]


def _two_connections(tmp_path, older: str, newer: str):
    files = complete_files()
    del files["Connections.csv"]
    files[older] = complete_files()["Connections.csv"]
    files[newer] = CONNECTIONS_2026.encode()
    return files


@pytest.mark.parametrize("older, newer", [
    ("Connections.csv", "newer/Connections.csv"),  # the newest wins over the root
    ("a/Connections.csv", "b/Connections.csv"),
    ("Connections.csv", "Connections (1).csv"),  # a renamed copy: its header says it
])
def test_of_two_connections_files_in_a_zip_the_newest_is_read(tmp_path, older, newer):
    files = _two_connections(tmp_path, older, newer)
    dates = {older: (2025, 1, 2, 9, 0, 0), newer: (2026, 11, 20, 9, 30, 0)}
    report, people, _ = imported(tmp_path, write_zip(tmp_path / "two.zip", files, dates=dates))
    assert "Nora Vidal" in people and report.counts["Connections.csv rows read"] == 1
    as_role = " as Connections.csv" if "(1)" in newer else ""
    assert (f"2 files are Connections.csv: read {newer}{as_role} (the newest, 2026-11-20 "
            f"09:30), not {older}") in remarks_of(report)
    assert report.files["read"] == {**report.files["read"], newer: "Connections.csv"}
    assert {"file": older, "reason": f"another Connections.csv was read: {newer}"} \
        in report.files["not_used"]


def test_of_two_connections_files_in_a_folder_the_newest_is_read(tmp_path):
    files = _two_connections(tmp_path, "old/Connections.csv", "Connections (1).csv")
    folder = write_folder(tmp_path / "export", files)
    old, new = datetime(2025, 1, 2, 9).timestamp(), datetime(2026, 11, 20, 9, 30).timestamp()
    os.utime(folder / "old" / "Connections.csv", (old, old))
    os.utime(folder / "Connections (1).csv", (new, new))
    report, people, _ = imported(tmp_path, folder)
    assert "Nora Vidal" in people and report.counts["Connections.csv rows read"] == 1
    assert ("2 files are Connections.csv: read Connections (1).csv as Connections.csv (the "
            "newest, 2026-11-20 09:30), not old/Connections.csv") in remarks_of(report)
    os.utime(folder / "old" / "Connections.csv", (new, new))  # as new: the root one wins
    report, people, _ = imported(tmp_path, folder, "again.sqlite3")
    assert "Nora Vidal" in people and "as new as the others and the nearest the root" \
        in remarks_of(report)


def test_an_unreadable_newest_connections_file_gives_way_to_the_next(tmp_path):
    files = _two_connections(tmp_path, "old/Connections.csv", "new/Connections.csv")
    files["new/Connections.csv"] = b"First Name,Last Name\n\x00\x00binary"
    dates = {"old/Connections.csv": (2025, 1, 2, 9, 0, 0)}
    report, _, _ = imported(tmp_path, write_zip(tmp_path / "two.zip", files, dates=dates))
    assert report.counts["Connections.csv rows read"] == 11
    assert ("skipped new/Connections.csv: a binary file, not CSV text (the other files were "
            "read)") in remarks_of(report)


def test_a_renamed_connections_file_alone_is_read_by_its_header(tmp_path):
    files = complete_files()
    files["Connections (1).csv"] = files.pop("Connections.csv")
    report, _, _ = imported(tmp_path, write_zip(tmp_path / "renamed.zip", files))
    assert report.counts["Connections.csv rows read"] == 11
    assert "read Connections (1).csv as Connections.csv (its header says so)" \
        in remarks_of(report)


def test_no_connections_file_or_none_readable_fails_whole(tmp_path):
    files = complete_files()
    unreadable = {**files, "Connections.csv": b"Vorname,Nachname,Firma\nA,B,C\n"}
    with pytest.raises(ImportFailure, match=(
            r"^Connections.csv:1: no header found; saw columns Vorname, Nachname, Firma; "
            r"needed First Name and Last Name$")):
        imported(tmp_path, write_zip(tmp_path / "bad.zip", unreadable))
    assert Store(tmp_path / "coach.sqlite3").people.count() == 0
    nothing = {name: data for name, data in files.items() if name != "Connections.csv"}
    with pytest.raises(ImportFailure, match=r"none.zip: no Connections.csv in it \(55 "
                       r"files\): not a LinkedIn export, or only part of one"):
        imported(tmp_path, write_zip(tmp_path / "none.zip", nothing))


def test_the_command_line_says_why_in_one_line_with_exit_2(tmp_path, capsys):
    files = {**complete_files(), "Connections.csv": b"Vorname,Nachname\nA,B\n"}
    code = main(["--home", str(tmp_path / "home"), "import",
                 str(write_zip(tmp_path / "bad.zip", files))])
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1
    assert "Connections.csv:1: no header found; saw columns Vorname, Nachname" in err
    assert "(nothing was imported)" in err
