"""The collector stays off a built network, and a rebuild leaves nothing for it to find."""

from __future__ import annotations

import gc
import platform
import subprocess
import sys
import threading
import weakref

import pytest

from coach.heap import QuietCollector, building
from coach.listing import ContactListing
from coach.model import Person


@pytest.fixture(autouse=True)
def _collector_restored():
    was = gc.isenabled()
    yield
    gc.unfreeze()
    gc.enable() if was else gc.disable()


def test_a_build_pauses_the_collector_then_freezes_what_it_built():
    gc.unfreeze()
    with building():
        assert not gc.isenabled()
        built = [[i] for i in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(built)


def test_a_failed_build_still_gives_the_collector_back():
    with pytest.raises(RuntimeError):
        with building():
            raise RuntimeError("the store went away")
    assert gc.isenabled()


def test_overlapping_builds_resume_the_collector_when_the_last_ends():
    first_inside, release_first = threading.Event(), threading.Event()

    def first() -> None:
        with building():
            first_inside.set()
            release_first.wait(5)

    thread = threading.Thread(target=first)
    thread.start()
    first_inside.wait(5)
    with building():
        pass
    assert not gc.isenabled()  # the first build still runs
    release_first.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off():
    gc.disable()
    with building():
        pass
    assert not gc.isenabled()


class _Node:
    """Something that can sit in a reference cycle and be watched with a weak reference."""


def test_a_new_build_gives_back_what_the_last_one_froze():
    with building():
        pass
    assert gc.get_freeze_count() > 0
    node = _Node()
    node.me = node
    freed = weakref.ref(node)
    gc.freeze()  # garbage frozen by a build: the next build must let the collector free it
    del node
    frozen = gc.get_freeze_count()
    assert freed() is not None
    with building():
        # Freed by the collector (3.12.1 keeps a few hundred objects counted as frozen after
        # gc.unfreeze(), so the count itself is not the test: the freed cycle is).
        assert freed() is None
    assert gc.get_freeze_count() < frozen + 1000


def test_a_rebuild_frees_the_old_people_without_the_collector(demo_service):
    """Freezing is only safe if nothing built is held in a reference cycle: the people of a
    replaced network must be freed by reference counting alone."""
    def build() -> tuple:
        demo_service.refresh()
        listing = ContactListing(demo_service.roster)
        listing.prepare_search()
        return listing, demo_service.advisor.top_advice_all()

    build()  # imports, rule files and caches that live for the whole process
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        built = build()
        del built
        demo_service.refresh()
        gc.collect()
        leftovers = [type(o).__name__ for o in gc.garbage if isinstance(o, Person)
                     or type(o).__name__ in ("ContactListing", "Roster", "Network", "TextFacts",
                                             "FactTable", "Advisor")]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert leftovers == []


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_quiet_collector_collects_in_pauses_only():
    clock = Clock()
    quiet = QuietCollector(pause=0.25, most=10**9, clock=clock)
    quiet.start()
    try:
        assert not gc.isenabled()
        garbage = [[] for _ in range(5_000)]
        for item in garbage:
            item.append(item)  # cycles: only a collection frees them
        del garbage, item
        quiet.input()
        clock.now += 0.1
        assert not quiet.tick()  # typing: nothing collected
        assert gc.get_count()[0] >= 5_000
        clock.now += 0.2
        assert quiet.tick()  # a pause: collected
        assert gc.get_count()[0] < 5_000
        assert not quiet.tick()  # nothing worth collecting left
    finally:
        quiet.stop()
    assert gc.isenabled()


def test_the_quiet_collector_collects_anyway_when_too_much_waits():
    clock = Clock()
    quiet = QuietCollector(pause=0.25, most=3_000, clock=clock)
    quiet.start()
    try:
        kept = [[i] for i in range(4_000)]
        quiet.input()
        assert quiet.tick()  # busy, but past ``most``
        assert len(kept) == 4_000
    finally:
        quiet.stop()


def test_a_build_does_not_turn_collection_back_on_under_the_quiet_collector():
    quiet = QuietCollector()
    quiet.start()
    try:
        with building():
            pass
        assert not gc.isenabled()
    finally:
        quiet.stop()
    assert gc.isenabled()


def test_collection_comes_back_when_the_app_ends_during_a_build():
    quiet = QuietCollector()
    quiet.start()
    with building():
        quiet.stop()  # the app quits while its rebuild worker still runs
        assert not gc.isenabled()
    assert gc.isenabled()


_FRAGMENTS = """
import sys
from coach.heap import give_back
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS'):
            return int(line.split()[1]) // 1024
freed = bytearray(16 << 20)  # freeing it raises glibc's own threshold to 16 MiB
del freed
blocks, kept = [], []
for _ in range(100):  # 1 MiB blocks, each followed by a small one still in use
    blocks.append(bytearray(1 << 20))
    kept.append(bytearray(4096))
held = rss()
del blocks
if sys.argv[1] == 'trimmed':
    give_back()
print(held - rss())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
                    reason="glibc's malloc only")
def test_memory_freed_between_blocks_still_in_use_goes_back_with_give_back():
    def given_back(mode: str) -> int:
        out = subprocess.run([sys.executable, "-c", _FRAGMENTS, mode], capture_output=True,
                             text=True, check=True)
        return int(out.stdout.strip())

    assert given_back("kept") < 20  # glibc alone keeps the 100 MiB in its heap
    assert given_back("trimmed") > 80  # handed back at once


@pytest.mark.parametrize(("given", "kept"), [(None, "1"), ("4", "4")])
def test_numpy_starts_without_its_spinning_blas_threads_unless_asked(given, kept):
    import os

    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if given is not None:
        env["OPENBLAS_NUM_THREADS"] = given
    out = subprocess.run([sys.executable, "-c", "import os, coach, numpy; "
                          "print(os.environ['OPENBLAS_NUM_THREADS'])"],
                         capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == kept
