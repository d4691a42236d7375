"""Soak test: searches under a stream of updates, for a fixed time.  Not part of the unit suite.

    python bench/soak.py --minutes 10            # 2 searcher threads, ~30 small documents

Searcher threads share one open `Index` (the documented way to use it from
threads) and search without pause, while the main thread repeatedly adds,
changes, deletes and renames files and runs `build_index` on the folder
(every 25th time with `rebuild=True`, which switches generations under the searchers).
After each update it checks that the index holds exactly the files on disk,
with their current content (paths and content hashes, read from Whoosh's
stored fields).  Every hit must be a document that the index held just
before or just after the update in progress when the search ran.  Resident
memory and open file descriptors (/proc/self/fd, this process: searchers and
the writer both live here) are sampled after every update; the second half
of the run must not sit above the first.

Documents are paragraphs of the bundled corpus/ (no shared corpus needed), so
the run stays light on a small machine.  Exit status 0 when nothing was lost,
failed or leaked; 1 otherwise.  Counts go to stdout at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from ictsearch.indexer import build_index  # noqa: E402
from ictsearch.indexer.store import IndexStore  # noqa: E402
from ictsearch.search import open_index  # noqa: E402

QUERIES = ["テレワーク", "地域", "迷惑メール", "事業", "通信", "5G", "地域課題 解決", "令和", "量子暗号",
           "テレワーク OR 防災", "-東京 地域", "\"地域課題 解決\""]
#: Searchers' filters: some searches go through the facet path too.
FILTERS = [{}, {}, {"region": "東北"}, {"fiscal_year": "2019..2023"}]
#: Growth allowed between the medians of the first and the second half of the run, before it counts
#: as a leak.  Medians, not maxima: how many descriptors are open at one moment depends on how many
#: segments wait for a merge (each reader holds each segment's file), which comes and goes; a leak
#: moves the median.  (A 11-minute run: the maxima of the halves were 47 and 52, the end 35.)
RSS_GROWTH_LIMIT = 1.25
FD_GROWTH_LIMIT = 4


def paragraphs() -> list[str]:
    """Small documents: runs of paragraphs of the bundled corpus, 600-2,000 characters each."""
    out = []
    for f in sorted((PROJECT / "corpus").glob("*.txt")):
        chunk = ""
        for para in f.read_text("utf-8").split("\n\n"):
            chunk += para.strip() + "\n\n"
            if len(chunk) >= 600:
                out.append(chunk[:2000])
                chunk = ""
    return out


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


class Shared:
    """What searchers may see: the documents of the index before and after the update in progress."""

    def __init__(self, paths: frozenset[str]):
        self.allowed = paths
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.searches = 0
        self.hits = 0
        self.failures: list[str] = []
        self.stale: list[str] = []


def searcher(index_dir: Path, shared: Shared, seed: int) -> None:
    rnd = random.Random(seed)
    with open_index(index_dir) as idx:
        while not shared.stop.is_set():
            q = rnd.choice(QUERIES)
            filters = rnd.choice(FILTERS)
            before = shared.allowed
            try:
                res = idx.search(q, limit=5, **filters)
            except Exception as e:  # every failure is counted and named, none ends the run
                with shared.lock:
                    shared.failures.append(f"{q!r} {filters}: {type(e).__name__}: {e}")
                continue
            after = shared.allowed
            with shared.lock:
                shared.searches += 1
                shared.hits += len(res.hits)
                for h in res.hits:
                    if h.path not in before and h.path not in after:
                        shared.stale.append(f"{q!r}: {h.path}")


def indexed(index_dir: Path) -> dict[str, str]:
    """path -> content hash of every document the index holds."""
    ix = IndexStore(index_dir).open_whoosh()
    with ix.searcher() as s:
        return {f["path"]: f["content_hash"] for f in s.all_stored_fields()}


def on_disk(docs: Path) -> dict[str, str]:
    return {str(p): sha256(p) for p in docs.rglob("*.txt")}


def mutate(docs: Path, rnd: random.Random, pool: list[str], counter: list[int], counts: dict) -> None:
    """A few random additions, changes, deletions and renames, keeping 10-60 files."""
    files = sorted(docs.rglob("*.txt"))
    for _ in range(rnd.randint(1, 4)):
        op = rnd.choice(["add", "change", "delete", "rename"])
        if op == "add" or len(files) < 10:
            counter[0] += 1
            sub = docs / rnd.choice(["", "a", "b/c"])
            sub.mkdir(parents=True, exist_ok=True)
            p = sub / f"doc-{counter[0]:05d}.txt"
            p.write_text(rnd.choice(pool), encoding="utf-8")
            files.append(p)
            counts["added"] += 1
        elif op == "change":
            p = rnd.choice(files)
            with open(p, "a", encoding="utf-8") as f:
                f.write(f"\n追記{counter[0]}：{rnd.choice(pool)[:200]}\n")
            counter[0] += 1
            counts["changed"] += 1
        elif op == "delete" and len(files) > 10:
            p = files.pop(rnd.randrange(len(files)))
            p.unlink()
            counts["deleted"] += 1
        elif op == "rename" or len(files) > 60:
            p = files.pop(rnd.randrange(len(files)))
            counter[0] += 1
            new = p.with_name(f"renamed-{counter[0]:05d}.txt")
            p.rename(new)
            files.append(new)
            counts["renamed"] += 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--searchers", type=int, default=2)
    ap.add_argument("--docs", type=int, default=30, help="documents at the start")
    ap.add_argument("--pause", type=float, default=0.5, help="seconds between updates")
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()

    rnd = random.Random(args.seed)
    pool = paragraphs()
    work = Path(tempfile.mkdtemp(prefix="ictsearch-soak-"))
    docs, index_dir = work / "docs", work / "idx"
    docs.mkdir()
    counter = [0]
    for i in range(args.docs):
        counter[0] += 1
        (docs / f"doc-{counter[0]:05d}.txt").write_text(pool[i % len(pool)], encoding="utf-8")
    build_index([docs], index_dir, jobs=1)

    shared = Shared(frozenset(indexed(index_dir)))
    threads = [threading.Thread(target=searcher, args=(index_dir, shared, args.seed + i), daemon=True)
               for i in range(args.searchers)]
    for t in threads:
        t.start()

    counts = {"updates": 0, "rebuilds": 0, "added": 0, "changed": 0, "deleted": 0, "renamed": 0}
    mismatches: list[str] = []
    update_errors: list[str] = []
    samples: list[tuple[int, int]] = []
    update_s: list[float] = []
    deadline = time.monotonic() + args.minutes * 60
    try:
        while time.monotonic() < deadline:
            mutate(docs, rnd, pool, counter, counts)
            expected = on_disk(docs)
            shared.allowed = shared.allowed | frozenset(expected)
            t = time.perf_counter()
            # Now and then a --rebuild: a new generation switched in under the searchers.
            rebuild = counts["updates"] % 25 == 24
            try:
                summary = build_index([docs], index_dir, jobs=1, rebuild=rebuild)
            except Exception as e:
                update_errors.append(f"{type(e).__name__}: {e}")
                continue
            update_s.append(time.perf_counter() - t)
            counts["updates"] += 1
            counts["rebuilds"] += rebuild
            if summary.failed:
                update_errors.append(f"update {counts['updates']}: {summary.failed} files failed")
            held = indexed(index_dir)
            shared.allowed = frozenset(held)
            if held != expected:
                missing = sorted(set(expected) - set(held))
                extra = sorted(set(held) - set(expected))
                stale = sorted(p for p in set(held) & set(expected) if held[p] != expected[p])
                mismatches.append(f"update {counts['updates']}: missing {missing[:3]}, extra {extra[:3]}, "
                                  f"stale content {stale[:3]}")
            samples.append((rss_kb(), open_fds()))
            if counts["updates"] % 50 == 0:
                print(f"[{time.strftime('%H:%M:%S')}] {counts['updates']} updates, {shared.searches} searches, "
                      f"{len(expected)} files, RSS {samples[-1][0] // 1024} MB, fds {samples[-1][1]}",
                      file=sys.stderr, flush=True)
            time.sleep(args.pause)
    finally:
        shared.stop.set()
        for t in threads:
            t.join(timeout=30)

    half = len(samples) // 2
    # The first few updates warm caches (Sudachi, Whoosh readers): compare the halves after them.
    first, second = samples[min(5, half // 2):half], samples[half:]
    rss_first = statistics.median(r for r, _ in first) if first else 0
    rss_second = statistics.median(r for r, _ in second) if second else 0
    fd_first = statistics.median(f for _, f in first) if first else 0
    fd_second = statistics.median(f for _, f in second) if second else 0
    leak = bool(first and second) and (rss_second > rss_first * RSS_GROWTH_LIMIT or fd_second > fd_first + FD_GROWTH_LIMIT)

    print(f"minutes {args.minutes:g}, searcher threads {args.searchers}, seed {args.seed}")
    print(f"updates {counts['updates']} ({counts['rebuilds']} of them --rebuild; added {counts['added']}, "
          f"changed {counts['changed']}, deleted {counts['deleted']}, renamed {counts['renamed']}); "
          f"files at the end {len(on_disk(docs))}")
    if update_s:
        print(f"update seconds: median {statistics.median(update_s):.2f}, max {max(update_s):.2f}")
    print(f"searches {shared.searches}, hits returned {shared.hits}, failed searches {len(shared.failures)}, "
          f"hits of documents no longer indexed {len(shared.stale)}")
    print(f"index/disk mismatches after an update {len(mismatches)}, update errors {len(update_errors)}")
    if samples:
        print(f"RSS MB: after warm-up {samples[min(5, len(samples) - 1)][0] / 1024:.1f}, median first half "
              f"{rss_first / 1024:.1f}, median second half {rss_second / 1024:.1f}, end {samples[-1][0] / 1024:.1f}")
        print(f"open fds: median first half {fd_first:g}, median second half {fd_second:g}, "
              f"max {max(f for _, f in samples)}, end {samples[-1][1]}")
        quarters = [samples[i * len(samples) // 4:(i + 1) * len(samples) // 4] for i in range(4)]
        print("by quarter (median RSS MB / fds): " + ", ".join(
            f"{statistics.median(r for r, _ in q) / 1024:.1f} / {statistics.median(f for _, f in q):g}"
            for q in quarters if q))
    for line in (shared.failures[:5] + shared.stale[:5] + mismatches[:5] + update_errors[:5]):
        print("  " + line)
    ok = not (shared.failures or shared.stale or mismatches or update_errors or leak)
    print("RESULT", "ok" if ok else "PROBLEMS" + (" (memory or descriptors grew)" if leak else ""))
    shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
