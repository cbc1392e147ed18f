"""Live data: the running app notices what another process wrote to its store.

``coach log``, ``coach tag`` or ``coach import`` from a second shell commit through their own
connection; SQLite's ``PRAGMA data_version`` on the app's connection then changes (never for
the app's own writes). A timer looks at it twice a second on the event loop — one pragma,
microseconds, skipped when a worker holds the connection — and when it moved, the main
screen reads the network again off the event loop (``MainScreen.rebuild``), keeping the
highlighted person, the filters and the search.
"""

from __future__ import annotations

from coach.tui.failures import one_line

LOOK_EVERY = 0.5
"""Seconds between two looks at the store: a change shows within about a second."""


class LiveData:
    """Watches the app's store for commits made by other processes."""

    def __init__(self, app, every: float = LOOK_EVERY) -> None:
        self.app = app
        self.every = every
        self.changes = 0  # how many outside changes were noticed (tests read it)
        self._store = None  # the store the version below belongs to
        self._version: int | None = None
        self._timer = None

    def start(self) -> None:
        """Note the store's version now and look again every ``every`` seconds."""
        self._remember()
        self._timer = self.app.set_interval(self.every, self.look, name="live-data")

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _remember(self) -> None:
        store = self.app.service.store
        self._store = store
        self._version = store.data_version()

    def look(self) -> None:
        """Rebuild the main screen when another process committed since the last look."""
        store = self.app.service.store
        if store is not self._store:  # the app left the demo for the person's workspace
            self._remember()
            return
        try:
            version = store.data_version(wait=False)
        except Exception as error:  # a closed or damaged file: say it once, stop looking
            self.stop()
            w = self.app.words
            self.app.notify(w("The workspace can no longer be watched for changes: {reason}",
                              reason=one_line(error)), severity="warning", markup=False)
            return
        if version is None or version == self._version:
            return  # busy (a worker is writing or reading), or nothing new
        self._version = version
        self.changes += 1
        self.app.refresh_data()
