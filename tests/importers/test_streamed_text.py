"""Issue 18: files are read line by line, and read exactly as when they were decoded whole.

Each file here is larger than the head that decides its encoding (1 MiB), so what happens
after the head is what is tested: the table read from the stream (rows, lines, problems,
report remarks) is compared with the table read from the whole text, the way importers
read before."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import pytest

from coach.cli.main import main
from coach.importers import ImportFailure
from coach.importers.edgelist import _read_lines, parse_edge_list
from coach.importers.export_files import decode
from coach.importers.linkedin_csv import read_table
from coach.importers.reading import open_member
from coach.importers.text_file import MAX_LINE, SAMPLE, TextFile, file_text
from coach.store import Store
from coach.workspace import STORE_FILE

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
REQUIRED = ("first name", "last name")


def rows(count: int, first: int = 0, end: str = "\n", sep: str = ",") -> str:
    return "".join(sep.join((f"Ana{n}", f"Lima{n}", f"https://www.linkedin.com/in/ana-{n}",
                             "", "Acme", "Engineer", "01 Jan 2024")) + end
                   for n in range(first, first + count))


def whole(data: bytes, name: str = "Connections.csv"):
    """The table and remarks of the text decoded whole, as importers read before."""
    remarks: list[str] = []
    try:
        table = read_table(decode(data, name, remarks), name, REQUIRED)
    except ImportFailure as failure:
        return str(failure), remarks
    return (table.header, table.header_line, table.written, table.rows, table.problems), remarks


def streamed(path: Path, name: str = "Connections.csv"):
    remarks: list[str] = []
    try:
        table = read_table(file_text(path, name, remarks), name, REQUIRED)
    except ImportFailure as failure:
        return str(failure), remarks
    return (table.header, table.header_line, table.written, table.rows, table.problems), remarks


def _unclosed_quote_past_the_head() -> bytes:
    text = HEADER + "\n" + rows(20_000)
    text += 'Bo,"Chen,https://www.linkedin.com/in/bo,,Acme,Engineer,01 Jan 2024\n'
    return (text + rows(50, 30_000)).encode()


VARIATIONS = {
    "UTF-8, LF": (HEADER + "\n" + rows(30_000)).encode(),
    "UTF-8 with a BOM, CRLF": ("\ufeff" + HEADER + "\r\n" + rows(30_000, end="\r\n")).encode(),
    "old Mac line ends (CR)": (HEADER + "\r" + rows(30_000, end="\r")).encode(),
    "Windows-1252 after the head": (HEADER + "\n" + rows(30_000) + "Hélène,Dupré,,,Crédit,,"
                                    "01 Jan 2024\n" + rows(10, 40_000)).encode("cp1252"),
    "Windows-1252 in the head": (HEADER + "\nHélène,Dupré,,,,,\n" + rows(30_000)
                                 ).encode("cp1252"),
    "UTF-8 everywhere but one byte at the end": (HEADER + "\nLéa,Dubois,,,,,\n"
                                                 + rows(30_000)).encode() + b"\xe9,x,,,,,\n",
    "UTF-16 little-endian": ("\ufeff" + HEADER + "\r\n" + rows(20_000, end="\r\n") +
                             "Zoë,Æsir,,,,,\n").encode("utf-16-le"),
    "UTF-16 big-endian": ("\ufeff" + HEADER + "\n" + rows(20_000) + "Zoë,Æsir,,,,,\n"
                          ).encode("utf-16-be"),
    "UTF-16 cut in the middle of a character": ("\ufeff" + HEADER + "\n" + rows(20_000)
                                                ).encode("utf-16-le") + b"A",
    "semicolons (Excel in French), a preamble": ("Notes:\n\"Exported\"\n\n" + HEADER.replace(
        ",", ";") + "\n" + rows(30_000, sep=";")).encode(),
    "a quote that never closes, after the head": _unclosed_quote_past_the_head(),
    "a message of several lines in a field": (HEADER + "\n" + rows(20_000) + 'Bo,Chen,,,"Acme\n'
                                             'Lyon\nFrance",x,01 Jan 2024\n' + rows(5)).encode(),
    "no header at all": ("city,population\n" + "Lyon,500000\n" * 100_000).encode(),
    "a field longer than the csv limit": (HEADER + "\n" + rows(30_000) + "Bo,Chen,"
                                          + "x" * 140_000 + ",,,,\n").encode(),
}


@pytest.mark.parametrize("name", VARIATIONS)
def test_a_file_streamed_reads_as_when_it_was_decoded_whole(tmp_path, name):
    data = VARIATIONS[name]
    assert len(data) > SAMPLE  # the head does not hold the whole file
    path = tmp_path / "Connections.csv"
    path.write_bytes(data)
    expected = whole(data)
    assert streamed(path) == expected
    if name.startswith("Windows-1252") or "one byte" in name:
        table, remarks = expected
        assert remarks == ["Connections.csv: not UTF-8; read as Windows-1252 (saved by Excel?)"]
    if name == "Windows-1252 after the head":
        assert ["Hélène", "Dupré"] == streamed(path)[0][3][-11][1][:2]


def test_the_head_of_a_file_is_read_once_and_a_later_chunk_reads_it_again(tmp_path):
    """A later chunk that is not UTF-8 reads the file again from the start, once."""
    data = (HEADER + "\n" + rows(30_000)).encode() + b"Ren\xe9,Roy,,,,,\n"
    path = tmp_path / "c.csv"
    path.write_bytes(data)
    opened = []
    remarks: list[str] = []
    source = file_text(path, "c.csv", remarks)
    reopen = source._opener

    def counting():
        opened.append(1)
        return reopen()

    source._opener = counting
    table = read_table(source, "c.csv", REQUIRED)
    assert table.rows[-1][1][:2] == ["René", "Roy"] and len(table.rows) == 30_001
    assert len(opened) == 2 and source.encoding == "cp1252"
    assert remarks == ["c.csv: not UTF-8; read as Windows-1252 (saved by Excel?)"]


def test_a_zip_entry_is_read_as_a_stream_like_the_file(tmp_path):
    data = ("\ufeff" + HEADER + "\r\n" + rows(30_000, end="\r\n")).encode()
    archive_path = tmp_path / "export.zip"
    with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Export/Connections.csv", data)
    with zipfile.ZipFile(archive_path) as archive:
        remarks: list[str] = []
        source = TextFile(lambda: open_member(archive, "Export/Connections.csv",
                                              "Connections.csv"), "Connections.csv", remarks)
        table = read_table(source, "Connections.csv", REQUIRED)
    assert (table.header, table.header_line, table.written, table.rows, table.problems) \
        == whole(data)[0]


def test_a_line_too_long_is_refused_with_its_number(tmp_path, capsys):
    csv_file = tmp_path / "people.csv"
    csv_file.write_text("name,headline\nAna Lima,x\nBo Chen," + "y" * (MAX_LINE + 10) + "\n")
    home = tmp_path / "home"
    assert main(["--home", str(home), "import", str(csv_file)]) == 2
    assert capsys.readouterr().err.strip() == (
        "coach: people.csv:3: a line longer than 1,048,576 characters: not rows of text "
        "(nothing was imported)")


def test_a_file_without_line_ends_is_refused_before_it_is_all_read(tmp_path, capsys):
    csv_file = tmp_path / "people.csv"
    csv_file.write_bytes(b"name," + b"a" * (3 * MAX_LINE))
    assert main(["--home", str(tmp_path / "home"), "import", str(csv_file)]) == 2
    assert "people.csv:1: a line longer than 1,048,576 characters" in capsys.readouterr().err


def test_a_coach_csv_not_utf8_after_the_head_is_refused_with_its_line_and_writes_nothing(
        tmp_path, capsys):
    folder = tmp_path / "coach"
    folder.mkdir()
    people = "key,first_name,last_name\n" + "".join(f"p{n},Ana,Lima{n}\n" for n in range(3))
    (folder / "people.csv").write_text(people, encoding="utf-8")
    edges = "a,b\n" + "p0,p1\n" * 200_000 + "p1,p2\n"
    (folder / "connections.csv").write_bytes(edges.encode() + b"p2,Ren\xe9\n")
    home = tmp_path / "home"
    assert main(["--home", str(home), "import", str(folder), "--format", "csv"]) == 2
    assert capsys.readouterr().err.strip() == (
        "coach: connections.csv:200003: not UTF-8 text (nothing was imported)")
    with Store(home / STORE_FILE) as store:
        assert store.people.count() == 0


def test_an_edge_list_streamed_splits_lines_as_its_whole_text_did(tmp_path):
    text = "# a comment\r\n" + "".join(f"{n} {n + 1}\r\n" for n in range(150_000))
    text += "7 8\x0c9 10\r11 12\n13 14"  # a form feed splits a line for str.splitlines
    path = tmp_path / "edges.txt"
    path.write_bytes(codecs.BOM_UTF8 + text.encode())
    from_stream, report = parse_edge_list(_read_lines(path), "edges.txt")
    from_text, whole_report = parse_edge_list(text, "edges.txt")
    assert from_stream == from_text and len(from_stream) == 150_004
    assert report.counts == whole_report.counts


def test_an_edge_list_not_utf8_after_the_head_says_its_line(tmp_path, capsys):
    path = tmp_path / "edges.txt"
    path.write_bytes("".join(f"{n} {n + 1}\n" for n in range(150_000)).encode() + b"\xff 1\n")
    home = tmp_path / "home"
    assert main(["--home", str(home), "import", str(path), "--format", "edgelist"]) == 2
    assert capsys.readouterr().err.strip() == (
        "coach: edges.txt:150001: not UTF-8 text (nothing was imported)")
