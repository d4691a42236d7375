"""A thread's first search against its later ones, on one shared `Index`.  Not part of the unit suite.

    python bench/threads.py                       # the bundled corpus/, indexed into a scratch folder
    python bench/threads.py --index IDX           # an existing index (bench/scale.py's ×1 or ×5 …)
    python bench/threads.py --index IDX --profile # also cProfile one thread's first search
    python bench/threads.py --index IDX --against OLD --rounds 5
        # OLD/ictsearch another version (mkdir -p OLD/ictsearch && git archive REV | tar -x -C
        # OLD/ictsearch): a process of each in turn, R rounds, medians over all their threads

A server that starts a thread per request (``ThreadingHTTPServer``, a pool that grows) pays a
thread's first search on every request, so that is what is timed.  The main thread opens the
index and runs every query once (the process is warm: imports, the main thread's Sudachi,
whatever the first searcher read).  Then, one thread at a time (no two running together, so
the figures are not contention), a new thread runs the same search twice (the process has
run it before, in other threads).  The second is what a warm thread pays, so first − second
is what a thread pays for being new.  As many more threads first make their Sudachi
tokenizer (untimed: one ``analyze``), then search once (``first_after_analyzer``): the
thread's Sudachi dictionary is made in indexer/analysis.py, apart from what a searcher
reads (search/caches.py), so first − first_after_analyzer is Sudachi's part.  Reported: the median
(and min, max) of each over the threads, in ms of wall time and of the thread's CPU time
(``time.thread_time``: less moved by other processes on a shared machine), each thread's
(wall, CPU) pair (``*_samples``, to pool runs), and the ``ictsearch`` package that ran.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]

#: The query bench/latency.py's fresh process runs; more with --query (taken in turn, one per thread).
QUERIES = ("テレワーク 導入",)


def in_thread(fn):
    """fn() in a new thread, joined; what it returned (or raised)."""
    out: dict = {}

    def run():
        try:
            out["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - raised again in the caller
            out["error"] = e

    t = threading.Thread(target=run)
    t.start()
    t.join()
    if "error" in out:
        raise out["error"]
    return out["value"]


def measure(index_dir: Path, threads: int, queries: tuple[str, ...], profile: bool) -> dict:
    from ictsearch.search import open_index

    idx = open_index(index_dir)
    for q in queries:  # the process warm, as a server's is after its first requests
        json.dumps(idx.search(q).to_dict(), ensure_ascii=False)

    def two(i: int, analyzer_first: bool = False):
        if analyzer_first:
            from ictsearch.indexer.analysis import analyze

            analyze("テレワーク")
        times = []
        q = queries[i % len(queries)]
        for _ in range(2):
            t, c = time.perf_counter(), time.thread_time()
            json.dumps(idx.search(q).to_dict(), ensure_ascii=False)  # as the CLI's --json
            times.append(((time.perf_counter() - t) * 1000, (time.thread_time() - c) * 1000))
        return times

    firsts, seconds, after_analyzer = [], [], []
    for i in range(threads):
        first, second = in_thread(lambda: two(i))
        firsts.append(first)
        seconds.append(second)
        after_analyzer.append(in_thread(lambda: two(i, analyzer_first=True))[0])
    import ictsearch

    out = {
        "code": str(Path(ictsearch.__file__).parent),
        "index": str(index_dir),
        "documents": idx.doc_count(),
        "threads": threads,
    }
    for name, values in (("first", firsts), ("second", seconds), ("first_after_analyzer", after_analyzer)):
        out[name + "_ms"] = _stats([wall for wall, _ in values])
        out[name + "_cpu_ms"] = _stats([cpu for _, cpu in values])
        out[name + "_samples"] = [[round(wall, 2), round(cpu, 2)] for wall, cpu in values]
    if profile:
        def profiled():
            from ictsearch.indexer.analysis import analyze

            analyze("テレワーク")  # the thread's Sudachi, left out: first_ms - first_after_analyzer_ms is its cost
            p = cProfile.Profile()
            p.enable()
            idx.search(queries[0])
            p.disable()
            return p

        p = in_thread(profiled)
        s = io.StringIO()
        pstats.Stats(p, stream=s).sort_stats("cumulative").print_stats(35)
        out["profile"] = s.getvalue()
    return out


def _stats(values: list[float]) -> dict:
    return {"median": round(statistics.median(values), 1), "min": round(min(values), 1),
            "max": round(max(values), 1)}


def against(index_dir: Path, old: Path, rounds: int, threads: int, queries: list[str] | None) -> dict:
    """This version and the one at `old` in alternate processes (machine noise hits both alike),
    each thread's figures pooled over the rounds."""
    args = [sys.executable, str(Path(__file__).resolve()), "--index", str(index_dir), "--threads", str(threads)]
    for q in queries or []:
        args += ["--query", q]
    pooled: dict[str, dict[str, list]] = {"old": {}, "new": {}}
    for _ in range(rounds):
        for name, pythonpath in (("old", str(old)), ("new", None)):
            env = dict(os.environ)
            env.pop("PYTHONPATH", None)
            if pythonpath:
                env["PYTHONPATH"] = pythonpath
            run = json.loads(subprocess.run(args, env=env, check=True, capture_output=True, text=True).stdout)
            pooled[name]["code"] = run["code"]
            for key in ("first", "second", "first_after_analyzer"):
                pooled[name].setdefault(key, []).extend(run[key + "_samples"])
    out: dict = {"index": str(index_dir), "rounds": rounds, "threads_per_round": threads}
    for name, runs in pooled.items():
        out[name] = {"code": runs.pop("code")}
        for key, samples in runs.items():
            out[name][key + "_ms"] = round(statistics.median(w for w, _ in samples), 1)
            out[name][key + "_cpu_ms"] = round(statistics.median(c for _, c in samples), 1)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", type=Path, help="an existing index (default: corpus/ indexed into a scratch folder)")
    ap.add_argument("--query", action="append", help="a query (repeat for more; default テレワーク 導入)")
    ap.add_argument("--threads", type=int, default=9, help="threads timed, one after another (default 9)")
    ap.add_argument("--profile", action="store_true",
                    help="cProfile one more thread's first search (its Sudachi made beforehand)")
    ap.add_argument("--against", type=Path, metavar="OLD", help="also time the ictsearch package under OLD, in turn")
    ap.add_argument("--rounds", type=int, default=5, help="with --against: processes of each (default 5)")
    args = ap.parse_args(argv)
    if args.against is not None:
        if args.index is None:
            ap.error("--against needs --index (both versions must read one index)")
        print(json.dumps(against(args.index, args.against, args.rounds, args.threads, args.query), ensure_ascii=False))
        return 0
    scratch = None
    index_dir = args.index
    if index_dir is None:
        from ictsearch.indexer import build_index

        scratch = tempfile.TemporaryDirectory(prefix="ictsearch-threads-")
        index_dir = Path(scratch.name) / "idx"
        build_index([PROJECT / "corpus"], index_dir)
    try:
        result = measure(index_dir, args.threads, tuple(args.query or QUERIES), args.profile)
    finally:
        if scratch is not None:
            scratch.cleanup()
    profile = result.pop("profile", None)
    print(json.dumps(result, ensure_ascii=False))
    if profile:
        print(profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
