"""Opening the full-screen app from the command line, when there is a terminal to draw on."""

from __future__ import annotations

import sys

from coach.workspace import Workspace


def interactive() -> bool:
    """True when both ends are a terminal: ``coach`` then opens the app, else prints."""
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def run_app(workspace: Workspace) -> int:
    """Run the app on a workspace until the person quits; its exit code."""
    from coach.demo import DEMO_BANNER
    from coach.tui.app import make_app
    from coach.tui.keys import read_keymap

    config = workspace.config
    keymap, keymap_problems = read_keymap(config.sections.get("keymap"), config.path)
    notices = [str(problem) for problem in workspace.config_problems] + keymap_problems
    app = make_app(workspace, keymap=keymap, notices=notices,
                   demo_banner=DEMO_BANNER if workspace.is_demo else "")
    app.run()
    return app.return_code or 0
