"""The demo's ``coach contacts --json`` is pinned byte for byte: the listing's JSON writer may
get faster, its output may not change (issue 19, item 4)."""

from __future__ import annotations

import hashlib
import json

from coach.cli.main import main

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
