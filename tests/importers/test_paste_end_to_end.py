"""Issue 16's must-show: a LinkedIn export, then a pasted search results page, gives 2nd-
and 3rd-degree people whom ``coach advise`` proposes to invite; pasting again adds nothing."""

from __future__ import annotations

import re

from tests.conftest import dataset
from tests.importers.helpers import LINKEDIN
from tests.importers.pasting import SAMPLES, dump_home, run


def _degrees(summary: str) -> dict[str, int]:
    return {found.group(1): int(found.group(2)) for found in
            re.finditer(r"^\s+(1st|2nd|3rd) degree\s+(\d+)$", summary, re.MULTILINE)}


def test_an_export_then_a_pasted_search_gives_people_to_invite(capsys, tmp_path):
    home = tmp_path / "home"
    # export-2025 holds Bob Nguyen, Carla Rossi and Léa Dubois, the sample's mutuals
    code, _, err = run(capsys, "--home", home, "import", LINKEDIN / "export-2025")
    assert code == 0, err
    code, summary, _ = run(capsys, "--home", home, "summary")
    assert _degrees(summary) == {"1st": 10, "2nd": 0, "3rd": 0}

    code, out, err = run(capsys, "--home", home, "paste",
                         dataset(SAMPLES, "search-results-en.txt"))
    assert code == 0, err
    assert "shared connections added                3" in out

    code, summary, _ = run(capsys, "--home", home, "summary")
    assert _degrees(summary) == {"1st": 11, "2nd": 2, "3rd": 1}  # Sofía García shown 1st
    code, advice, _ = run(capsys, "--home", home, "advise")
    assert code == 0
    invite = advice.split("Whom to invite:")[1].split("\n\n")[0]
    assert "Nadia Benali [2nd]" in invite and "Tomás Ferreira [2nd]" in invite
    assert "Invite them now, with a note that names Bob Nguyen." in invite
    code, out, _ = run(capsys, "--home", home, "show", "Tomás Ferreira")
    assert "You → Léa Dubois → Tomás Ferreira" in out

    before = dump_home(home)
    code, out, err = run(capsys, "--home", home, "paste",
                         dataset(SAMPLES, "search-results-en.txt"))
    assert code == 0, err
    assert re.search(r"people added\s+0\n", out) and re.search(r"people updated\s+0\n", out)
    assert re.search(r"shared connections added\s+0\n", out)
    assert dump_home(home) == before
