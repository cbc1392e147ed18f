"""The import dialog and a CSV of people: the path completed with →, the mapping box, the
preview shown before anything is written, then the import and its report."""

from __future__ import annotations

from textual.widgets import Input

from coach.tui.app import make_app
from coach.wording import MISSING, Wording
from coach.wording.people_csv import preview_lines
from tests.tui.conftest import settle
from tests.tui.test_import_in_app import open_import, wait_done

IN = "https://www.linkedin.com/in/"


def _own(workspace):
    workspace.store.people.add(first_name="Seed")  # a workspace of one's own, not the demo
    return make_app(workspace, watch_rules=False)


async def test_the_path_is_completed_with_the_right_arrow(workspace, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "waalaxy-leads.csv").write_text("firstName,lastName\nAna,Silva\n")
    (folder / "zz-other.csv").write_text("x\n")
    app = _own(workspace)
    async with app.run_test(size=(160, 45)) as pilot:
        await open_import(app, pilot)
        box = app.screen.query_one("#import-path", Input)
        await pilot.press(*f"{tmp_path}/exp")
        await pilot.pause(0.2)
        await pilot.press("right")
        assert box.value == f"{folder}/"
        await pilot.press("w")
        await pilot.pause(0.2)
        await pilot.press("right")
        assert box.value == f"{folder}/waalaxy-leads.csv"


async def test_a_csv_of_people_is_shown_before_it_is_imported(workspace, tmp_path):
    path = tmp_path / "leads.csv"
    path.write_text("firstName,lastName,companyName,linkedinUrl,Phone\n"
                    f"Ana,Silva,Nova,{IN}ana-silva,+351\n"
                    f"Bo,Ek,Helix,{IN}bo-ek,\n", encoding="utf-8")
    app = _own(workspace)
    store = workspace.store
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_import(app, pilot)
        await pilot.press(*str(path), "enter")
        await wait_done(app, pilot, screen)
        assert screen.report_lines[0] == (
            "leads.csv: people csv, 2 rows. Nothing is written yet: Enter imports; first "
            "correct the mapping below if a column is read wrong (column=field, …).")
        assert screen.report_lines[1:7] == [
            "  columns used:", "    firstName → first_name", "    lastName → last_name",
            "    companyName → company", "    linkedinUrl → profile_url",
            "  columns not used: Phone (no field known by this name)"]
        assert f"    Ana · Silva · {IN}ana-silva · Nova" in screen.report_lines
        assert store.people.count() == 1 and not screen.imported  # nothing written yet
        await pilot.press("enter")
        await wait_done(app, pilot, screen)
        report = "\n".join(screen.report_lines)
        assert screen.imported and "people added" in report and "columns used:" in report
        assert store.people.by_url(IN + "bo-ek").company == "Helix"


async def test_the_mapping_box_maps_what_the_synonyms_miss(workspace, tmp_path):
    path = tmp_path / "crm.csv"
    path.write_text(f"Contact,Boîte,Profil public\nAna Silva,Nova,{IN}ana-silva\n",
                    encoding="utf-8")
    app = _own(workspace)
    store = workspace.store
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_import(app, pilot)
        await pilot.press(*str(path), "enter")
        await wait_done(app, pilot, screen)
        assert screen.report_lines[0].startswith(f"{path}: cannot tell the format")
        assert "no column gives a name or a LinkedIn profile URL (columns seen: Contact, " \
               "Boîte, Profil public)" in screen.report_lines[0]
        assert screen.report_lines[-1] == "Nothing was imported."
        screen.query_one("#import-mapping", Input).focus()
        await pilot.press(*"Contact=name, Boîte=company, Profil public=profile_url", "enter")
        await wait_done(app, pilot, screen)
        assert screen.options().mapping == (("Contact", "name"), ("Boîte", "company"),
                                            ("Profil public", "profile_url"))
        assert screen.report_lines[1:5] == ["  columns used:", "    Contact → name",
                                            "    Boîte → company",
                                            "    Profil public → profile_url"]
        await pilot.press("enter")
        await wait_done(app, pilot, screen)
        assert screen.imported
        assert store.people.by_url(IN + "ana-silva").company == "Nova"
        await pilot.press("enter")
        await settle(app, pilot)
    assert not screen.is_attached or app.screen is not screen


async def test_a_mapping_that_cannot_be_read_is_said_at_once(workspace, tmp_path):
    path = tmp_path / "crm.csv"
    path.write_text("Contact\nAna Silva\n", encoding="utf-8")
    app = _own(workspace)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_import(app, pilot)
        await pilot.press(*str(path))
        screen.query_one("#import-mapping", Input).focus()
        await pilot.press(*"Contact=who", "enter")
        await settle(app, pilot)
        assert screen.report_lines[0].startswith("unknown field 'who' in --map 'Contact=who'")
    assert workspace.store.people.count() == 1


def test_the_preview_in_french(tmp_path):
    from coach.importers import preview_path

    path = tmp_path / "prospects.csv"
    path.write_text("Prénom;Nom;Société;followers\nZoé;Lefèvre;Nova;120\n", encoding="utf-8")
    MISSING.clear()
    lines = preview_lines(preview_path(path), Wording("fr"))
    assert lines[0] == ("prospects.csv\u00a0: CSV de personnes, 1 ligne. Rien n’est encore "
                        "écrit\u00a0: Entrée importe\u00a0; corrigez d’abord la correspondance "
                        "ci-dessous si une colonne est mal lue (colonne=champ, …).")
    assert lines[1:5] == ["  colonnes utilisées\u00a0:", "    Prénom → first_name",
                          "    Nom → last_name", "    Société → company"]
    assert lines[5].startswith("  colonnes non utilisées\u00a0: followers (un nombre d’abonnés")
    assert lines[6:] == ["  premières lignes\u00a0:", "    Zoé · Lefèvre · Nova"]
    assert not MISSING
