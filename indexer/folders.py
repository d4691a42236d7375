"""What a run did to whole folders of a collection: a sub-folder gone, a new one, one renamed.

A run reports files: a sub-folder renamed inside an indexed collection (資料/2023 → 資料/令和5年度)
read "12 added, 12 removed", and one moved out of it "12 removed", without a word of which
folder.  This module names them, from the run's outcomes and the manifest before the run.
"""

from __future__ import annotations

import os
from typing import Iterable

from .discover import Found
from .outcomes import ADDED, REMOVED, FileOutcome
from .plan import collection_folder

#: (folder, documents) each
Folders = tuple[tuple[str, int], ...]


def _known_folders(before: dict[str, dict]) -> tuple[set[str], set[str]]:
    """(collections, folders): the folders documents were indexed under, and every folder from
    one of them down to a document of it (a file named on its own makes no collection)."""
    collections: set[str] = set()
    known: set[str] = set()
    for entry in before.values():
        root = entry.get("root")
        if not root or root == entry["path"]:
            continue
        collections.add(root)
        folder = os.path.dirname(entry["path"])
        while folder not in known:
            known.add(folder)
            if folder == root or os.path.dirname(folder) == folder:
                break
            folder = os.path.dirname(folder)
    return collections, known


def _topmost_gone(path: str, collections: set[str], exists: dict[str, bool]) -> str | None:
    """The highest folder above `path`, below its collection, that is no longer there (`exists`:
    what was looked up already, so that a folder of 1,000 files removed is looked up once)."""
    top = None
    folder = os.path.dirname(path)
    while folder not in collections and os.path.dirname(folder) != folder:
        if folder not in exists:
            exists[folder] = os.path.exists(folder)
        if exists[folder]:
            break
        top, folder = folder, os.path.dirname(folder)
    return top


def _holds_nothing(folder: str, empty: dict[str, bool]) -> bool:
    """Whether `folder` is there and holds nothing at all (no file, no sub-folder, hidden or not):
    the mount point of a share that is not mounted, or a folder whose files were all moved out."""
    if folder not in empty:
        try:
            with os.scandir(folder) as entries:
                empty[folder] = next(entries, None) is None
        except OSError:
            empty[folder] = False
    return empty[folder]


def _topmost_new(path: str, known: set[str]) -> str | None:
    """The highest folder above `path` that held no document, below one of a collection that did
    (None for a file of a folder known, or of a collection new as a whole)."""
    top = None
    folder = os.path.dirname(path)
    while folder not in known:
        if os.path.dirname(folder) == folder:
            return None
        top, folder = folder, os.path.dirname(folder)
    return top


def pair_folders(old: dict[str, dict[str, int | None]], new: dict[str, dict[str, int | None]]) -> list[tuple[str, str, int]]:
    """(old folder, new folder, files) for each old folder whose files ({name under the folder: size})
    a new one holds at least half of, the new one holding the most; each new folder paired once."""
    # Which new folders hold each (name, size): a folder is compared with those sharing a file with
    # it, not with every new folder.
    holders: dict[tuple[str, int | None], list[str]] = {}
    for folder, files in sorted(new.items()):
        for key in files.items():
            holders.setdefault(key, []).append(folder)
    pairs = []
    taken: set[str] = set()
    for folder, files in sorted(old.items()):
        same: dict[str, int] = {}
        for key in files.items():
            for other in holders.get(key, ()):
                if other not in taken:
                    same[other] = same.get(other, 0) + 1
        best = max(sorted(same), key=lambda other: same[other], default=None)
        # Half at least: files are added to or deleted from a folder around the time it is renamed.
        if best is not None and 2 * same[best] >= len(files):
            pairs.append((folder, best, same[best]))
            taken.add(best)
    return pairs


def renamed_collections(absent: Iterable[tuple[str, int]], docs: Iterable[dict],
                        found: Iterable[Found]) -> tuple[tuple[str, str, int], ...]:
    """(absent folder, named folder, files) for a collection folder that is not there while a folder
    named in the run holds the same files: the collection renamed (資料 → 資料2023) and indexed under
    its new name, whose old documents the index keeps (absent_folders) and every search shows twice.
    found: the files of the run, as discovery found them under the folders named."""
    absent = {folder for folder, _ in absent}
    if not absent:
        return ()
    old: dict[str, dict[str, int | None]] = {}
    for entry in docs:
        folder = collection_folder(entry)
        if folder in absent:
            old.setdefault(folder, {})[os.path.relpath(entry["path"], folder)] = entry.get("size")
    new: dict[str, dict[str, int | None]] = {}
    for f in found:
        if f.path != f.root:
            new.setdefault(str(f.root), {})[os.path.relpath(f.path, f.root)] = f.size
    return tuple(pair_folders(old, new))


def folder_changes(before: dict[str, dict], outcomes: Iterable[FileOutcome]) -> tuple[
        Folders, Folders, tuple[tuple[str, str, int], ...]]:
    """(gone, new, moved, emptied) for a run, from the manifest's documents before it (doc id → entry).

    gone: (folder, documents removed) for each sub-folder of a collection that is no longer there
    and all of whose documents the run removed.  new: (folder, documents added) for each folder
    inside a collection that held no document before.  moved: (old, new, documents) for a gone
    folder and a new one holding the same files (name under the folder, and size) for at least
    half of the gone one's documents: renamed or moved; such a pair is in moved only.  emptied:
    (folder, documents removed) for each sub-folder of a collection that is there but holds nothing
    at all, all of whose documents the run removed (a nested share not mounted, its mount point
    left; or its files moved out or deleted): its documents are removed, as any file gone from a
    collection is, and named here (a named folder left empty keeps its documents instead, see
    plan.empty_named_folders).  A collection gone or new as a whole is not here (`absent_folders`,
    the paths named).
    """
    outcomes = list(outcomes)
    collections, known = _known_folders(before)
    if not known:
        return (), (), (), ()
    removed: dict[str, dict[str, int | None]] = {}
    emptied: dict[str, dict[str, int | None]] = {}
    exists: dict[str, bool] = {}
    empty: dict[str, bool] = {}
    for o in outcomes:
        if o.status == REMOVED and o.doc_id in before:
            gone = _topmost_gone(o.path, collections, exists)
            # The folder above what is gone, there but holding nothing at all (a nested share's bare
            # mount point, a folder whose files were moved out): named as emptied, not left at "3 removed".
            holder = os.path.dirname(gone or o.path)
            if holder not in collections and _is_below(holder, collections) and _holds_nothing(holder, empty):
                emptied.setdefault(holder, {})[os.path.relpath(o.path, holder)] = before[o.doc_id].get("size")
            elif gone is not None:
                removed.setdefault(gone, {})[os.path.relpath(o.path, gone)] = before[o.doc_id].get("size")
    # A folder whose documents the run did not all remove (the index keeps some) is not said gone.
    removed, emptied = _wholly(removed, before), _wholly(emptied, before)

    added: dict[str, dict[str, int | None]] = {}
    for o in outcomes:
        if o.status == ADDED:
            new = _topmost_new(o.path, known)
            if new is not None:
                added.setdefault(new, {})[os.path.relpath(o.path, new)] = o.size

    moved = pair_folders({**removed, **emptied}, added)
    paired_old, paired_new = {m[0] for m in moved}, {m[1] for m in moved}
    return (tuple((f, len(files)) for f, files in sorted(removed.items()) if f not in paired_old),
            tuple((f, len(files)) for f, files in sorted(added.items()) if f not in paired_new),
            tuple(moved),
            tuple((f, len(files)) for f, files in sorted(emptied.items()) if f not in paired_old))


def _is_below(folder: str, collections: set[str]) -> bool:
    """Whether `folder` lies inside one of the collections (not one itself)."""
    parent = os.path.dirname(folder)
    while parent != folder:
        if parent in collections:
            return True
        folder, parent = parent, os.path.dirname(parent)
    return False


def _wholly(folders: dict[str, dict[str, int | None]], before: dict[str, dict]) -> dict[str, dict[str, int | None]]:
    """The folders of `folders` (folder → its removed files) all of whose documents were removed."""
    if not folders:
        return folders
    held: dict[str, int] = {}
    for entry in before.values():
        folder = os.path.dirname(entry["path"])
        while os.path.dirname(folder) != folder and folder not in folders:
            folder = os.path.dirname(folder)
        if folder in folders:
            held[folder] = held.get(folder, 0) + 1
    return {f: files for f, files in folders.items() if held.get(f) == len(files)}
