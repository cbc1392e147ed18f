"""Helpers shared by the ``coach paste`` tests: samples, the real CLI in-process, dumps."""

from __future__ import annotations

import io
import json
from contextlib import contextmanager
from pathlib import Path

from coach.cli.main import main
from coach.importers.paste import parse_paste
from coach.store import Store
from coach.workspace import STORE_FILE
from tests.conftest import dataset
from tests.importers.helpers import dump

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo"
SAMPLES = "linkedin-paste-samples"


def sample(name: str) -> str:
    """The text of one of the shared samples."""
    return dataset(SAMPLES, name).read_text(encoding="utf-8")


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    """``coach ARGV`` in-process: (exit code, standard output, standard error)."""
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def demo_home(capsys, tmp_path: Path) -> Path:
    """A workspace holding the demo network (me: Camille; Bob Nguyen, Carla Rossi, Léa
    Dubois among my connections, two Thomas Martin)."""
    home = tmp_path / "home"
    code, _, err = run(capsys, "--home", home, "import", DEMO, "--format", "csv")
    assert code == 0, err
    return home


@contextmanager
def stored(home: Path):
    """The workspace's store (which must exist), closed after use."""
    assert (home / STORE_FILE).is_file()
    store = Store(home / STORE_FILE)
    try:
        yield store
    finally:
        store.close()


def dump_home(home: Path) -> list[str]:
    """Every row of the workspace's store, as SQL."""
    with stored(home) as store:
        rows = dump(store)
    assert any("INSERT INTO" in row for row in rows)
    return rows


def paste_file(capsys, home: Path, tmp_path: Path, text: str, *options) -> tuple[int, dict, str]:
    """``coach paste FILE --json`` on ``text``: (exit code, the JSON, standard error)."""
    file = tmp_path / "pasted.txt"
    file.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "--home", home, "paste", file, "--json", *options)
    return code, (json.loads(out) if code == 0 else {}), err


def pasted_twice_adds_nothing(capsys, home: Path, tmp_path: Path, text: str, *options) -> dict:
    """Paste ``text`` twice; assert the second adds nothing. The first report's counts."""
    code, first, err = paste_file(capsys, home, tmp_path, text, *options)
    assert code == 0, err
    before = dump_home(home)
    code, second, err = paste_file(capsys, home, tmp_path, text, *options)
    assert code == 0, err
    counts = second["report"]["counts"]
    added = {name: n for name, n in counts.items()
             if n and ("added" in name or "updated" in name or "recorded" in name
                       or "accepted" in name)}
    assert added == {}
    assert dump_home(home) == before
    return first["report"]["counts"]


def people_of(text: str) -> list[tuple]:
    """(name, degree, mutual count, named mutuals) of each person read."""
    return [(p.name, p.degree.label if p.degree is not None else None, p.mutual_count,
             p.mutuals) for p in parse_paste(text).people]
