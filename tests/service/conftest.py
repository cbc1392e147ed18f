"""A demo workspace with every kind of person a decision depends on, and fresh copies of it.

Each entry point (``coach log``, ``coach ask --yes``, the app's keys) works on its own copy
of the same folder, so that what one stores never changes what another is asked.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coach.demo import load_demo
from coach.service import NetworkService
from coach.workspace import Workspace

TAGGED_SECOND = "Agnès Hébert"
"""A 2nd-degree person of the demo, tagged do-not-contact here (Hương Trần, 1st, already is)."""


@pytest.fixture(scope="session")
def prepared(tmp_path_factory) -> Path:
    """The demo in a workspace folder, with one 2nd-degree person tagged do-not-contact."""
    folder = tmp_path_factory.mktemp("decisions") / "home"
    with Workspace(folder) as workspace:
        load_demo(workspace.store)
        person = next(p.id for p in workspace.store.people.all()
                      if p.full_name == TAGGED_SECOND)
        workspace.store.tags.add(person, "do-not-contact")
    return folder


@pytest.fixture
def copy_of(prepared, tmp_path):
    """A fresh copy of the prepared folder, as many times as asked."""
    made = []

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(prepared, target)
        made.append(target)
        return target

    return copy


def service_on(folder: Path) -> NetworkService:
    """A read-only look at a workspace folder."""
    return NetworkService(Workspace(folder), save_snapshot=False)
