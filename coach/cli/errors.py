"""Errors a command reports in one line, with the exit code they mean."""

from __future__ import annotations

NOT_FOUND = 1
NOT_ALLOWED = 1
"""The rules say it cannot be done now (an invitation LinkedIn does not offer…): like
nothing matched, exit 1; bad input is 2."""
BAD_INPUT = 2


class CommandError(Exception):
    """A one-line reason and an exit code (1 nothing matched, 2 bad input)."""

    def __init__(self, message: str, code: int = BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code
