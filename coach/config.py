"""The workspace settings file, ``<home>/config.toml``, and where the rules come from.

Known keys: ``language`` ("en" or "fr": which shipped rules), ``rules`` (a folder of rule
files to use instead of the shipped ones, relative to the workspace), ``premium`` (true
when the account is Premium: limits change) and ``theme`` (the app's colour theme, written
by the app when the person picks one: :func:`save_setting`). Tables such as ``[keymap]``
belong to other parts of coach and are kept as they are; an unknown key is reported with
the nearest known one, with its file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import tomli

from coach.resources import rules_dir
from coach.strategy.problems import unknown

CONFIG_FILE = "config.toml"
LANGUAGES = ("en", "fr")
KEYS = ("language", "rules", "premium", "theme")
MAX_CONFIG_BYTES = 100_000


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    """One problem in config.toml: ``file:line: message``."""

    file: str
    line: int
    column: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" + (f":{self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Config:
    """The settings of one workspace (defaults when the file is missing or a value is bad)."""

    language: str = "en"
    rules: Path | None = None
    premium: bool = False
    theme: str | None = None
    sections: dict = field(default_factory=dict)
    path: Path | None = None


def load_config(home: Path) -> tuple[Config, list[ConfigProblem]]:
    """Read ``<home>/config.toml``; every problem is returned, never raised."""
    path = Path(home) / CONFIG_FILE
    if not path.is_file():
        return Config(), []
    file = str(path)
    try:
        with path.open("rb") as handle:  # never more than that (a device never ends)
            raw = handle.read(MAX_CONFIG_BYTES + 1)
    except OSError as error:
        return Config(path=path), [ConfigProblem(file, 0, None, f"cannot read: {error.strerror}")]
    if len(raw) > MAX_CONFIG_BYTES:
        return Config(path=path), [ConfigProblem(file, 1, None, "file too large")]
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
        data = tomli.loads(text)
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        return Config(path=path), [ConfigProblem(file, line, None,
                                                 "not UTF-8 text; save the file as UTF-8")]
    except tomli.TOMLDecodeError as error:
        return Config(path=path), [ConfigProblem(
            file, getattr(error, "lineno", 1), getattr(error, "colno", None),
            f"invalid TOML: {getattr(error, 'msg', error)}")]
    except RecursionError:
        return Config(path=path), [ConfigProblem(file, 1, None, "invalid TOML: nested too deeply")]
    return _read(data, text, path)


def _read(data: dict, text: str, path: Path) -> tuple[Config, list[ConfigProblem]]:
    problems: list[ConfigProblem] = []
    file = str(path)

    def line_of(key: str) -> int:
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for number, line in enumerate(text.splitlines(), start=1):
            if pattern.match(line):
                return number
        return 1

    values: dict = {}
    sections = {}
    for key, value in data.items():
        if key not in KEYS:
            if isinstance(value, dict):
                sections[key] = value  # [keymap] and other sections: not ours to judge
            else:
                problems.append(ConfigProblem(file, line_of(key), None, unknown("key", key, KEYS)))
            continue
        if key == "language":
            if value in LANGUAGES:
                values["language"] = value
            else:
                problems.append(ConfigProblem(file, line_of(key), None,
                                              f'language must be "en" or "fr", not {value!r}'))
        elif key == "rules":
            if isinstance(value, str) and value.strip():
                folder = Path(value).expanduser()
                values["rules"] = folder if folder.is_absolute() else path.parent / folder
            else:
                problems.append(ConfigProblem(file, line_of(key), None,
                                              "rules must be the path of a folder of rule files"))
        elif key == "theme":
            if isinstance(value, str) and value.strip():
                values["theme"] = value.strip()
            else:
                problems.append(ConfigProblem(file, line_of(key), None,
                                              "theme must be the name of a theme"))
        elif isinstance(value, bool):
            values["premium"] = value
        else:
            problems.append(ConfigProblem(file, line_of(key), None,
                                          "premium must be true or false"))
    return Config(sections=sections, path=path, **values), problems


def setting_line(config: Config, key: str) -> int:
    """The line of ``key = …`` in the config file (1 when it cannot be found)."""
    if config.path is None:
        return 1
    try:
        text = config.path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return 1
    pattern = _setting(key)
    return next((number for number, line in enumerate(text.splitlines(), start=1)
                 if pattern.match(line)), 1)


def import_limit_problems(config: Config) -> list:
    """The values of ``[import]`` that cannot be used (``LimitProblem``, each with its file
    and line): imports use the defaults instead, and the front ends say so."""
    from dataclasses import replace

    from coach.importers.reading import Limits

    _limits, problems = Limits.read(config.sections.get("import"))
    file = str(config.path) if config.path is not None else CONFIG_FILE
    return [replace(problem, where=f"{file}:{setting_line(config, problem.key)}")
            for problem in problems]


def save_setting(home: Path, key: str, value: str) -> Path:
    """Write ``key = "value"`` in ``<home>/config.toml``, keeping everything else as it is
    (comments, tables, other keys): the line is replaced where it is, or added before the
    first table. The file is replaced at once (never half written). Raises OSError."""
    import json
    import os
    import tempfile

    path = Path(home) / CONFIG_FILE
    text = path.read_text("utf-8").removeprefix("\ufeff") if path.is_file() else ""
    line = f"{key} = {json.dumps(value, ensure_ascii=False)}"  # a TOML basic string
    lines = text.splitlines()
    pattern = _setting(key)
    first_table = next((at for at, old in enumerate(lines) if old.lstrip().startswith("[")),
                       len(lines))
    at = next((at for at, old in enumerate(lines[:first_table]) if pattern.match(old)), None)
    if at is None:
        lines.insert(first_table, line)
    else:
        lines[at] = line
    Path(home).mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=home, prefix=".config-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _setting(key: str) -> re.Pattern:
    return re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")


def rule_folders(home: Path, config: Config, override: Path | None = None) -> list[Path]:
    """The rule folders of a workspace, in layer order.

    ``--rules DIR`` (``override``) or ``rules = "DIR"`` in config.toml: that folder alone.
    Otherwise the shipped rules (their ``fr/`` translation for ``language = "fr"``), then
    ``<home>/rules`` when it exists: its rules replace shipped rules with the same id.
    """
    if override is not None:
        return [Path(override).expanduser()]
    if config.rules is not None:
        return [config.rules]
    shipped = rules_dir() / "fr" if config.language == "fr" else rules_dir()
    folders = [shipped]
    own = Path(home) / "rules"
    if own.is_dir():
        folders.append(own)
    return folders
