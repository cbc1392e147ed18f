"""Completion of file and folder names in a path Input, as a shell completes them: the
first name in the folder that starts with what was typed, accepted with → (Textual's
``Suggester`` API); a folder ends with ``/`` so that the next name can follow."""

from __future__ import annotations

import os
from pathlib import Path

from textual.suggester import Suggester


class PathSuggester(Suggester):
    """Suggests the rest of a file or folder name (hidden ones only after a ``.``)."""

    def __init__(self) -> None:
        # Folders change while the app runs (an export just unzipped): no cache.
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        """The value completed to the first matching name, or None."""
        folder_text, _, start = value.rpartition("/")
        if not value.strip() or start in (".", ".."):
            return None
        folder = Path(os.path.expanduser(folder_text + "/" if folder_text else "."))
        if not folder_text and value.startswith("/"):
            folder = Path("/")
        try:
            names = sorted(entry.name + ("/" if entry.is_dir() else "")
                           for entry in os.scandir(folder))
        except OSError:
            return None
        prefix = "" if not folder_text and not value.startswith("/") else folder_text + "/"
        for exact in (True, False):
            for name in names:
                if name.startswith(".") and not start.startswith("."):
                    continue
                fits = name.startswith(start) if exact else \
                    name.casefold().startswith(start.casefold())
                if fits and name != start:
                    return prefix + name
        return None
