"""Package names loaded on first use (PEP 562 ``__getattr__``).

``ictsearch``, ``ictsearch.indexer``, ``ictsearch.indexer.metadata`` and
``ictsearch.search`` export their public names this way, so importing one light
module (the errors, the snippet limits) does not import the indexing pipeline,
Whoosh's searcher or the metadata tables.
"""

from __future__ import annotations

import sys
from importlib import import_module


def lazy_exports(package: str, exports: dict[str, str], submodules: tuple[str, ...] = ()):
    """A module ``__getattr__`` for `package`: name -> module (absolute, or relative to `package`)."""

    def __getattr__(name: str):
        if name in submodules:
            return import_module(f"{package}.{name}")  # the import sets it as an attribute too
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module, package), name)
        setattr(sys.modules[package], name, value)  # found directly from now on
        return value

    return __getattr__


class LazyPattern:
    """A regular expression compiled on first use, for modules a search imports but whose
    patterns only indexing needs (compiling ``normalize``'s large character classes cost a
    fresh ``ictsearch search`` about 20 ms), or only some queries (a year span, a Latin word
    typed apart, a place list in a filter): a fresh process compiles those a search needs.
    After the first use its methods are plain attributes, as fast as the compiled pattern's."""

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)

    def __getattr__(self, name: str):
        # Only reached for names not yet set: the first use compiles and keeps every method.
        import re

        compiled = re.compile(*self._args)
        for method in ("match", "fullmatch", "search", "sub", "subn", "split", "finditer", "findall"):
            setattr(self, method, getattr(compiled, method))
        self.pattern, self.flags, self.groups, self.groupindex = (
            compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)
        return getattr(compiled, name)
