"""Part 3: query latency on the full White Paper index.

Warm: one process, the index opened once, every query run as the CLI runs it
(``Index.search`` with its default snippets/highlights/facets, then the JSON
the CLI prints: ``json.dumps(result.to_dict())``); one untimed pass, then
timed passes; p50/p95 over all timed calls.

Cold: a fresh ``ictsearch search QUERY --index IDX --json`` process (open the
index and one search) minus a bare ``python -c pass``, medians of alternating
runs in the same loop so machine noise hits both alike.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.corpus import PROJECT
from bench.relevance import Query, percentile


def facet_values(idx) -> dict[str, list]:
    """Most frequent values of each facet, read from the index itself."""
    res = idx.search("情報通信", limit=1)
    out = {}
    for name, counts in (res.facets or {}).items():
        out[name] = [v for v, _ in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    return out


def workload(queries: list[Query], facets: dict[str, list]) -> list[tuple[str, str, dict]]:
    """(kind, query, filters): the judged queries, the same with filters, filters alone."""
    items: list[tuple[str, str, dict]] = [(q.kind, q.query, {}) for q in queries]
    regions = [v for v in facets.get("region", []) if v][:6]
    years = [v for v in facets.get("fiscal_year", []) if v not in (None, "")][:6]
    themes = [v for v in facets.get("theme", facets.get("themes", [])) if v][:6]
    filters: list[dict] = []
    for i in range(max(len(regions), len(years), len(themes))):
        if i < len(regions):
            filters.append({"region": regions[i]})
        if i < len(years):
            filters.append({"fiscal_year": int(years[i]) if str(years[i]).isdigit() else years[i]})
        if i < len(themes):
            filters.append({"theme": themes[i]})
    if regions and years:
        filters.append({"region": regions[0], "fiscal_year": int(years[0]) if str(years[0]).isdigit() else years[0]})
    if themes and years:
        filters.append({"theme": themes[0], "fiscal_year": int(years[-1]) if str(years[-1]).isdigit() else years[-1]})
    # the same filters on a subset of the judged queries, and with an empty query
    for i, f in enumerate(filters):
        q = queries[(i * 7) % len(queries)]
        items.append((q.kind + "+filter", q.query, f))
        items.append(("filter-only", "", f))
    return items


def warm(index_dir: Path, queries: list[Query], passes: int = 2) -> dict:
    from ictsearch.search import open_index

    t0 = time.perf_counter()
    with open_index(index_dir) as idx:
        open_s = time.perf_counter() - t0
        facets = facet_values(idx)
        items = workload(queries, facets)
        errors: list[str] = []

        def one(query, filters):
            res = idx.search(query, limit=10, **filters)
            json.dumps(res.to_dict(), ensure_ascii=False)
            return res

        for _k, q, f in items:  # untimed warm-up pass
            try:
                one(q, f)
            except Exception as e:  # noqa: BLE001
                errors.append(f"{q!r} {f}: {type(e).__name__}: {e}")
        times: list[float] = []
        by_kind: dict[str, list[float]] = {}
        for _ in range(passes):
            for kind, q, f in items:
                t = time.perf_counter()
                try:
                    one(q, f)
                except Exception:  # noqa: BLE001 - counted once above
                    continue
                dt = (time.perf_counter() - t) * 1000
                times.append(dt)
                by_kind.setdefault(kind.split("+")[0] if "+" not in kind else "with-filter", []).append(dt)
    return {
        "open_s": open_s,
        "queries": len(items),
        "calls": len(times),
        "p50_ms": percentile(times, 50),
        "p95_ms": percentile(times, 95),
        "max_ms": max(times) if times else float("nan"),
        "by_kind_p50_ms": {k: percentile(v, 50) for k, v in sorted(by_kind.items())},
        "facet_values_used": {k: v[:6] for k, v in facets.items()},
        "errors": errors[:20],
        "n_errors": len(errors),
    }


def cli_command() -> list[str] | None:
    exe = shutil.which("ictsearch")
    if exe:
        return [exe]
    if (PROJECT / "cli.py").exists():
        return [sys.executable, "-c", "import sys; sys.argv[0] = 'ictsearch'; from ictsearch.cli import main; sys.exit(main())"]
    return None


def cold(index_dir: Path, query: str, reps: int) -> dict:
    cmd = cli_command()
    if cmd is None:
        return {"note": "no ictsearch command (cli.py missing)", "open_search_s": float("nan")}
    bare, full = [], []
    last = None
    for _ in range(reps):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True, cwd=PROJECT)
        bare.append(time.perf_counter() - t)
        t = time.perf_counter()
        last = subprocess.run(cmd + ["search", query, "--index", str(index_dir), "--json"], capture_output=True, text=True, cwd=PROJECT)
        full.append(time.perf_counter() - t)
    ok = last is not None and last.returncode == 0
    out = {
        "command": " ".join(cmd[:1] + ["search", query, "--index", "IDX", "--json"]),
        "reps": reps,
        "bare_python_s": statistics.median(bare),
        "cli_search_s": statistics.median(full),
        "open_search_s": statistics.median(full) - statistics.median(bare),
        "ok": ok,
    }
    if not ok:
        out["stderr"] = (last.stderr or "")[-600:]
    return out
