"""Whoosh without two standard-library packages it imports and does not use here.

whoosh-reloaded's ``whoosh.compat`` imports ``urllib.request`` for a
``urlretrieve`` that nothing calls, and its ``cached_property`` dependency
imports ``asyncio`` to ask, when a cached property is first read, whether the
function behind it is a coroutine.  With what they import in turn (http.client,
email, ssl, socket, the event loops) that is 227 M of the ~860 M instructions
an index run spends importing (valgrind), ~0.07 s of every command that opens
an index.

``ictsearch.indexer`` imports this module first, so it runs before anything
in the package imports Whoosh (``import ictsearch`` imports ``ictsearch.indexer``):
it imports those two modules while ``urllib.request`` and ``asyncio``
are stand-ins that import the real module when one of their names is first
used (Whoosh's ``urlretrieve`` when called, ``asyncio.iscoroutinefunction``
when a deleted-documents set is first read).  The stand-ins are gone from
``sys.modules`` afterwards: any other code imports the real modules as usual.
"""

from __future__ import annotations

import sys
import types
from importlib import import_module


class _OnFirstUse(types.ModuleType):
    """A module's stand-in: a name read from it imports the real module."""

    def __getattr__(self, name: str):
        if sys.modules.get(self.__name__) is self:  # still standing in: there is no real one yet
            raise AttributeError(name)
        value = getattr(import_module(self.__name__), name)
        setattr(self, name, value)
        return value


def _urlretrieve(*args, **kwargs):
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


def _import_without_unused_modules() -> None:
    stand_ins = {name: _OnFirstUse(name) for name in ("urllib.request", "asyncio") if name not in sys.modules}
    if not stand_ins or "whoosh.compat" in sys.modules:
        return
    if "urllib.request" in stand_ins:
        stand_ins["urllib.request"].urlretrieve = _urlretrieve
    sys.modules.update(stand_ins)
    try:
        import whoosh.compat  # noqa: F401  (urllib.request)

        try:
            import cached_property  # noqa: F401  (asyncio; whoosh.reading imports it)
        except ImportError:
            pass
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


_import_without_unused_modules()
