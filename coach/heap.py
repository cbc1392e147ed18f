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

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_builds = 0
_was_enabled = True


@contextmanager
def building() -> Iterator[None]:
    """Build the network, roster or listing without collector passes; when the last build
    running ends, the objects alive are frozen out of later collections.

    Builds may overlap (two threads): the collector resumes when the last one ends, and it
    resumes even when the build fails.
    """
    global _builds, _was_enabled
    with _lock:
        if _builds == 0:
            _was_enabled = gc.isenabled()
            release()
            gc.disable()
        _builds += 1
    try:
        yield
    finally:
        with _lock:
            _builds -= 1
            if _builds == 0:
                settle()
                if _was_enabled:
                    gc.enable()


def release() -> None:
    """Give what an earlier build froze back to the collector and collect once.

    Whatever became garbage in a cycle since the freeze (the app's own short-lived objects,
    a few thousand per build) is freed here, so repeated builds do not grow the process;
    one full pass, about 0.3 s at 100k, once per build."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()


def settle() -> None:
    """Freeze everything alive now out of later collector passes.

    No collection first: right after a build the young generation holds the whole build,
    and collecting it would stall every thread for a quarter of a second at 100k."""
    gc.freeze()
