"""Edge lists read a block at a time (issue 19: the 2M-edge import): a plain block (two
labels per line, spaces or tabs) and plainly written node numbers give exactly the store
that the line-by-line reading gives, and errors still name their line."""

from __future__ import annotations

import random

import pytest

from coach.importers import ImportFailure
from coach.importers.edgelist import import_edge_list, parse_edge_list
from coach.store import Store

TABLES = ("SELECT id, ref, first_name, last_name FROM person ORDER BY id",
          "SELECT * FROM connection ORDER BY a, b", "SELECT * FROM follow ORDER BY 1, 2",
          "SELECT * FROM revision ORDER BY name", "SELECT * FROM meta ORDER BY 1",
          "SELECT type, name, sql FROM sqlite_master ORDER BY name")


def _edges(count: int, seed: int = 3) -> list[tuple[str, str]]:
    """Numbered nodes over several read chunks, with self-loops, a node seen only in a
    self-loop, numbers with leading zeros (other people than the numbers) and one too
    large for 64 bits."""
    rng = random.Random(seed)
    edges = [(str(rng.randrange(20_000)), str(rng.randrange(20_000))) for _ in range(count)]
    edges[10:10] = [("99999", "99999"), ("5", "5"), ("007", "7"), ("0", "12")]
    edges.append(("12345678901234567890", "3"))
    return edges


def _imported(tmp_path, name: str, text: str, directed: bool, me: str) -> tuple:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(text.encode())
    with Store(tmp_path / f"{name}.sqlite3") as store:
        report = import_edge_list(store, path, directed=directed, me=me)
        rows = tuple(tuple(store.db.fetchall(query)) for query in TABLES)
    return report.counts, rows


@pytest.mark.parametrize("directed", [False, True])
@pytest.mark.parametrize("tail", ["", "100000000000000000 3\n", "ana 3\n"],
                         ids=["small-numbers", "a-large-number", "a-name-at-the-end"])
def test_plain_blocks_give_the_store_of_the_line_by_line_reading(tmp_path, directed, tail):
    edges = _edges(160_000)  # about 2 MB: several chunks
    plain = "".join(f"{a} {b}\n" if at % 7 else f"{a}\t{b}\r\n"
                    for at, (a, b) in enumerate(edges)) + tail
    by_line = "".join(f"{a},{b}\n" for a, b in edges) + tail  # commas: read line by line
    fast = _imported(tmp_path, "plain", plain, directed, me="7")
    slow = _imported(tmp_path, "commas", by_line, directed, me="7")
    assert fast == slow
    counts, (people, *_) = fast
    assert counts["self-loops ignored"] == 2 + sum(a == b for a, b in edges[14:])
    refs = {ref for _, ref, _, _ in people}
    assert {"007", "7", "0", "12345678901234567890"} <= refs
    assert "99999" not in refs  # seen only in a self-loop: not invented


def test_a_plain_text_parses_as_its_lines_do():
    edges = _edges(150_000, seed=5)  # about 1.6 MB: read in pieces
    lines = [f"{a} {b}\n" for a, b in edges]
    lines.insert(120_000, "% a comment in the second piece\n")
    text = "# numbered\n" + "".join(lines) + "x y 0.5\n\n1 2"
    whole, report = parse_edge_list(text, "edges.txt")
    lines, lines_report = parse_edge_list(text.splitlines(), "edges.txt")
    assert whole == lines == [*edges, ("x", "y"), ("1", "2")]
    assert report.counts == lines_report.counts
    assert all(isinstance(label, str) for edge in whole for label in edge)


@pytest.mark.parametrize("bad, words", [("1 2 3 4", "at most one number"),
                                        ("17", "expected two node ids")])
def test_a_bad_line_after_plain_blocks_names_its_line(tmp_path, bad, words):
    lines = [f"{n} {n + 1}" for n in range(150_000)]
    lines[3] = "# a comment in the first block"
    path = tmp_path / "edges.txt"
    path.write_text("\n".join([*lines, bad, "1 2"]) + "\n", encoding="utf-8")
    with Store(tmp_path / "store.sqlite3") as store:
        with pytest.raises(ImportFailure) as caught:
            import_edge_list(store, path)
        assert str(caught.value).startswith("edges.txt:150001: ")
        assert words in str(caught.value)
        assert store.people.count() == 0
