"""The RuleBook: rule folders read into a book, reloaded on demand, problems kept as data.

When a file fails to load (bad TOML, an unknown fact…), the book keeps that file's last
good version, so a half-typed edit never switches advice off; the problems are returned
for the app to show. A file that never loaded cleanly contributes its correct entries.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from pathlib import Path

from coach.strategy.actions import ActionStatus
from coach.strategy.book import Book, merge
from coach.strategy.loader import FileRules, load_rule_file
from coach.strategy.problems import RuleProblem
from coach.strategy.rule import Advice


def rule_files(folder: Path) -> list[Path]:
    """The ``*.toml`` entries directly inside a folder, by name (or the file itself). Entries
    that are not regular files (a FIFO, a device, a looping link) are listed too: reading
    them gives a problem that says so, instead of passing over them in silence."""
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.toml"), key=lambda path: path.name)


def editable_rule_files(folders: Iterable[Path]) -> list[Path]:
    """Each rule file once by name, from the folders as they are now: the last folder's
    (the workspace's, whose copy shadows a shipped file of the same name) first, then the
    files only earlier folders have."""
    seen: set[str] = set()
    files: list[Path] = []
    for folder in reversed(list(folders)):
        for path in rule_files(Path(folder)):
            if path.name not in seen:
                seen.add(path.name)
                files.append(path)
    return files


class RuleBook:
    """Rules read from folders (shipped first, the workspace's after), reloadable at any time.

    Safe to read from several threads: a reload builds a new book and swaps it in.
    """

    def __init__(self, folders: Iterable[Path | str] | Path | str) -> None:
        if isinstance(folders, (str, Path)):
            folders = [folders]
        self.folders = [Path(folder) for folder in folders]
        self.problems: list[RuleProblem] = []
        self._good: dict[str, FileRules] = {}
        self._book = Book()
        self._lock = threading.Lock()
        self.reload()

    @property
    def book(self) -> Book:
        """The current book (a snapshot: it never changes under the caller)."""
        return self._book

    def files(self) -> list[Path]:
        """Every rule file now read, in order: the files to watch."""
        return [path for folder in self.folders for path in rule_files(folder)]

    def reload(self) -> list[RuleProblem]:
        """Read every file again; return the problems (a failing file keeps its last good
        version)."""
        with self._lock:
            problems: list[RuleProblem] = []
            layers: list[list[FileRules]] = []
            present: set[str] = set()
            for folder in self.folders:
                if not folder.exists():
                    problems.append(RuleProblem(str(folder), 0, None, None,
                                                "rule folder not found"))
                    continue
                layer = []
                for path in rule_files(folder):
                    key = str(path)
                    present.add(key)
                    loaded, found = load_rule_file(path)
                    if found:
                        problems.extend(found)
                        loaded = self._good.get(key, loaded)
                    else:
                        self._good[key] = loaded
                    layer.append(loaded)
                layers.append(layer)
            for gone in set(self._good) - present:
                del self._good[gone]
            book, merged = merge(layers)
            problems.extend(merged)
            self._book = book
            self.problems = problems
            return list(problems)

    def advise(self, facts: Mapping) -> list[Advice]:
        """Every rule that holds for one contact's facts, ranked: priority, then file order."""
        return self._book.advise(facts)

    def actions(self, facts: Mapping) -> list[ActionStatus]:
        """Every action of the policy for one contact's facts, allowed or blocked, with why."""
        return self._book.action_statuses(facts)

    def __repr__(self) -> str:
        return (f"RuleBook({[str(folder) for folder in self.folders]}, "
                f"{len(self._book.rules)} rules, {len(self.problems)} problems)")
