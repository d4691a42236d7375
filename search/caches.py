"""What an open searcher may keep: one object of each kind per searcher, and caches bounded by size.

A Whoosh searcher is a snapshot of the index, so nothing read from it goes
stale; a commit gives the next search a new searcher, and its caches go with
the old one.

Each thread of an open ``Index`` has a searcher of its own (a Whoosh reader keeps file
positions, so it is not shared), but what they read is the same for every searcher of
one index state: the facet sets, the field lengths, the postings.  A thread started
for one request read all of that again before its first hit.  So those are kept per
index state (``SharedStates``, keyed by what the searcher reads: the index's
ictsearch.json, its generation, the commit and its segments), made by the first thread
that needs them through its own searcher, and read by the others.
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import Callable, Hashable, TypeVar

T = TypeVar("T")
_NOTHING = object()


def per_searcher(searcher, name: str, make: Callable[[object], T]) -> T:
    """The searcher's `name` object, made by `make(searcher)` on first use."""
    key = "_ictsearch_" + name
    found = searcher.__dict__.get(key)
    if found is None:
        found = searcher.__dict__[key] = make(searcher)
    return found


class Budget:
    """A cache with a total size, least recently used dropped first."""

    def __init__(self, budget: int, size: Callable[[object], int] = lambda value: 1):
        self.budget = budget
        self.size = size
        self.held = 0
        self.items: dict = {}

    def get(self, key):
        found = self.items.pop(key, None)
        if found is not None:
            self.items[key] = found  # now the most recent
        return found

    def put(self, key, value):
        """Keep `value` (unless it alone exceeds the budget) and return it."""
        n = self.size(value)
        if n > self.budget:
            return value
        old = self.items.pop(key, None)
        if old is not None:
            self.held -= self.size(old)
        self.items[key] = value
        self.held += n
        while self.held > self.budget:
            self.held -= self.size(self.items.pop(next(iter(self.items))))
        return value


def shared_state(searcher) -> "SharedState":
    """What the threads reading the searcher's index state share (set by ``Index``'s threads);
    a state of its own for a searcher opened any other way."""
    return per_searcher(searcher, "shared", lambda _: SharedState(None))


class LockedBudget(Budget):
    """A :class:`Budget` that threads share: each get and put under a lock (a get reorders the
    items, a put drops some: two threads at once could drop one twice or count it wrong)."""

    def __init__(self, budget: int, size: Callable[[object], int] = lambda value: 1):
        super().__init__(budget, size)
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            return super().get(key)

    def put(self, key, value):
        with self._lock:
            return super().put(key, value)


class SharedState:
    """The objects every searcher of one index state shares: each made once, then only read."""

    def __init__(self, key: Hashable):
        self.key = key
        self._lock = threading.Lock()
        self._objects: dict[str, object] = {}
        #: How many times each object was made (by whichever thread asked first): what the tests check.
        self.made: Counter = Counter()

    def get(self, name: str, make: Callable[[], T]) -> T:
        """The state's `name` object, made by `make()` if no thread made it yet.

        `make` runs outside the lock: it reads through the calling thread's own searcher, and
        no thread should wait on another's reading (nor hold this lock while `make` takes
        another, a Budget's).  Two threads asking at once may both make it; the first kept
        is what both get, so every thread holds the same object."""
        with self._lock:
            found = self._objects.get(name, _NOTHING)
        if found is not _NOTHING:
            return found  # type: ignore[return-value]
        made = make()
        with self._lock:
            # Counted when kept, not when `found is made`: a make that returns an object it did not
            # create (the facet sets file's dict, a small int bitset CPython interns) is the same
            # object for two threads racing, and both counted it (test_threads failed under load).
            found = self._objects.get(name, _NOTHING)
            if found is _NOTHING:
                self._objects[name] = found = made
                self.made[name] += 1
        return found  # type: ignore[return-value]


class SharedStates:
    """One :class:`SharedState` per index state, the most recent `keep` of them.

    More than one: a thread still reading the commit before (its search began before another
    process committed) must not throw away what the threads on the new commit have made, nor
    they its.  Older ones go: a searcher asks for its state when it is opened, and a thread
    opens one of the current commit on its next call."""

    def __init__(self, keep: int = 2):
        self.keep = keep
        self._lock = threading.Lock()
        self._states: dict[Hashable, SharedState] = {}

    def of(self, key: Hashable) -> SharedState:
        with self._lock:
            state = self._states.pop(key, None)
            if state is None:
                state = SharedState(key)
            self._states[key] = state  # the most recent last
            while len(self._states) > self.keep:
                del self._states[next(iter(self._states))]
            return state
