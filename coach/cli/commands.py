"""Which function runs each sub-command."""

from __future__ import annotations

from importlib import import_module


def _lazy(module: str, function: str):
    """A handler that imports its module only when its command runs, so that `coach
    contacts` does not pay for importing the rules engine (about 100 ms)."""

    def handler(args):
        return getattr(import_module(f"coach.cli.{module}"), function)(args)

    handler.__name__ = handler.__qualname__ = function
    return handler


HANDLERS = {
    "summary": _lazy("overview", "summary"),
    "demo": _lazy("overview", "demo"),
    "contacts": _lazy("overview", "contacts"),
    "show": _lazy("profile", "show"),
    "advise": _lazy("advice", "advise"),
    "rules": _lazy("rules", "rules_command"),
    "reach": _lazy("reach", "reach_command"),
    "log": _lazy("journal", "log"),
    "tag": _lazy("journal", "tag"),
    "me": _lazy("journal", "me"),
    "import": _lazy("importing", "import_command"),
    "export": _lazy("importing", "export_command"),
    "paste": _lazy("paste", "paste_command"),
    "ask": _lazy("ask", "ask"),
    "enrol": _lazy("plan", "enrol_command"),
    "plan": _lazy("plan", "plan_command"),
    "step": _lazy("plan", "step_command"),
    "note": _lazy("follow_ups", "note_command"),
    "add": _lazy("by_hand", "add_command"),
    "edit": _lazy("by_hand", "edit_command"),
    "history": _lazy("history", "history_command"),
    "undo": _lazy("history", "undo_command"),
    "doctor": _lazy("care", "doctor_command"),
    "backup": _lazy("care", "backup_command"),
    "completion": _lazy("completion", "completion_command"),
    "serve": _lazy("serve", "serve_command"),
    "map": _lazy("network_map", "map_command"),
}
