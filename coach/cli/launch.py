"""Opening the full-screen app from the command line, when there is a terminal to draw on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from coach.workspace import Workspace


def interactive() -> bool:
    """True when both ends are a terminal, or when Textual is told to draw elsewhere (as
    ``coach serve`` tells it, for a browser): ``coach`` then opens the app, else prints."""
    if os.environ.get("TEXTUAL_DRIVER"):
        return True
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


IN_APP_IMPORT = " Here: Ctrl+P, then “Import a file”."


def run_app(workspace: Workspace, import_home: Path | None = None) -> int:
    """Run the app on a workspace until the person quits; its exit code.

    While the demo is shown, an import from the app goes to ``import_home``."""
    from coach.demo import DEMO_BANNER
    from coach.tui.app import make_app
    from coach.tui.keys import read_keymap
    from coach.wording import Wording

    config = workspace.config
    keymap, keymap_problems = read_keymap(config.sections.get("keymap"), config.path,
                                          Wording(getattr(config, "language", "en")))
    notices = [str(problem) for problem in workspace.config_problems] + keymap_problems
    notices += import_limit_notices(config, Wording(getattr(config, "language", "en")))
    app = make_app(workspace, keymap=keymap, notices=notices, import_home=import_home,
                   demo_banner=DEMO_BANNER + IN_APP_IMPORT if workspace.is_demo else "")
    app.run()
    return app.return_code or 0


def import_limit_notices(config, words) -> list[str]:
    """A notice for each ``[import]`` value of config.toml that cannot be used."""
    from coach.config import import_limit_problems
    from coach.wording.import_limits import limit_problem_line

    return [limit_problem_line(problem, words) for problem in import_limit_problems(config)]
