"""What the app does when work fails: one notice, the last good state kept, never a traceback.

Every worker of the app is ``@guarded("What it does")``: an error inside it (a store that
became read-only or damaged, a failing import, a rule file that cannot be read) reaches
``CoachApp.show_failure`` — the one place that tells the person — and the screen keeps
showing what it showed before. With ``--debug`` (``COACH_DEBUG=1``) the traceback goes to
Textual's log as well.
"""

from __future__ import annotations

import functools
import os
import threading
import traceback
from collections.abc import Callable

DEBUG_VARIABLE = "COACH_DEBUG"


def guarded(what: str) -> Callable:
    """Catch any error of a widget's or the app's method and report it as ``what`` failed."""

    def decorate(method: Callable) -> Callable:
        @functools.wraps(method)
        def run(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except Exception as error:  # reported once, below; the app keeps running
                report(self.app, what, error)
                return None

        return run

    return decorate


def report(app, what: str, error: BaseException) -> None:
    """Tell the app that ``what`` failed, from any thread; not once it has stopped running
    (a worker still reading when the person quits finds the screen taken down: that is the
    closing, not a failure to show; and a thread asking a stopped loop would wait forever)."""
    if not app.is_running:
        return
    detail = "".join(traceback.format_exception(error)) if debugging() else ""
    if threading.current_thread() is threading.main_thread():
        app.show_failure(what, error, detail)
    else:
        try:
            app.call_from_thread(app.show_failure, what, error, detail)
        except RuntimeError:  # the app has already closed: nothing to show it on
            pass


def debugging() -> bool:
    """Whether tracebacks are wanted (``coach --debug`` sets COACH_DEBUG)."""
    return os.environ.get(DEBUG_VARIABLE, "") not in ("", "0")


def one_line(error: BaseException) -> str:
    """An error as one line: its message, or its kind when it has none."""
    text = " ".join(str(error).split())
    return text or type(error).__name__


def fault_line(error: BaseException, store_path) -> str:
    """An error as one line; a fault of the store (read-only, damaged, full) says what to do."""
    from coach.store.faults import explain

    return explain(error, store_path) or one_line(error)
