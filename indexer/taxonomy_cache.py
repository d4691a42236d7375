"""The theme taxonomy, kept in the extraction cache folder between runs.

``metadata.themes.taxonomy()`` analyzes every word of data/themes.toml with
Sudachi (~550 words) once in each indexing process, before its first
document: 27 ms, about 1% of bench/pdf_index_speed.py's run (21 PDFs; that
bench starts each run with a new index, so it never finds the file).
Unpickling what it built takes under 1 ms.  The file is named by a hash of
everything the taxonomy is built from — themes.toml, the modules that read
and analyze it (the metadata package and the analyzer), SudachiPy's version
and the header of its dictionary — so a change to any of them builds it
again.  A missing, unreadable or damaged file only costs the build; a folder
that cannot be written, only the saving.

This module only wraps ``themes.taxonomy``: after :func:`use_cached_taxonomy`
the module's ``taxonomy()`` returns the loaded taxonomy, which is what its own
build returns.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from importlib import resources
from pathlib import Path


def use_cached_taxonomy(cache_dir: Path) -> None:
    """Let ``themes.taxonomy()`` return the taxonomy stored in cache_dir, stored first if it is not there."""
    from .metadata import themes

    built, kind = getattr(themes, "taxonomy", None), getattr(themes, "Taxonomy", None)
    info = getattr(built, "cache_info", None)
    if kind is None or info is None or getattr(built, "from_cache", False) or info().currsize:
        return  # already loaded in this process (or themes.py builds it another way now)
    try:
        path = cache_dir / f"taxonomy-{_key(themes)}.pickle"
    except (OSError, ImportError):  # no dictionary file to name it by: built as before
        return
    taxonomy = _load(path)
    if not isinstance(taxonomy, kind):
        taxonomy = built()
        _store(path, taxonomy)

    def cached():
        return taxonomy

    def cache_clear() -> None:  # as for the lru_cache it stands in for: the next call builds it
        themes.taxonomy = built
        built.cache_clear()

    cached.__doc__ = built.__doc__
    cached.from_cache = True  # type: ignore[attr-defined]
    cached.built = built  # type: ignore[attr-defined]
    cached.cache_info = info  # type: ignore[attr-defined]
    cached.cache_clear = cache_clear  # type: ignore[attr-defined]
    themes.taxonomy = cached


def _key(themes) -> str:
    from . import analysis

    h = hashlib.sha256()
    h.update(resources.files(themes.__package__).joinpath("data/themes.toml").read_bytes())
    # Every module of the metadata package (themes.py reads with their help), and the analyzer.
    for source in sorted(Path(themes.__file__).parent.glob("*.py")) + [Path(analysis.__file__)]:
        h.update(source.name.encode() + source.read_bytes())
    h.update(repr(sys.version_info[:2]).encode())
    import sudachidict_core
    import sudachipy

    h.update(str(getattr(sudachipy, "__version__", "")).encode())
    dictionary = Path(sudachidict_core.__file__).parent / "resources" / "system.dic"
    with open(dictionary, "rb") as f:
        h.update(f.read(1024))  # its version, build time and description
    return h.hexdigest()[:24]


def _load(path: Path):
    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # missing, truncated, from another layout: built again
        return None


def _store(path: Path, taxonomy) -> None:
    tmp = path.with_name(f"{path.name}.{id(taxonomy)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(pickle.dumps(taxonomy, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
