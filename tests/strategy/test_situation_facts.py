"""The facts that read the situation, computed from a real store: who wrote last, a new
connection, an introduction to thank, a received invitation, a job change seen by an
import, notes and reminders, and the keep-in-touch cadence (with a person's own tag)."""

from __future__ import annotations

from datetime import date

from coach.contacts import Roster
from coach.graph.loading import load_network
from coach.model import Interaction, Invitation
from coach.store import Store
from coach.strategy.book import merge
from coach.strategy.decided_columns import DecidedColumns
from coach.strategy.fact_table import FactTable
from coach.strategy.loader import load_rule_file

DAY = date(2026, 11, 22)


def network_of(tmp_path):
    """Me, five connections and one 2nd-degree person, in a real store."""
    store = Store(tmp_path / "coach.sqlite3")
    ids = {name: store.people.add(first_name=name, last_name="Test", company="Orbiteo",
                                  position="PM")
           for name in ("Me", "Ana", "Bao", "Cem", "Dia", "Eli", "Fay")}
    store.set_me(ids["Me"])
    for name, on in (("Ana", "2020-01-01"), ("Bao", "2026-11-19"), ("Cem", "2019-05-05"),
                     ("Dia", "2018-03-03"), ("Eli", None)):
        store.connections.add(ids["Me"], ids[name], connected_on=on)
    store.connections.add(ids["Ana"], ids["Fay"])
    return store, ids


def table_of(store, day=DAY) -> FactTable:
    return FactTable(Roster.from_store(store, load_network(store)), store, day=day)


def fact(table, ids, name, who):
    return table.value(name, table.index(ids[who]))


def test_who_wrote_last_and_whether_they_asked(tmp_path):
    store, ids = network_of(tmp_path)
    add = store.interactions.add
    add(Interaction(ids["Ana"], "messaged", "out", "2026-11-01T10:00", "Hello"))
    add(Interaction(ids["Ana"], "replied", "in", "2026-11-11T09:00", "Dispo pour un café ?"))
    add(Interaction(ids["Cem"], "messaged", "in", "2026-10-01T09:00", "Thanks!"))
    add(Interaction(ids["Cem"], "called", "out", "2026-10-03T09:00"))  # a call answers
    add(Interaction(ids["Dia"], "messaged", "out", "2026-11-15T09:00", "Any news?"))
    add(Interaction(ids["Dia"], "messaged", "in", "2026-12-01T09:00", "later"))  # future: unseen
    table = table_of(store)
    assert fact(table, ids, "awaiting_my_reply", "Ana") is True
    assert fact(table, ids, "days_awaiting_reply", "Ana") == 11
    assert fact(table, ids, "their_message_asks", "Ana") is True
    assert fact(table, ids, "awaiting_their_reply", "Ana") is False
    assert fact(table, ids, "awaiting_my_reply", "Cem") is False
    assert fact(table, ids, "days_awaiting_reply", "Cem") is None
    assert fact(table, ids, "awaiting_their_reply", "Dia") is True
    assert fact(table, ids, "days_awaiting_their_reply", "Dia") == 7
    assert fact(table, ids, "inbound_interactions", "Ana") == 1
    assert fact(table, ids, "inbound_interactions", "Dia") == 0


def test_new_connections_introductions_and_received_invitations(tmp_path):
    store, ids = network_of(tmp_path)
    store.interactions.add(Interaction(ids["Cem"], "introduced", "in", "2026-11-10T10:00",
                                       "Intro envoyée"))
    store.interactions.add(Interaction(ids["Dia"], "introduced", "in", "2026-11-01T10:00"))
    store.interactions.add(Interaction(ids["Dia"], "messaged", "out", "2026-11-02T10:00",
                                       "Merci !"))
    store.interactions.add(Interaction(ids["Eli"], "connected", "out", "2026-11-20T08:00"))
    store.invitations.add(Invitation(ids["Fay"], "in", "2026-11-12"))
    table = table_of(store)
    assert fact(table, ids, "days_since_connected", "Bao") == 3
    assert fact(table, ids, "messaged_since_connected", "Bao") is False
    assert fact(table, ids, "days_since_connected", "Eli") == 2  # from the logged connection
    assert fact(table, ids, "days_since_connected", "Fay") is None
    assert fact(table, ids, "days_since_they_introduced_me", "Cem") == 12
    assert fact(table, ids, "introduction_thanked", "Cem") is False
    assert fact(table, ids, "introduction_thanked", "Dia") is True
    assert fact(table, ids, "days_since_invitation_received", "Fay") == 10
    assert fact(table, ids, "invitation_received", "Fay") is True
    store.interactions.add(Interaction(ids["Bao"], "messaged", "out", "2026-11-21T10:00", "Hi"))
    assert fact(table_of(store), ids, "messaged_since_connected", "Bao") is True


def test_a_job_change_is_seen_between_two_imports(tmp_path, monkeypatch):
    store, ids = network_of(tmp_path)
    monkeypatch.setenv("COACH_TODAY", "2026-11-02")
    store.people.update(ids["Ana"], company="Parcelle")
    store.people.update(ids["Bao"], headline="New headline")  # not a job change
    store.people.update(ids["Fay"], company="orbiteo")  # only the case: not a change
    table = table_of(store)
    assert fact(table, ids, "days_since_job_change", "Ana") == 20
    assert fact(table, ids, "days_since_job_change", "Bao") is None
    assert fact(table, ids, "days_since_job_change", "Fay") is None
    change = store.job_changes.of(ids["Ana"])[0]
    assert (change.old_company, change.new_company, change.seen_on) == (
        "Orbiteo", "Parcelle", "2026-11-02")


def test_notes_and_reminders(tmp_path):
    store, ids = network_of(tmp_path)
    store.notes.add(ids["Ana"], "Old note", "2026-01-01")
    store.notes.add(ids["Ana"], "Demander une intro à Bob", "2026-11-01")
    store.notes.add(ids["Cem"], "Send the deck", "2026-11-01", due_on="2026-11-19")
    store.notes.add(ids["Cem"], "Call back", "2026-11-02", due_on="2026-11-30")
    store.notes.add(ids["Dia"], "Done already", "2026-11-02", due_on="2026-11-10")
    store.notes.mark_done(store.notes.reminders_of(ids["Dia"])[0].id, "2026-11-11")
    table = table_of(store)
    assert fact(table, ids, "note", "Ana") == "Demander une intro à Bob"
    assert fact(table, ids, "days_until_note_due", "Cem") == -3  # the earliest open one
    assert fact(table, ids, "days_until_note_due", "Dia") is None
    assert fact(table, ids, "days_until_note_due", "Ana") is None


def test_keep_in_touch_comes_from_the_rule_files_and_a_persons_own_tag(tmp_path):
    store, ids = network_of(tmp_path)
    rules = tmp_path / "keep.toml"
    rules.write_text("[keep_in_touch.degree]\n1st = 180\n[keep_in_touch.tag]\nclient = 14\n"
                     "close = 30\n", encoding="utf-8")
    loaded, problems = load_rule_file(rules)
    assert problems == []
    book, _ = merge([[loaded]])
    store.tags.add(ids["Ana"], "client", "close")
    store.tags.add(ids["Cem"], "client", "every-45-days")
    store.interactions.add(Interaction(ids["Ana"], "met", "out", "2026-11-02T10:00"))
    store.interactions.add(Interaction(ids["Cem"], "met", "out", "2026-10-01T10:00"))
    table = table_of(store)
    columns = DecidedColumns(book, table)
    per_person = {name: (book.decide(table.row(table.index(ids[name])))["keep_in_touch_days"],
                         book.decide(table.row(table.index(ids[name])))[
                             "days_past_keep_in_touch"])
                  for name in ("Ana", "Bao", "Cem", "Dia", "Fay")}
    assert per_person["Ana"] == (14, 20 - 14)       # the shortest of its tags
    assert per_person["Cem"] == (45, 52 - 45)       # its own every-N-days tag wins
    assert per_person["Bao"] == (180, 3 - 180)      # the degree's, from the connection date
    assert per_person["Fay"] == (None, None)        # 2nd degree: no cadence
    for name, (days, past) in per_person.items():   # the columns say the same
        row = table.index(ids[name])
        assert columns.getter("keep_in_touch_days")(row) == days
        assert columns.getter("days_past_keep_in_touch")(row) == past


def test_cadence_problems_and_test_cases_that_give_worked_out_facts(tmp_path):
    rules = tmp_path / "bad.toml"
    rules.write_text('[keep_in_touch.degree]\n1rd = 30\n[keep_in_touch.tag]\nclose = -3\n'
                     '[[test]]\nname = "x"\nfacts = { keep_in_touch_days = 3 }\n'
                     'expect = []\n', encoding="utf-8")
    _, problems = load_rule_file(rules)
    messages = [str(problem) for problem in problems]
    assert any('unknown degree "1rd"' in m and "bad.toml:2" in m for m in messages), messages
    assert any("close: days must be a whole number" in m and "bad.toml:4" in m
               for m in messages), messages
    assert any("keep_in_touch_days is worked out from [keep_in_touch]" in m for m in messages)


def test_a_newer_linkedin_export_with_another_company_is_a_job_change(tmp_path, monkeypatch):
    from coach.importers import import_path
    from tests.conftest import FIXTURES

    export = FIXTURES / "linkedin" / "export-2024"
    newer = tmp_path / "newer"
    newer.mkdir()
    for source in export.iterdir():
        (newer / source.name).write_bytes(source.read_bytes())
    connections = newer / "Connections.csv"
    connections.write_text(connections.read_text(encoding="utf-8").replace(
        "Pixel,Head of Product", "Parcelle,VP Product"), encoding="utf-8")
    store = Store(tmp_path / "coach.sqlite3")
    monkeypatch.setenv("COACH_TODAY", "2026-11-01")
    import_path(store, export)
    monkeypatch.setenv("COACH_TODAY", "2026-11-15")
    import_path(store, newer)
    lea = next(p.id for p in store.people.all() if p.full_name == "Léa Dubois")
    others = [p.id for p in store.people.all() if p.id != lea]
    assert [(c.old_company, c.new_company, c.new_position, c.seen_on)
            for c in store.job_changes.of(lea)] == [
        ("Pixel", "Parcelle", "VP Product", "2026-11-15")]
    assert all(store.job_changes.of(other) == [] for other in others)
    table = table_of(store)
    assert table.value("days_since_job_change", table.index(lea)) == 7


def test_a_count_of_one_reads_in_the_singular_in_advice():
    from coach.strategy.templates import compile_template

    template = compile_template("waited $a days; $b relations en commun; $c jours; $d "
                                "invitations; $e days", {"a", "b", "c", "d", "e"})
    assert template.fill([1, 0, 1, 1, 0]) == (
        "waited 1 day; 0 relation en commun; 1 jour; 1 invitation; 0 days")
    assert template.fill([2, 5, 3, 0, None]) == (
        "waited 2 days; 5 relations en commun; 3 jours; 0 invitations; ? days")
    assert template.fill([True, 1.0, 1.5, 1, 1]).startswith("waited yes days; 1 relation")
