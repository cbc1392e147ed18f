"""The coach app: made by :func:`make_app` from a workspace, nothing created at import time."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from textual import events, work
from textual.app import App, SystemCommand
from textual.screen import Screen

from coach.heap import QuietCollector
from coach.service import NetworkService
from coach.tui.commands import CoachCommands
from coach.tui.failures import guarded, one_line
from coach.tui.keys import APP_KEYS, bindings
from coach.tui.live import LiveData
from coach.tui.screens.main import MainScreen
from coach.wording import Wording
from coach.workspace import Workspace

RELOAD_DEBOUNCE_MS = 300
COLLECT_EVERY = 0.1
"""Seconds between two looks at whether the person paused (see coach.heap.QuietCollector)."""
RULES_AFTER_FIRST_LOOK = 3.0
"""At most this long (s) the rules wait for the list's first look to be on screen before
they are read: both hold the interpreter, and the list comes first."""


class CoachApp(App):
    """Browse a professional network with the keyboard; rules reload while it runs."""

    CSS_PATH = "app.tcss"
    TITLE = "coach"
    COMMANDS = App.COMMANDS | {CoachCommands}
    BINDINGS = bindings(APP_KEYS)

    def __init__(self, service: NetworkService, *, keymap: dict[str, str] | None = None,
                 demo_banner: str = "", watch_rules: bool = True,
                 notices: list[str] | None = None, import_home: Path | None = None) -> None:
        super().__init__()
        self.import_home = import_home  # where imports go while the demo is shown
        self.service = service
        self.keymap = dict(keymap or {})
        self.notices = list(notices or [])
        self.rule_reloads = 0  # how many times the rule files were read again
        self.demo_banner = demo_banner
        self.watch_rules = watch_rules
        self.sub_title = self.words("demo network") if service.is_demo else str(service.home)
        self.quitting = False
        self.collector = QuietCollector()  # cyclic garbage is collected in the person's pauses
        self._key_targets: dict[int, object] = {}  # id(key) → the widget it was sent to
        self.live_data = LiveData(self)
        self.first_look = threading.Event()  # set by the main screen once its list is drawn

    @property
    def words(self) -> Wording:
        """The words of the app, in the workspace's language (``language`` in config.toml)."""
        return Wording(getattr(self.service, "language", "en"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's commands (theme, quit, keys…) in the palette, in the app's language."""
        w = self.words
        for command in super().get_system_commands(screen):
            yield command._replace(title=w.known(command.title), help=w.known(command.help)) \
                if w.french else command

    def exit(self, *args, **kwargs) -> None:
        """Quit. Keys typed ahead after the quit key are then dropped (see on_event)."""
        self.quitting = True
        self.collector.stop()
        super().exit(*args, **kwargs)

    async def on_event(self, event) -> None:
        # A key queued behind "quit" would open a screen on a closing app, whose children
        # are already gone: a crash on the way out (found by tests/hardening/test_random_keys).
        if isinstance(event, (events.Key, events.MouseEvent)):
            if self.quitting:
                return
            self.collector.input()
        if isinstance(event, events.Key) and self._rerouted(event):
            return
        await super().on_event(event)

    def _rerouted(self, key: events.Key) -> bool:
        """Give a key to the widget focused when it is handled, not when it arrived.

        Textual sends each key to the widget focused on arrival, and runs the screen's
        bindings when the key comes back up unhandled. Keys typed fast (or pasted) after
        "/" all reach the list before "/" has focused the search box; coming back up, "v"
        or "i" then ran the list's bindings: "/vi" logged a visit and an invitation instead
        of searching. Such a key is sent again, to the widget now focused."""
        if not key.is_forwarded:  # arriving: note where Textual sends it
            self._key_targets[id(key)] = self.focused
            while len(self._key_targets) > 64:  # keys a widget handled never come back
                del self._key_targets[next(iter(self._key_targets))]
            return False
        target = self._key_targets.pop(id(key), self.focused)
        if target is self.focused:
            return False
        self.post_message(events.Key(key.key, key.character))
        return True

    def on_unmount(self) -> None:
        self.collector.stop()

    def on_mount(self) -> None:
        self.collector.start()
        self.set_interval(COLLECT_EVERY, self.collector.tick)
        if self.keymap:
            self.set_keymap(self.keymap)
        self._use_remembered_theme()
        self.push_screen(MainScreen())
        for notice in self.notices:  # problems in config.toml and its [keymap]
            self.notify(notice, title="config.toml", severity="warning", timeout=12, markup=False)
        self._read_rules_at_start()
        if self.watch_rules:
            self._watch_rule_files()
        self.live_data.start()  # another process's writes show within a second (live.py)

    # --- the theme (remembered in config.toml) ---------------------------------------------

    def _use_remembered_theme(self) -> None:
        """Start in the theme of config.toml (an unknown name is a config problem), then
        remember every theme the person picks (the palette's "Change theme")."""
        theme, unknown_at = self.service.chosen_theme(self.available_themes)
        if theme is not None:
            self.theme = theme
        elif unknown_at is not None:
            w = self.words
            self.notify(w('{where}: unknown theme "{name}"; known themes: {names}',
                          where=unknown_at, name=self.service.config.theme,
                          names=", ".join(sorted(self.available_themes))),
                        title="config.toml", severity="warning", timeout=12, markup=False)
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, theme) -> None:
        self._remember_theme(theme.name)

    @work(thread=True, exclusive=True, group="theme", exit_on_error=False)
    @guarded("Remembering the theme")
    def _remember_theme(self, name: str) -> None:
        self.service.remember_theme(name, self.import_home if self.service.is_demo else None)

    @work(thread=True, group="rule-reload", exit_on_error=False)
    @guarded("Reading the rules")
    def _read_rules_at_start(self) -> None:
        """Read the rules off the event loop (importing the engine and parsing the files
        would delay the first frame) once the list's first look is drawn, then show their
        problems, if any."""
        self.first_look.wait(RULES_AFTER_FIRST_LOOK)
        problems = list(self.service.rulebook.problems)
        self.call_from_thread(self._show_rule_problems, problems)

    def show_failure(self, what: str, error: BaseException, detail: str = "") -> None:
        """The one place where failed work is told: a notice; what was shown stays."""
        if detail:
            self.log.error(detail)
        from coach.store.faults import explain

        w = self.words
        reason = explain(error, self.service.store.path) or one_line(error)
        self.notify(w("{what} failed: {reason}. What you see is the last good state.",
                      what=w.known(what), reason=reason),
                    title=w("Something went wrong"), severity="error", timeout=12, markup=False)

    @property
    def main_screen(self) -> MainScreen:
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    def pop_screen(self):
        """Close the screen on top, never the main screen: Textual's palette, told to run a
        command twice by one burst of keys, closes itself twice, and the second close would
        take the contact list with it (found by the random-key storm)."""
        if isinstance(self.screen, MainScreen):
            from textual.await_complete import AwaitComplete

            return AwaitComplete.nothing()
        return super().pop_screen()

    def main_screen_if_any(self) -> MainScreen | None:
        """The main screen, or None while the app starts, ends or switches workspace."""
        return next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)

    # --- rules ---------------------------------------------------------------------------

    @work(exclusive=True, group="rule-watch", exit_on_error=False)
    async def _watch_rule_files(self) -> None:
        """Reload the rules whenever a rule file changes (debounced)."""
        from watchfiles import awatch

        folders = {str(p) for p in self.service.rule_folders() if Path(p).is_dir()}
        if not self.service.is_demo:  # config.toml, and a rules/ folder made while running
            folders.add(str(self.service.home))
        if not folders:
            return
        async for _changes in awatch(*sorted(folders), watch_filter=_toml_only,
                                     debounce=RELOAD_DEBOUNCE_MS, step=50, recursive=True,
                                     stop_event=None):
            self.reload_rules()

    @work(thread=True, exclusive=True, group="rule-reload", exit_on_error=False)
    @guarded("Reloading the rules")
    def reload_rules(self) -> None:
        """Re-read the rule files; a broken file keeps its last good version."""
        problems = self.service.reload_rules()
        self.rule_reloads += 1
        self.call_from_thread(self._show_rule_problems, problems)
        self.call_from_thread(self.main_screen.readvise)  # the network has not changed

    def _show_rule_problems(self, problems: list) -> None:
        self.main_screen.show_rule_problems(problems)
        if problems:
            self.notify(self.words("{n} problem(s) in the rule files: see the banner",
                                   n=len(problems)), severity="error")

    def refresh_data(self, said: bool = True) -> None:
        """Read the store again, off the event loop (another process wrote to it, or ``r``);
        the list keeps the highlighted person, the filters and the search."""
        main = self.main_screen_if_any()
        if main is None or not main.is_mounted:
            return  # still being built: it reads the store when it is mounted
        main.rebuild()
        if said:
            self.notify(self.words("The workspace changed outside the app: shown again."),
                        timeout=3, markup=False)

    # --- screens -------------------------------------------------------------------------

    def action_command_palette(self) -> None:
        """Textual's command palette, guarded against an early-paging crash (see palette.py)."""
        from coach.tui.palette import GuardedCommandPalette

        if self.use_command_palette and not GuardedCommandPalette.is_open(self):
            self.push_screen(GuardedCommandPalette(
                id="--command-palette", placeholder=self.words("Search for commands…")))

    def action_undo(self) -> None:
        """ctrl+z: undo the last act of this session, on whichever screen is shown."""
        from coach.tui.undoing import undo_last

        undo_last(self.main_screen)

    def action_help(self) -> None:
        from coach.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen(self.keymap))

    def action_overview(self) -> None:
        from coach.tui.screens.overview import OverviewScreen

        self.push_screen(OverviewScreen())

    def action_agenda(self) -> None:
        from coach.tui.screens.agenda import AgendaScreen

        self.push_screen(AgendaScreen())

    def action_network_map(self) -> None:
        from coach.tui.screens.network_map import MapScreen

        self.push_screen(MapScreen())

    def action_import(self) -> None:
        """Import a file into the workspace (the real one when the demo is shown)."""
        from coach.tui.screens.import_screen import ImportScreen

        target = self.import_home if self.service.is_demo else self.service.home
        if target is None:
            self.notify(self.words("This demo has no workspace to import into: run `coach "
                                   "import PATH`."), severity="warning", markup=False)
            return
        try:
            Workspace(target).close()  # creates the folder and the store (mode 0600) if new
        except Exception as error:  # an unreadable workspace: say it, change nothing
            self.notify(self.words("cannot open the workspace {home}: {reason}", home=target,
                                   reason=one_line(error)), severity="error", markup=False)
            return
        self.push_screen(ImportScreen(Path(target)), self._imported)

    def _imported(self, imported: bool | None) -> None:
        if not imported:
            return
        if self.service.is_demo and self.import_home is not None:
            # leave the demo for the real data
            self.service = NetworkService(Workspace(self.import_home), eager=True)
            self.sub_title = str(self.service.home)
            self.main_screen.leave_demo()
            if self.watch_rules:
                self._watch_rule_files()  # now the workspace's own config and rules
        self.main_screen.rebuild()

    def edit_rule_file(self, path: Path) -> None:
        """Open a rule file in $EDITOR (the app is suspended meanwhile)."""
        import os
        import shlex
        import subprocess

        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        try:
            with self.suspend():
                subprocess.run([*shlex.split(editor), str(path)], check=False)
        except Exception as error:  # no terminal to suspend, editor missing…
            self.notify(self.words("cannot open {name} in {editor}: {reason}", name=path.name,
                                   editor=editor, reason=error), severity="error", markup=False)
            return
        self.reload_rules()


def _toml_only(_change, path: str) -> bool:
    """Rule files, config.toml and a rules/ folder appearing (the files written into a
    folder just made may come before it is watched); not the store's files, which change
    on every write."""
    return path.endswith(".toml") or Path(path).name == "rules"


def make_app(workspace: Workspace, *, keymap: dict[str, str] | None = None,
             demo_banner: str = "", watch_rules: bool = True,
             notices: list[str] | None = None, import_home: Path | None = None) -> CoachApp:
    """The app for one workspace (tests build it on a temporary workspace), on its own
    network service.

    ``import_home``: while the demo is shown, where an import from the palette goes (the
    app then switches to that workspace)."""
    return CoachApp(NetworkService(workspace, eager=True), keymap=keymap,
                    demo_banner=demo_banner, watch_rules=watch_rules, notices=notices,
                    import_home=import_home)
