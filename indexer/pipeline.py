"""The ingestion pipeline, end to end: discover → plan → prepare → write.

``discover`` finds the files, ``plan`` compares them with the manifest,
``prepare`` turns each changed file into an analyzed document (extract →
normalize → metadata → analyze), and ``writer`` writes and commits segments.
This module only runs those stages in order, under the index's write lock.
"""

from __future__ import annotations

import os
import shlex
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable

from whoosh import index as whoosh_index

from .cache import ExtractCache
from .discover import AN_INDEX_NOT_DOCUMENTS, Found, discover, is_under, pasted_hint
from .errors import IctsearchError, IndexLocationError
from .folders import folder_changes, renamed_collections
from .metadata.manual import read_afresh
from .outcomes import ADDED, FAILED, REMOVED, UNCHANGED, UPDATED, FileOutcome, IndexSummary, ProgressCallback
from .plan import (_collection_is_there, collection_folder, current_manifest, empty_named_folders, hash_or_none, plan,
                   previous_docs, previous_manifest, removed, renumbered_after_rebuild, renumbered_collections,
                   update_manifest)
from .store import IndexStore, Manifest
from .writer import sweep_leftovers, write_changes

__all__ = ["build_index", "FileOutcome", "IndexSummary", "ProgressCallback"]


def build_index(
    paths: Iterable[str | os.PathLike],
    index_dir: str | os.PathLike | None = None,
    *,
    jobs: int | None = None,
    rebuild: bool = False,
    dry_run: bool = False,
    lock_timeout: float = 30.0,
    progress: ProgressCallback | None = None,
    ocr: bool = True,
    on_wait: Callable[[int], None] | None = None,
) -> IndexSummary:
    """Bring the index at `index_dir` up to date with the files under `paths`.

    New files are added, changed ones re-indexed, files gone from the named
    folders removed; unchanged files are not opened.  `rebuild` starts a new
    index (reusing cached extracted text).  `dry_run` reports what would
    happen and touches nothing.  `ocr=False` leaves PDF pages without a text
    layer unread instead of running Tesseract on them.  Failures of single
    files are reported in the summary, never raised.  `progress`, if given, is
    called after each file the run reads as ``progress(outcome, done, total)``
    (a FileOutcome, files done, files to do; ``ictsearch.indexer.ProgressCallback``).
    `on_wait`, if given, is called once, with the pid of the run holding the writer lock (0 if it
    wrote none yet), when this run has to wait for another indexing run (up to `lock_timeout`).
    """
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        # As the CLI's --jobs: 0 used every core and -1 one, without a word.
        raise ValueError(f"jobs must be a whole number of worker processes, 1 or more (None: one per core), not {jobs!r}")
    if isinstance(lock_timeout, bool) or not isinstance(lock_timeout, (int, float)) or not lock_timeout >= 0:
        # A NaN deadline would never come; "30" (from a config file) is no number of seconds.
        raise ValueError(f"lock_timeout must be a number of seconds, 0 or more, not {lock_timeout!r}")
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]  # one folder, not the letters (or byte values) of its name
    elif not isinstance(paths, Iterable):
        # build_index(None, idx) said "'NoneType' object is not iterable", after making the index folder.
        raise TypeError(f"paths must be a file or folder, or a list of them, not {type(paths).__name__}")
    paths = list(paths)
    for p in paths:
        if not isinstance(p, (str, bytes, os.PathLike)):
            # build_index([5]) said "expected str, bytes or os.PathLike object, not int" from deep inside.
            raise TypeError(f"paths must be files or folders (str or os.PathLike), not {type(p).__name__} {p!r}")
    if progress is not None and not callable(progress):
        # progress="…" failed with "'str' object is not callable" after the first file was read.
        raise TypeError(f"progress must be a function called as progress(outcome, done, total), not {type(progress).__name__}")
    if on_wait is not None and not callable(on_wait):
        raise TypeError(f"on_wait must be a function called as on_wait(pid), not {type(on_wait).__name__}")
    if not paths:
        # build_index([], idx) (a script's glob that matched nothing) made an empty index, and with
        # rebuild=True emptied an existing one without a word; the command line requires PATHS.
        raise ValueError("paths is empty: name the files or folders to index")
    started = time.monotonic()
    store = IndexStore(index_dir)
    store.check_location()
    read_afresh()  # each run reads the metadata.csv files once, as they are now
    roots, lost = [], []
    typed: dict[Path, str] = {}  # each root as it was given, for what a missing one says (pasted_hint)
    for p in paths:
        if not os.fsdecode(p):
            # Path("") is the current folder: `ictsearch index "$DOCS"` with DOCS unset indexed
            # the folder the command ran in (a home folder, all of it).
            lost.append(('""', "an empty path names no file or folder: give the folder to index"))
            continue
        try:
            # A path as bytes (os.fsencode, os.listdir(bytes)) is decoded as os does it.
            roots.append(Path(os.path.abspath(Path(os.fsdecode(p)).expanduser())))
            typed.setdefault(roots[-1], os.fsdecode(p))
        except OSError as e:  # a relative path, and the folder the command runs in was removed
            lost.append((Path(os.fsdecode(p)), f"cannot find it from the current folder ({e.strerror}): give it as an absolute path"))
    def find():
        discovery = discover(roots)
        discovery.problems[:] = [(p, r + pasted_hint(typed[p]) if r == "no such file or folder" and p in typed else r)
                                 for p, r in discovery.problems]
        discovery.problems.extend(lost)
        # A folder that is its own index (`ictsearch index 資料 --index 資料`, made while it was empty)
        # is a folder of documents that holds none yet, as it was on the first run; the index named
        # for its documents (`ictsearch index IDX --index IDX`) holds documents from elsewhere.
        if any(r == AN_INDEX_NOT_DOCUMENTS and p == store.root for p, r in discovery.problems) and not any(
                not is_under(entry["path"], [store.root]) for entry in previous_manifest(store).docs.values()):
            discovery.problems[:] = [(p, r) for p, r in discovery.problems
                                     if not (r == AN_INDEX_NOT_DOCUMENTS and p == store.root)]
        return discovery

    discovery = find()
    found, problems = discovery.found, discovery.problems
    jobs = max(1, jobs or os.cpu_count() or 1)

    named = {str(r) for r in roots}
    unusable = [(p, r) for p, r in problems if str(p) in named or (p, r) in lost]
    if rebuild and unusable and store.exists():
        # A --rebuild keeps only what it names: `ictsearch index 資料2023 --rebuild` with the folder
        # misspelt, its share not mounted or "$DOCS" unset emptied the whole index (every document
        # removed, exit 1), the documents of the folder meant among them.  Nothing is rebuilt.
        return IndexSummary.from_outcomes(
            store.root, [], documents=_documents_held(store), started=started, dry_run=dry_run,
            problems=[(p, _not_rebuilt(r) if (p, r) in unusable else r) for p, r in problems])
    if rebuild and store.exists() and (empty := _emptied_by_rebuild(store, roots, discovery)):
        # `ictsearch index /mnt/資料 --rebuild` with the share not mounted: its bare mount point is an
        # existing empty folder, and the rebuild emptied the whole index (exit 0), where a missing
        # folder keeps it (above) and an update keeps the empty folder's documents.  Nothing is
        # rebuilt; the message says how to empty an index for real.
        return IndexSummary.from_outcomes(
            store.root, [], documents=_documents_held(store), started=started, dry_run=dry_run,
            problems=[*empty, *problems])
    if dry_run:
        return _dry_run(store, discovery, roots, rebuild, started)
    if not found and problems and not store.exists():
        # Nothing usable was named (a mistyped folder) and there is no index yet: create nothing.
        # An existing folder that holds no documents yet is not a mistake: it gets an empty
        # index, which every command accepts (a search finds nothing).
        return IndexSummary.from_outcomes(store.root, [], documents=0, started=started, problems=problems)
    try:
        return _build(store, discovery, roots, jobs, rebuild, lock_timeout, progress, started, ocr, find, on_wait)
    except OSError as e:
        # Per-file read errors are handled file by file; what reaches here is the index's own
        # directory: a file in the way, no permission, a full disk.
        raise IndexLocationError(
            f"cannot write the index at {store.root}: {e.strerror or e}"
            + (f" ({e.filename})" if getattr(e, "filename", None) else "")
        ) from None


def _not_rebuilt(reason: str) -> str:
    """`reason` a named path cannot be used for, and why the --rebuild changed nothing (NOT_REBUILT).
    An index named as the documents is no share to mount nor a folder meant: its advice stands alone
    (it read "…would have lost its documents from the folder meant (check the name or mount the share…)")."""
    if reason == AN_INDEX_NOT_DOCUMENTS:
        return f"{reason}; nothing was rebuilt"
    return f"{reason}; {NOT_REBUILT}"


#: Why a --rebuild naming a path it cannot use changed nothing.
NOT_REBUILT = ("nothing was rebuilt: a --rebuild keeps only the folders it names, so the index would have lost "
               "its documents from the folder meant (check the name or mount the share, or leave it out)")


def _emptied_by_rebuild(store, roots: list[Path], discovery) -> list[tuple[Path, str]]:
    """(folder, reason) for the named folders that make a --rebuild empty what the index holds:
    each named folder that holds nothing at all while the index holds documents from it (a share's
    bare mount point), and, when the named paths hold no document at all while the index holds
    some, each of them.  Empty when the rebuild may go ahead."""
    held = _documents_held(store)
    if not held:
        return []  # an empty (or unreadable) index loses nothing
    # Leaving an empty folder out keeps the others' documents; when nothing named holds a
    # document, the one way to an empty index is to delete it (a rebuild never does that).
    fix = ("check the name or mount the share, or leave it out" if discovery.found else
           f"check the name or mount the share (to empty the index for real, delete its folder, "
           f"rm -r {shlex.quote(str(store.root))}, and index the empty folder)")

    def how(lost: str) -> str:  # not str.format: the index's path may hold braces
        return f"nothing was rebuilt: a --rebuild keeps only what it names, so the index would have lost {lost}; {fix}"

    previous = previous_manifest(store)
    mounts = {root for root, _ in empty_named_folders(roots, previous)}
    every = f"all its {held} documents" if held > 1 else "its one document"
    out = []
    for root in roots:
        if root in mounts:
            n = sum(1 for entry in previous.docs.values() if is_under(entry["path"], [root]))
            lost = every if not discovery.found else f"the {n} document{'s' if n != 1 else ''} indexed from it"
            out.append((root, "the folder is empty (a share that is not mounted?); " + how(lost)))
        elif not discovery.found:
            out.append((root, "holds no document ictsearch reads (a share that is not mounted, or the wrong "
                              "folder?); " + how(every)))
    return out


def _documents_held(store) -> int:
    """How many documents the index at `store` holds (0 when it cannot be read: a damaged index)."""
    from .errors import IctsearchError
    from .status import index_status

    try:
        return index_status(store.root, check_files=False).documents
    except IctsearchError:
        return 0


def _build(store, discovery, roots, jobs, rebuild, lock_timeout, progress, started, ocr=True, find=None,
           on_wait=None) -> IndexSummary:
    with store.write_lock(lock_timeout, on_wait) as waited:
        if waited and find:
            # Another run held the lock: files were added, changed or deleted meanwhile (a run that
            # kept its list from before the wait said "0 added, 0 removed" and indexed none of it).
            discovery = find()
        found, problems = discovery.found, discovery.problems
        fresh = rebuild or not store.exists()
        if fresh:
            generation, ix = store.new_generation()
            gen_dir = store.root / generation
            manifest = Manifest()
        else:
            gen_dir = store.current_dir()
            with store.reading():  # here a missing file is damage, not a full disk
                ix = whoosh_index.open_dir(str(gen_dir))
                # Open every segment as a search would: a damaged one is reported now (rebuild),
                # not after a summary that calls the index fine.
                ix.searcher().close()
            sweep_leftovers(ix)  # a run stopped by a full disk: its partial segments' space first
            store.drop_other_generations(gen_dir.name)  # and a stopped --rebuild's generation
            manifest = current_manifest(store, gen_dir, ix)
        why_rebuilt = None if fresh else manifest_rebuilt(store, gen_dir, ix, manifest)
        docs_before = dict(manifest.docs)  # update_manifest changes it: what folder_changes compares with

        found = in_known_collections(found, manifest)
        before_rebuild = previous_manifest(store) if rebuild else Manifest()
        if rebuild:
            manifest.renumbered, renumbered = renumbered_after_rebuild(found, before_rebuild)
        else:
            renumbered = renumbered_collections(found, manifest)
            manifest.renumbered = sorted({*manifest.renumbered, *renumbered})
        tasks, unchanged, signatures = plan(found, manifest, ocr=ocr, renumbered=set(manifest.renumbered))
        if not rebuild:
            _keep_empty_named_folders(discovery, roots, manifest)
        removed_ids = removed(manifest, found, roots, discovery.unreadable)
        outcomes: list[FileOutcome] = list(unchanged)
        previous = before_rebuild.docs
        if rebuild:
            # A rebuild keeps only what this run names: say what the previous index loses.
            present = {str(f.path) for f in found}
            outcomes += [
                FileOutcome(e["path"], REMOVED, doc_id=d, pages=e.get("pages"))
                for d, e in previous.items()
                if e["path"] not in present
            ]
        outcomes += [
            FileOutcome(manifest.docs[d]["path"], REMOVED, doc_id=d, pages=manifest.docs[d].get("pages"))
            for d in removed_ids
        ]
        total = len(tasks)
        done = 0

        def report(outcome: FileOutcome) -> None:
            nonlocal done
            done += 1
            outcomes.append(outcome)
            if progress:
                progress(outcome, done, total)

        before = None if fresh else ix.latest_generation()

        def before_commit(toc_generation: int) -> None:
            # A run stopped between the commit and manifest.json (Ctrl-C, kill -9) left the next run a
            # manifest rebuilt from the index, which knows no sidecar signatures nor rules: it did every
            # document of the collection again. (A fresh generation counts only once switched to.)
            pending = Manifest(toc_generation, dict(manifest.docs), dict(manifest.failures), time.time(),
                               list(manifest.renumbered))
            update_manifest(pending, outcomes, roots, signatures)
            store.write_pending_manifest(gen_dir, pending)

        try:
            if tasks or removed_ids or fresh:
                manifest.toc_generation = write_changes(ix, gen_dir, tasks, removed_ids, jobs,
                                                        ExtractCache(store.cache_dir), report,
                                                        None if fresh else before_commit)
                manifest.updated = time.time()
            # else nothing to write: no commit, so open searchers stay current and no merge runs.
            if rebuild:
                # The last good version of a file that broke is what a rebuild loses of it: counted
                # (first: update_manifest then records the failure, which a removal would clear).
                outcomes[:0] = _lost_versions(previous, outcomes)
            update_manifest(manifest, outcomes, roots, signatures)
            store.write_manifest(gen_dir, manifest)
            if fresh:
                store.switch_to(gen_dir.name)
        except BaseException as e:
            committed = _committed(store, gen_dir, before)
            if not committed:
                _discard_unfinished(store, ix, gen_dir, fresh)
            if isinstance(e, KeyboardInterrupt):
                if committed:
                    raise KeyboardInterrupt(INTERRUPTED_AFTER_COMMIT) from None
                if not store.exists():
                    raise KeyboardInterrupt(INTERRUPTED_FIRST_RUN) from None
            raise

    absent = tuple(absent_folders(manifest.docs.values(), roots))
    return IndexSummary.from_outcomes(store.root, outcomes, documents=len(manifest.docs), started=started,
                                      problems=problems, rebuilt=rebuild,
                                      rederive={t.doc_id for t in tasks if t.rederive},
                                      passed_over=discovery.passed_over, linked_folders=discovery.linked_folders,
                                      misnamed_metadata=discovery.misnamed_metadata,
                                      absent_folders=absent, manifest_rebuilt=why_rebuilt,
                                      renumbered=tuple(renumbered.items()),
                                      folders=folder_changes(docs_before, outcomes),
                                      absent_renamed=renamed_collections(absent, manifest.docs.values(), found),
                                      kept_versions=kept_versions(manifest, outcomes))


def kept_versions(manifest: Manifest, outcomes) -> tuple[str, ...]:
    """The files that failed whose last good version the index keeps (update_manifest keeps it)."""
    return tuple(o.path for o in outcomes
                 if o.status == FAILED and manifest.docs.get(o.doc_id, {}).get("path") == o.path)


def manifest_rebuilt(store, gen_dir: Path, ix, manifest: Manifest) -> str | None:
    """Why `manifest` (plan.current_manifest's) was rebuilt from the index, or None: a truncated
    manifest.json was read as empty without a word, and the run then counted every document updated.
    Only one rebuilt has no time of its last update (every manifest written has one), so the file
    is read again only then."""
    if manifest.updated is not None:
        return None
    return store.manifest_problem(gen_dir, ix.latest_generation())


def in_known_collections(found: list[Found], manifest: Manifest) -> list[Found]:
    """Each file found under a folder the index holds a collection of (a folder it indexed
    documents under) as found under that folder, the nearest: its metadata.csv files are read up
    to it. A known document is (plan keeps its own last folder); a new one, in a new sub-folder
    indexed alone (`ictsearch index 資料/2024`), was derived as if the collection's metadata.csv
    were not there, and its row was used only once the whole collection was indexed again."""
    known = {Path(e["root"]) for e in manifest.docs.values() if e.get("root")}
    if not known:
        return found
    nearest: dict[Path, Path] = {}
    out = []
    for f in found:
        if f.root not in nearest:
            holding = [k for k in known if k in f.root.parents]
            nearest[f.root] = max(holding, key=lambda k: len(k.parts)) if holding else f.root
        out.append(f if nearest[f.root] == f.root else replace(f, root=nearest[f.root]))
    return out


def absent_folders(entries, roots) -> list[tuple[str, int]]:
    """(folder, documents) for the folders documents were indexed under, not named now, that are
    not there or empty: what the index keeps from them (a share not mounted keeps its documents)
    was said nowhere, so a collection folder renamed and indexed under its new name gave every
    search each page twice, once under a path that is gone."""
    counts: dict[str, int] = {}
    there: dict[str, bool] = {}
    for entry in entries:
        if is_under(entry["path"], roots):
            continue
        folder = collection_folder(entry)
        if folder not in there:
            there[folder] = _collection_is_there(entry)
        if not there[folder]:
            counts[folder] = counts.get(folder, 0) + 1
    return sorted(counts.items())


def _lost_versions(previous: dict[str, dict], outcomes: list[FileOutcome]) -> list[FileOutcome]:
    """The last good versions a rebuild drops: files the previous index holds that fail now."""
    by_path = {e["path"]: (d, e) for d, e in previous.items()}
    return [FileOutcome(o.path, REMOVED, doc_id=by_path[o.path][0], pages=by_path[o.path][1].get("pages"))
            for o in outcomes if o.status == FAILED and o.path in by_path]


#: What Ctrl-C means once the commit is done: the index already holds the run's changes, and a
#: manifest left behind (its TOC generation no longer matches) is rebuilt by the next run.
INTERRUPTED_AFTER_COMMIT = ("Interrupted after the commit: the index holds this run's changes; "
                            "the next `ictsearch index` finishes recording them.")


#: What Ctrl-C means before a first run's commit: there is no previous index to speak of.
INTERRUPTED_FIRST_RUN = ("Interrupted: no index was created; the next `ictsearch index` starts again "
                         "(the text extracted so far is reused).")


def _discard_unfinished(store, ix, gen_dir: Path, fresh: bool) -> None:
    """Remove what a run that stopped before its commit wrote (a full disk, Ctrl-C, SIGTERM): an update's
    partial segments, a rebuild's or a first run's generation.  The next run removed them first, but
    until then a disk that had filled up stayed full (the workers' segments of a 300-file update, 10 MB of
    40, were left beside the index), and so did every other program's writes to it.  Readers see the
    previous commit either way; the extracted-text cache is kept."""
    try:
        if not fresh:
            sweep_leftovers(ix)
        elif not (store.exists() and store.current_dir() == gen_dir):
            store._drop_generation(gen_dir)
    except Exception:  # noqa: BLE001 -- the run's own error is the one to report; the next run sweeps again
        pass


def _committed(store, gen_dir: Path, before: int | None) -> bool:
    """Whether the run's changes are what readers see now (an update's new TOC, a rebuild's switch)."""
    try:
        if before is None:
            return store.current_dir() == gen_dir
        return whoosh_index.open_dir(str(gen_dir)).latest_generation() != before
    except Exception:  # no index to read yet (a first run interrupted early): nothing was committed
        return False


def _keep_empty_named_folders(discovery, roots, manifest) -> None:
    """A named folder that is there but empty (a share's bare mount point) keeps its documents,
    as a missing one does, and is reported."""
    for root, reason in empty_named_folders(roots, manifest):
        discovery.unreadable.append(root)
        discovery.problems.append((root, reason))


def _dry_run(store, discovery, roots, rebuild, started) -> IndexSummary:
    found, problems = discovery.found, discovery.problems
    manifest = Manifest()
    why_rebuilt = None
    if store.exists() and not rebuild:
        gen_dir = store.current_dir()
        with store.reading():
            ix = whoosh_index.open_dir(str(gen_dir))
            # What the run will take: the manifest of the commit readers see (a run stopped after it).
            manifest = current_manifest(store, gen_dir, ix)
            why_rebuilt = manifest_rebuilt(store, gen_dir, ix, manifest)
    elif rebuild and store.exists():
        try:  # a rebuild retries what failed as any run does, and says so
            manifest = Manifest(failures=store.read_manifest(store.current_dir()).failures)
        except IctsearchError:
            pass
    found = in_known_collections(found, manifest)
    if rebuild:
        noted, renumbered = renumbered_after_rebuild(found, previous_manifest(store))
    else:
        renumbered = renumbered_collections(found, manifest)
        noted = [*manifest.renumbered, *renumbered]
    tasks, unchanged, _signatures = plan(found, manifest, renumbered=set(noted))
    if not rebuild:
        _keep_empty_named_folders(discovery, roots, manifest)
    outcomes = list(unchanged)
    for t in tasks:
        failure = manifest.failures.get(t.path)
        if t.old_hash is not None and hash_or_none(Path(t.path)) == t.old_hash:
            status = UNCHANGED  # touched, same bytes: a real run would not re-index it either
        elif failure and (failure["size"], failure["mtime_ns"]) == (t.size, t.mtime_ns):
            # Failed last time and not changed since: it is retried, not a new document (nor an
            # update of the last good version the index keeps of a file that broke).
            outcomes.append(FileOutcome(t.path, FAILED, doc_id=t.doc_id, size=t.size,
                                        reason=f"failed last time: {failure['reason']}; a run tries it again"))
            continue
        else:
            status = UPDATED if t.known else ADDED
        outcomes.append(FileOutcome(t.path, status, doc_id=t.doc_id, size=t.size,
                                    pages=t.old_pages if status == UNCHANGED else None))
    outcomes += [
        FileOutcome(manifest.docs[d]["path"], REMOVED, doc_id=d)
        for d in removed(manifest, found, roots, discovery.unreadable)
    ]
    if rebuild:
        present = {str(f.path) for f in found}
        previous = previous_docs(store)
        outcomes += [FileOutcome(e["path"], REMOVED, doc_id=d) for d, e in previous.items()
                     if e["path"] not in present]
        outcomes += _lost_versions(previous, outcomes)
    gone = {o.doc_id for o in outcomes if o.status == REMOVED}
    absent = () if rebuild else tuple(absent_folders((e for d, e in manifest.docs.items() if d not in gone), roots))
    return IndexSummary.from_outcomes(store.root, outcomes, documents=len(manifest.docs), started=started,
                                      problems=problems, dry_run=True, rebuilt=rebuild,
                                      rederive={t.doc_id for t in tasks if t.rederive},
                                      passed_over=discovery.passed_over, linked_folders=discovery.linked_folders,
                                      misnamed_metadata=discovery.misnamed_metadata,
                                      absent_folders=absent, manifest_rebuilt=why_rebuilt,
                                      renumbered=tuple(renumbered.items()),
                                      folders=((), (), ()) if rebuild else folder_changes(manifest.docs, outcomes),
                                      absent_renamed=renamed_collections(absent, manifest.docs.values(), found))
