"""Part 1: indexing throughput vs the Sudachi-only floor, jobs 1 vs 2, memory, size.

The floor is what every Sudachi-based indexer pays: mode C tokenize plus
``split(SplitMode.A)`` of every morpheme, over the same normalized text and
the same chunking as ``indexer.analysis``, with no Python glue (no surface or
normalized-form strings collected).  It runs in this process on one core.

Each build runs in a fresh subprocess; peak RSS is the largest *sum* of RSS
over that process and all its descendants (workers included), polled from
/proc every 20 ms, and never below the process's own ``ru_maxrss``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.corpus import PROJECT, dir_size


def sudachi_floor(texts: list[str]) -> dict:
    """Seconds for Sudachi C tokenize + split(A) over texts (tokenizer creation excluded)."""
    from sudachipy import Dictionary, SplitMode

    from ictsearch.indexer.analysis import chunks

    tok = Dictionary(dict="core").create(SplitMode.C)
    mode_a = SplitMode.A
    tok.tokenize("ウォームアップ")
    n_morphemes = 0
    t0 = time.perf_counter()
    for text in texts:
        for _off, piece in chunks(text):
            ms = tok.tokenize(piece)
            for m in ms:
                m.split(mode_a)
            n_morphemes += len(ms)
    seconds = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    return {"seconds": seconds, "chars": chars, "chars_per_s": chars / seconds, "morphemes": n_morphemes}


def _tree_rss_kb(root_pid: int) -> int:
    """Sum of VmRSS (kB) over root_pid and all its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as f:
                ppid = None
                kb = 0
                for line in f:
                    if line.startswith("PPid:"):
                        ppid = int(line.split()[1])
                    elif line.startswith("VmRSS:"):
                        kb = int(line.split()[1])
            parents[int(entry)] = ppid
            rss[int(entry)] = kb
        except (OSError, ValueError):
            continue
    members = {root_pid}
    changed = True
    while changed:
        changed = False
        for pid, ppid in parents.items():
            if ppid in members and pid not in members:
                members.add(pid)
                changed = True
    return sum(rss.get(p, 0) for p in members)


def run_build(index_dir: Path, paths: list[Path], jobs: int, rebuild: bool, work: Path) -> dict:
    """One build_index() in a subprocess: wall time, in-call time, peak tree RSS, index size."""
    work.mkdir(parents=True, exist_ok=True)
    paths_file = work / f"paths-{os.getpid()}-{time.monotonic_ns()}.txt"
    paths_file.write_text("\n".join(str(p) for p in paths), encoding="utf-8")
    cmd = [sys.executable, str(PROJECT / "bench" / "_build_child.py"), str(index_dir), str(jobs), "1" if rebuild else "0", str(paths_file)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PROJECT)
    peak = [0]
    done = threading.Event()

    def poll():
        while not done.is_set():
            try:
                peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            except Exception:  # noqa: BLE001
                pass
            done.wait(0.02)

    th = threading.Thread(target=poll, daemon=True)
    th.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    th.join()
    paths_file.unlink(missing_ok=True)
    line = next((l for l in out.splitlines() if l.startswith("BUILD ")), None)
    if proc.returncode != 0 or line is None:
        raise RuntimeError(f"build failed (rc={proc.returncode}): {err[-2000:]}")
    res = json.loads(line[6:])
    res["wall_s"] = wall
    res["peak_tree_rss_mb"] = max(peak[0], res["self_maxrss_kb"]) / 1024
    res["max_single_rss_mb"] = max(res["self_maxrss_kb"], res["children_maxrss_kb"]) / 1024
    res["index_bytes"] = dir_size(Path(index_dir)) if Path(index_dir).exists() else 0
    res["jobs"] = jobs
    res["files"] = len(paths)
    return res
