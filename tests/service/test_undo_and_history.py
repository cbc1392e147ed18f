"""Issue 17, item 2: undo the last act done by hand, and correct a person's history.

Every act (a log, a tag, a note, a deletion from the history) is kept with the rows it
changed; undoing puts them back exactly, and refuses when they changed again since."""

from __future__ import annotations

import json

import pytest

from coach.cli.main import main
from coach.service import NetworkService
from coach.service.history import NothingToUndo
from coach.workspace import Workspace
from tests.service.conftest import service_on

BOOKKEEPING = ("act", "revision", "network_cache", "meta")


def data(home) -> list[str]:
    """Every row of the store but bookkeeping: two states compare exactly."""
    with service_on(home) as service:
        return [line for line in service.store.db.dump()
                if not any(f'INSERT INTO "{table}"' in line for table in BOOKKEEPING)]


def person(service, name: str) -> int:
    return service.find(name)[0].id


def cli(capsys, home, *argv) -> tuple[int, str, str]:
    code = main(["--home", str(home), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("act, name", [
    ("visited", "Léa Dubois"), ("invited", "Aminata Touré"), ("messaged", "Bob Nguyen"),
    ("followed", "Chloé Gauthier"), ("met", "Bob Nguyen")])
def test_a_log_undone_leaves_the_store_as_it_was(copy_of, act, name):
    home = copy_of("log")
    before = data(home)
    with NetworkService(Workspace(home)) as service:
        who = person(service, name)
        service.log(who, act, note="ok")
        assert data(home) != before
        undone = service.history.undo(service.history.session)
        assert undone.kind == f"log:{act}" and undone.person_id == who
    assert data(home) == before


def test_connected_undone_restores_the_invitation_and_the_network(copy_of):
    home = copy_of("connected")
    with NetworkService(Workspace(home)) as service:
        who = person(service, "Julien Poirier")  # invited me: an invitation is pending
        before = data(home)
        degree = service.contact(who).degree
        service.log(who, "connected")
        assert service.contact(who).degree.value == 1
        assert [i.status for i in service.store.invitations.of(who)] == ["accepted"]
        service.history.undo()
        assert service.contact(who).degree == degree
        assert [i.status for i in service.store.invitations.of(who)] == ["pending"]
    assert data(home) == before


def test_tags_and_notes_undone_in_turn_newest_first(copy_of):
    home = copy_of("tags")
    with NetworkService(Workspace(home)) as service:
        who = person(service, "Léa Dubois")
        states = [data(home)]
        service.tag(who, ["close"])
        states.append(data(home))
        service.follow_ups.note(who, "Rappeler après le salon", "2026-12-01")
        states.append(data(home))
        service.tag(who, ["close"], remove=True)
        kinds = []
        for expected in reversed(states):
            kinds.append(service.history.undo().kind)
            assert data(home) == expected
        assert kinds == ["untag", "note", "tag"]
        with pytest.raises(NothingToUndo, match="nothing to undo in this session"):
            service.history.undo(service.history.session)


def test_undo_never_loses_what_changed_since(copy_of):
    """The app logs (its session); a second process tags the same person; the app's undo
    is refused and both acts stay."""
    home = copy_of("since")
    with NetworkService(Workspace(home)) as app:
        who = person(app, "Léa Dubois")
        app.log(who, "visited")
        with NetworkService(Workspace(home)) as other:
            other.tag(who, ["client"])
        kept = data(home)
        with pytest.raises(NothingToUndo, match="changed again since"):
            app.history.undo(app.history.session)
    assert data(home) == kept


def test_a_refused_log_keeps_no_act(copy_of):
    from coach.logbook import LogRefused

    home = copy_of("refused")
    with NetworkService(Workspace(home)) as service:
        with pytest.raises(LogRefused):
            service.log(person(service, "Bob Nguyen"), "invited")  # already 1st degree
        with pytest.raises(NothingToUndo):
            service.history.undo()


def test_history_lists_deletes_and_undo_brings_back_on_the_command_line(copy_of, capsys):
    home = copy_of("cli")
    assert cli(capsys, home, "log", "Léa Dubois", "met", "--note", "VivaTech")[0] == 0
    code, out, _ = cli(capsys, home, "history", "Léa Dubois")
    assert code == 0 and out.startswith("History of Léa Dubois, newest first:")
    first = out.splitlines()[1].split()
    assert first[0].startswith("i") and "met, by you — VivaTech" in out.splitlines()[1]
    before = data(home)
    code, out, _ = cli(capsys, home, "history", "Léa Dubois", "--delete", first[0])
    assert code == 0 and out.startswith(f"Deleted {first[0]} from the history of Léa Dubois")
    code, out, _ = cli(capsys, home, "history", "Léa Dubois", "--json")
    assert first[0] not in [entry["id"] for entry in json.loads(out)["entries"]]
    assert cli(capsys, home, "history", "Léa Dubois", "--delete", first[0])[0] == 1
    code, out, _ = cli(capsys, home, "undo")
    assert code == 0 and "is back" in out
    assert data(home) == before
    code, out, _ = cli(capsys, home, "undo")  # then the log itself
    assert code == 0 and out.startswith("Undone: logged met Léa Dubois at ")
    assert cli(capsys, home, "undo")[0] == 1


def test_history_and_undo_in_french(copy_of, capsys):
    home = copy_of("fr")
    (home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    cli(capsys, home, "tag", "Léa Dubois", "client")
    code, out, _ = cli(capsys, home, "history", "Léa Dubois")
    assert out.startswith("Historique de Léa Dubois, du plus récent au plus ancien\u00a0:")
    assert "visite du profil, de votre part" in out
    code, out, _ = cli(capsys, home, "undo")
    assert out.strip() == "Annulé\u00a0: l’étiquette client sur Léa Dubois"
    code, _, err = cli(capsys, home, "undo")
    assert code == 1 and "rien à annuler" in err
