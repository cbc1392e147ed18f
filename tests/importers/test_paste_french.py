"""``coach paste`` in a French workspace: every page's table, blocks not read and report
are said in French (nothing is left untranslated)."""

from __future__ import annotations

import pytest

from coach.wording import MISSING
from tests.importers.pasting import demo_home, run, sample

PAGES = {
    "connections-en.txt": ("2 personnes reconnues (page des relations)", "en relation depuis le"),
    "invitations-fr.txt": ("3 personnes reconnues (gestionnaire d’invitations)",
                           "envoyée vers le 2026-11-01"),
    "search-results-fr.txt": ("4 personnes reconnues (page de résultats de recherche)",
                              "relations en commun nommées"),
    "followers-fr.txt": ("2 personnes reconnues (page des abonnés)", "vous suit"),
}
GARBLED = {
    "connections-en.txt": ("November 4, 2026", "Smarch 4, 2026",
                           "date de mise en relation illisible"),
    "invitations-fr.txt": ("Retirer", "Plus tard",
                           "aucun bouton Accepter/Ignorer ou Retirer après"),
    "search-results-fr.txt": (" • 3e et +\nRelation de 3e niveau et +\n", "",
                              "aucun degré (• 1er, • 2e, • 3e et +"),
    "followers-fr.txt": ("Yasmine Haddad\n", "Yasmine Haddad\nParis\nAutre\n",
                         "plus qu’un nom et un titre avant le bouton d’abonnement"),
}


@pytest.fixture
def french_home(capsys, tmp_path):
    home = demo_home(capsys, tmp_path)
    (home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    return home


@pytest.mark.parametrize("name", list(PAGES))
def test_each_page_is_reported_in_french(capsys, tmp_path, french_home, name):
    MISSING.clear()
    old, new, reason = GARBLED[name]
    file = tmp_path / "pasted.txt"
    file.write_text(sample(name).replace(old, new, 1), encoding="utf-8")
    code, out, err = run(capsys, "--home", french_home, "paste", file)
    assert code == 0, err
    file.write_text(sample(name), encoding="utf-8")
    code, again, err = run(capsys, "--home", french_home, "paste", file)
    assert code == 0, err
    heading, cell = PAGES[name]
    assert heading in again and cell in again
    assert "Non lu\u00a0: 1 bloc" in out and reason in out
    assert not MISSING, f"untranslated: {sorted(MISSING)}"
