"""Shared fixtures: real temporary workspaces, the real datasets, the demo network."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coach.service import NetworkService
from coach.store import Store
from coach.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
DATASETS = Path(os.environ.get("COACH_DATASETS", ROOT.parent / "shared" / "datasets"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def dataset(*parts: str) -> Path:
    """A file from ../shared/datasets; the suite fails loudly when it is missing."""
    path = DATASETS.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"dataset missing: {path} (set COACH_DATASETS to the datasets folder)")
    return path


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path_factory):
    """No test touches the real user data folder, and today is fixed."""
    monkeypatch.setenv("COACH_HOME", str(tmp_path_factory.mktemp("default-home")))
    monkeypatch.setenv("COACH_TODAY", "2026-11-22")


@pytest.fixture(autouse=True)
def _collector_given_back():
    """The app freezes what it builds out of the garbage collector's reach and collects in
    the person's pauses (coach.heap); in this long-lived process, each test starts again
    from Python's own collection."""
    yield
    from coach import heap

    heap.reset()


NETWORK_GUARD = Path(__file__).resolve().parent / "hardening" / "netguard"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch, tmp_path_factory):
    """The suite fails if any code path opens a network socket, in the test's process or in
    a Python subprocess it starts (tests/hardening/netguard); AF_UNIX stays allowed."""
    import socket

    from tests.hardening.netguard import network_guard as guard

    log = tmp_path_factory.getbasetemp() / "network-attempts.log"
    monkeypatch.setenv(guard.LOG_ENV, str(log))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        filter(None, [str(NETWORK_GUARD), os.environ.get("PYTHONPATH")])))
    for name, value in guard.replacements().items():
        monkeypatch.setattr(socket, name, value)
    before = log.stat().st_size if log.exists() else 0
    yield
    if log.exists() and log.stat().st_size > before:
        with log.open(encoding="utf-8") as attempts:
            attempts.seek(before)
            pytest.fail(f"a code path used the network:\n{attempts.read()}")


@pytest.fixture
def store(tmp_path) -> Store:
    """An empty store in a real SQLite file."""
    with Store(tmp_path / "coach.sqlite3") as opened:
        yield opened


@pytest.fixture
def workspace(tmp_path) -> Workspace:
    """An empty workspace in a temporary folder."""
    with Workspace(tmp_path / "home") as opened:
        yield opened


@pytest.fixture
def demo_workspace(tmp_path) -> Workspace:
    """A workspace holding the shipped demo network."""
    from coach.demo import load_demo

    with Workspace(tmp_path / "demo-home") as opened:
        load_demo(opened.store)
        yield opened


@pytest.fixture
def demo_service(demo_workspace) -> NetworkService:
    """The network service on a workspace holding the demo network."""
    return NetworkService(demo_workspace)
