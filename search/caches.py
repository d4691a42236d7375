"""What an open searcher may keep: one object of each kind per searcher, and caches bounded by size.

A Whoosh searcher is a snapshot of the index, so nothing read from it goes
stale; a commit gives the next search a new searcher, and its caches go with
the old one.
"""

from __future__ import annotations

from typing import Callable, TypeVar

T = TypeVar("T")


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
