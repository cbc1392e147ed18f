"""Reading LinkedIn files: dates of every era, the header scan, and the fixture quirks."""

from __future__ import annotations

import pytest

from coach.importers import ImportFailure
from coach.importers.linkedin_csv import DateError, parse_linkedin_date, read_table, split_name
from coach.profile_url import normalise_profile_url
from tests.importers.helpers import LINKEDIN


@pytest.mark.parametrize("text, expected", [
    ("09 May 2023", "2023-05-09"),                      # Connections.csv 2021–2026
    ("1/8/18, 6:14 PM", "2018-01-08T18:14:00"),            # Connections.csv 2018
    ("1/24/25, 6:42 AM", "2025-01-24T06:42:00"),           # Invitations.csv
    ("12/1/24, 12:05 AM", "2024-12-01T00:05:00"),          # midnight
    ("3/2/24, 12:30 PM", "2024-03-02T12:30:00"),           # noon
    ("1/8/18, 6:14\u202fPM", "2018-01-08T18:14:00"),       # a narrow no-break space before PM
    ("5-May-23", "2023-05-05"),                         # Excel round trip
    ("12-May-23", "2023-05-12"),
    ("2025-03-07 11:13:51 UTC", "2025-03-07T11:13:51"),  # messages.csv
    ("2023-04-23 13:37:30", "2023-04-23T13:37:30"),     # Member_Follows.csv
    ("2023/04/23 13:37:00 UTC", "2023-04-23T13:37:00"),    # Endorsement_Received_Info.csv
    ("Mon Mar 20 10:56:56 UTC 2023", "2023-03-20T10:56:56"),  # Company Follows.csv
    ("Mar 25 2023 10:15 AM", "2023-03-25T10:15:00"),       # the shared synthetic sample
    ("2026-11-22", "2026-11-22"),
    ("3/25/2023", "2023-03-25"),
])
def test_every_date_shape_of_every_era(text, expected):
    assert parse_linkedin_date(text) == expected


@pytest.mark.parametrize("text", ["someday", "31 Feb 2022", "13/45/22", "09 Mai 2023x", "", "25:00"])
def test_unreadable_dates_say_what_was_expected(text):
    with pytest.raises(DateError) as caught:
        parse_linkedin_date(text)
    assert "\n" not in str(caught.value)


def test_the_header_is_found_after_any_preamble_never_by_a_fixed_count():
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
    row = "Léa,Dubois,https://www.linkedin.com/in/lea,,Pixel,PM,09 May 2023"
    for preamble in ("", "Notes:\n", 'Notes:\n"long, quoted\nnote"\n\n', "x\n\n\n\ny\n"):
        table = read_table(preamble + header + "\n" + row, "Connections.csv",
                           ("first name", "last name"), "a header")
        assert table.header[2] == "url"
        assert table.rows == [(table.header_line + 1, row.split(","))]


def test_line_numbers_follow_multi_line_fields():
    text = 'from,to,date,content\na,b,1/1/24,"two\nlines"\nc,d,1/2/24,one\n'
    table = read_table(text, "messages.csv", ("from", "to", "date"), "a header")
    assert [line for line, _ in table.rows] == [2, 4]


def test_a_file_without_the_header_is_refused_with_what_was_expected():
    with pytest.raises(ImportFailure, match="^Connections.csv:1: no header found; saw columns "
                       "city, population; needed First Name and Last Name .LinkedIn's"):
        read_table("city,population\nLyon,1\n", "Connections.csv", ("first name", "last name"),
                   "LinkedIn's Connections.csv header")


def test_fixtures_keep_their_byte_quirks():
    connections = (LINKEDIN / "export-2024" / "Connections.csv").read_bytes()
    assert connections.startswith(b"Notes:\n") and not connections.endswith(b"\n")
    assert b"\r\n" not in connections and b'"Mary ""Molly"""' in connections
    assert b'"Dupont, MBA"' in connections and b",,,,,,09 May 2023" in connections
    excel = (LINKEDIN / "excel" / "Connections.csv").read_bytes()
    assert excel.startswith(b"\xef\xbb\xbf") and b"\r\n" in excel and b"5-May-23" in excel
    assert b"\r\n" in (LINKEDIN / "export-2024" / "Member_Follows.csv").read_bytes()
    old = (LINKEDIN / "export-2018" / "Connections.csv").read_bytes()
    assert old.startswith(b"First Name,Last Name,Email Address") and b'"1/8/18, 6:14 PM"' in old


def test_raw_unicode_and_percent_encoded_urls_give_one_key():
    raw = normalise_profile_url("https://www.linkedin.com/in/zoé-petit")
    assert raw == normalise_profile_url("https://www.linkedin.com/in/zo%C3%A9-petit")
    assert raw == normalise_profile_url("http://fr.linkedin.com/in/Zo%C3%A9-Petit/?trk=x")


@pytest.mark.parametrize("url", [
    "https://www.linkedin.com/in/Bob-Nguyen/", "https://www.linkedin.com/in/bob?x=1",
    "https://www.linkedin.com/in/l%C3%A9a", "https://www.linkedin.com/in/a#b",
    "https://www.linkedin.com/in/a%2Fb", "https://www.linkedin.com/in/ÉLODIE",
])
def test_the_fast_path_of_normalising_agrees_with_the_full_parse(url):
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    assert normalise_profile_url(url) == f"https://www.linkedin.com{unquote(parts.path).rstrip('/').lower()}"


def test_split_name_keeps_particles_in_the_last_name():
    assert split_name("Jean-Pierre de la Tour") == ("Jean-Pierre", "de la Tour")
    assert split_name("Madonna") == ("Madonna", "")
