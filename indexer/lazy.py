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
