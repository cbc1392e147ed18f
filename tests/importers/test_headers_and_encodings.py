"""Headers matched by meaning (synonyms, French, spelling), an unknown header named with
the columns seen and needed, and the encodings spreadsheets save in (issue 16, item 1)."""

from __future__ import annotations

import pytest

from coach.importers import import_path
from coach.importers.linkedin import is_linkedin_export, sniff_role
from coach.importers.report import ImportFailure
from coach.store import Store
from tests.importers.complete_export import complete_files, write_folder

ROWS = [("Léa", "Dubois", "https://www.linkedin.com/in/lea-dubois", "", "Pixel", "Designer",
         "09 May 2023"),
        ("Hugo", "Lefèvre", "https://www.linkedin.com/in/hugo-lefevre", "h@example.org",
         "Café € Co", "CTO", "10 May 2023")]
EXPECTED = {("Léa Dubois", "Pixel", "Designer", "2023-05-09"),
            ("Hugo Lefèvre", "Café € Co", "CTO", "2023-05-10")}


def connections(tmp_path, header: str, separator: str = ",", encoding: str = "utf-8",
                rows=ROWS, name: str = "Connections.csv"):
    """Import a Connections.csv with this header; (people seen from me, report)."""
    lines = [separator.join(header.split(",")), *(separator.join(row) for row in rows)]
    path = tmp_path / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    store = Store(tmp_path / "coach.sqlite3")
    report = import_path(store, path)
    dates = dict(store.connections.dates_of(store.me))
    seen = {(p.full_name, p.company, p.position, dates.get(p.id)) for p in store.people.all()
            if p.id in dates}
    return seen, report


@pytest.mark.parametrize("header", [
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    "first_name,LAST_NAME,url,email address,company,position,connected_on",
    "FirstName,LastName,ProfileUrl,Email,Company,Title,ConnectedOn",
    "Firstname,Surname,LinkedIn URL,E-mail,Organization,Job title,Connection date",
    "Given name,Family name,Profile Link,E-mail address,Organisation,Job Title,Connected",
    ("Connection First Name,Connection Last Name,Connection Profile URL,Email,Company,"
    "Position,Connected At"),
    "Prénom,Nom,URL du profil,Adresse e-mail,Entreprise,Poste,Date de connexion",
    ("Prénom,Nom de famille,Lien du profil,Courriel,Société,Intitulé du poste,"
    "Relation établie le"),
])
def test_connections_headers_are_matched_by_meaning(tmp_path, header):
    seen, report = connections(tmp_path, header)
    assert seen == EXPECTED
    assert report.skipped == []


def test_extra_columns_are_ignored_and_missing_optional_ones_are_fine(tmp_path):
    rows = [("x", first, last, on, "?") for first, last, _, _, _, _, on in ROWS]
    seen, _ = connections(tmp_path, "Tag,Prénom,Nom,Date de connexion,Other", ";", rows=rows)
    assert {(name, on) for name, _, _, on in seen} == {
        ("Léa Dubois", "2023-05-09"), ("Hugo Lefèvre", "2023-05-10")}


def test_a_renamed_file_is_told_by_the_same_synonyms():
    assert sniff_role("Prénom;Nom;Entreprise;Date de connexion\n") == "connections.csv"
    assert sniff_role("Firstname,Surname,Connection date\n") == "connections.csv"
    assert sniff_role("From,To,Date,Subject,Content,Direction,Folder\n") == "messages.csv"
    assert sniff_role("From,To,Sent At,Message,Direction\n") == "invitations.csv"
    assert sniff_role("Vorname,Nachname,Verbunden am\n") is None


def test_a_renamed_french_connections_file_is_an_export(tmp_path):
    path = tmp_path / "mes relations.csv"
    path.write_text("Prénom;Nom;Date de connexion\nLéa;Dubois;09 May 2023\n", encoding="utf-8")
    assert is_linkedin_export(path)


def test_an_unknown_header_names_what_it_saw_and_what_it_needed(tmp_path):
    header = "Vorname,Nachname,URL,E-Mail-Adresse,Unternehmen,Position,Verbunden am,A,B,C"
    with pytest.raises(ImportFailure, match="^Connections.csv:1: no header found; saw columns "
                       "Vorname, Nachname, URL, E-Mail-Adresse, Unternehmen, Position, "
                       "Verbunden am, A, …; needed First Name and Last Name$"):
        connections(tmp_path, header, rows=[])
    folder = write_folder(tmp_path / "export", {
        "Connections.csv": (header + "\nA,B,https://www.linkedin.com/in/a,,,,,,,\n").encode()})
    with pytest.raises(ImportFailure, match=(
            "^Connections.csv:1: no header found; saw columns Vorname, Nachname, URL, "
            "E-Mail-Adresse, Unternehmen, Position, Verbunden am, A, …; needed First Name "
            "and Last Name$")):
        import_path(Store(tmp_path / "other.sqlite3"), folder)


def test_an_unknown_header_in_a_non_essential_file_is_its_skip_reason(tmp_path):
    files = complete_files()
    files["Invitations.csv"] = b"Absender;Empfaenger;Gesendet\nA;B;C\n"
    report = import_path(Store(tmp_path / "coach.sqlite3"), write_folder(tmp_path / "x", files))
    reason = ("Invitations.csv:1: no header found; saw columns Absender, Empfaenger, Gesendet; "
              "needed From, To and Direction")
    assert f"skipped {reason} (the other files were read)" in report.remarks
    assert {"file": "Invitations.csv", "reason": f"skipped: {reason}"} \
        in report.files["not_used"]
    assert report.counts["connections added"] == 9


CP1252 = "First Name,Last Name,Company,Position,Connected On\r\n" \
         "Léa,Dubois,Café € Co,Designer’s lead,09 May 2023\r\n"


@pytest.mark.parametrize("encoding, data, remark", [
    ("windows-1252", CP1252.encode("cp1252"),
     "Connections.csv: not UTF-8; read as Windows-1252 (saved by Excel?)"),
    ("utf-16 le", CP1252.encode("utf-16"),  # Python writes the BOM in the machine's order
     "Connections.csv: read as UTF-16 (little-endian; saved by a spreadsheet program?)"),
    ("utf-16 be", b"\xfe\xff" + CP1252.encode("utf-16-be"),
     "Connections.csv: read as UTF-16 (big-endian; saved by a spreadsheet program?)"),
    ("utf-8 bom", b"\xef\xbb\xbf" + CP1252.encode("utf-8"), None),
])
def test_connections_in_every_encoding_read_the_same(tmp_path, encoding, data, remark):
    assert b"\x80" in data or "utf" in encoding  # the € of Windows-1252 is byte 0x80
    files = {**complete_files(), "Connections.csv": data}
    store = Store(tmp_path / "coach.sqlite3")
    report = import_path(store, write_folder(tmp_path / "export", files))
    lea = next(p for p in store.people.all() if p.full_name == "Léa Dubois"
               and store.connections.exists(store.me, p.id))
    assert (lea.company, lea.position) == ("Café € Co", "Designer’s lead")
    if remark:
        assert remark in report.remarks
    else:
        assert not [r for r in report.remarks if "read as" in r]


@pytest.mark.parametrize("codec, bom", [("cp1252", b""), ("utf-16-le", b"\xff\xfe"),
                                        ("utf-16-be", b"\xfe\xff"), ("utf-8", b"\xef\xbb\xbf")])
def test_a_non_essential_file_in_every_encoding_is_read(tmp_path, codec, bom):
    notes = ("Connection First Name,Connection Last Name,Connection Profile URL,Note,"
             "Created On\r\nLéa,Dubois,https://www.linkedin.com/in/l%C3%A9a-dubois,"
             "Café à 5 € — l’atelier,2026-10-02\r\n")
    files = {**complete_files(), "Notes.csv": bom + notes.encode(codec)}
    store = Store(tmp_path / "coach.sqlite3")
    report = import_path(store, write_folder(tmp_path / "export", files))
    texts = [text for person in store.people.all() for _, text in store.notes.of(person.id)]
    assert "Café à 5 € — l’atelier" in texts
    said = [r for r in report.remarks if r.startswith("Notes.csv: ")]
    assert len(said) == (0 if codec == "utf-8" else 1)
