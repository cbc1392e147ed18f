"""Progress of a long import, for a progress bar: ``callback(done, total)`` now and then."""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int], None]
"""Called with (rows done, rows in all) while an import runs; it must return quickly.

It is called from the thread running the import (an app worker calls it from its thread
and should hand the figures to the UI with ``call_from_thread``).
"""


class Progress:
    """Counts rows done and calls the callback about a hundred times over the import."""

    def __init__(self, callback: ProgressCallback | None, total: int = 0) -> None:
        self.callback = callback
        self.total = max(0, total)
        self.done = 0
        self._next = 0
        self._step = max(1, self.total // 100)

    def grow(self, amount: int) -> None:
        """More rows to do than first thought (a file read after the count was given)."""
        self.total += max(0, amount)
        self._step = max(1, self.total // 100)

    def advance(self, amount: int = 1) -> None:
        """``amount`` more rows done; reports when a step is crossed."""
        self.done += amount
        if self.callback is not None and self.done >= self._next:
            self._next = self.done + self._step
            self.callback(min(self.done, self.total), self.total)

    def finish(self) -> None:
        """Everything done: the last call is always (total, total)."""
        self.done = self.total
        if self.callback is not None:
            self.callback(self.total, self.total)
