"""Every remark and every reason for a skipped row that the importers write has its French.

The sentences are read from the importers' source (each ``report.skip(...)`` and
``report.remarks.append(...)`` whose text is written there), filled with sample values and
said in a French workspace's words: a new sentence without French fails here. Remarks and
reasons of no known shape stay exactly as written.
"""

from __future__ import annotations

import ast
import string

import pytest

from coach.importers.report import ImportReport
from coach.wording import Wording
from coach.wording.import_skips import FRENCH_IMPORT_SKIPS, skip_reason
from coach.wording.imports import import_lines, remark_words
from tests.conftest import ROOT

FRENCH = Wording("fr")
NBSP, NNBSP = "\u00a0", "\u202f"
IMPORTERS = ROOT / "coach" / "importers"


def _sample(node: ast.expr) -> str | None:
    """The text an f-string or a constant gives with every value a sample ("2", "'2'" for a
    repr, "2 people" for a ``plural(...)``); None for text made elsewhere."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _sample(node.left), _sample(node.right)
        return None if left is None or right is None else left + right
    if not isinstance(node, ast.JoinedStr):
        return None
    out = []
    for part in node.values:
        if isinstance(part, ast.Constant):
            out.append(part.value)
        elif (isinstance(part.value, ast.Call) and isinstance(part.value.func, ast.Name)
              and part.value.func.id == "plural"):
            out.append(f"2 {part.value.args[2].value}")
        else:
            out.append("'2'" if part.conversion == ord("r") else "2")
    return "".join(out)


def _written(method: str, owner: str) -> list[tuple[str, str]]:
    """(where, sample text) for each ``….owner.method(text)`` whose text the importers
    write."""
    found = []
    for path in sorted(IMPORTERS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == method and node.args
                    and ast.unparse(node.func.value).endswith(owner)):
                continue
            text = _sample(node.args[-1])
            if text is not None:
                found.append((f"{path.name}:{node.lineno}", text))
    return found


SHOWN = ("a 3rd degree result", "a person without a degree")
"""What ``search_results.py`` says a result is when it lists shared connections wrongly."""
SKIPS = [(where, text.replace("listed for 2:", f"listed for {shown}:"))
         for where, text in _written("skip", "report")
         if not text.startswith(("node '2': ", "2: '2'"))  # a reason inside: tested below
         for shown in (SHOWN if "listed for 2:" in text else SHOWN[:1])]
REMARKS = [(where, text) for where, text in _written("append", "remarks")
           if not where.startswith("linkedin_files.py")]  # the export's files: exports.py


def test_the_importers_sentences_are_found():
    assert len(SKIPS) >= 30 and len(REMARKS) >= 15
    assert ("linkedin_connections.py:80", "not a LinkedIn profile URL: '2'") in SKIPS


@pytest.mark.parametrize(("where", "text"), SKIPS, ids=[where for where, _ in SKIPS])
def test_every_reason_written_is_said_in_french(where, text):
    said = skip_reason(text, FRENCH)
    assert said != text, f"{where}: no French for {text!r}"


@pytest.mark.parametrize(("where", "text"), REMARKS, ids=[where for where, _ in REMARKS])
def test_every_remark_written_is_said_in_french(where, text):
    said = remark_words(text, FRENCH)
    assert said != text and said.replace(NBSP, " ") != text.replace(": ", " : ", 1), \
        f"{where}: no French for {text!r}"


@pytest.mark.parametrize("template", [key for key in FRENCH_IMPORT_SKIPS
                                      if "{" in key and not key.endswith("(one)")])
def test_every_french_reason_is_reached(template):
    """Each English shape of the catalogue, filled, is recognised (not a dead entry)."""
    values = {"why": "day is out of range for month", "block": "no name before the follow "
              "button", "degree": "3rd", "statuses": "pending, accepted"}
    fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    text = template.format(**{name: values.get(name, "2") for name in fields})
    assert skip_reason(text, FRENCH) != text


def test_what_is_not_known_stays_as_written():
    report = ImportReport("x.csv", "linkedin export")
    report.skip("Connections.csv", 3, "a reason: that no importer writes")
    report.skip("network.graphml", 0, "node 'a': something new went wrong")
    report.remarks.append("a remark: that no importer writes")
    lines = import_lines(report, FRENCH)
    assert "    Connections.csv:3: a reason: that no importer writes" in lines
    assert "    network.graphml: node 'a': something new went wrong" in lines
    assert "  a remark: that no importer writes" in lines
    assert not any(NBSP + ":" in line for line in lines[2:])


def test_numbers_and_plurals_in_french():
    assert remark_words("messages: 1,234 people, 56 of them replied", FRENCH) == \
        f"messages{NBSP}: 1{NNBSP}234 personnes, dont 56 ont répondu"
    assert remark_words("messages: 3 people, 0 of them replied", FRENCH) == \
        f"messages{NBSP}: 3 personnes, aucune n’a répondu"
    assert remark_words("1 row of Connections.csv with only a date: members who hid their "
                        "details or left LinkedIn; counted, not imported", FRENCH) == \
        (f"1 ligne de Connections.csv avec une date seulement{NBSP}: un membre qui a masqué "
         f"ses informations ou quitté LinkedIn{NBSP}; comptée, non importée")
    assert remark_words("1,500 people you follow but not known before: added by name "
                        "(Member_Follows.csv has no profile URL)", FRENCH).startswith(
        f"1{NNBSP}500 personnes que vous suivez, inconnues jusqu’ici{NBSP}: ajoutées")
    assert skip_reason("a quote opened here never closes: the next 1 row(s) were read into "
                       "this one; this row is skipped and the rows after it are read again",
                       FRENCH) == (f"un guillemet ouvert ici ne se ferme jamais{NBSP}: la ligne "
                                   f"suivante a été lue dans celle-ci{NBSP}; cette ligne est "
                                   "ignorée et la suivante est relue")


def test_numbers_in_a_reason_in_french():
    assert skip_reason("1,204 fields where the header has 7 (an unquoted comma?)", FRENCH) == \
        f"1{NNBSP}204 champs alors que l’en-tête en a 7 (une virgule hors guillemets{NBSP}?)"


def test_english_stays_english():
    english = Wording("en")
    reason = "unknown month 'Foo'"
    assert skip_reason(reason, english) == reason
    report = ImportReport("x", "linkedin export", remarks=["me: node 4"])
    report.skip("Connections.csv", 7, reason)
    assert import_lines(report, english) == report.lines()


def test_a_pasted_block_s_reason_in_french():
    said = skip_reason("no name before the follow button: 'Follow'", FRENCH)
    assert said == f"aucun nom avant le bouton d’abonnement{NBSP}: «{NBSP}Follow{NBSP}»"
    assert skip_reason("some new block reason: 'Follow'", FRENCH) == \
        "some new block reason: 'Follow'"

