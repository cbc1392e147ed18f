"""Finding lines in a rule file's text: tomli gives values, not the lines they came from.

Entries of an array of tables start at their ``[[rule]]`` header and run until the next
header that is not one of their own sub-tables (``[rule.when]``, ``[[action.case]]``).
Inside an entry, a key is found by its ``key =`` line and a value by its text.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]*?)\s*\]\]?\s*(?:#.*)?$")


def _first_key(path: str) -> str:
    """``rule`` for ``rule.when`` or ``"rule" . when``."""
    return path.split(".", 1)[0].strip().strip("\"'")


class SourceText:
    """A file's lines, with the header of each entry of each array of tables."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self._headers: list[tuple[int, bool, str]] = []  # (line, is_array, dotted path)
        for number, line in enumerate(self.lines, start=1):
            match = _HEADER.match(line)
            if match:
                self._headers.append((number, match.group(1) == "[[", match.group(2)))

    def entries(self, name: str) -> list[tuple[int, int]]:
        """(first line, last line) of each ``[[name]]`` entry, in file order."""
        spans = []
        for position, (line, is_array, path) in enumerate(self._headers):
            if not (is_array and path.strip() == name):
                continue
            end = len(self.lines)
            for next_line, _next_array, next_path in self._headers[position + 1:]:
                if _first_key(next_path) != name or next_path.strip() == name:
                    end = next_line - 1
                    break
            spans.append((line, end))
        return spans

    def table(self, name: str) -> tuple[int, int] | None:
        """(first line, last line) of everything under ``[name]`` and ``[name.x]`` tables."""
        lines = [line for line, is_array, path in self._headers
                 if not is_array and _first_key(path) == name]
        if not lines:
            return None
        start = lines[0]
        later = [line for line, _is_array, path in self._headers
                 if line > lines[-1] and _first_key(path) != name]
        return start, (later[0] - 1 if later else len(self.lines))

    def header_line(self, path: str, span: tuple[int, int]) -> int | None:
        """The line of the ``[path]`` header inside a span (``rule.when``), if any."""
        for line, _is_array, header in self._headers:
            if span[0] <= line <= span[1] and header.replace(" ", "") == path:
                return line
        return None

    def sub_headers(self, path: str, span: tuple[int, int]) -> list[int]:
        """Lines of the ``[[path]]`` headers inside a span (``[[action.case]]``), in order."""
        return [line for line, is_array, header in self._headers
                if is_array and span[0] <= line <= span[1] and header.replace(" ", "") == path]

    def header_lines(self) -> list[int]:
        """The line of every table header, in order."""
        return [line for line, _is_array, _path in self._headers]

    def key_line(self, key: str, span: tuple[int, int] | None = None, after: int = 0) -> int | None:
        """The first line inside a span (from ``after``) that sets ``key =`` or opens ``[x.key]``."""
        pattern = re.compile(
            rf"^\s*(?:[\"']?{re.escape(key)}[\"']?\s*=|\[\[?[^\]]*\.\s*[\"']?{re.escape(key)}[\"']?\s*\]\]?)"
        )
        return self._search(pattern, span, after)

    def text_line(self, needle: str, span: tuple[int, int] | None = None,
                  near: str = "") -> int | None:
        """The first line inside a span containing ``needle`` as a key or a quoted value.

        With ``near`` (a fact name), a line holding both is preferred: the same operator
        may appear on several lines of one condition.
        """
        if not needle:
            return None
        if near:
            both = re.compile(rf"[\"']{re.escape(near)}[\"'].*\b{re.escape(needle)}\b"
                              rf"|\b{re.escape(needle)}\b.*[\"']{re.escape(near)}[\"']")
            line = self._search(both, span)
            if line is not None:
                return line
        for pattern in (
            re.compile(rf"[\"']{re.escape(needle)}[\"']"),
            re.compile(rf"(?:^|[\s{{,]){re.escape(needle)}\s*="),
            re.compile(re.escape(needle)),
        ):
            line = self._search(pattern, span)
            if line is not None:
                return line
        return None

    def id_line(self, value: str) -> int | None:
        """The line of ``id = "value"`` anywhere in the file."""
        pattern = re.compile(rf"^\s*id\s*=\s*[\"']{re.escape(value)}[\"']")
        return self._search(pattern, None)

    def _search(self, pattern: re.Pattern, span: tuple[int, int] | None, after: int = 0):
        start, end = span if span else (1, len(self.lines))
        start = max(start, after)
        for number in range(start, min(end, len(self.lines)) + 1):
            if pattern.search(self.lines[number - 1]):
                return number
        return None
