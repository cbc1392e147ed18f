"""Where the shipped rules and demo data are, installed (in the wheel) or from a checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    """``coach/<name>`` inside an installed wheel, else ``<checkout>/<name>``."""
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


def rules_dir() -> Path:
    """The shipped rule files."""
    return _shipped("rules")


def data_dir() -> Path:
    """The shipped data (the demo network lives in ``demo/``)."""
    return _shipped("data")


def demo_dir() -> Path:
    """The demo network in coach CSV format."""
    return data_dir() / "demo"


@lru_cache(maxsize=256)
def shown_path(file: str) -> str:
    """A rule file's name as people read it: ``rules/second.toml`` for a shipped file,
    ``~/…`` under the home folder, else the path as it is."""
    path = Path(file)
    try:
        return "rules/" + path.resolve().relative_to(rules_dir().resolve()).as_posix()
    except (ValueError, OSError):
        pass
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return file
