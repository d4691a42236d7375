"""Writing segments: the only module that reaches into Whoosh's writer.

Work is split by file across worker processes.  Each worker writes its own
Whoosh segment (Whoosh's writer is serial, so a single writer fed by a pool
caps the speed-up near 1.3×); the parent only deletes replaced documents and
commits the new segment list in one atomic TOC write.  Until that commit the
previous index is what every reader sees, whatever happens to the run.

The private Whoosh calls (``SegmentWriter(_lk=False)``, ``_finalize_segment``,
``_merge_segments``, ``_commit_toc``) are why whoosh-reloaded is pinned.
"""

from __future__ import annotations

import gc
import signal
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable

from whoosh import index as whoosh_index

from .cache import ExtractCache
from .errors import IctsearchError, IndexLocked
from .outcomes import FileOutcome
from .plan import Task
from .prepare import prepare


def _worker(gen_dir: str, cache_dir: str, tasks, results) -> None:
    # The parent decides what Ctrl-C means; a worker just stops when told,
    # and dies with the parent if that is killed.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    from whoosh.writing import SegmentWriter

    try:
        ix = whoosh_index.open_dir(gen_dir)
        cache = ExtractCache(Path(cache_dir))
        writer = None
        _collect_less_often()
        while True:
            task = tasks.get()
            if task is None:
                break
            outcome, doc = prepare(task, cache)
            if doc is not None:
                if writer is None:
                    # _lk=False: the parent holds the index lock for the whole run.
                    writer = SegmentWriter(ix, _lk=False)
                writer.add_document(**doc)
            results.put(("file", outcome))
        segment = writer._finalize_segment() if writer is not None else None
    except OSError as e:
        # The segment cannot be written (a full disk): the parent stops the run and says so in one line.
        results.put(("oserror", (e.errno, e.strerror or str(e), e.filename)))
        return
    results.put(("done", segment))


#: The cyclic garbage collector's first threshold while documents are prepared
#: and written.  Analysis makes ~60,000 short-lived tuples a document and
#: Whoosh's pool holds the postings until the segment is written: at Python's
#: default (700) the collector ran ~300 times in bench/pdf_index_speed.py's run,
#: 0.2 of ~3 CPU-seconds; at 50,000 it runs a few times, 0.04 s.  Memory stays
#: bounded: a collection still runs after every 50,000 new containers.
GC_THRESHOLD = 50_000


def _collect_less_often() -> tuple[int, int, int]:
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_THRESHOLD), *old[1:])
    return old


@contextmanager
def _collecting_less_often():
    old = _collect_less_often()
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (elsewhere: nothing)."""
    try:
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _context():
    # Imported here: a one-process run does not need multiprocessing (0.01 s of imports).
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def run_workers(tasks: list[Task], jobs: int, gen_dir: Path, cache: ExtractCache, report) -> list:
    import queue

    ctx = _context()
    task_q = ctx.Queue()
    result_q = ctx.Queue()
    for t in tasks:
        task_q.put(t)
    for _ in range(jobs):
        task_q.put(None)
    procs = [ctx.Process(target=_worker, args=(str(gen_dir), str(cache.directory), task_q, result_q)) for _ in range(jobs)]
    for p in procs:
        p.start()
    segments = []
    finished = 0
    try:
        while finished < jobs:
            try:
                kind, payload = result_q.get(timeout=1.0)
            except queue.Empty:
                kind = None
            # Checked at every result, not only when none comes: while the other workers keep
            # sending, they prepared every remaining file first and the run was discarded after.
            code = next((p.exitcode for p in procs if p.exitcode not in (None, 0)), None)
            if code is not None:
                raise IctsearchError(
                    f"an indexing worker process died (exit status {code}); the previous index is unchanged"
                )
            if kind is None:
                continue
            if kind == "file":
                report(payload)
            elif kind == "oserror":
                raise OSError(*payload)
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


#: A segment of which at least this share of documents were replaced or removed since it was written
#: has its live documents merged into the run's own segment.
WORN_SHARE = 0.5


def _live_merge(writer, segments: list) -> list:
    """Whoosh's merge policy (MERGE_SMALL), less the segments whose every document is deleted, with
    the segments that are mostly deleted documents merged.

    MERGE_SMALL merges only small segments, so a segment all of whose documents a run replaced
    stayed in the index for good: each run that derived every document again (an upgrade's
    rules) added a copy of the whole index (52 MB, then 104, 168, 219, 270 for 1,894 documents)
    and segments every search opens.  And one most of whose documents later runs replaced stayed
    too: MERGE_SMALL merges only while the five smallest segments together hold fewer than 34
    documents, so a collection kept current by runs of a few hundred edited files grew by every
    run's segments and kept every replaced document's postings (1,890 White Paper sections, six
    runs of 300 edited files each: 52 MB and 2 segments fresh, 151 MB and 16 segments, 63 % of
    the documents in them deleted; searches 25 % slower; BM25's statistics counted the deleted
    documents).  Merging a segment once half of it is deleted re-adds at most as many documents
    as runs have replaced in it since: an update's cost stays that of the files it changed,
    amortized (after the same six runs: 79 MB and 7 segments, 5–8 s a run; one edited file 0.8 s)."""
    from whoosh.reading import SegmentReader
    from whoosh.writing import MERGE_SMALL

    live = [s for s in segments if s.deleted_count() < s.doc_count_all()]
    worn = [s for s in live if s.deleted_count() >= WORN_SHARE * s.doc_count_all()]
    for seg in worn:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return MERGE_SMALL(writer, [s for s in live if s not in worn])


def _commit_with_segments(writer, segments: list) -> None:
    """Commit the parent's deletions and merges together with the workers' segments."""
    writer._check_state()
    final = writer._merge_segments(_live_merge, None, None)
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(final + segments)
    writer._finish()


def sweep_leftovers(ix) -> None:
    """Remove the segment files no commit took: what a run stopped by a full disk (or killed)
    wrote before it stopped.  The next commit would remove them too, but on a disk that is
    still nearly full the next run needs their space to get that far.  Call with the index's
    lock held (no writer is running); files of the committed segments are kept."""
    from whoosh.index import TOC, clean_files

    toc = TOC.read(ix.storage, ix.indexname)
    clean_files(ix.storage, ix.indexname, toc.generation, toc.segments)
    try:
        ix.storage.temp_storage(f"{ix.indexname}.tmp").destroy()  # a writer's scratch folder
    except OSError:
        pass


def _cancel(writer) -> None:
    try:
        writer.cancel()
    except Exception:
        pass


def write_changes(ix, gen_dir: Path, tasks: list[Task], removed_ids: Iterable[str], jobs: int,
                  cache: ExtractCache, report: Callable[[FileOutcome], None],
                  before_commit: Callable[[int], None] | None = None) -> int:
    """Prepare and write `tasks`, delete `removed_ids`, and commit it all at once.

    Every outcome goes to `report` as it arrives; `before_commit` is called with the TOC
    generation the commit is about to make, once every outcome is in.  Returns the new TOC
    generation.  If anything fails before the commit, the TOC is not rewritten:
    readers keep the previous index and the next commit sweeps the leftovers.
    """
    written: list[str] = []

    def reported(outcome: FileOutcome) -> None:
        if outcome.status in ("added", "updated"):
            written.append(outcome.doc_id)
        report(outcome)

    # Workers are forked, and a forked child inherits every lock another thread of this process holds
    # at that moment (a module's import lock, mid-import) with no thread to release it: beside
    # other threads (a service that searches, or indexes another collection, while it indexes) the
    # workers waited for ever, and the run with them. There the run works in this process.
    parallel = jobs > 1 and len(tasks) > 1 and threading.active_count() == 1
    # Workers are forked before Whoosh's own lock is taken, so none of
    # them inherits it (a worker outliving a killed parent would hold it).
    segments = run_workers(tasks, min(jobs, len(tasks)), gen_dir, cache, reported) if parallel else []
    # Our flock already excludes other writers; the wait only covers a
    # Whoosh lock file a killed run's last worker has not yet let go of.
    try:
        writer = ix.writer(timeout=5.0, delay=0.05)
    except whoosh_index.LockError:
        raise IndexLocked(f"the Whoosh index in {gen_dir} is locked by another process") from None
    try:
        for doc_id in removed_ids:
            writer.delete_by_term("doc_id", doc_id)
        if parallel:
            for doc_id in written:
                writer.delete_by_term("doc_id", doc_id)
            if before_commit:
                before_commit(writer.generation)
            _commit_with_segments(writer, segments)
        else:
            # A new index has nothing to replace: each deletion would open a searcher
            # (and the first import Whoosh's query modules, 0.04 s).
            replacing = ix.doc_count_all() > 0
            with _collecting_less_often():
                for task in tasks:
                    outcome, doc = prepare(task, cache)
                    if doc is not None:
                        if replacing:
                            writer.delete_by_term("doc_id", task.doc_id)
                        writer.add_document(**doc)
                    reported(outcome)
                if before_commit:
                    before_commit(writer.generation)
                writer.commit(mergetype=_live_merge)
    except BaseException:
        _cancel(writer)
        raise
    # Facet sets a fresh search would otherwise read from the postings.  (The did-you-mean
    # vocabulary is saved by the first search that needs it: search/vocabulary_file.py.)
    from ictsearch.search import facet_sets

    facet_sets.write(gen_dir)
    return whoosh_index.open_dir(str(gen_dir)).latest_generation()
