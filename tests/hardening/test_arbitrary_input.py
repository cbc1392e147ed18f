"""Arbitrary bytes never crash the rule loader or an importer.

A rule file gives rules or problems (with file:line), never an exception. An import gives
a report or an ImportFailure (what the CLI turns into "nothing was imported", exit 2), and
a failed import leaves the store exactly as it was. Inputs are raw bytes, text, and text
grafted onto each format's real header or skeleton, so that the fuzzing reaches past the
first line.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.importers import ImportFailure, ImportReport, import_path
from coach.store import Store
from coach.strategy import RuleBook
from coach.strategy.loader import load_rule_file

EXAMPLES = 60
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces that mean something to the parsers, mixed into random text.
TOKENS = ["", ",", ";", "\t", " ", "\n", "\r\n", '"', '""', "#", "%", "0", "1", "-1", "2", "3",
          "1e309", "nan", "NaN", "é", "\x00", "\ufeff", "01 Jan 2024", "2024-13-45", "31 Feb 2020",
          "https://www.linkedin.com/in/a-b", "http://x", "%ZZ", "me", "true", "oui", "1st", "2nd",
          "3rd", "out", "follow", "connection", "unfollowed", "active", "<", ">", "/>", "&",
          "&amp;", "&#0;", "<!--", "]]>", "=", "'", "Me", "Last Name", "First Name", "URL"]


def _noisy_lines():
    cell = st.one_of(st.sampled_from(TOKENS), st.text(max_size=12))
    line = st.lists(cell, max_size=8).map(",".join)
    return st.lists(line, max_size=12).map("\n".join)


def payload(prefixes: list[str]):
    """Raw bytes, or random text, or a real header followed by noisy lines, as bytes."""
    grafted = st.tuples(st.sampled_from(prefixes), _noisy_lines()).map(
        lambda parts: (parts[0] + parts[1]).encode("utf-8", "surrogatepass"))
    return st.one_of(
        st.binary(max_size=1500),
        st.text(max_size=600).map(lambda text: text.encode("utf-8", "surrogatepass")),
        grafted,
    )


LINKEDIN = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
            "Notes:\n\"When exporting...\"\n\nFirst Name,Last Name,URL,Email Address,Company,"
            "Position,Connected On\n"]
EDGES = ["", "# comment\n1 2\n", "a,b\n", "1 2 3\n"]
SEARCH = ["name,profile_url,degree,mutual_connections\n", "Name,Profile URL,Degree\n"]
PEOPLE = ["key,first_name,last_name,me\n", "key\n", "key,first_name,tags,open_profile\n"]
GRAPHML = [
    '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
    '<key id="d0" for="node" attr.name="name" attr.type="string"/>'
    '<graph edgedefault="undirected"><node id="a"><data key="d0">',
    '<graphml><graph edgedefault="directed"><node id="a"/><edge source="a" target="',
]
GEXF = [
    '<?xml version="1.0"?><gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">'
    '<graph defaultedgetype="undirected"><nodes><node id="0" label="',
    '<gexf version="1.2"><graph><attributes class="node"><attribute id="0" title="me" '
    'type="',
]


_TEMPLATE: dict[str, object] = {}


def _template() -> tuple[Path, list[str]]:
    """A new, migrated store file and its dump, made once: copying it is faster than migrating."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="coach-fuzz-template-"))
        with Store(folder / "coach.sqlite3") as store:
            _TEMPLATE["dump"] = store.db.dump()
        _TEMPLATE["path"] = folder / "coach.sqlite3"
    return _TEMPLATE["path"], _TEMPLATE["dump"]


class Sandbox:
    """A throw-away folder and store for one example (hypothesis runs many per test)."""

    def __enter__(self):
        template, self.before = _template()
        self.folder = Path(tempfile.mkdtemp(prefix="coach-fuzz-"))
        shutil.copyfile(template, self.folder / "coach.sqlite3")
        self.store = Store(self.folder / "coach.sqlite3")
        return self

    def __exit__(self, *exc):
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def file(self, name: str, data: bytes) -> Path:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    def import_cleanly(self, path: Path, kind: str | None, **options) -> None:
        """The import gives a report, or an ImportFailure after which nothing was written."""
        try:
            report = import_path(self.store, path, kind, **options)
        except ImportFailure as failure:
            assert str(failure).strip(), "an ImportFailure must say what is wrong"
            assert self.store.db.dump() == self.before, "a failed import wrote something"
        else:
            assert isinstance(report, ImportReport)
            assert self.store.db.integrity_check() == "ok"


@FUZZ
@given(payload(LINKEDIN))
def test_linkedin_connections_csv(data):
    with Sandbox() as box:
        box.import_cleanly(box.file("Connections.csv", data), "linkedin")


@FUZZ
@given(payload(LINKEDIN), payload(["First Name,Last Name,Headline\n"]))
def test_linkedin_export_zip(connections, profile):
    with Sandbox() as box:
        archive = box.folder / "export.zip"
        with zipfile.ZipFile(archive, "w") as zipped:
            zipped.writestr("Connections.csv", connections)
            zipped.writestr("Profile.csv", profile)
        box.import_cleanly(archive, "linkedin")


@FUZZ
@given(payload(EDGES), st.booleans())
def test_edge_list(data, directed):
    with Sandbox() as box:
        box.import_cleanly(box.file("edges.txt", data), "edgelist", directed=directed)


@FUZZ
@given(payload(GRAPHML))
def test_graphml(data):
    with Sandbox() as box:
        box.import_cleanly(box.file("network.graphml", data), "graphml")


@FUZZ
@given(payload(GEXF))
def test_gexf(data):
    with Sandbox() as box:
        box.import_cleanly(box.file("network.gexf", data), "gexf")


@FUZZ
@given(payload(PEOPLE), payload(["a,b,connected_on,source\n"]),
       payload(["person,kind,direction,at,note\n"]))
def test_coach_csv_folder(people, connections, interactions):
    with Sandbox() as box:
        box.file("export/people.csv", people)
        box.file("export/connections.csv", connections)
        box.file("export/interactions.csv", interactions)
        box.import_cleanly(box.folder / "export", "csv")


@FUZZ
@given(payload(SEARCH))
def test_search_results(data):
    with Sandbox() as box:
        box.import_cleanly(box.file("results.csv", data), "search")


@FUZZ
@given(payload(LINKEDIN + EDGES + SEARCH + PEOPLE + GRAPHML),
       st.sampled_from(["upload.csv", "upload.txt", "upload.zip", "upload.graphml",
                        "upload.gexf", "upload", "Connections.csv"]))
def test_format_detection_then_import(data, name):
    with Sandbox() as box:
        box.import_cleanly(box.file(name, data), None)


# --- rule files -----------------------------------------------------------------------------

RULES = ['[[rule]]\nid = "r"\nwhen = ', '[lists]\nx = [', '[[action]]\nid = "a"\n',
         '[conditions]\nc = ', '[[rule]]\nid = "r"\nwhen = "degree == 2"\nadvice = "']


@FUZZ
@given(payload(RULES))
def test_rule_file_gives_rules_or_problems(data):
    folder = Path(tempfile.mkdtemp(prefix="coach-fuzz-rules-"))
    try:
        path = folder / "fuzz.toml"
        path.write_bytes(data)
        rules, problems = load_rule_file(path)
        for problem in problems:
            assert "fuzz.toml" in str(problem), f"a problem must name its file: {problem}"
        book = RuleBook([folder])
        assert isinstance(book.problems, list)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("kind,name", [("graphml", "bomb.graphml"), ("gexf", "bomb.gexf")])
def test_xml_entity_expansion_is_refused_or_bounded(tmp_path, kind, name):
    """A 'billion laughs' file must not hang or exhaust memory."""
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    root = "graphml" if kind == "graphml" else "gexf"
    text = (f'<?xml version="1.0"?><!DOCTYPE {root} [{entities}]>'
            f'<{root}><graph><node id="&a9;"/></graph></{root}>')
    path = tmp_path / name
    path.write_text(text)
    with Store(tmp_path / "coach.sqlite3") as store:
        with pytest.raises(ImportFailure) as refused:
            import_path(store, path, kind)
        assert f"{name}: not a readable {kind.upper() if kind == 'gexf' else 'GraphML'} file" \
            in str(refused.value)
        assert "amplification" in str(refused.value) or "entit" in str(refused.value).lower()
        assert store.people.count() == 0 and store.connections.count() == 0
