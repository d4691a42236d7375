"""Part 4: incremental updates on the full index: nothing changed, then one document changed."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.corpus import PROJECT
from bench.latency import cli_command
from bench.throughput import run_build


def _cli_index(cmd: list[str], root: Path, index_dir: Path) -> tuple[float, subprocess.CompletedProcess]:
    t = time.perf_counter()
    r = subprocess.run(cmd + ["index", str(root), "--index", str(index_dir), "--quiet"], capture_output=True, text=True, cwd=PROJECT)
    return time.perf_counter() - t, r


def _bare() -> float:
    ts = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        ts.append(time.perf_counter() - t)
    return statistics.median(ts)


def run(root: Path, index_dir: Path, changed_file: Path, work: Path) -> dict:
    """API runs (build_index in a subprocess, time inside the call) and CLI runs (process minus bare python)."""
    out: dict = {"changed_file": str(changed_file.relative_to(root.parent))}
    api_noop = run_build(index_dir, [root], jobs=2, rebuild=False, work=work)
    out["api_noop"] = {k: api_noop[k] for k in ("seconds", "wall_s", "added", "updated", "removed", "unchanged", "failed")}
    cmd = cli_command()
    bare = _bare()
    out["bare_python_s"] = bare
    if cmd:
        s, r = _cli_index(cmd, root, index_dir)
        out["cli_noop"] = {"wall_s": s, "beyond_python_s": s - bare, "rc": r.returncode, "stderr": r.stderr[-400:]}
    # change one document: append a sentence (content and mtime change)
    with open(changed_file, "a", encoding="utf-8") as f:
        f.write("ベンチマークのための追記：この段落は更新の測定に使う。\n")
    api_one = run_build(index_dir, [root], jobs=2, rebuild=False, work=work)
    out["api_one_doc"] = {k: api_one[k] for k in ("seconds", "wall_s", "added", "updated", "removed", "unchanged", "failed")}
    if cmd:
        with open(changed_file, "a", encoding="utf-8") as f:
            f.write("二度目の追記。\n")
        s, r = _cli_index(cmd, root, index_dir)
        out["cli_one_doc"] = {"wall_s": s, "beyond_python_s": s - bare, "rc": r.returncode, "stderr": r.stderr[-400:]}
    # --rebuild with the extraction cache warm from the builds above, beside a cold build of the same files
    warm = run_build(index_dir, [root], jobs=2, rebuild=True, work=work)
    out["rebuild_warm_s"] = warm["seconds"]
    pdf_dir = root.parent / "pdf"
    if pdf_dir.is_dir():
        pdf_idx = work / "idx-pdf-rebuild"
        cold = run_build(pdf_idx, [pdf_dir], jobs=2, rebuild=True, work=work)
        warm_pdf = run_build(pdf_idx, [pdf_dir], jobs=2, rebuild=True, work=work)
        out["pdf_cold_s"], out["pdf_rebuild_warm_s"] = cold["seconds"], warm_pdf["seconds"]
        out["pdf_rebuild_ratio"] = warm_pdf["seconds"] / cold["seconds"]
    use_cli = cmd is not None and out["cli_noop"]["rc"] == 0 and out["cli_one_doc"]["rc"] == 0
    out["measure"] = "ictsearch index process minus bare python" if use_cli else "build_index() call"
    out["noop_s"] = out["cli_noop"]["beyond_python_s"] if use_cli else api_noop["seconds"]
    out["one_doc_s"] = out["cli_one_doc"]["beyond_python_s"] if use_cli else api_one["seconds"]
    return out
