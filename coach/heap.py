"""Keeping Python's cyclic garbage collector off the network once it is built.

A 100k-person network is a few million long-lived objects (people, names, arrays' owners).
Python's oldest-generation collection walks all of them, about 300 ms each time, every few
seconds while the app runs: that was most of the app's slow keypresses. Nothing in a built
network is garbage until the next build replaces it, and then reference counting frees it
(no cycles), so the objects alive after a build are frozen out of the collector's walk
(:func:`gc.freeze`), and the collector pauses while a build runs. The next build gives them
back and collects once, so that nothing frozen stays garbage for long.
"""

from __future__ import annotations

import ctypes
import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache

_lock = threading.Lock()
_builds = 0
_automatic = True  # whether Python collects by itself when no build and no quiet collector
_quiet: "QuietCollector | None" = None  # collecting in the person's pauses instead


def _take_over() -> None:
    """Note whether collection was on, before this module first turns it off."""
    global _automatic
    if _builds == 0 and _quiet is None:
        _automatic = gc.isenabled()


def _apply() -> None:
    """Collection on only when wanted, with no build running and no quiet collector."""
    if _automatic and _builds == 0 and _quiet is None:
        gc.enable()
    else:
        gc.disable()


@contextmanager
def building() -> Iterator[None]:
    """Build the network, roster or listing without collector passes; when the last build
    running ends, the objects alive are frozen out of later collections.

    Builds may overlap (two threads): the collector resumes when the last one ends, and it
    resumes even when the build fails.
    """
    global _builds
    with _lock:
        if _builds == 0:
            _take_over()
            release()
        _builds += 1
        _apply()
    try:
        yield
    finally:
        with _lock:
            _builds -= 1
            if _builds == 0:
                settle()
            _apply()


def release() -> None:
    """Give what an earlier build froze back to the collector and collect once.

    Whatever became garbage in a cycle since the freeze (the app's own short-lived objects,
    a few thousand per build) is freed here, so repeated builds do not grow the process;
    one full pass, about 0.3 s at 100k, once per build."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()


def give_back() -> None:
    """Hand the memory freed so far back to the system (glibc's ``malloc_trim``; nothing
    elsewhere).

    Past its first large blocks, glibc serves arrays of up to 32 MB from its heap, and memory
    freed below a block still in use stays in the process: at 1M people, a build's freed
    temporaries (JSON text, neighbour lists, masks) held 100 MB more than the build. A build
    calls this after each heavy step; it does not change how later blocks are served."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):  # not glibc (macOS, musl, Windows)
        return None


def settle() -> None:
    """Freeze everything alive now out of later collector passes.

    No collection first: right after a build the young generation holds the whole build,
    and collecting it would stall every thread for a quarter of a second at 100k."""
    gc.freeze()


def reset() -> None:
    """Collection as Python does it by default: nothing frozen, no quiet collector (for a
    process that runs many apps one after another, like the test suite)."""
    global _quiet, _automatic
    with _lock:
        _quiet = None
        _automatic = True
        gc.unfreeze()
        _apply()


class QuietCollector:
    """Collects cyclic garbage while the person pauses, not in the middle of a keypress.

    Python collects its young objects every 700 allocations: a keypress that redraws the
    screen allocates tens of thousands, so a few collections land inside every key (measured
    on 100k contacts: key-to-frame p95 42–60 ms with them, 25–36 ms without). Once started,
    automatic collection is off; :meth:`tick` (called a few times a second) collects when no
    input came for ``pause`` seconds, and collects anyway past ``most`` young objects, so
    memory stays bounded even under a key held down for a minute. Reference counting still
    frees everything that is not in a cycle at once.
    """

    def __init__(self, pause: float = 0.25, most: int = 200_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.pause = pause
        self.most = most
        self.clock = clock
        self.last_input = clock()
        self.collections = 0  # how many collections ticks made (for tests and benchmarks)

    def start(self) -> None:
        """Turn automatic collection off until :meth:`stop`."""
        global _quiet
        with _lock:
            _take_over()
            _quiet = self
            _apply()

    def stop(self) -> None:
        """Give collection back to Python."""
        global _quiet
        with _lock:
            if _quiet is self:
                _quiet = None
                _apply()

    def input(self) -> None:
        """A key or mouse event arrived: the person is busy."""
        self.last_input = self.clock()

    def tick(self) -> bool:
        """Collect if the person paused (or too much is waiting); True when it collected."""
        if _builds:  # a build is running: it collects and freezes when it ends
            return False
        young = gc.get_count()[0]
        resting = self.clock() - self.last_input >= self.pause
        if young < self.most and not (resting and young >= _SMALL):
            return False
        # Every tenth time the older objects too (those frozen after a build are skipped).
        gc.collect(2 if self.collections % 10 == 9 else 1)
        self.collections += 1
        return True


_SMALL = 2_000
"""Fewer young objects than this are not worth a collection, even in a pause."""
