"""Issue 18, item 3: a quote that never closes swallows the rows after it. The row is
reported with its line, the rows it hid are read again, nothing is dropped quietly; a field
too long for CSV is one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli.main import main
from coach.importers import ImportFailure, import_path
from coach.store import Store

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def person(n: int) -> str:
    return f"Ana{n},Lima{n},https://www.linkedin.com/in/ana-lima-{n},,Acme,Engineer,01 Jan 2024\n"


def connections(tmp_path: Path, broken_at: int = 2, after: int = 50) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    rows = [person(n) for n in range(broken_at)]
    rows.append('Bob,"Nguyen,https://www.linkedin.com/in/bob-nguyen,,Acme,CTO,02 Jan 2024\n')
    rows += [person(n) for n in range(100, 100 + after)]
    (folder / "Connections.csv").write_text(HEADER + "".join(rows), encoding="utf-8")
    return folder


def test_the_fifty_people_after_an_unclosed_quote_are_imported_and_the_row_reported(
        tmp_path, capsys):
    folder = connections(tmp_path)
    home = tmp_path / "home"
    assert main(["--home", str(home), "import", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Connections.csv:4: a quote opened here never closes: the next 50 row(s)" in out
    with Store(home / "coach.sqlite3") as store:
        names = {p.full_name for p in store.people.all()}
    assert {f"Ana{n} Lima{n}" for n in range(100, 150)} <= names  # none of them lost
    assert not any(name.startswith("Bob") for name in names)


def test_a_multi_line_message_is_still_one_message(tmp_path):
    """Text over several lines (a message) is not a swallowed row."""
    folder = connections(tmp_path, after=0)
    text = (folder / "Connections.csv").read_text(encoding="utf-8")
    (folder / "Connections.csv").write_text(text.replace('Bob,"Nguyen,', 'Bob,Nguyen,'),
                                            encoding="utf-8")
    (folder / "messages.csv").write_text(
        "CONVERSATION ID,FROM,TO,DATE,CONTENT\n"
        'c1,Bob Nguyen,Me,2024-05-01 10:00:00 UTC,"Hi,\nThanks for the intro, really, truly.\nBob"\n'
        "c1,Me,Bob Nguyen,2024-05-02 10:00:00 UTC,Welcome\n", encoding="utf-8")
    with Store(tmp_path / "coach.sqlite3") as store:
        report = import_path(store, folder, me="Me")
        assert not [s for s in report.skipped if "never closes" in s.reason]


@pytest.mark.parametrize("kind", ["people", "search", "csv"])
def test_other_csv_importers_report_and_read_on(tmp_path, kind):
    with Store(tmp_path / "coach.sqlite3") as store:
        import_path(store, Path(__file__).parents[1] / "fixtures" / "linkedin" / "export-2024")
        if kind == "people":
            path = tmp_path / "people.csv"
            path.write_text("Name,Company,Job Title\nAda One,Acme,CTO\n"
                            'Bea "Two,Acme,CEO\nCid Three,Acme,CFO\nDee Four,Acme,COO\n'
                            'Eve Five,"Acme,VP\nFay Six,Acme,CMO\nGus Seven,Acme,CIO\n',
                            encoding="utf-8")
            names = {"Cid Three", "Dee Four", "Fay Six", "Gus Seven"}
        elif kind == "search":
            path = tmp_path / "results.csv"
            path.write_text("name,profile_url,degree,mutual_connections,shared_connections\n"
                            'Ida Eight,,2nd,"3,\nJo Nine,,3rd,0,\nKai Ten,,2nd,1,\n',
                            encoding="utf-8")
            names = {"Jo Nine", "Kai Ten"}
        else:
            path = tmp_path / "coach-csv"
            path.mkdir()
            (path / "people.csv").write_text(
                'key,first_name,last_name\nk1,Lou,"Eleven\nk2,Max,Twelve\nk3,Noa,Thirteen\n',
                encoding="utf-8")
            names = {"Max Twelve", "Noa Thirteen"}
        report = import_path(store, path)
        assert [s.line for s in report.skipped if "never closes" in s.reason], report.skipped
        known = {p.full_name for p in store.people.all()}
        assert names <= known, names - known


def test_a_field_too_long_is_one_clear_line(tmp_path, capsys):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Connections.csv").write_text(
        HEADER + person(1) + 'Zed,"' + "x" * 200_000 + '",,,,,01 Jan 2024\n', encoding="utf-8")
    home = tmp_path / "home"
    assert main(["--home", str(home), "import", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Connections.csv:3: a field longer than 131,072" in err
    with pytest.raises(ImportFailure):
        with Store(tmp_path / "other.sqlite3") as store:
            import_path(store, folder)


@pytest.mark.parametrize("kind", ["search", "people", "csv"])
def test_a_field_too_long_in_any_csv_importer_is_one_line_and_stores_nothing(
        tmp_path, capsys, kind):
    home = tmp_path / "home"
    export = Path(__file__).parents[1] / "fixtures" / "linkedin" / "export-2024"
    assert main(["--home", str(home), "import", str(export)]) == 0
    capsys.readouterr()
    long = "x" * 200_000
    if kind == "search":
        path = tmp_path / "results.csv"
        path.write_text("name,profile_url,degree,mutual_connections\nIda,,2nd,1\n"
                        f'"{long}",,3rd,0\n', encoding="utf-8")
    elif kind == "people":
        path = tmp_path / "people.csv"
        path.write_text(f'Name,Company\nIda Eight,Acme\nJo,"{long}"\n', encoding="utf-8")
    else:
        path = tmp_path / "coach"
        path.mkdir()
        (path / "people.csv").write_text(f'key,first_name\nk1,Ida\nk2,"{long}"\n',
                                         encoding="utf-8")
    with Store(home / "coach.sqlite3") as store:
        before = store.db.dump()
    assert main(["--home", str(home), "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ":3: a field longer than 131,072 characters" in err, err
    with Store(home / "coach.sqlite3") as store:
        assert store.db.dump() == before
