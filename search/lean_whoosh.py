"""Import Whoosh without modules that no ictsearch command uses.

Importing this module imports Whoosh's query, index and reading modules.  Some
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

While Whoosh is imported, those names are stand-ins: ``urlretrieve`` and
``variations`` import the real function on their first call, and
``cached_property`` is ``functools.cached_property``.  The stand-ins are
registered in ``sys.modules`` only for the length of the import, so a later
``import urllib.request`` (or of the other two) loads the real module.  If
Whoosh was already imported, nothing is done.
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


def _stand_ins() -> dict[str, types.ModuleType]:
    modules = {}
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
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


_import_whoosh()
