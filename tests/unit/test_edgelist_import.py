"""Edge-list import: strict about malformed lines, all or nothing, idempotent."""

from __future__ import annotations

import pytest

from coach.importers import ImportFailure, detect_format, import_path
from coach.importers.edgelist import import_edge_list
from coach.store import Store
from tests.conftest import dataset


def _dump(store: Store) -> list[str]:
    return list(store.db.dump())


def _write(tmp_path, text: str, name: str = "edges.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_comments_separators_weights_loops_and_duplicates(store, tmp_path):
    path = _write(tmp_path, "# SNAP style\n% other comment\n1 2\n2,3\n3\t1 0.5\n2 1\n4 4\n\n1 2\n")
    report = import_edge_list(store, path, me="1")
    assert report.counts["edge lines read"] == 6
    assert report.counts["self-loops ignored"] == 1
    assert report.counts["duplicate edges merged"] == 2
    assert report.counts["connections added"] == 3
    assert store.connections.count() == 3
    assert store.people.by_ref("4") is None  # a node seen only in a self-loop is not invented
    assert store.me == store.people.by_ref("1").id


def test_reimport_adds_nothing(store, tmp_path):
    path = _write(tmp_path, "a b\nb c\n")
    import_edge_list(store, path)
    before = _dump(store)
    report = import_edge_list(store, path)
    assert report.counts["connections added"] == 0
    assert report.counts["connections already known"] == 2
    assert report.counts["people added"] == 0
    assert [line for line in _dump(store) if "network_cache" not in line] == \
        [line for line in before if "network_cache" not in line]


@pytest.mark.parametrize("text, line, words", [
    ("1 2\n3\n", 2, "expected two node ids"),
    ("1 2\n# ok\n1 2 3 4\n", 3, "at most one number"),
    ("1 2\n1 2 heavy\n", 2, "at most one number"),
])
def test_malformed_line_names_its_line_and_writes_nothing(store, tmp_path, text, line, words):
    import_edge_list(store, _write(tmp_path, "x y\n", "first.txt"))
    before = _dump(store)
    with pytest.raises(ImportFailure) as caught:
        import_edge_list(store, _write(tmp_path, text))
    assert str(caught.value).startswith(f"edges.txt:{line}: ")
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)
    assert _dump(store) == before


def test_unknown_me_is_refused_before_writing(store, tmp_path):
    with pytest.raises(ImportFailure, match="--me 99: no node '99'"):
        import_edge_list(store, _write(tmp_path, "1 2\n"), me="99")
    assert store.people.count() == 0


def test_binary_and_non_utf8_files_are_refused(store, tmp_path):
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(ImportFailure, match="binary file"):
        import_edge_list(store, binary)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"a b\nc \xe9\n")
    with pytest.raises(ImportFailure, match=r"latin.txt:2: not UTF-8"):
        import_edge_list(store, latin)


def test_exception_in_the_middle_leaves_the_store_exactly_as_before(store, tmp_path, monkeypatch):
    import_edge_list(store, _write(tmp_path, "a b\nb c\n", "before.txt"), me="a")
    before = _dump(store)

    def explode(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    # People are written first, then the connections fail: everything must roll back.
    monkeypatch.setattr(store.connections, "add_pairs", explode)
    with pytest.raises(RuntimeError):
        import_edge_list(store, _write(tmp_path, "c d\nd e\ne f\n"))
    assert _dump(store) == before
    assert store.db.integrity_check() == "ok"
    monkeypatch.undo()
    import_edge_list(store, _write(tmp_path, "c d\nd e\ne f\n"))
    assert store.connections.count() == 5


def test_directed_lines_are_follows(store, tmp_path):
    report = import_edge_list(store, _write(tmp_path, "1 2\n2 1\n1 3\n1 3\n"), directed=True)
    assert report.counts["follows added"] == 3
    assert store.connections.count() == 0
    one, two = store.people.by_ref("1").id, store.people.by_ref("2").id
    assert store.follows.status(one, two) == "active"
    assert store.follows.status(two, one) == "active"


def test_email_eu_core_directed_self_loops_counted(store):
    path = dataset("snap-email-eu-core", "email-Eu-core.txt")
    lines = [line.split() for line in path.read_text().splitlines() if line and line[0] != "#"]
    loops = sum(1 for a, b in lines if a == b)
    distinct = len({(a, b) for a, b in lines if a != b})
    report = import_edge_list(store, path, directed=True)
    assert report.counts["self-loops ignored"] == loops > 0
    assert store.follows.count() == distinct


def test_format_detection(tmp_path):
    assert detect_format(_write(tmp_path, "1 2\n")) == "edgelist"
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "people.csv").write_text("key\n1\n")
    assert detect_format(folder) == "csv"
    with pytest.raises(ImportFailure, match="give --format"):
        detect_format(_write(tmp_path, "x", "mystery.dat"))
    with pytest.raises(ImportFailure, match="no such file"):
        detect_format(tmp_path / "missing.txt")
    with pytest.raises(ImportFailure, match="without people.csv"):
        detect_format(tmp_path / "export" / ".." / "export" / ".." )


def test_import_path_dispatches(store, tmp_path):
    report = import_path(store, _write(tmp_path, "1 2\n"), "edgelist", me="1")
    assert report.format == "edgelist"
