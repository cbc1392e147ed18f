"""Reading one rule file into checked rules, actions, limits and tests, with every problem.

A file is read as bytes (at most ``MAX_FILE_BYTES``), decoded as UTF-8, parsed by tomli,
then each section is checked. Problems are collected, never raised: a file with problems
still yields the entries that were correct, so nothing is hidden and nothing is guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import tomli

from coach.strategy.actions import ActionPolicy
from coach.strategy.cadence import Cadence, read_cadence
from coach.strategy.condition_reader import ConditionReader
from coach.strategy.facts import FACTS
from coach.strategy.file_context import IDENTIFIER, Entry, FileContext
from coach.strategy.limits import Limit
from coach.strategy.policy_reader import read_action, read_limits
from coach.strategy.problems import RuleProblem, unknown
from coach.strategy.rule import Rule, RuleTest
from coach.strategy.rule_reader import read_rule, read_test
from coach.strategy.source import SourceText

MAX_FILE_BYTES = 1_000_000
"""Rule files larger than this are refused (the shipped ones are a few kilobytes)."""

SECTIONS = ("rule", "test", "lists", "conditions", "action", "limit", "keep_in_touch")


@dataclass(frozen=True)
class FileRules:
    """What one file defines, in file order."""

    file: str
    rules: tuple[Rule, ...] = ()
    actions: tuple[ActionPolicy, ...] = ()
    limits: tuple[Limit, ...] = ()
    tests: tuple[RuleTest, ...] = ()
    lists: dict = field(default_factory=dict)
    cadence: Cadence = field(default_factory=Cadence)


def load_rule_file(path: Path, display: str | None = None) -> tuple[FileRules, list[RuleProblem]]:
    """Read, parse and check one file; ``display`` is the name used in problems."""
    file = display or str(path)
    data, source, problems = read_toml(path, file)
    if data is None:
        return FileRules(file), problems
    rules, problems = read_rules_data(data, source, file)
    return rules, sorted(problems, key=lambda problem: problem.line)


def read_toml(path: Path, file: str) -> tuple[dict | None, SourceText | None, list[RuleProblem]]:
    """A file parsed as TOML with its source lines, or None and the problem."""
    text, problems = read_text(path, file)
    if text is None:
        return None, None, problems
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        message = getattr(error, "msg", str(error))
        line, column = getattr(error, "lineno", 1), getattr(error, "colno", None)
        return None, None, [RuleProblem(file, line, column, None, f"invalid TOML: {message}")]
    except RecursionError:
        return None, None, [RuleProblem(
            file, 1, None, None, "invalid TOML: arrays or tables are nested too deeply")]
    return data, SourceText(text), []


def read_text(path: Path, file: str) -> tuple[str | None, list[RuleProblem]]:
    """The file as text, or a problem: not a regular file, unreadable, too large, or not
    UTF-8. Its kind is checked before it is opened: a FIFO would block, a device never ends."""
    unusable = not_a_regular_file(path)
    if unusable:
        return None, [RuleProblem(file, 0, None, None, unusable)]
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return None, [RuleProblem(file, 0, None, None, f"cannot read the file: {error.strerror}")]
    if len(data) > MAX_FILE_BYTES:
        try:
            size = f"{path.stat().st_size:,} bytes"
        except OSError:
            size = "too many bytes"
        return None, [RuleProblem(file, 1, None, None,
                                  f"file too large: {size} (a rule file may hold at most "
                                  f"{MAX_FILE_BYTES:,} bytes)")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        byte = data[error.start]
        return None, [RuleProblem(file, line, column, None,
                                  f"not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8")]
    return text.removeprefix("\ufeff"), []


def not_a_regular_file(path: Path) -> str | None:
    """Why a path cannot be a rule file (a looping or broken link, a FIFO, a device, a
    folder), or None when it is a regular file (a link to one is fine)."""
    import errno
    import stat

    try:
        mode = path.stat().st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a symbolic link that loops: rule files must be regular files"
        if path.is_symlink():
            return "a symbolic link to nothing: rule files must be regular files"
        return f"cannot read the file: {error.strerror}"
    if stat.S_ISREG(mode):
        return None
    kind = ("a folder" if stat.S_ISDIR(mode) else "a FIFO (named pipe)" if stat.S_ISFIFO(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
    return f"{kind}, not a file: rule files must be regular files"


def read_rules_data(data: dict, source: SourceText, file: str) -> tuple[FileRules, list[RuleProblem]]:
    """Check parsed TOML section by section."""
    ctx = FileContext(file, source)
    unknown_sections(ctx, data, SECTIONS)
    lists = read_lists_and_conditions(ctx, data, decisions=True)
    rules = read_entries(ctx, data, "rule", read_rule)
    drop_duplicates(ctx, rules)
    actions = read_entries(ctx, data, "action", read_action)
    drop_duplicates(ctx, actions, "action")
    limits = read_limits(ctx, data["limit"], source.table("limit")) if "limit" in data else []
    tests = read_entries(ctx, data, "test", read_test)
    cadence = Cadence()
    if "keep_in_touch" in data:
        def problem(message: str, key) -> None:
            line = (ctx.source.key_line(key) if isinstance(key, str) else None)
            ctx.add(None, message, line or ctx.source.key_line("keep_in_touch") or 1)

        cadence = read_cadence(data["keep_in_touch"], problem)
    result = FileRules(file, tuple(rules), tuple(actions), tuple(limits), tuple(tests), lists,
                       cadence)
    return result, ctx.problems


def unknown_sections(ctx: FileContext, data: dict, sections: tuple[str, ...]) -> None:
    """One problem per top-level key that is not a known section, with the nearest one."""
    for key in data:
        if key not in sections:
            line = ctx.source.key_line(key) or ctx.source.text_line(key) or 1
            ctx.add(None, unknown("section", key, sections), line)


def read_lists_and_conditions(ctx: FileContext, data: dict, facts=FACTS,
                              decisions: bool = False) -> dict[str, tuple]:
    """``[lists]`` and ``[conditions]``: set up the file's condition reader on ``facts``.

    With ``decisions`` (rule files), conditions may read the policy's decision on an action
    and the figures of limits."""
    lists = read_lists(ctx, data.get("lists", {}))
    named = data.get("conditions", {})
    if not isinstance(named, dict):
        ctx.add(None, '"conditions" must be a table of named conditions',
                ctx.source.key_line("conditions") or 1)
        named = {}
    ctx.conditions = ConditionReader(lists, named, facts, decisions)
    read_named_conditions(ctx, named)
    return lists


def read_entries(ctx: FileContext, data: dict, name: str, read) -> list:
    """Every ``[[name]]`` entry read with ``read``; those with problems are left out."""
    raw = data.get(name, [])
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        ctx.add(None, f'"{name}" must be written as [[{name}]] tables',
                ctx.source.key_line(name) or 1)
        return []
    spans = ctx.source.entries(name)
    read_ok = []
    for position, table in enumerate(raw):
        if len(spans) == len(raw):
            span = spans[position]
        else:  # written as an inline array: find the entry by its id
            key = table.get("id", table.get("name"))
            line = ctx.source.id_line(key) if isinstance(key, str) else None
            span = (line or 1, len(ctx.source.lines))
        entry = read(ctx, table, span)
        if entry is not None:
            read_ok.append(entry)
    return read_ok


def drop_duplicates(ctx: FileContext, entries: list, kind: str = "rule") -> None:
    """Report (and drop) a second entry with an id already used in this file."""
    seen: dict[str, int] = {}
    for entry in list(entries):
        if entry.id in seen:
            ctx.add(Entry(kind, entry.id, (entry.line, entry.line)),
                    f'duplicate {kind} id "{entry.id}": already defined at '
                    f"{ctx.file}:{seen[entry.id]}")
            entries.remove(entry)
        else:
            seen[entry.id] = entry.line


def read_lists(ctx: FileContext, raw) -> dict[str, tuple]:
    """Named lists: ``close_tags = ["close", "mentor"]``, text or numbers, never empty."""
    span = ctx.source.table("lists")
    if not isinstance(raw, dict):
        ctx.add(None, '"lists" must be a table of named lists', ctx.source.key_line("lists") or 1)
        return {}
    lists = {}
    for name, values in raw.items():
        entry = Entry("list", name, span or (1, len(ctx.source.lines)))
        entry.span = (ctx.key_line(entry, name), entry.span[1])
        if not IDENTIFIER.match(name):
            ctx.add(entry, 'a list name must be letters, digits, "-" or "_"')
            continue
        texts = isinstance(values, list) and values and all(isinstance(v, str) for v in values)
        numbers = isinstance(values, list) and values and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
        if not (texts or numbers):
            ctx.add(entry, "a list holds text or numbers (not both) and is not empty")
            continue
        lists[name] = tuple(values)
    return lists


def read_named_conditions(ctx: FileContext, named: dict) -> None:
    """Compile each named condition once, reporting its problems under its name."""
    span = ctx.source.table("conditions") or (1, len(ctx.source.lines))
    for name in named:
        entry = Entry("condition", name, span)
        entry.span = (ctx.key_line(entry, name), span[1])
        if not IDENTIFIER.match(name):
            ctx.add(entry, 'a condition name must be letters, digits, "-" or "_"')
            continue
        ctx.conditions.named(name)
    for name, errors in ctx.conditions.named_errors.items():
        entry = Entry("condition", name, span)
        entry.span = (ctx.key_line(entry, name), span[1])
        ctx.condition_errors(entry, errors)
