"""Any CSV of people (issue 16, item 4): exports of other tools and spreadsheets, mapped by
the meaning of their columns, into a real store."""

from __future__ import annotations

import pytest

from coach.graph.loading import load_network
from coach.graph.paths import introduction_paths
from coach.importers import ImportFailure, detect_format, import_path
from coach.importers.linkedin import import_linkedin
from coach.importers.people_columns import column_key, map_columns
from coach.model import Degree
from tests.importers.helpers import LINKEDIN, dump, person

IN = "https://www.linkedin.com/in/"


@pytest.fixture
def mine(store):
    import_linkedin(store, LINKEDIN / "export-2024")
    return store


def write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


TOOLS = {
    "waalaxy.csv": (
        ("firstName,lastName,occupation,companyName,jobTitle,location,linkedinUrl,email,"
         "connectionDegree,tags\n"
         f"Ana,Silva,Growth at Nova,Nova,Head of Growth,Lisbon,{IN}ana-silva,ana@nova.io,2nd,lead\n"),
        {"firstName": "first_name", "lastName": "last_name", "occupation": "headline",
         "companyName": "company", "jobTitle": "position", "location": "location",
         "linkedinUrl": "profile_url", "email": "email", "connectionDegree": "degree",
         "tags": "tags"}),
    "phantombuster.csv": (
        ("profileUrl,fullName,firstName,lastName,title,companyName,location,followers,"
         "sharedConnections,query,timestamp\n"
         f"{IN}ana-silva,Ana Silva,Ana,Silva,Head of Growth,Nova,Lisbon,1200,4,growth,"
         "2026-11-20T10:00:00Z\n"),
        {"profileUrl": "profile_url", "fullName": "name", "firstName": "first_name",
         "lastName": "last_name", "title": "position", "companyName": "company",
         "location": "location", "sharedConnections": "mutual_connections"}),
    "lemlist.csv": (
        ("email,firstName,lastName,companyName,jobTitle,linkedinUrl,phone,icebreaker\n"
         f"ana@nova.io,Ana,Silva,Nova,Head of Growth,{IN}ana-silva/,+351,Hi\n"),
        {"email": "email", "firstName": "first_name", "lastName": "last_name",
         "companyName": "company", "jobTitle": "position", "linkedinUrl": "profile_url"}),
    "dux-soup.csv": (
        ("VisitTime,Profile,Degree,First Name,Last Name,Title,Company,Location,Email\n"
         f"2026-11-20,{IN}ana-silva,2,Ana,Silva,Head of Growth,Nova,Lisbon,ana@nova.io\n"),
        {"Profile": "profile_url", "Degree": "degree", "First Name": "first_name",
         "Last Name": "last_name", "Title": "position", "Company": "company",
         "Location": "location", "Email": "email"}),
    "hubspot.csv": (
        ("Record ID,First Name,Last Name,Email,Company Name,Job Title,City,LinkedIn Profile URL,"
         "Contact owner\n"
         f"123,Ana,Silva,ana@nova.io,Nova,Head of Growth,Lisbon,{IN}ana-silva,Me\n"),
        {"First Name": "first_name", "Last Name": "last_name", "Email": "email",
         "Company Name": "company", "Job Title": "position", "City": "location",
         "LinkedIn Profile URL": "profile_url"}),
    "salesforce.csv": (
        ("First_Name,Last_Name,Title,Account_Name,Email,Mailing_City,LinkedIn_Profile\n"
         f"Ana,Silva,Head of Growth,Nova,ana@nova.io,Lisbon,{IN}ana-silva\n"),
        {"First_Name": "first_name", "Last_Name": "last_name", "Title": "position",
         "Account_Name": "company", "Email": "email", "Mailing_City": "location",
         "LinkedIn_Profile": "profile_url"}),
    "tableur.csv": (
        ("Prénom,Nom,Société,Poste,Ville,Lien LinkedIn,Degré,Relations en commun,Notes\n"
         f"Ana,Silva,Nova,Head of Growth,Lisbon,{IN}ana-silva,2e,4,Vue au salon\n"),
        {"Prénom": "first_name", "Nom": "last_name", "Société": "company", "Poste": "position",
         "Ville": "location", "Lien LinkedIn": "profile_url", "Degré": "degree",
         "Relations en commun": "mutual_connections", "Notes": "note"}),
}


@pytest.mark.parametrize("name", sorted(TOOLS))
def test_exports_of_other_tools_are_mapped_by_meaning(mine, tmp_path, name):
    text, expected = TOOLS[name]
    path = write(tmp_path, name, text)
    assert detect_format(path) == "people"
    report = import_path(mine, path)
    assert dict(report.mapping.columns) == expected
    assert report.counts["people added"] == 1 and not report.skipped
    ana = person(mine, IN + "ana-silva")
    assert (ana.first_name, ana.last_name, ana.company) == ("Ana", "Silva", "Nova")
    assert ana.position == "Head of Growth"


@pytest.mark.parametrize("header, key", [
    ("firstName", "first name"), ("linkedinProfileURL", "linkedin profile url"),
    ("FIRST_NAME", "first name"), (" Prénom ", "prenom"), ("\ufeffE-mail", "e mail"),
    ("Société", "societe"), ("Nom d'utilisateur", "nom d utilisateur"),
])
def test_column_keys_ignore_case_accents_and_camel_case(header, key):
    assert column_key(header) == key


def test_the_columns_not_used_are_listed_with_their_reason():
    mapping = map_columns(["name", "followers", "Phone", "city", "country", "url"], [])
    assert mapping.columns == [("name", "name"), ("city", "location"), ("url", "profile_url")]
    assert dict(mapping.unused) == {
        "followers": "a follower count: coach keeps who follows you (follows_me), not how "
                     "many follow someone",
        "Phone": "no field known by this name",
        "country": "location taken from city"}


def test_shared_connections_are_a_count_or_names_by_what_the_cells_hold():
    counts = map_columns(["name", "sharedConnections"], [["A", "3"], ["B", ""], ["C", "1,204"]])
    names = map_columns(["name", "shared connections"], [["A", "Bob Nguyen; Léa Dubois"]])
    assert counts.columns[1] == ("sharedConnections", "mutual_connections")
    assert names.columns[1] == ("shared connections", "shared_connections")


def test_degrees_follows_tags_notes_and_shared_connections(mine, tmp_path):
    path = write(tmp_path, "leads.csv",
                 "Full Name,LinkedIn URL,Degree,Mutual Connections,Shared Connection Names,"
                 "Follows Me,Tags,Note\n"
                 f"Nadia Benali,{IN}nadia-benali,2nd,3,Bob Nguyen; Léa Dubois,yes,"
                 "lead; fintech,Met at the meetup\n"
                 f"Yann Kerouac,{IN}yann-kerouac,3rd,0,,no,,\n"
                 "Omar Haddad,,,,,oui,client,\n"
                 f"Iris V.,{IN}iris-v,Out of network,0,,,,\n")
    report = import_path(mine, path)
    store = mine
    nadia = person(store, IN + "nadia-benali")
    hint = store.hints.get(nadia.id)
    assert (hint.degree, hint.mutual_connections, hint.source) == (Degree.SECOND, 3, "people csv")
    assert store.follows.status(nadia.id, store.me) == "active"
    assert store.tags.of(nadia.id) == ["fintech", "lead"]
    assert [text for _, text in store.notes.of(nadia.id)] == ["Met at the meetup"]
    bob, lea = person(store, IN + "bob-nguyen"), person(store, IN + "léa-dubois")
    paths = introduction_paths(load_network(store), nadia.id)
    assert sorted(p.intermediaries[0] for p in paths) == sorted([bob.id, lea.id])
    yann = person(store, IN + "yann-kerouac")
    assert store.hints.get(yann.id).degree is Degree.THIRD and yann.full_name_visible
    omar = store.people.by_ref("people:omar haddad")
    assert store.hints.get(omar.id) is None  # no degree: just a person
    assert store.follows.status(omar.id, store.me) == "active"
    assert store.hints.get(person(store, IN + "iris-v").id).degree is Degree.OUT_OF_NETWORK
    assert (report.counts["degree hints recorded"], report.counts["follows added"],
            report.counts["tags added"], report.counts["notes added"],
            report.counts["shared connections added"]) == (3, 2, 3, 1, 2)
    before = dump(store)
    again = import_path(mine, path)
    assert dump(store) == before  # idempotent: the same file adds nothing
    assert (again.counts["people added"], again.counts["follows added"],
            again.counts["tags added"], again.counts["notes added"]) == (0, 0, 0, 0)


def test_rows_without_a_name_or_url_and_unreadable_cells_are_skipped_with_their_line(
        mine, tmp_path):
    path = write(tmp_path, "messy.csv",
                 "first name,last name,profile url,degree,follows me,mutual connections\n"
                 "Ana,Silva,,2nd,,\n"
                 ",,,2nd,,\n"
                 "Bo,Ek,,5th,,\n"
                 "Cy,Lu,,,maybe,\n"
                 "Di,Ro,https://example.com/di,,,\n"
                 "Ed,Wu,,,,lots\n"
                 "Thomas,Martin,,,,\n"
                 "Fay,Ng,,,,\n")
    report = import_path(mine, path)
    assert {row.line: row.reason for row in report.skipped} == {
        3: "no name and no profile URL",
        4: "unknown degree '5th': use 1, 2, 3 or out",
        5: "follows_me must be yes or no, got 'maybe'",
        6: "not a LinkedIn profile URL: 'https://example.com/di'",
        7: "mutual_connections must be a whole number, got 'lots'",
        8: "2 people are named 'Thomas Martin': add the profile_url"}
    assert str(report.skipped[0]) == "messy.csv:3: no name and no profile URL"
    assert report.counts["people added"] == 2  # Ana and Fay; the rest is reported
    assert mine.people.by_ref("people:fay ng").full_name == "Fay Ng"


def test_semicolons_in_windows_1252_and_tabs_in_utf16(mine, tmp_path):
    french = write(tmp_path, "excel-fr.csv",
                   "Prénom;Nom;Entreprise;Poste;Localisation;URL\r\n"
                   f"Zoé;Lefèvre;Société Générale;Chargée d'affaires;Île-de-France;{IN}zoe-l\r\n",
                   "cp1252")
    tabs = write(tmp_path, "sheet.csv",
                 "\ufeffFull name\tTitle\tCompany\tLinkedIn\n"
                 f"Łukasz Kowalski\tCTO\tHelix\t{IN}lukasz-k\n", "utf-16-le")
    tabs.write_bytes(b"\xff\xfe" + tabs.read_bytes()[2:])  # a BOM, as spreadsheets write
    for path in (french, tabs):
        assert detect_format(path) == "people"
    report = import_path(mine, french)
    zoe = person(mine, IN + "zoe-l")
    assert (zoe.full_name, zoe.company, zoe.location) == (
        "Zoé Lefèvre", "Société Générale", "Île-de-France")
    assert any("Windows-1252" in remark for remark in report.remarks)
    report = import_path(mine, tabs)
    lukasz = person(mine, IN + "lukasz-k")
    assert (lukasz.first_name, lukasz.last_name, lukasz.position) == ("Łukasz", "Kowalski", "CTO")
    assert any("UTF-16" in remark for remark in report.remarks)


def test_a_mapping_given_by_hand_wins_and_its_mistakes_are_refused(mine, tmp_path):
    path = write(tmp_path, "crm.csv", f"Who,Where,Profil public\nAna Silva,Nova,{IN}ana-silva\n")
    with pytest.raises(ImportFailure, match=r"no column gives a name or a LinkedIn profile URL "
                                            r"\(columns seen: Who, Where, Profil public\)"):
        import_path(mine, path)  # not recognised: the message says what a CSV of people needs
    with pytest.raises(ImportFailure, match=r"crm.csv: no column gives a name or a LinkedIn "
                                            r"profile URL .*needed: a full name"):
        import_path(mine, path, "people")
    before = dump(mine)
    with pytest.raises(ImportFailure, match="--map names a column the file lacks: 'Whom'; "
                                            "its columns: Who, Where, Profil public"):
        import_path(mine, path, mapping=(("Whom", "name"),))
    with pytest.raises(ImportFailure, match="unknown field 'employer'"):
        import_path(mine, path, mapping=(("Where", "employer"),))
    assert dump(mine) == before
    report = import_path(mine, path, mapping=(("who", "name"), ("Where", "company"),
                                              ("Profil public", "profile_url")))
    assert report.format == "people csv"
    assert report.mapping.columns == [("Who", "name"), ("Where", "company"),
                                      ("Profil public", "profile_url")]
    assert person(mine, IN + "ana-silva").company == "Nova"


def test_without_me_people_are_kept_and_degrees_wait(store, tmp_path):
    path = write(tmp_path, "first.csv",
                 f"fullName,linkedinUrl,connectionDegree\nAna Silva,{IN}ana-silva,2nd\n")
    report = import_path(store, path)
    assert store.people.count() == 1 and store.hints.all() == []
    assert report.counts["rows whose degree or follow waits for 'me'"] == 1
    assert any(remark.startswith("no 'me' in this workspace yet") for remark in report.remarks)


def test_the_search_results_format_is_one_such_mapping(mine):
    path = LINKEDIN / "search-results.csv"
    assert detect_format(path) == "search"
    report = import_path(mine, path)
    assert report.format == "search results"
    assert dict(report.mapping.columns) == {
        "name": "name", "profile_url": "profile_url", "degree": "degree",
        "mutual_connections": "mutual_connections", "shared_connections": "shared_connections",
        "headline": "headline", "observed_on": "observed_on"}
