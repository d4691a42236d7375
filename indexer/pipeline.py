"""The ingestion pipeline: discover → extract → normalize → metadata → analyze → write.

Work is split by file across worker processes.  Each worker writes its own
Whoosh segment (Whoosh's writer is serial, so a single writer fed by a pool
caps the speed-up near 1.3×); the parent only deletes replaced documents and
commits the new segment list in one atomic TOC write.  Until that commit the
previous index is what every reader sees, whatever happens to the run.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import queue
import signal
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable

from whoosh import index as whoosh_index

from .analysis import PreAnalyzed, analyze, pre_analyze
from .cache import ExtractCache
from .discover import Found, discover, is_under
from .document import derive_title, doc_id_for, join_pages
from .errors import ExtractionError, IctsearchError, IndexLocationError, IndexLocked
from .schema import FACET_LIST_FIELDS
from .store import IndexStore, Manifest

ADDED, UPDATED, UNCHANGED, REMOVED, FAILED = "added", "updated", "unchanged", "removed", "failed"


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file in a run."""

    path: str
    status: str  # added | updated | unchanged | removed | failed
    doc_id: str | None = None
    reason: str | None = None
    warnings: tuple[str, ...] = ()
    pages: int | None = None
    chars: int = 0
    size: int = 0
    mtime_ns: int = 0
    content_hash: str | None = None
    #: True when the text came from the extraction cache (pdfminer not run).
    cached: bool = False

    def to_dict(self) -> dict:
        d = asdict(self)
        d["warnings"] = list(self.warnings)
        return d


@dataclass(frozen=True)
class IndexSummary:
    """The result of one `build_index` run."""

    index_dir: str
    added: int
    updated: int
    removed: int
    unchanged: int
    failed: int
    documents: int
    pages: int
    seconds: float
    dry_run: bool = False
    rebuilt: bool = False
    outcomes: tuple[FileOutcome, ...] = ()
    #: Named paths that could not be used at all ("no such file or folder").
    problems: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_outcomes(cls, index_dir, outcomes, *, documents: int, started: float, problems, dry_run=False,
                      rebuilt=False) -> "IndexSummary":
        counts = {s: 0 for s in (ADDED, UPDATED, UNCHANGED, REMOVED, FAILED)}
        for o in outcomes:
            counts[o.status] += 1
        return cls(
            index_dir=str(index_dir),
            added=counts[ADDED],
            updated=counts[UPDATED],
            removed=counts[REMOVED],
            unchanged=counts[UNCHANGED],
            failed=counts[FAILED],
            documents=documents,
            pages=sum(o.pages or 0 for o in outcomes if o.status in (ADDED, UPDATED)),
            seconds=time.monotonic() - started,
            dry_run=dry_run,
            rebuilt=bool(rebuilt),
            outcomes=tuple(sorted(outcomes, key=lambda o: o.path)),
            problems=tuple((str(p), r) for p, r in problems),
        )

    @property
    def failures(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == FAILED]

    def to_dict(self) -> dict:
        d = asdict(self)
        d["outcomes"] = [o.to_dict() for o in self.outcomes]
        d["problems"] = [list(p) for p in self.problems]
        return d


@dataclass(frozen=True)
class _Task:
    path: str
    root: str
    doc_id: str
    size: int
    mtime_ns: int
    old_hash: str | None
    #: The index already holds a version of this document.
    known: bool = False


ProgressCallback = Callable[[FileOutcome, int, int], None]


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
) -> IndexSummary:
    """Bring the index at `index_dir` up to date with the files under `paths`.

    New files are added, changed ones re-indexed, files gone from the named
    folders removed; unchanged files are not opened.  `rebuild` starts a new
    index (reusing cached extracted text).  `dry_run` reports what would
    happen and touches nothing.  `ocr=False` leaves PDF pages without a text
    layer unread instead of running Tesseract on them.  Failures of single
    files are reported in the summary, never raised.
    """
    started = time.monotonic()
    store = IndexStore(index_dir)
    roots = [Path(os.path.abspath(Path(p).expanduser())) for p in paths]
    discovery = discover(roots)
    found, problems = discovery.found, discovery.problems
    jobs = max(1, jobs or os.cpu_count() or 1)

    if dry_run:
        return _dry_run(store, discovery, roots, rebuild, started)
    if not found and not store.exists():
        # Nothing to index and no index yet (a mistyped folder): create nothing.
        return IndexSummary.from_outcomes(store.root, [], documents=0, started=started, problems=problems)
    try:
        return _build(store, discovery, roots, jobs, rebuild, lock_timeout, progress, started, ocr)
    except OSError as e:
        # Per-file read errors are handled file by file; what reaches here is the index's own
        # directory: a file in the way, no permission, a full disk.
        raise IndexLocationError(
            f"cannot write the index at {store.root}: {e.strerror or e}"
            + (f" ({e.filename})" if getattr(e, "filename", None) else "")
        ) from None


def _build(store, discovery, roots, jobs, rebuild, lock_timeout, progress, started, ocr=True) -> IndexSummary:
    found, problems = discovery.found, discovery.problems
    with store.write_lock(lock_timeout):
        fresh = rebuild or not store.exists()
        if fresh:
            generation, ix = store.new_generation()
            gen_dir = store.root / generation
            manifest = Manifest()
        else:
            gen_dir = store.current_dir()
            ix = whoosh_index.open_dir(str(gen_dir))
            manifest = store.read_manifest(gen_dir)
            if manifest.toc_generation != ix.latest_generation():
                manifest = _manifest_from_index(ix, manifest)

        tasks, unchanged, signatures = _plan(found, manifest)
        removed_ids = _removed(manifest, found, roots, discovery.unreadable)
        outcomes: list[FileOutcome] = list(unchanged)
        if rebuild:
            # A rebuild keeps only what this run names: say what the previous index loses.
            present = {str(f.path) for f in found}
            outcomes += [
                FileOutcome(e["path"], REMOVED, doc_id=d, pages=e.get("pages"))
                for d, e in _previous_docs(store).items()
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

        cache = ExtractCache(store.cache_dir)
        if not tasks and not removed_ids and not fresh:
            # Nothing to write: no commit, so open searchers stay current and no merge runs.
            _update_manifest(manifest, outcomes, roots, signatures)
            store.write_manifest(gen_dir, manifest)
            return IndexSummary.from_outcomes(store.root, outcomes, documents=len(manifest.docs), started=started,
                                              problems=problems)
        parallel = jobs > 1 and len(tasks) > 1
        # Workers are forked before Whoosh's own lock is taken, so none of
        # them inherits it (a worker outliving a killed parent would hold it).
        segments = _run_workers(tasks, min(jobs, len(tasks)), gen_dir, cache, report, ocr) if parallel else []
        # Our flock already excludes other writers; the wait only covers a
        # Whoosh lock file a killed run's last worker has not yet let go of.
        try:
            writer = ix.writer(timeout=5.0, delay=0.05)
        except whoosh_index.LockError:
            raise IndexLocked(f"the Whoosh index in {gen_dir} is locked by another process; try again") from None
        try:
            for doc_id in removed_ids:
                writer.delete_by_term("doc_id", doc_id)
            if parallel:
                for o in outcomes:
                    if o.status in (ADDED, UPDATED):
                        writer.delete_by_term("doc_id", o.doc_id)
                _commit_with_segments(writer, segments)
            else:
                for task in tasks:
                    outcome, doc = _prepare(task, cache, ocr)
                    if doc is not None:
                        writer.delete_by_term("doc_id", task.doc_id)
                        writer.add_document(**doc)
                    report(outcome)
                writer.commit()
        except BaseException:
            # The TOC was not rewritten: readers keep the previous index; the
            # files this run left behind are swept by the next commit.
            _cancel(writer)
            raise

        _update_manifest(manifest, outcomes, roots, signatures)
        manifest.toc_generation = whoosh_index.open_dir(str(gen_dir)).latest_generation()
        manifest.updated = time.time()
        store.write_manifest(gen_dir, manifest)
        if fresh:
            store.switch_to(gen_dir.name)

    return IndexSummary.from_outcomes(store.root, outcomes, documents=len(manifest.docs), started=started,
                                      problems=problems, rebuilt=rebuild)


# -- planning ---------------------------------------------------------------


def _manual_signature(path: Path, root: Path) -> list:
    """Modification times of the sidecar and metadata.csv files that may describe `path`.

    Editing manual metadata must re-index the document even though its own
    bytes did not change.
    """
    from .metadata.manual import sidecar_paths

    candidates = list(sidecar_paths(path))
    folder = path.parent
    while True:
        candidates.append(folder / "metadata.csv")
        if folder == root or root not in folder.parents:
            break
        folder = folder.parent
    sig = []
    for c in candidates:
        try:
            sig.append([c.name, c.stat().st_mtime_ns])
        except OSError:
            pass
    return sig


def _plan(found: list[Found], manifest: Manifest) -> tuple[list[_Task], list[FileOutcome], dict[str, list]]:
    """Files to (re)process, files unchanged, and each file's manual-metadata signature."""
    tasks: list[_Task] = []
    unchanged: list[FileOutcome] = []
    signatures: dict[str, list] = {}
    for f in found:
        doc_id = doc_id_for(f.path)
        entry = manifest.docs.get(doc_id)
        signature = signatures[str(f.path)] = _manual_signature(f.path, f.root)
        same_manual = entry is not None and entry.get("manual", []) == signature
        if same_manual and entry["size"] == f.size and entry["mtime_ns"] == f.mtime_ns:
            unchanged.append(
                FileOutcome(str(f.path), UNCHANGED, doc_id=doc_id, pages=entry.get("pages"), size=f.size,
                            mtime_ns=f.mtime_ns, content_hash=entry.get("hash"))
            )
            continue
        old_hash = entry["hash"] if same_manual else None
        tasks.append(_Task(str(f.path), str(f.root), doc_id, f.size, f.mtime_ns, old_hash, known=entry is not None))
    # Largest first, so that no worker is left with a big PDF at the end.
    tasks.sort(key=lambda t: -t.size)
    return tasks, unchanged, signatures


def _removed(manifest: Manifest, found: list[Found], roots: list[Path], unreadable: list[Path] = ()) -> list[str]:
    """Documents whose files are gone from the named folders (a folder that could not be read is not gone)."""
    present = {str(f.path) for f in found}
    return sorted(
        doc_id
        for doc_id, entry in manifest.docs.items()
        if entry["path"] not in present
        and not is_under(entry["path"], unreadable)
        and (is_under(entry["path"], roots) or not os.path.exists(entry["path"]))
    )


def _previous_docs(store: IndexStore) -> dict[str, dict]:
    """The documents of the current generation, or none if there is no readable one."""
    try:
        return store.read_manifest(store.current_dir()).docs
    except IctsearchError:
        return {}


def _manifest_from_index(ix, old: Manifest) -> Manifest:
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
    return Manifest(toc_generation=ix.latest_generation(), docs=docs, failures=old.failures)


def _update_manifest(manifest: Manifest, outcomes: list[FileOutcome], roots: list[Path], signatures: dict[str, list]) -> None:
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
            manifest.docs[o.doc_id] = {
                "path": o.path,
                "size": o.size,
                "mtime_ns": o.mtime_ns,
                "hash": o.content_hash,
                "pages": o.pages,
                "manual": signatures[o.path],
            }
    # A failing file that has since disappeared is no longer failing.
    for path in list(manifest.failures):
        if is_under(path, roots) and not os.path.exists(path):
            del manifest.failures[path]


def _dry_run(store, discovery, roots, rebuild, started) -> IndexSummary:
    found, problems = discovery.found, discovery.problems
    manifest = Manifest()
    if store.exists() and not rebuild:
        gen_dir = store.current_dir()
        manifest = store.read_manifest(gen_dir)
    tasks, unchanged, _signatures = _plan(found, manifest)
    outcomes = list(unchanged)
    for t in tasks:
        if t.old_hash is not None and _hash_or_none(Path(t.path)) == t.old_hash:
            status = UNCHANGED  # touched, same bytes: a real run would not re-index it either
        else:
            status = UPDATED if t.known else ADDED
        outcomes.append(FileOutcome(t.path, status, doc_id=t.doc_id, size=t.size))
    outcomes += [
        FileOutcome(manifest.docs[d]["path"], REMOVED, doc_id=d)
        for d in _removed(manifest, found, roots, discovery.unreadable)
    ]
    if rebuild:
        present = {str(f.path) for f in found}
        outcomes += [FileOutcome(e["path"], REMOVED, doc_id=d) for d, e in _previous_docs(store).items()
                     if e["path"] not in present]
    return IndexSummary.from_outcomes(store.root, outcomes, documents=len(manifest.docs), started=started,
                                      problems=problems, dry_run=True, rebuilt=rebuild)


def _hash_or_none(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


# -- preparing one document -------------------------------------------------


def _extract_cached(path: Path, content_hash: str, cache: ExtractCache, ocr: bool = True) -> tuple[dict, bool]:
    entry = cache.get(content_hash)
    # OCR'd text is cached like any other; a run with OCR off does not use it.
    if entry is not None and (ocr or not entry.get("ocr_pages")):
        return entry, True
    from .extract import extract

    ex = extract(path, ocr=ocr)
    entry = {
        "pages": list(ex.pages),
        "page_count": ex.page_count,
        "title": ex.title,
        "encoding": ex.encoding,
        "warnings": list(ex.warnings),
        "ocr_pages": list(ex.ocr_pages),
    }
    from .pdf import SCANS_NOT_READ

    if not any(SCANS_NOT_READ in w for w in ex.warnings):
        # A text that lacks scanned pages (OCR off or not installed) is not
        # cached: a later run with OCR would be served it.
        cache.put(content_hash, entry)
    return entry, False


def _prepare(task: _Task, cache: ExtractCache, ocr: bool = True) -> tuple[FileOutcome, dict | None]:
    """Read, extract and analyze one file; never raises for a bad file."""
    path = Path(task.path)
    base = dict(path=task.path, doc_id=task.doc_id, size=task.size, mtime_ns=task.mtime_ns)
    try:
        data = path.read_bytes()
    except OSError as e:
        return FileOutcome(status=FAILED, reason=f"cannot read: {e.strerror or e}", **base), None
    content_hash = hashlib.sha256(data).hexdigest()
    base["content_hash"] = content_hash
    if task.old_hash == content_hash:
        # Touched but not changed: only the signature in the manifest moves.
        return FileOutcome(status=UNCHANGED, **base), None
    try:
        entry, cached = _extract_cached(path, content_hash, cache, ocr)
        doc = _document_fields(path, Path(task.root), entry, content_hash, task)
    except ExtractionError as e:
        return FileOutcome(status=FAILED, reason=e.reason, **base), None
    except Exception as e:  # a bug or an exotic file must not end the run
        return FileOutcome(status=FAILED, reason=f"unexpected error: {type(e).__name__}: {e}", **base), None
    status = UPDATED if task.known else ADDED
    outcome = FileOutcome(
        status=status,
        reason=None,
        warnings=tuple(entry["warnings"]),
        pages=entry["page_count"],
        chars=len(doc["_stored_body"]),
        cached=cached,
        **base,
    )
    return outcome, doc


def _document_fields(path: Path, root: Path, entry: dict, content_hash: str, task: _Task) -> dict:
    from .metadata import derive_metadata

    text, page_starts = join_pages(entry["pages"])
    if not text.strip():
        raise ExtractionError("no text")
    title = derive_title(text, entry["title"], path)
    body_terms = analyze(text)
    meta = derive_metadata(text, title=title, path=path, terms=[t.text for t in body_terms], root=root)
    if meta.title:
        title = meta.title
    doc = {
        "doc_id": task.doc_id,
        "path": str(path),
        "title": pre_analyze(title),
        "_stored_title": title,
        "body": PreAnalyzed.of(body_terms),
        "_stored_body": text,
        "pages": entry["page_count"],
        "page_starts": page_starts if entry["page_count"] else None,
        "content_hash": content_hash,
        "size": task.size,
        "mtime": task.mtime_ns,
        "encoding": entry["encoding"],
        "warnings": entry["warnings"],
        "ocr_pages": entry.get("ocr_pages") or None,
        "year": meta.year,
        "fiscal_year": meta.fiscal_year,
        "organization": meta.organization,
        "doctype": meta.doctype,
        "theme_scores": [[name, round(score, 3)] for name, score in meta.themes],
        "sources": dict(meta.sources),
        "indexed_at": time.time(),
    }
    lists = {"region": meta.region, "prefecture": meta.prefecture, "themes": tuple(n for n, _ in meta.themes)}
    for name in FACET_LIST_FIELDS:
        values = lists[name]
        doc[name] = ",".join(values) if values else None
    return doc


# -- parallel writing -------------------------------------------------------


def _worker(gen_dir: str, cache_dir: str, tasks, results, ocr: bool = True) -> None:
    # The parent decides what Ctrl-C means; a worker just stops when told,
    # and dies with the parent if that is killed.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    from whoosh.writing import SegmentWriter

    ix = whoosh_index.open_dir(gen_dir)
    cache = ExtractCache(Path(cache_dir))
    writer = None
    while True:
        task = tasks.get()
        if task is None:
            break
        outcome, doc = _prepare(task, cache, ocr)
        if doc is not None:
            if writer is None:
                # _lk=False: the parent holds the index lock for the whole run.
                writer = SegmentWriter(ix, _lk=False)
            writer.add_document(**doc)
        results.put(("file", outcome))
    segment = writer._finalize_segment() if writer is not None else None
    results.put(("done", segment))


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (elsewhere: nothing)."""
    try:
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _run_workers(tasks: list[_Task], jobs: int, gen_dir: Path, cache: ExtractCache, report, ocr: bool = True) -> list:
    ctx = _context()
    task_q = ctx.Queue()
    result_q = ctx.Queue()
    for t in tasks:
        task_q.put(t)
    for _ in range(jobs):
        task_q.put(None)
    procs = [ctx.Process(target=_worker, args=(str(gen_dir), str(cache.directory), task_q, result_q, ocr)) for _ in range(jobs)]
    for p in procs:
        p.start()
    segments = []
    finished = 0
    try:
        while finished < jobs:
            try:
                kind, payload = result_q.get(timeout=1.0)
            except queue.Empty:
                if any(p.exitcode not in (None, 0) for p in procs):
                    raise RuntimeError("an indexing worker process died; the previous index is unchanged")
                continue
            if kind == "file":
                report(payload)
            else:
                finished += 1
                if payload is not None:
                    segments.append(payload)
        for p in procs:
            p.join()
    except BaseException:
        for p in procs:
            if p.is_alive():
                p.terminate()
        for p in procs:
            p.join()
        # Their readers are gone: without this, exit waits forever to flush the task pipe.
        task_q.cancel_join_thread()
        result_q.cancel_join_thread()
        raise
    return segments


def _commit_with_segments(writer, segments: list) -> None:
    """Commit the parent's deletions and merges together with the workers' segments."""
    writer._check_state()
    final = writer._merge_segments(None, None, None)
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(final + segments)
    writer._finish()


def _cancel(writer) -> None:
    try:
        writer.cancel()
    except Exception:
        pass
