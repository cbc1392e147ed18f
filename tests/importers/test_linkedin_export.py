"""LinkedIn exports of every era into real stores: what is taken, what is reported, idempotency."""

from __future__ import annotations

import shutil
import zipfile

import pytest

from coach.importers import ImportFailure, detect_format, import_path
from coach.importers.linkedin import import_linkedin
from coach.model import Degree
from tests.conftest import dataset
from tests.importers.helpers import LINKEDIN, dump, person, view

IN = "https://www.linkedin.com/in/"


@pytest.fixture
def imported(store):
    """The store after importing the 2024 export, with its report."""
    return store, import_linkedin(store, LINKEDIN / "export-2024")


def _zip(folder, target, inner="Complete_LinkedInDataExport_11-20-2026"):
    with zipfile.ZipFile(target, "w") as archive:
        for file in sorted(folder.iterdir()):
            archive.write(file, f"{inner}/{file.name}")
    return target


def test_the_2024_export_people_connections_and_report(imported):
    store, report = imported
    counts = report.counts
    assert counts["Connections.csv rows read"] == 11
    assert counts["hidden members (rows blank but the date)"] == 2
    assert counts["connections added"] == 9
    me = store.people.get(store.me)
    assert (me.first_name, me.last_name, me.profile_url) == ("Camille", "Laurent", IN + "camille-laurent")
    assert me.location == "Lyon, Auvergne-Rhône-Alpes, France"
    assert "you: Camille Laurent (from Profile.csv)" in report.remarks
    assert any("2 rows of Connections.csv with only a date" in r for r in report.remarks)
    assert all(p.first_name or p.last_name or p.profile_url for p in store.people.all())
    assert store.people.count() == 13  # hidden rows made nobody
    jean = person(store, IN + "jean-dupont-mba")
    assert (jean.first_name, jean.last_name, jean.email) == ("Jean", "Dupont, MBA", "jean.dupont@example.com")
    mary = person(store, IN + "mary-obrien")
    assert (mary.first_name, mary.company, mary.position) == ('Mary "Molly"', "Orbiteo", "Designer")
    assert person(store, IN + "sami-haddad").first_name == "Sami 🚀"
    assert dict(store.connections.dates_of(store.me))[person(store, IN + "bob-nguyen").id] == "2022-01-21"


def test_same_name_people_stay_apart(imported):
    store, _ = imported
    first, second = person(store, IN + "thomas-martin-1"), person(store, IN + "thomas-martin-2")
    assert first.id != second.id
    assert (first.company, second.company) == ("Acme", "Pixel")
    assert [p.full_name for p in store.people.all()].count("Thomas Martin") == 2


def test_percent_encoded_and_raw_unicode_urls_are_one_person(imported):
    store, _ = imported
    zoe = store.people.by_url(IN + "zoé-petit")  # raw in Invitations.csv, %-encoded in messages
    assert zoe is not None and zoe.first_name == "Zoé"
    assert [p.full_name for p in store.people.all()].count("Zoé Petit") == 1
    assert [i.direction for i in store.invitations.of(zoe.id)] == ["out"]
    assert [(i.kind, i.direction) for i in store.interactions.of(zoe.id)] == [("messaged", "out")]
    lea = person(store, IN + "l%C3%A9a-dubois")  # Notes.csv writes the raw form
    assert store.notes.of(lea.id) == [("2026-10-02", "Intéressée par un atelier discovery.")]


def test_pending_invitations_in_both_directions(imported):
    store, report = imported
    pending = {(store.people.get(i.person_id).full_name, i.direction, i.sent_at)
               for i in store.invitations.pending()}
    assert pending == {("Zoé Petit", "out", "2026-11-02T09:05:00"),
                       ("Hugo Lefèvre", "in", "2026-10-28T18:42:00")}
    hugo = person(store, IN + "hugo-lefèvre")
    assert store.invitations.of(hugo.id)[0].message.startswith("Bonjour Camille, nous")
    assert report.counts["invitations added"] == 2


def test_messages_last_interaction_replies_and_what_is_ignored(imported):
    store, report = imported
    counts = report.counts
    assert counts["messages.csv rows read"] == 9
    assert counts["messages ignored (drafts, spam, sponsored, LinkedIn Member)"] == 3
    assert counts["message interactions added"] == 6
    assert [str(s) for s in report.skipped if s.file == "messages.csv"] == [
        "messages.csv:11: unreadable date 'someday' (expected e.g. 09 May 2023, 1/8/18, "
        "6:14 PM, 5-May-23 or 2025-03-07 11:13:51 UTC)"]
    lea = person(store, IN + "léa-dubois")
    assert [(i.kind, i.direction, i.at) for i in store.interactions.of(lea.id)] == [
        ("replied", "in", "2026-10-01T12:30:00"), ("messaged", "out", "2026-10-01T09:00:00")]
    bob = person(store, IN + "bob-nguyen")
    assert store.interactions.latest()[bob.id] == ("2026-09-15T08:00:00", "messaged", "in")
    assert len(store.interactions.of(bob.id)) == 2  # his message, and the group message
    assert store.people.by_url(IN + "acme-recruiting") is None
    assert not [p for p in store.people.all() if p.full_name in ("LinkedIn Member", "Acme Recruiting")]
    assert not store.interactions.of(person(store, IN + "thomas-martin-2").id)  # a draft
    assert "messages: 4 people, 1 of them replied" in report.remarks


def test_follows_matched_by_name_ambiguous_reported_and_unfollow_ends_them(imported):
    store, report = imported
    me = store.me
    assert store.follows.status(me, person(store, IN + "léa-dubois").id) == "active"  # "lea dubois"
    assert store.follows.status(me, person(store, IN + "carla-rossi").id) == "unfollowed"
    for url in ("thomas-martin-1", "thomas-martin-2"):
        assert store.follows.status(me, person(store, IN + url).id) is None
    assert report.counts["ambiguous follows (several people with the name)"] == 1
    assert any(s.file == "Member_Follows.csv" and s.line == 5 and "Thomas Martin" in s.reason
               for s in report.skipped)
    satya = store.people.by_ref("linkedin:follow:satya nadella")
    assert satya.full_name == "Satya Nadella" and store.follows.status(me, satya.id) == "active"


def test_notes_by_url_or_unique_name(imported):
    store, report = imported
    assert store.notes.of(person(store, IN + "bob-nguyen").id) == [
        ("2026-10-03", "Préfère les cafés le matin.")]
    assert report.counts["notes added"] == 2
    assert any(s.file == "Notes.csv" and s.line == 4 for s in report.skipped)


def test_reimporting_the_same_export_changes_nothing(imported):
    store, _ = imported
    before = dump(store)
    report = import_linkedin(store, LINKEDIN / "export-2024")
    assert dump(store) == before
    assert report.counts["people added"] == report.counts["people updated"] == 0
    assert report.counts["connections added"] == report.counts["message interactions added"] == 0


def test_a_zip_with_a_folder_inside_imports_like_the_folder(store, tmp_path, imported):
    first, _ = imported
    archive = _zip(LINKEDIN / "export-2024", tmp_path / "Basic_LinkedInDataExport.zip")
    assert detect_format(archive) == "linkedin" and detect_format(LINKEDIN / "export-2024") == "linkedin"
    from coach.store import Store

    with Store(tmp_path / "zip.sqlite3") as other:
        import_path(other, archive)
        assert view(other) == view(first)


def test_a_newer_export_applies_changes_without_doubles_and_keeps_my_notes_and_tags(imported):
    store, _ = imported
    lea = person(store, IN + "léa-dubois")
    store.tags.add(lea.id, "close")
    store.notes.add(lea.id, "Met at the Lyon meetup", "2026-11-01")
    before_interactions = store.interactions.count()
    report = import_linkedin(store, LINKEDIN / "export-2025")
    assert person(store, IN + "léa-dubois").company == "Pixel Studio"
    assert person(store, IN + "carla-rossi").position == "Design Lead"
    assert person(store, IN + "jean-dupont-mba").email == "jean.dupont@example.com"  # blank kept
    assert store.tags.of(lea.id) == ["close"]
    assert ("2026-11-01", "Met at the Lyon meetup") in store.notes.of(lea.id)
    assert store.interactions.count() == before_interactions + 2  # c1 not doubled; c8, c9 new
    zoe = person(store, IN + "zoé-petit")
    assert store.connections.exists(store.me, zoe.id)
    assert [(i.status, i.resolved_at) for i in store.invitations.of(zoe.id)] == [("accepted", "2026-11-05")]
    hugo = person(store, IN + "hugo-lefèvre")
    assert [i.status for i in store.invitations.of(hugo.id)] == ["ignored"]
    assert report.counts["people added"] == 0 and report.counts["people updated"] == 3
    assert report.counts["connections added"] == 1
    assert "you: Camille Laurent (from messages.csv)" in report.remarks
    assert store.people.count() == 13  # me, 9 connections, Hugo, Zoé, Satya


def test_an_older_export_without_urls_then_the_newer_one_gives_no_duplicates(store):
    report = import_linkedin(store, LINKEDIN / "export-2022")
    assert report.counts["connections added"] == 4
    assert report.counts["profile URLs learnt from messages"] == 1
    bob = person(store, IN + "bob-nguyen")  # his URL came from messages.csv
    assert bob.ref == "linkedin:me:bob nguyen|2022-01-21"
    ana = store.people.by_ref("linkedin:me:ana lima|2019-01-01")
    assert ana.profile_url is None and store.interactions.of(ana.id)[0].kind == "messaged"
    import_linkedin(store, LINKEDIN / "export-2024")
    assert store.people.by_url(IN + "ana-lima").id == ana.id  # the URL attached to her
    names = [p.full_name for p in store.people.all()]
    assert len(names) == len(set(names)) + 1  # only the two Thomas Martin share a name
    assert person(store, IN + "bob-nguyen").position == "Engineering Manager"


def test_an_older_export_after_the_newer_one_adds_nobody(store):
    import_linkedin(store, LINKEDIN / "export-2024")
    people = store.people.count()
    report = import_linkedin(store, LINKEDIN / "export-2022")
    assert store.people.count() == people
    assert report.counts["connections added"] == 0


def test_the_2018_export_namesakes_by_date_and_direction_column(store):
    report = import_linkedin(store, LINKEDIN / "export-2018", me="Camille Laurent")
    assert report.counts["connections added"] == 3
    assert report.counts["hidden members (rows blank but the date)"] == 1
    pierres = [p for p in store.people.all() if p.full_name == "Pierre Durand"]
    assert len(pierres) == 2 and {p.company for p in pierres} == {"Acme", "Nova"}
    dates = dict(store.connections.dates_of(store.me))
    assert sorted(dates[p.id] for p in pierres) == ["2017-11-20", "2018-01-08"]
    bob = store.people.by_ref("linkedin:me:bob nguyen|2016-03-04")
    assert [(i.kind, i.direction) for i in store.interactions.of(bob.id)] == [
        ("replied", "in"), ("messaged", "out")]
    assert [(s.file, s.line) for s in report.skipped] == [("messages.csv", 4)]
    assert "2 people are named 'Pierre Durand'" in report.skipped[0].reason
    before = dump(store)
    import_linkedin(store, LINKEDIN / "export-2018", me="Camille Laurent")
    assert dump(store) == before


def test_an_excel_resaved_file_bom_crlf_and_short_dates(store):
    report = import_path(store, LINKEDIN / "excel" / "Connections.csv", me="Camille Laurent")
    assert report.counts["connections added"] == 2
    assert report.counts["hidden members (rows blank but the date)"] == 1
    dates = dict(store.connections.dates_of(store.me))
    assert dates[person(store, IN + "bob-nguyen").id] == "2023-05-05"
    assert person(store, IN + "léa-dubois").first_name == "Léa"


def test_malformed_rows_are_reported_with_their_line_and_the_rest_imported(store):
    report = import_linkedin(store, LINKEDIN / "malformed", me="Camille Laurent")
    assert {s.line: s.reason.split(" ")[0] for s in report.skipped} == {
        3: "8", 4: "impossible", 5: "not", 6: "unreadable"}
    assert all(s.file == "Connections.csv" for s in report.skipped)
    assert report.counts["connections added"] == 2
    assert "(an unquoted comma?)" in report.skipped[0].reason


def test_an_error_in_the_middle_writes_nothing(store, monkeypatch):
    import_linkedin(store, LINKEDIN / "export-2022")
    before = dump(store)
    from coach.store.activity import Interactions

    def broken(self, interaction, dedupe=False):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Interactions, "add", broken)
    with pytest.raises(RuntimeError):
        import_linkedin(store, LINKEDIN / "export-2024")
    assert dump(store) == before


def test_a_file_that_is_not_an_export_is_refused_before_writing(store, tmp_path):
    with pytest.raises(ImportFailure, match="expected a LinkedIn export"):
        detect_format(LINKEDIN / "not-an-export.csv")
    with pytest.raises(ImportFailure, match="not a LinkedIn export file"):
        import_linkedin(store, LINKEDIN / "not-an-export.csv")
    empty = tmp_path / "empty-export"
    empty.mkdir()
    (empty / "Ad_Targeting.csv").write_text("a,b\n")
    with pytest.raises(ImportFailure, match="not a LinkedIn export"):
        import_linkedin(store, empty)
    broken = tmp_path / "Connections.csv"
    broken.write_text("Notes:\nsomething else\n")
    with pytest.raises(ImportFailure, match="Connections.csv:1: no header found; saw columns Notes:"):
        import_linkedin(store, tmp_path)
    assert store.is_empty()


def test_the_owner_from_me_when_the_export_does_not_say(store):
    report = import_linkedin(store, LINKEDIN / "malformed")
    assert store.people.get(store.me).first_name == "Me"
    assert any("does not name its owner" in r for r in report.remarks)
    import_linkedin(store, LINKEDIN / "malformed", me="https://www.linkedin.com/in/camille-laurent")
    assert store.people.get(store.me).profile_url == IN + "camille-laurent"


def test_another_persons_export_is_refused_when_me_differs(store, tmp_path):
    import_linkedin(store, LINKEDIN / "export-2024")
    before = dump(store)
    shutil.copy(LINKEDIN / "export-2024" / "Connections.csv", tmp_path)
    (tmp_path / "Invitations.csv").write_text(
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        f'Someone Else,Ana Lima,"11/2/26, 9:05 AM",,OUTGOING,{IN}someone-else,{IN}ana-lima\n')
    with pytest.raises(ImportFailure, match="belongs to Someone Else .* --teammate NAME"):
        import_linkedin(store, tmp_path)
    assert dump(store) == before


def test_progress_is_reported_up_to_the_total(store):
    calls = []
    import_linkedin(store, LINKEDIN / "export-2024", progress=lambda done, total: calls.append((done, total)))
    assert calls[-1][0] == calls[-1][1] == 11 + 2 + 9 + 5 + 3
    assert all(0 <= done <= total for done, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_the_shared_sample_export(store):
    sample = dataset("linkedin-export-samples", "yang-db-linked-knowledge")
    report = import_path(store, sample)
    assert report.format == "linkedin export"
    assert report.counts["Connections.csv rows read"] == 1869
    people = store.people.count()
    urls = {line.split(",")[2] for line in
            (sample / "Connections.csv").read_text().splitlines()[1:]}
    assert report.counts["connections added"] == len(urls)
    assert report.counts["rows repeating a member already in the file"] == 1869 - len(urls)
    me = store.people.get(store.me)
    assert (me.first_name, me.profile_url) == ("You", IN + "you")
    assert report.counts["message interactions added"] == 20
    assert report.counts["invitations now accepted"] == 20  # every invitee is a connection
    laura = person(store, IN + "lauracooper")
    assert [i.kind for i in store.interactions.of(laura.id)] == ["replied", "messaged", "messaged"]
    before = dump(store)
    again = import_path(store, sample)
    assert dump(store) == before and again.counts["people updated"] == 0
    assert store.people.count() == people
    from coach.graph.loading import load_network

    network = load_network(store)
    assert int((network.degree == Degree.FIRST).sum()) == len(urls)


@pytest.mark.parametrize("earlier", ["Invitations.csv", "Member_Follows.csv"])
def test_someone_named_without_a_url_then_messaging_with_one_is_one_person(store, tmp_path,
                                                                          earlier):
    export = tmp_path / "export"
    export.mkdir()
    (export / "Connections.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        f"Alice,Martin,{IN}alice-martin,,Acme,Engineer,09 May 2023\n", encoding="utf-8")
    (export / "Invitations.csv").write_text(
        "From,To,Sent At,Message,Direction\n"
        + ('Jon Snow,Camille Laurent,"1/24/25, 6:42 AM",hi,INCOMING\n'
           if earlier == "Invitations.csv" else ""), encoding="utf-8")
    (export / "Member_Follows.csv").write_text(
        "Date,Status,FullName\n"
        + ("2023-04-23 13:37:30,Active,Jon Snow\n" if earlier == "Member_Follows.csv" else ""),
        encoding="utf-8")
    (export / "messages.csv").write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,"
        f"FOLDER\nc1,,Jon Snow,{IN}jon-snow,Camille Laurent,2025-03-07 11:13:51 UTC,,hi,INBOX\n",
        encoding="utf-8")
    report = import_linkedin(store, export, me="Camille Laurent")
    jon = [p for p in store.people.all() if p.full_name == "Jon Snow"]
    assert len(jon) == 1 and jon[0].profile_url == IN + "jon-snow"
    if earlier == "Invitations.csv":  # follows are read after the messages: found by name
        assert report.counts["profile URLs learnt from messages"] == 1
        assert [i.direction for i in store.invitations.of(jon[0].id)] == ["in"]
    else:
        assert store.follows.status(store.me, jon[0].id) == "active"
    assert store.interactions.of(jon[0].id)[0].kind == "messaged"
    import_linkedin(store, export, me="Camille Laurent")  # again: still one
    assert [p.full_name for p in store.people.all()].count("Jon Snow") == 1
