"""Finding the files to index under the paths a user names."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

#: What `ictsearch index` picks up, by file name ending (case-insensitive).
SUPPORTED_SUFFIXES = (".pdf", ".txt", ".md")


@dataclass(frozen=True)
class Found:
    path: Path  # absolute
    root: Path  # the named folder it was found under (or the file itself)
    size: int
    mtime_ns: int


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def discover(paths: Iterable[str | os.PathLike]) -> tuple[list[Found], list[tuple[Path, str]]]:
    """Supported files under `paths`, recursively, hidden files and folders skipped.

    Returns the files found (each once, in a stable order) and the named paths
    that could not be used, with a reason.
    """
    found: dict[Path, Found] = {}
    problems: list[tuple[Path, str]] = []
    for given in paths:
        root = Path(os.path.abspath(Path(given).expanduser()))
        if not root.exists():
            problems.append((root, "no such file or folder"))
            continue
        if root.is_file():
            if root.suffix.lower() in SUPPORTED_SUFFIXES:
                st = root.stat()
                found.setdefault(root, Found(root, root, st.st_size, st.st_mtime_ns))
            else:
                problems.append((root, f"not a supported file type (only {', '.join(SUPPORTED_SUFFIXES)})"))
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not _is_hidden(d))
            for name in sorted(filenames):
                if _is_hidden(name) or not name.lower().endswith(SUPPORTED_SUFFIXES):
                    continue
                path = Path(dirpath) / name
                try:
                    st = path.stat()
                except OSError as e:
                    problems.append((path, f"cannot read: {e.strerror}"))
                    continue
                if path.is_file():
                    found.setdefault(path, Found(path, root, st.st_size, st.st_mtime_ns))
    return list(found.values()), problems


def is_under(path: str, roots: Iterable[Path]) -> bool:
    """Whether an indexed path lies inside one of the named roots (or is one)."""
    p = Path(path)
    return any(p == r or r in p.parents for r in roots)
