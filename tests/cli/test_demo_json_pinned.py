"""The demo's ``coach contacts --json`` is pinned byte for byte: the listing's JSON writer may
get faster, its output may not change (issue 19, item 4)."""

from __future__ import annotations

import hashlib
import io
import json

import pytest

from coach.cli.main import main
from coach.listing import ListFilter
from coach.listing_json import write_contacts_json
from coach.model import Degree
from coach.service import NetworkService
from coach.workspace import Workspace

# sha256 of ``coach contacts --json`` on the demo network imported with ``--format csv``, taken
# with the code before issue 19 touched the JSON writer (commit dc6bcfb, today 2026-11-22).
DEMO_CONTACTS_JSON_SHA256 = "1c9a9b598cd7c741d71328916719223a2052746883dfd84212871643a925ddd4"
DEMO_CONTACTS_JSON_BYTES = 177994


def test_demo_contacts_json_is_byte_identical(capsys, demo_home):
    assert main(["--home", str(demo_home), "contacts", "--json"]) == 0
    out = capsys.readouterr().out.encode("utf-8")
    contacts = json.loads(out)
    assert len(contacts) > 100 and contacts[0]["ref"] == "bob-nguyen"
    assert len(out) == DEMO_CONTACTS_JSON_BYTES
    assert hashlib.sha256(out).hexdigest() == DEMO_CONTACTS_JSON_SHA256


@pytest.mark.parametrize("chunk", [1, 7, 5_000])
def test_the_json_written_in_pieces_is_the_whole_text(demo_home, chunk):
    """``coach contacts --json`` writes its document a piece at a time: whatever the size of
    the pieces, the bytes are those of the whole text."""
    with NetworkService(Workspace(demo_home)) as service:
        for wanted in (ListFilter(), ListFilter(degree=Degree.SECOND),
                       ListFilter(search="zzz-nobody")):
            page = service.contacts(wanted)
            out = io.StringIO()
            write_contacts_json(page.listing, page.positions, out, chunk=chunk)
            assert out.getvalue() == page.to_json_text()
            assert json.loads(out.getvalue()) == page.to_json()
