"""Tables a search derives from shipped files, kept on disk so that each new process need not.

Every terminal search is a new process: a table that takes Sudachi to build (the domain
synonyms' keys, search/synonyms.py: 60 ms of a fresh ``ictsearch search``) is built once
and read back as JSON by the processes after it.  The file's name holds a digest of all the
table depends on (the caller's data and source files, Sudachi's version and dictionary), so
a changed file or an upgraded dictionary is a new name and the old file is never read again.

The cache is only a shortcut: a file that cannot be read or parsed, or a folder that cannot
be written, leaves the caller computing the table as it did without it, silently.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")

#: The folder, when set (tests; a shared machine's own choice); else $XDG_CACHE_HOME/ictsearch.
CACHE_ENV = "ICTSEARCH_CACHE"


def cache_dir() -> Path:
    """$ICTSEARCH_CACHE, else $XDG_CACHE_HOME/ictsearch (~/.cache/ictsearch)."""
    from ictsearch.indexer.store import user_dir

    return user_dir(CACHE_ENV, "XDG_CACHE_HOME", ".cache", "ictsearch")


def sudachi_fingerprint() -> str:
    """SudachiPy's version and the core dictionary's file (path, size, time): what the analyzer's
    output depends on beyond our own files.  Read without loading the dictionary."""
    import importlib.util

    import sudachipy

    spec = importlib.util.find_spec("sudachidict_core")
    if spec is None or spec.origin is None:
        raise OSError("sudachidict_core is not installed")
    dic = Path(spec.origin).parent / "resources" / "system.dic"
    st = dic.stat()
    return f"sudachipy {sudachipy.__version__} {dic} {st.st_size} {st.st_mtime_ns}"


def _sha256():
    """A SHA-256 hash: CPython's own, where built (hashlib's loads OpenSSL, 6 ms of a fresh search
    that nothing else in it needs; tests/test_startup.py)."""
    try:
        from _sha256 import sha256
    except ImportError:  # another build, or Python 3.12's _sha2
        from hashlib import sha256
    return sha256()


def derived(name: str, files: Iterable[Path], versions: Callable[[], Iterable[str]], build: Callable[[], T],
            encode: Callable[[T], object], decode: Callable[[object], T]) -> T:
    """build()'s table, read from the cache when one was written from the same `files` (their
    bytes) and `versions()` strings, else built and written there for the next process.
    `encode` makes it JSON (lists, dicts, strings), `decode` makes it again as build() gives it.

    Files of older keys stay (a few kilobytes each): two installs sharing a home would otherwise
    remove each other's.  Removing the folder is always safe."""
    try:
        digest = _sha256()
        for part in versions():
            digest.update(part.encode("utf-8") + b"\0")
        for file in files:
            digest.update(file.read_bytes() + b"\0")
        path = cache_dir() / f"{name}-{digest.hexdigest()[:32]}.json"
    except (OSError, ImportError, AttributeError):
        return build()  # what the table depends on cannot be read: no key, no cache
    try:
        with path.open(encoding="utf-8") as fh:
            return decode(json.load(fh))
    except Exception:  # missing, or truncated, damaged, foreign: the table is built instead
        pass
    table = build()
    _write(path, encode(table))
    return table


def _write(path: Path, value: object) -> None:
    """Write `value` as `path`, whole or not at all."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(value, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)  # a reader sees the file missing or whole, never half written
    except OSError:  # a read-only home, a full disk: the next process builds the table too
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
