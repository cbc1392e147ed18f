"""The demo network: a believable network for a French-speaking product manager.

It ships as coach CSV files in ``data/demo/`` (made by ``scripts/make_demo.py``) and is
opened as a throw-away workspace, so that a person's own workspace is never mixed with it.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from coach.importers.coach_csv import import_coach_csv
from coach.resources import demo_dir
from coach.store import Store
from coach.workspace import Workspace

DEMO_BANNER = (
    "This is the demo network. Import your own: `coach import Connections.zip` "
    "(your LinkedIn export) or `coach import edges.txt --format edgelist --me ID`."
)


def load_demo(store: Store) -> None:
    """Import the shipped demo network into a store."""
    import_coach_csv(store, demo_dir())


def open_demo() -> Workspace:
    """A fresh workspace in a temporary folder holding the demo network, removed at exit."""
    folder = Path(tempfile.mkdtemp(prefix="coach-demo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    workspace = Workspace(folder, is_demo=True)
    load_demo(workspace.store)
    return workspace
