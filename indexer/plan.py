"""Planning a run: which files to (re)process, which are unchanged, which are gone.

The manifest of the current generation records each document's size,
modification time, inode change time and number, content hash and manual-metadata
signature, so unchanged files are never opened.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from .discover import Found, is_under
from .document import doc_id_for
from .errors import IctsearchError
from .ocr import SCANS_NOT_READ
from .outcomes import ADDED, FAILED, REMOVED, UNCHANGED, UPDATED, FileOutcome
from .metadata import rules_version
from .store import IndexStore, Manifest


@dataclass(frozen=True)
class Task:
    """One file to extract, analyze and write."""

    path: str
    root: str
    doc_id: str
    size: int
    mtime_ns: int
    old_hash: str | None
    #: The index already holds a version of this document.
    known: bool = False
    #: Read PDF pages without a text layer with OCR (``--no-ocr`` turns it off).
    ocr: bool = True
    #: Unchanged, file and manual metadata alike, but derived by other rules (an upgrade): derived again.
    rederive: bool = False
    #: The page count the index holds for it: what a file touched without a change still has.
    old_pages: int | None = None


def manual_signature(path: Path, root: Path) -> list:
    """What the sidecar and metadata.csv files say about `path`, as a digest ([] when none does).

    Editing manual metadata must re-index the document even though its own bytes did not
    change; and only that document: the modification times of the files were the signature
    until fixing one row of a metadata.csv re-indexed every document under it.  A warning about a
    metadata.csv as a whole (a row for a file not there) is left out for the same reason: adding
    or fixing such a row re-indexed them all; :func:`plan` gives it to the unchanged instead.
    """
    import hashlib

    from .metadata.manual import manual_metadata

    try:
        said = manual_metadata(path, root, file_problems=False)
    except IctsearchError as e:  # an unreadable sidecar or CSV: the document fails until it is fixed
        said = ("error", str(e))
    else:
        if not any(said):
            return []
    return [hashlib.sha256(repr(said).encode("utf-8", "surrogateescape")).hexdigest()]


def _file_warnings(f: Found) -> tuple[str, ...]:
    """What is wrong with the metadata.csv files above an unchanged document: a row added for a
    file that is not there (a misspelt name) re-indexes nothing, and would be said nowhere."""
    from .metadata.manual import file_warnings

    try:
        return tuple(file_warnings(f.path, f.root))
    except IctsearchError:
        return ()  # an unreadable CSV changed the signature: the document is not unchanged


def _collection_root(f: Found, entry: dict | None) -> Found:
    """The file as found under the folder whose metadata.csv files apply to it: the folder named,
    or the folder the document was last indexed under when that holds the one named.  A run over
    one folder of the collection (or over a file of it) after a file was added there re-indexed
    every document of it without the collection's metadata.csv above, and the next run over the
    collection set it again."""
    known = entry.get("root") if entry else None
    if known and Path(known) in f.root.parents:
        return replace(f, root=Path(known))
    return f


def _own_path_if_indexed(f: Found, manifest: Manifest) -> Found:
    """A file reached through a link (a linked folder named) whose own path the index holds: under
    its own path, as one run keeps it when both are found, so that it is indexed once."""
    real = os.path.realpath(f.path)
    if real == str(f.path):
        return f
    entry = manifest.docs.get(doc_id_for(Path(real)))
    if entry is None:
        return f
    return replace(f, path=Path(real), root=Path(entry.get("root") or os.path.dirname(real)))


class Manual(NamedTuple):
    """A file's manual-metadata signature and the folder its metadata.csv files were read up to
    (and the file's change stamp as planned, which the manifest records beside them)."""

    signature: list
    root: str
    stamp: tuple[int | None, int | None] = (None, None)  # (st_ctime_ns, st_ino)


def collection_folder(entry: dict) -> str:
    """The folder a manifest entry's document was indexed under (its own folder for a file named alone)."""
    root = entry.get("root")
    return root if root and root != entry["path"] else os.path.dirname(entry["path"])


def renumbered_collections(found: list[Found], manifest: Manifest) -> dict[str, int]:
    """{collection folder: files} for the collections, not known for it yet, whose files have other
    inode numbers than the manifest records while their size, modification and change times are
    the same, for most of them: a network share mounted again (SMB with `noserverino`, sshfs and
    other FUSE mounts number inodes afresh).  Asking for the content hash whenever the number
    differed read every file of such a share on every run.

    A file replaced by another (cp -p, rsync -t, an unzip) has a new change time, so the change
    time still catches it there.  A file whose number alone changed while the others' stayed may
    be one replaced on a file system whose change time tells nothing: that one is still read.
    (A share whose change times change on every mount too is still read in full each run.)"""
    kept: dict[str, int] = {}
    renumbered: dict[str, int] = {}
    for f in found:
        if f.ctime_ns is None:
            continue
        entry = manifest.docs.get(doc_id_for(_own_path_if_indexed(f, manifest).path))
        if entry is None or entry.get("ino") is None or entry.get("ctime_ns") != f.ctime_ns:
            continue
        if (entry["size"], entry["mtime_ns"]) != (f.size, f.mtime_ns):
            continue
        folder = collection_folder(entry)
        if folder in manifest.renumbered:
            continue
        counts = kept if entry["ino"] == f.ino else renumbered
        counts[folder] = counts.get(folder, 0) + 1
    # Most, not all: a share numbering its inodes afresh may give a file the number it had.  Two
    # at least: one file whose number changed is read (a file of its own, cheap), not trusted.
    return {folder: n for folder, n in sorted(renumbered.items()) if n >= 2 and n > kept.get(folder, 0)}


def _same_stamp(entry: dict, f: Found, renumbered: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether the file is the one the manifest describes, by its inode change time and number.

    Size and modification time alone missed a file replaced by another of the same size with its
    stamps kept (`cp -p`, `rsync -t`, an unzip of a newer archive, an editor keeping the mtime):
    writing or replacing a file always changes its ctime or inode, and discovery's stat() already
    has both, so this costs nothing on an unchanged file.  A stamp that differs only asks for the
    content hash (the bytes are read, not extracted): a chmod, a copy of the collection to another
    disk, or a manifest written before the stamp was recorded (no "ctime_ns": one hash pass, then
    recorded) cost one read of each file, never a re-extraction when the bytes are the same.
    renumbered: collection folders whose inode numbers change between runs (renumbered_collections):
    there the change time alone tells a replaced file.
    """
    if f.ctime_ns is None:  # a Found made without one (by a caller of plan()): size and mtime, as before
        return True
    if entry.get("ctime_ns") != f.ctime_ns:
        return False
    return entry.get("ino") == f.ino or collection_folder(entry) in renumbered


def plan(found: list[Found], manifest: Manifest, *, ocr: bool = True,
         renumbered: frozenset[str] | set[str] = frozenset()) -> tuple[list[Task], list[FileOutcome], dict[str, Manual]]:
    """Files to (re)process, files unchanged, and each file's manual-metadata signature.
    renumbered: collection folders whose inode numbers are not kept between runs (_same_stamp)."""
    tasks: list[Task] = []
    unchanged: list[FileOutcome] = []
    signatures: dict[str, Manual] = {}
    for f in found:
        f = _own_path_if_indexed(f, manifest)
        doc_id = doc_id_for(f.path)
        entry = manifest.docs.get(doc_id)
        f = _collection_root(f, entry)
        signature = manual_signature(f.path, f.root)
        signatures[str(f.path)] = Manual(signature, str(f.root), (f.ctime_ns, f.ino))
        same_manual = entry is not None and entry.get("manual", []) == signature
        # Derived by other metadata rules (an upgrade): derived again, as manual metadata edited is.
        same_rules = entry is not None and entry.get("rules") == rules_version()
        same_file = entry is not None and entry["size"] == f.size and entry["mtime_ns"] == f.mtime_ns
        # Scanned pages left unread (OCR was off or missing) are read once OCR can run.
        unread_scans = entry is not None and ocr and entry.get("scans_unread", False)
        if same_manual and same_rules and same_file and _same_stamp(entry, f, renumbered) and not unread_scans:
            about_files = _file_warnings(f)
            unchanged.append(
                FileOutcome(str(f.path), UNCHANGED, doc_id=doc_id, pages=entry.get("pages"), size=f.size,
                            mtime_ns=f.mtime_ns, content_hash=entry.get("hash"), warnings=about_files,
                            collection_warnings=about_files)
            )
            continue
        old_hash = entry["hash"] if same_manual and same_rules and not unread_scans else None
        tasks.append(Task(str(f.path), str(f.root), doc_id, f.size, f.mtime_ns, old_hash, known=entry is not None,
                          ocr=ocr, rederive=same_manual and same_file and not same_rules and not unread_scans,
                          old_pages=entry.get("pages") if entry else None))
    # Largest first, so that no worker is left with a big PDF at the end.
    tasks.sort(key=lambda t: -t.size)
    return tasks, unchanged, signatures


def removed(manifest: Manifest, found: list[Found], roots: list[Path], unreadable: list[Path] = ()) -> list[str]:
    """Documents whose files are gone from the named folders (a folder that could not be read is not gone)."""
    present = {str(_own_path_if_indexed(f, manifest).path) for f in found}  # as plan() takes them
    # A file indexed through a link before and found under its own path now (or the other way
    # round): the same file, which is indexed once.
    present_real = {os.path.realpath(p) for p in present}
    return sorted(
        doc_id
        for doc_id, entry in manifest.docs.items()
        if entry["path"] not in present
        and not is_under(entry["path"], unreadable)
        and (is_under(entry["path"], roots)
             or (not os.path.exists(entry["path"]) and _collection_is_there(entry))
             or os.path.realpath(entry["path"]) in present_real)
    )


def empty_named_folders(roots: list[Path], manifest: Manifest) -> list[tuple[Path, str]]:
    """(folder, reason) for each named folder that is there but holds nothing at all while the
    index holds documents from it: the mount point of a share that is not mounted, which a nightly
    run found empty and emptied the index of (a missing folder keeps its documents; so does this).
    A folder that still holds a sub-folder or any file was emptied by hand: its files are gone."""
    out = []
    for root in roots:
        try:
            with os.scandir(root) as entries:
                if next(entries, None) is not None:
                    continue
        except OSError:
            continue  # missing, unreadable or a file: discover() reports it
        kept = sum(1 for entry in manifest.docs.values() if is_under(entry["path"], [root]))
        if kept:
            out.append((root, f"the folder is empty (a share that is not mounted?): the {kept} "
                              f"document{'s' if kept > 1 else ''} indexed from it {'are' if kept > 1 else 'is'} kept; "
                              f"`ictsearch index --rebuild` naming the folders to keep drops {'them' if kept > 1 else 'it'}"))
    return out


def _collection_is_there(entry: dict) -> bool:
    """Whether the folder a document was indexed under (not named in this run) is there and holds
    something: its file is then really gone.  A share that is not mounted (its folder missing, or
    an empty mount point) is not: indexing another folder removed every document of it."""
    folder = collection_folder(entry)
    try:
        with os.scandir(folder) as entries:
            return next(entries, None) is not None
    except OSError:
        return False


def previous_manifest(store: IndexStore) -> Manifest:
    """The manifest of the current generation, or an empty one if there is no readable one."""
    try:
        return store.read_manifest(store.current_dir())
    except IctsearchError:
        return Manifest()


def previous_docs(store: IndexStore) -> dict[str, dict]:
    """The documents of the current generation, or none if there is no readable one."""
    return previous_manifest(store).docs


def renumbered_after_rebuild(found: list[Found], previous: Manifest) -> tuple[list[str], dict[str, int]]:
    """(the collection folders a rebuild's manifest notes as renumbering their inodes, those of them
    seen doing it in this run: renumbered_collections against the previous index's documents).

    A rebuild starts its manifest afresh; it forgot the note, and the next update read every file of
    such a share again to compare hashes (and noted it again).  The previous note is kept for the
    folders the rebuild indexes again, not for one it leaves out."""
    now = renumbered_collections(found, previous)
    named = {Path(folder) for folder in previous.renumbered}
    kept = {str(folder) for folder in named if any(folder == f.path or folder in f.path.parents for f in found)}
    return sorted(kept | set(now)), now


def current_manifest(store, gen_dir, ix) -> Manifest:
    """The manifest of the commit `ix` is at: manifest.json, else the pending one of a run stopped
    after that commit (store.read_pending_manifest), else one rebuilt from the index's stored fields."""
    toc_generation = ix.latest_generation()
    manifest = store.read_manifest(gen_dir)
    if manifest.toc_generation == toc_generation:
        return manifest
    pending = store.read_pending_manifest(gen_dir)
    if pending is not None and pending.toc_generation == toc_generation:
        return pending
    return manifest_from_index(ix, manifest)


def manifest_from_index(ix, old: Manifest) -> Manifest:
    """Rebuild the manifest from stored fields after a run died between commit and manifest write."""
    docs = {}
    with ix.searcher() as s:
        for fields in s.all_stored_fields():
            docs[fields["doc_id"]] = {
                "path": fields["path"],
                "size": fields.get("size"),
                "mtime_ns": fields.get("mtime"),
                "hash": fields.get("content_hash"),
                "pages": fields.get("pages"),
                "manual": None,  # unknown: forces a hash check next time
            }
    return Manifest(toc_generation=ix.latest_generation(), docs=docs, failures=old.failures, renumbered=old.renumbered)


def update_manifest(manifest: Manifest, outcomes: list[FileOutcome], roots: list[Path], signatures: dict[str, Manual]) -> None:
    for o in outcomes:
        if o.status == REMOVED:
            manifest.docs.pop(o.doc_id, None)
            manifest.failures.pop(o.path, None)
        elif o.status == FAILED:
            # A file that breaks keeps its last good version searchable (and in
            # the manifest, so the next run retries it) rather than vanishing.
            manifest.failures[o.path] = {"reason": o.reason, "size": o.size, "mtime_ns": o.mtime_ns, "when": time.time()}
        else:
            manifest.failures.pop(o.path, None)
            previous = manifest.docs.get(o.doc_id, {})
            manifest.docs[o.doc_id] = {
                "path": o.path,
                "size": o.size,
                "mtime_ns": o.mtime_ns,
                "hash": o.content_hash,
                "pages": o.pages,
                "manual": signatures[o.path].signature,
                "root": signatures[o.path].root,
                "ctime_ns": signatures[o.path].stamp[0],
                "ino": signatures[o.path].stamp[1],
                "rules": rules_version() if o.status in (ADDED, UPDATED) else previous.get("rules"),
                # An unchanged document keeps what its last extraction said.
                "scans_unread": (any(SCANS_NOT_READ in w for w in o.warnings) if o.status in (ADDED, UPDATED)
                                 else previous.get("scans_unread", False)),
            }
    # A failing file that has since disappeared is no longer failing.
    for path in list(manifest.failures):
        if is_under(path, roots) and not os.path.exists(path):
            del manifest.failures[path]


def content_hash(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in steps (OSError if it cannot be read): a log file of
    gigabytes left among the documents was read whole to be hashed, before the text cap applied."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def hash_or_none(path: Path) -> str | None:
    try:
        return content_hash(path)
    except OSError:
        return None
