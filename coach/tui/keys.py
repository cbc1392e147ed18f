"""Every key of the app in one table: id, default keys, action, what it does.

The bindings, the footer, the help screen and the user's keymap (``[keymap]`` in the
workspace's ``config.toml``) all come from here. Keys are letters, digits, ``/`` and ``?``:
no ctrl-chords that terminals and tmux swallow (the command palette keeps Textual's ctrl+p,
and undo the ctrl+z every editor has).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual.binding import Binding

from coach.tui.key_clashes import settle_clashes, unbound


@dataclass(frozen=True, slots=True)
class Key:
    """One binding: its id (for the keymap), keys, action, description and footer visibility."""

    id: str
    keys: str
    action: str
    description: str
    show: bool = False
    group: str = "Browse"

    def binding(self) -> Binding:
        return Binding(self.keys, self.action, self.description, show=self.show, id=self.id)


APP_KEYS = (
    Key("app.help", "question_mark", "help", "Help", True, "App"),
    Key("app.overview", "o", "overview", "Overview", True, "App"),
    Key("app.agenda", "a", "agenda", "Agenda", True, "App"),
    Key("app.map", "g", "network_map", "Network map", False, "App"),
    Key("app.quit", "q", "quit", "Quit", True, "App"),
    Key("app.undo", "ctrl+z", "undo", "Undo the last act of this session", False, "App"),
)

MAIN_KEYS = (
    Key("main.search", "slash", "search", "Search", True),
    Key("main.clear", "escape", "clear", "Clear search and filters"),
    Key("main.all", "0", "degree(0)", "Everyone"),
    Key("main.first", "1", "degree(1)", "1st degree"),
    Key("main.second", "2", "degree(2)", "2nd degree"),
    Key("main.third", "3", "degree(3)", "3rd degree"),
    Key("main.out", "4", "degree(4)", "Out of network"),
    Key("main.followers", "f", "followers", "Followers", True),
    Key("main.tag", "t", "tag", "Next tag"),
    Key("main.sort", "s", "sort", "Sort", True),
    Key("main.reload_rules", "r", "reload_rules", "Reload rules and data", False, "Rules"),
    Key("log.visited", "v", "log('visited')", "Visited", True, "Log an action"),
    Key("log.invited", "i", "log('invited')", "Invited", True, "Log an action"),
    Key("log.messaged", "m", "log('messaged')", "Messaged", True, "Log an action"),
    Key("log.followed", "w", "log('followed')", "Followed", False, "Log an action"),
    Key("log.met", "M", "log('met')", "Met", False, "Log an action"),
    Key("log.note", "n", "log('note')", "Note", True, "Log an action"),
    Key("log.replied", "R", "log('replied')", "They replied", False, "Log an action"),
    Key("log.accepted", "Y", "log('accepted')", "Accepted their invitation", False,
        "Log an action"),
    Key("log.withdrew", "W", "log('withdrew')", "Withdrew my invitation", False, "Log an action"),
    Key("log.connected", "C", "log('connected')", "Connected", False, "Log an action"),
    Key("log.introduced", "I", "log('introduced_me')", "They introduced me", False,
        "Log an action"),
    Key("log.tags", "T", "tags", "Tag or untag", False, "Log an action"),
    Key("log.draft", "D", "draft", "Draft the next message", False, "Log an action"),
    Key("main.detail", "l", "detail", "Detail", True),
    Key("main.coach", "c", "toggle_coach", "Coach", True, "Coach"),
    Key("main.enrol", "e", "enrol('one')", "Enrol in a scenario", False, "Scenarios"),
    Key("main.enrol_list", "E", "enrol('list')", "Enrol everyone shown", False, "Scenarios"),
)

LIST_KEYS = (
    Key("list.down", "down,j", "cursor(1)", "Next contact"),
    Key("list.up", "up,k", "cursor(-1)", "Previous contact"),
    Key("list.page_down", "pagedown", "page(1)", "Page down"),
    Key("list.page_up", "pageup", "page(-1)", "Page up"),
    Key("list.first", "home", "jump(0)", "First contact"),
    Key("list.last", "end", "jump(-1)", "Last contact"),
)

PANE_KEYS = (
    Key("pane.down", "down,j", "move(1)", "Next line", False, "Detail"),
    Key("pane.up", "up,k", "move(-1)", "Previous line", False, "Detail"),
    Key("pane.page_down", "pagedown", "page(1)", "Page down", False, "Detail"),
    Key("pane.page_up", "pageup", "page(-1)", "Page up", False, "Detail"),
    Key("pane.first", "home", "edge(0)", "First line", False, "Detail"),
    Key("pane.last", "end", "edge(1)", "Last line", False, "Detail"),
    Key("pane.open", "enter", "open", "Open the list under the cursor", False, "Detail"),
    Key("pane.delete", "x,delete", "delete", "Delete the history entry under the cursor",
        False, "Detail"),
    Key("pane.leave", "escape,tab", "leave", "Back to the list", False, "Detail"),
)
"""Keys of the focused detail pane (Tab or ``l`` goes in, Esc or Tab back to the list)."""

GROW_KEYS = (
    Key("grow.add_person", "A", "add_person", "Add a person", False, "Add people"),
    Key("grow.paste", "p", "paste", "Paste a LinkedIn page", False, "Add people"),
)
"""Keys of the main screen that bring people in (the dialogs of coach.tui.growing)."""

ALL_KEYS = APP_KEYS + MAIN_KEYS + LIST_KEYS + GROW_KEYS + PANE_KEYS

def log_keys(keymap: dict[str, str]) -> dict[str, str]:
    """The key that logs each policy action, after the keymap: ``{"invite": "i", …}``
    (which policy actions a logged kind needs is the domain's ``LOG_POLICY``)."""
    from coach.logbook import LOG_POLICY

    keys = {}
    for key in MAIN_KEYS:
        kind = key.action[5:-2] if key.action.startswith("log(") else None
        for action in () if unbound(keymap, key.id) else LOG_POLICY.get(kind) or ():
            keys.setdefault(action, shown_keys(key, keymap).split(" ")[0])
    return keys


def bindings(keys: tuple[Key, ...]) -> list[Binding]:
    """Textual bindings for a group of keys."""
    return [key.binding() for key in keys]


def shown_keys(key: Key, keymap: dict[str, str]) -> str:
    """The keys a person presses for a binding, after their keymap, written for people."""
    keys = keymap.get(key.id, key.keys)
    if unbound(keymap, key.id):
        return "—"  # it lost its only key to another entry of the keymap
    names = {"question_mark": "?", "slash": "/", "escape": "Esc", "pagedown": "PgDn",
             "pageup": "PgUp", "home": "Home", "end": "End", "down": "↓", "up": "↑", "tab": "Tab",
             "enter": "Enter", "delete": "Del"}
    return " ".join(names.get(part, part) for part in keys.split(","))


def read_keymap(section: object, file: object = None,
                words=None) -> tuple[dict[str, str], list[str]]:
    """The ``[keymap]`` table of config.toml checked against the key table.

    ``main.search = "slash,ctrl+f"``: a binding id and the keys that replace its default.
    Returns the usable entries and one line per problem (an unknown id gets "did you mean";
    an entry that takes another binding's key wins it, and both ids are named: see
    coach.tui.key_clashes; ``words``: the language of those lines).
    """
    import difflib

    where = f"{file}: [keymap]" if file else "[keymap]"
    if section is None:
        return {}, []
    if not isinstance(section, dict):
        return {}, [f"{where} must be a table of binding ids and keys"]
    section = _flatten(section)  # main.search = "x" is a dotted key: {"main": {"search": "x"}}
    known = {key.id for key in ALL_KEYS}
    keymap: dict[str, str] = {}
    problems: list[str] = []
    for key_id, value in section.items():
        if key_id not in known:
            close = difflib.get_close_matches(key_id, sorted(known), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else "; see the help screen (?)"
            problems.append(f"{where}: unknown binding {key_id!r}{hint}")
        elif not isinstance(value, str) or not all(_KEY_NAME.match(part.strip())
                                                   for part in value.split(",")):
            problems.append(f"{where}: {key_id} must be keys such as \"x\" or \"f2,ctrl+f\", "
                            f"not {value!r}")
        else:
            keymap[key_id] = ",".join(part.strip() for part in value.split(","))
    keymap, clashes = settle_clashes(keymap, ALL_KEYS, where, words)
    return keymap, problems + clashes


def _flatten(table: dict, prefix: str = "") -> dict[str, object]:
    flat: dict[str, object] = {}
    for name, value in table.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{name}."))
        else:
            flat[f"{prefix}{name}"] = value
    return flat


_KEY_NAME = re.compile(r"^(?:[^\s,]|(?:(?:ctrl|shift|alt|meta|super)\+)*[a-z0-9_]+)$")
