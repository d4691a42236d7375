"""Import Whoosh without modules that no ictsearch command uses.

Importing this module imports the Whoosh modules a search uses (index, query,
reading, searching, the segment codec and its compound files).  Some
of their imports cost every fresh ``ictsearch search`` process time and are
never used here:

- ``whoosh.compat`` imports ``urlretrieve`` from ``urllib.request``, which
  loads ``http.client``, ``email`` and ``ssl``; nothing in Whoosh calls it.
- ``whoosh.reading`` takes ``cached_property`` from the package of that name,
  which imports ``asyncio`` for coroutine support; Whoosh's one cached
  property (``deleted_docs_set``, a plain method) works the same with
  ``functools.cached_property``.
- ``whoosh.query.terms`` imports ``variations`` from ``whoosh.lang.morph_en``
  (English word forms, a few hundred regular expressions compiled at import);
  only Whoosh's ``Variations`` query calls it.  (The English stemmer stays:
  ``StemFilter`` keeps it as a default argument, which a pickled schema names.)
- ``whoosh.filedb.filestore`` imports ``tempfile`` and ``whoosh.filedb.compound``
  imports ``shutil`` (which loads ``bz2`` and ``lzma``) for writing, ``whoosh.util``
  and ``whoosh.classify`` import ``random`` to name new files and sample terms,
  ``whoosh.util.times`` imports ``calendar`` (and ``locale``) for date
  fields; a search uses none of them (7 ms of a fresh search together).
- ``whoosh.filedb.filetables`` takes ``md5`` from ``hashlib``, which loads
  OpenSSL (6 ms) to hash each term it writes or looks up.  CPython's own
  ``_md5`` gives the same digests, loads in 0.5 ms and hashes a term in half
  the time; Whoosh gets it (``hashlib.md5`` where ``_md5`` is not built).

While Whoosh is imported, those names are stand-ins: ``urlretrieve`` and
``variations`` import the real function on their first call; ``tempfile``,
``shutil``, ``random`` and ``calendar`` import the real module when first asked
for an attribute (``shutil.copyfileobj``, taken by name, on its first call);
``md5`` is ``_md5.md5``; ``cached_property`` is ``functools.cached_property``.
The stand-ins are registered in ``sys.modules`` only for the length of the
import, so a later ``import urllib.request`` (or of any of the others) loads
the real module.  If Whoosh was already imported, nothing is done.
"""

from __future__ import annotations

import functools
import importlib
import sys
import types


def _calls_real(module: str, name: str):
    def stand_in(*args, **kwargs):
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    stand_in.__name__ = stand_in.__qualname__ = name
    stand_in.__doc__ = f"{module}.{name}, imported on the first call (ictsearch.search.lean_whoosh)."
    return stand_in


class _ModuleOnFirstUse(types.ModuleType):
    """A module that imports the real one when an attribute is first asked of it."""

    def __getattr__(self, name: str):
        if name.startswith("__"):
            # The import system's questions (__path__: is it a package?) are not a use.
            raise AttributeError(name)
        real = sys.modules.get(self.__name__)
        if real is None or real is self:
            sys.modules.pop(self.__name__, None)  # asked while Whoosh is imported: the real one from now on
            real = importlib.import_module(self.__name__)
        return getattr(real, name)


def _builtin_md5():
    try:
        from _md5 import md5
    except ImportError:  # a Python built to hash with OpenSSL only
        return _calls_real("hashlib", "md5")
    return md5


def _stand_ins() -> dict[str, types.ModuleType]:
    modules = {}
    for module in ("tempfile", "shutil", "random", "calendar"):
        modules[module] = _ModuleOnFirstUse(module, "Imported on first use (ictsearch.search.lean_whoosh).")
    # whoosh.filedb.compound takes the function itself (from shutil import copyfileobj).
    modules["shutil"].copyfileobj = _calls_real("shutil", "copyfileobj")
    modules["hashlib"] = _ModuleOnFirstUse("hashlib", "Imported on first use (ictsearch.search.lean_whoosh).")
    modules["hashlib"].md5 = _builtin_md5()
    for module, name in (("urllib.request", "urlretrieve"), ("whoosh.lang.morph_en", "variations")):
        stand_in = types.ModuleType(module, "A stand-in while Whoosh is imported (ictsearch.search.lean_whoosh).")
        setattr(stand_in, name, _calls_real(module, name))
        modules[module] = stand_in
    stand_in = types.ModuleType("cached_property", "A stand-in while Whoosh is imported (ictsearch.search.lean_whoosh).")
    stand_in.cached_property = functools.cached_property
    modules["cached_property"] = stand_in
    return modules


def _import_whoosh() -> None:
    if "whoosh.compat" in sys.modules:
        return  # imported already, with whatever it imports
    stand_ins = {name: m for name, m in _stand_ins().items() if name not in sys.modules}
    sys.modules.update(stand_ins)
    try:
        import whoosh.index  # noqa: F401
        import whoosh.query  # noqa: F401  (whoosh.compat, whoosh.reading, whoosh.query.terms)
        import whoosh.filedb.compound  # noqa: F401  (shutil; search/mapped.py patches it)
        import whoosh.searching  # noqa: F401  (whoosh.classify: random)
        import whoosh.codec.whoosh3  # noqa: F401  (whoosh.filedb.filetables: hashlib.md5)
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


_import_whoosh()
