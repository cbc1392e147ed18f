"""Errors a command reports in one line, with the exit code they mean."""

from __future__ import annotations

NOT_FOUND = 1
BAD_INPUT = 2


class CommandError(Exception):
    """A one-line reason and an exit code (1 nothing matched, 2 bad input)."""

    def __init__(self, message: str, code: int = BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code
