"""A workspace: where data lives — one folder holding the store, config.toml and rule files.

The default folder is the platform's user data directory; ``--home DIR`` or ``COACH_HOME``
choose another. An empty workspace is never filled with demo data: front ends open a
throw-away copy of the demo network instead (see ``coach.demo``). What is computed from
the data (the network, advice, listings) belongs to ``coach.service``, not here.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from coach.store import Store

HOME_VARIABLE = "COACH_HOME"
STORE_FILE = "coach.sqlite3"


def default_home() -> Path:
    """``COACH_HOME`` if set, else the platform's user data directory for coach."""
    configured = os.environ.get(HOME_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("coach", appauthor=False))


class Workspace:
    """One folder: its store, its settings (config.toml) and where its rules are read from."""

    def __init__(self, home: Path | str, *, is_demo: bool = False) -> None:
        self.home = Path(home).expanduser()
        self.home.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.store = Store(self.home / STORE_FILE)
        self.is_demo = is_demo
        self._lock = threading.Lock()
        self._config = None
        self._rule_folders: list[Path] | None = None

    @property
    def config(self):
        """The workspace's config.toml (defaults when missing); problems in ``config_problems``."""
        with self._lock:
            if self._config is None:
                from coach.config import load_config

                self._config = load_config(self.home)
            return self._config[0]

    @property
    def config_problems(self) -> list:
        """Problems found in config.toml, each ``file:line: message``."""
        _ = self.config
        return self._config[1]

    def use_config(self, config, problems: list | None = None) -> None:
        """Use these settings (the demo borrows the settings of the user's own workspace)."""
        with self._lock:
            self._config = (config, list(problems or []))

    def forget_config(self) -> None:
        """Read config.toml again on next use (it may have changed)."""
        with self._lock:
            self._config = None

    def use_rules(self, folders: Path | str | list[Path] | None) -> None:
        """Read rules from this folder only (``--rules DIR``) or these folders in order
        (the demo borrows the user's); None goes back to the usual folders."""
        if folders is None:
            self._rule_folders = None
        elif isinstance(folders, (str, Path)):
            self._rule_folders = [Path(folders).expanduser()]
        else:
            self._rule_folders = [Path(folder) for folder in folders]

    @property
    def rules_pinned(self) -> bool:
        """Whether the rule folders were chosen (``--rules``, the demo), not found by config."""
        return self._rule_folders is not None

    def rule_folders(self) -> list[Path]:
        """Shipped rules (French with ``language = "fr"``) then ``<home>/rules``, or ``--rules``."""
        if self._rule_folders is not None:
            return list(self._rule_folders)
        from coach.config import rule_folders

        return rule_folders(self.home, self.config)

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
