"""ictsearch benchmarks: ``python bench/run.py`` (full, 10+ min) or ``--quick`` (1–3 min).

Prints a Markdown report, writes bench/results/latest.json (and a timestamped
copy), and ends with one ``SUMMARY key=value ...`` line.  See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import corpus, latency, pdfbench, relevance, scale, throughput, updates  # noqa: E402
from bench.baselines import groonga as groonga_mod  # noqa: E402
from bench.baselines.fts5 import FTS5  # noqa: E402

NAN = float("nan")
RESULTS = Path(__file__).resolve().parent / "results"


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def fmt(x, nd=2) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        if math.isnan(x):
            return "nan"
        return f"{x:,.{nd}f}"
    return f"{x:,}" if isinstance(x, int) else str(x)


def baseline_run(engine, docs, queries, nq, passes: int) -> dict:
    build = engine.build(docs)
    engine.open()
    try:
        results = {q.id: engine.search(nq(q.query)) for q in queries}  # warm-up + ranking
        times = []
        for _ in range(passes):
            for q in queries:
                t = time.perf_counter()
                engine.search(nq(q.query))
                times.append((time.perf_counter() - t) * 1000)
    finally:
        engine.close()
    ev = relevance.evaluate(results, queries)
    return {
        "build_s": build["seconds"],
        "index_bytes": build["bytes"],
        "p50_ms": relevance.percentile(times, 50),
        "p95_ms": relevance.percentile(times, 95),
        "mrr": ev["mrr"],
        "recall": ev["recall"],
        "by_kind": ev["by_kind"],
        "per_query": ev["per_query"],
        "top10": results,
    }


def ours_relevance(index_dir: Path, root: Path, queries) -> dict:
    from ictsearch.search import open_index

    results, errors = {}, {}
    with open_index(index_dir) as idx:
        for q in queries:
            try:
                res = idx.search(q.query, limit=10)
            except Exception as e:  # noqa: BLE001
                errors[q.id] = f"{type(e).__name__}: {e}"
                results[q.id] = []
                continue
            ranked = []
            for h in res.hits:
                p = Path(h.path)
                try:
                    ranked.append(p.resolve().relative_to(root.resolve()).as_posix())
                except ValueError:
                    ranked.append(str(p))
            results[q.id] = ranked
    ev = relevance.evaluate(results, queries)
    ev["errors"] = errors
    ev["top10"] = results
    return ev


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="a fixed ~312-section sample for throughput; 1–3 minutes")
    ap.add_argument("--work", type=Path, default=corpus.WORK, help="scratch folder (default bench/.work)")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder afterwards")
    ap.add_argument("--scale", type=int, metavar="N",
                    help="only the latency of ×1 and ×N White Paper collections against FTS5 (built once into "
                         "bench/.work/scaleN and reused); the full run includes N = 5")
    args = ap.parse_args(argv)
    quick = args.quick
    if not corpus.available():
        print(f"shared corpus not found at {corpus.CORPUS}: nothing to benchmark", file=sys.stderr)
        return 2
    if args.scale is not None:
        return scale_only(args)

    started = time.time()
    work = args.work.resolve() / ("quick" if quick else "full")
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    R: dict = {
        "mode": "quick" if quick else "full",
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "normalizer": corpus.normalizer_name(),
        "notes": [],
    }
    queries = relevance.load_queries()
    nq = corpus.query_normalizer()

    # --- a private copy of the corpus (updates modify a file) ---------------
    log("copying the corpus to the scratch folder")
    croot = work / "corpus"
    corpus.copy_documents(corpus.WHITEPAPER, croot / "whitepaper")
    corpus.copy_documents(corpus.PDF_DIR, croot / "pdf")
    wp_dir = croot / "whitepaper"
    secs_all = list(corpus.sections())
    secs = corpus.sample(quick)
    sample_paths = [croot / s.rel for s in secs]
    quarter_paths = corpus.quarter(sample_paths)

    log("normalizing the text once for the floor and the baselines")
    t0 = time.perf_counter()
    docs_all = corpus.normalized_texts(secs_all)
    R["normalize_s"] = time.perf_counter() - t0
    by_rel = dict(docs_all)
    sample_texts = [by_rel[s.rel] for s in secs]
    raw_chars = sum(s.chars for s in secs)

    # --- 1. throughput ---------------------------------------------------------
    T: dict = {"sample": "every 6th section (quick)" if quick else "all 1,870 sections",
               "files": len(secs), "raw_chars": raw_chars, "normalized_chars": sum(map(len, sample_texts))}
    R["throughput"] = T
    try:
        log(f"Sudachi floor over {len(secs)} sections")
        T["floor"] = throughput.sudachi_floor(sample_texts)
        build_input = sample_paths if quick else [wp_dir]
        for jobs in (1, 2):
            log(f"build_index jobs={jobs} over {len(secs)} sections")
            T[f"jobs{jobs}"] = throughput.run_build(work / f"idx-j{jobs}", build_input, jobs, True, work)
            T[f"jobs{jobs}"]["chars_per_s"] = raw_chars / T[f"jobs{jobs}"]["seconds"]
        T["floor_ratio"] = T["floor"]["seconds"] / T["jobs1"]["seconds"]
        T["floor_ratio_jobs2"] = T["floor"]["seconds"] / T["jobs2"]["seconds"]
        T["jobs2_speedup"] = T["jobs1"]["seconds"] / T["jobs2"]["seconds"]
        log(f"build_index jobs=2 over a quarter ({len(quarter_paths)} files)")
        T["quarter_jobs2"] = throughput.run_build(work / "idx-quarter", quarter_paths, 2, True, work)
        qchars = sum(s.chars for s in corpus.quarter(secs))
        T["quarter_jobs2"]["raw_chars"] = qchars
        T["growth"] = {
            "chars_x": raw_chars / qchars,
            "peak_rss_x": T["jobs2"]["peak_tree_rss_mb"] / T["quarter_jobs2"]["peak_tree_rss_mb"],
            "index_bytes_x": T["jobs2"]["index_bytes"] / max(1, T["quarter_jobs2"]["index_bytes"]),
            "bytes_per_char_quarter": T["quarter_jobs2"]["index_bytes"] / qchars,
            "bytes_per_char_all": T["jobs2"]["index_bytes"] / raw_chars,
        }
        if not quick:
            log("build_index jobs=2 over whitepaper/ + pdf/")
            T["with_pdf_jobs2"] = throughput.run_build(work / "idx-pdf", [wp_dir, croot / "pdf"], 2, True, work)
    except Exception as e:  # noqa: BLE001
        T["error"] = f"{type(e).__name__}: {e}"
        R["notes"].append("throughput failed: " + T["error"])
        log(traceback.format_exc())

    # --- the full White Paper index used by latency, relevance, updates -------
    main_idx = work / "idx-j2"
    if quick or "error" in T or not main_idx.exists():
        main_idx = work / "idx-main"
        log("build_index jobs=2 over all 1,870 sections (the index for queries and updates)")
        try:
            R["main_build"] = throughput.run_build(main_idx, [wp_dir], 2, True, work)
        except Exception as e:  # noqa: BLE001
            R["main_build"] = {"error": f"{type(e).__name__}: {e}"}
            R["notes"].append("main index build failed: " + R["main_build"]["error"])

    # --- 3. latency -----------------------------------------------------------
    L: dict = {}
    R["latency"] = L
    try:
        log("warm query latency")
        L["warm"] = latency.warm(main_idx, queries, passes=2 if quick else 3)
        log("cold: fresh ictsearch search process")
        L["cold"] = latency.cold(main_idx, "テレワーク 導入", reps=5 if quick else 11)
    except Exception as e:  # noqa: BLE001
        L["error"] = f"{type(e).__name__}: {e}"
        R["notes"].append("latency failed: " + L["error"])
        log(traceback.format_exc())

    # --- 5. relevance (ours) ----------------------------------------------------
    try:
        log("relevance: ictsearch")
        R["ours"] = ours_relevance(main_idx, croot, queries)
    except Exception as e:  # noqa: BLE001
        R["ours"] = {"error": f"{type(e).__name__}: {e}", "mrr": NAN, "recall": NAN}
        R["notes"].append("ictsearch relevance failed: " + R["ours"]["error"])
        log(traceback.format_exc())

    # --- 6. baselines -------------------------------------------------------------
    passes = 2 if quick else 5
    log("baseline: SQLite FTS5 trigram")
    R["fts5"] = baseline_run(FTS5(work / "fts5.db"), docs_all, queries, nq, passes)
    R["fts5"]["sqlite"] = __import__("sqlite3").sqlite_version
    if groonga_mod.available():
        log("baseline: Groonga TokenBigram")
        try:
            R["groonga"] = baseline_run(groonga_mod.Groonga(work / "groonga"), docs_all, queries, nq, passes)
            R["groonga"]["version"] = groonga_mod.version()
        except Exception as e:  # noqa: BLE001
            R["groonga"] = {"error": f"{type(e).__name__}: {e}"}
            R["notes"].append("groonga failed: " + R["groonga"]["error"])
    else:
        R["groonga"] = {"skipped": "groonga not installed (apt-get install groonga-bin)"}
        R["notes"].append(R["groonga"]["skipped"])

    # --- 5b. relevance on real government pages (bench/realdocs, when its pages are there) ---
    from bench import realdocs_relevance

    if any(realdocs_relevance.DOCS.glob("*.txt")):
        try:
            log("relevance: real pages (bench/realdocs), ictsearch and FTS5")
            rd = realdocs_relevance.run()
            R["realdocs"] = {"documents": rd["documents"], "queries": rd["queries"], "engines": {
                name: {split: {k: v for k, v in e[split].items() if v} for split in ("dev", "heldout")}
                for name, e in rd["engines"].items()}}
        except Exception as e:  # noqa: BLE001
            R["realdocs"] = {"error": f"{type(e).__name__}: {e}"}
            R["notes"].append("real-page relevance failed: " + R["realdocs"]["error"])
            log(traceback.format_exc())

    # --- 4. updates ------------------------------------------------------------------
    try:
        log("updates: no change, then one changed document")
        R["updates"] = updates.run(wp_dir, main_idx, wp_dir / "r03" / "0035.txt", work)
        cold_build = (R.get("main_build") or T.get("jobs2") or {}).get("seconds")
        if cold_build and "rebuild_warm_s" in R["updates"]:
            R["updates"]["whitepaper_cold_s"] = cold_build
            R["updates"]["rebuild_ratio"] = R["updates"]["rebuild_warm_s"] / cold_build
    except Exception as e:  # noqa: BLE001
        R["updates"] = {"error": f"{type(e).__name__}: {e}"}
        R["notes"].append("updates failed: " + R["updates"]["error"])
        log(traceback.format_exc())

    # --- 2. PDF extraction -----------------------------------------------------------
    try:
        pdfs = corpus.pdf_files()
        if quick:
            pdfs = [p for p in pdfs if p[1] <= 11]  # skip the 25- and 31-page decks
        log(f"PDF extraction over {len(pdfs)} PDFs")
        R["pdf"] = pdfbench.run(pdfs)
    except Exception as e:  # noqa: BLE001
        R["pdf"] = {"error": f"{type(e).__name__}: {e}"}

    # --- 7. latency as the collection grows (kept in bench/.work/scale*, reused) ---------
    if not quick:
        try:
            R["scale"] = scale.run(args.work.resolve(), FULL_SCALE, queries, 2, log)
        except Exception as e:  # noqa: BLE001
            R["scale"] = {"error": f"{type(e).__name__}: {e}"}
            R["notes"].append("scale failed: " + R["scale"]["error"])
            log(traceback.format_exc())

    R["seconds"] = time.time() - started
    report(R)
    RESULTS.mkdir(exist_ok=True)
    slim = strip_big(R)
    (RESULTS / "latest.json").write_text(json.dumps(slim, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    (RESULTS / f"{R['mode']}-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(
        json.dumps(R, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print(summary_line(R))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


#: The N of the full run's ×N latency part.
FULL_SCALE = 5


def scale_only(args) -> int:
    """``--scale N``: the growing-collection latency table alone."""
    started = time.time()
    R: dict = {"mode": f"scale{args.scale}", "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
               "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
               "notes": []}
    R["scale"] = scale.run(args.work.resolve(), args.scale, relevance.load_queries(), 2, log)
    R["seconds"] = time.time() - started
    print(f"# ictsearch bench (--scale {args.scale}) — {R['started']}, Python {R['machine']['python']}, "
          f"{R['machine']['cpus']} CPUs; {R['seconds']:.0f} s")
    scale.report(R["scale"])
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"scale{args.scale}-latest.json").write_text(json.dumps(R, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print(summary_line(R))
    return 0


def strip_big(R: dict) -> dict:
    """latest.json keeps per-query scores but not the top-10 lists."""
    out = json.loads(json.dumps(R, default=str))
    for k in ("ours", "fts5", "groonga"):
        if isinstance(out.get(k), dict):
            out[k].pop("top10", None)
    return out


def g(d: dict, *keys, default=NAN):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return default
        d = d[k]
    return d


def summary_line(R: dict) -> str:
    vals = {
        "floor_ratio": g(R, "throughput", "floor_ratio"),
        "jobs2_speedup": g(R, "throughput", "jobs2_speedup"),
        "query_p50_ms": g(R, "latency", "warm", "p50_ms"),
        "query_p95_ms": g(R, "latency", "warm", "p95_ms"),
        "open_search_s": g(R, "latency", "cold", "open_search_s"),
        "noop_s": g(R, "updates", "noop_s"),
        "one_doc_s": g(R, "updates", "one_doc_s"),
        "peak_rss_mb": g(R, "throughput", "jobs2", "peak_tree_rss_mb"),
        "mrr": g(R, "ours", "mrr"),
        "recall": g(R, "ours", "recall"),
        "fts5_mrr": g(R, "fts5", "mrr"),
        "fts5_recall": g(R, "fts5", "recall"),
        "fts5_query_p95_ms": g(R, "fts5", "p95_ms"),
        "groonga_mrr": g(R, "groonga", "mrr"),
        "groonga_recall": g(R, "groonga", "recall"),
        "groonga_query_p95_ms": g(R, "groonga", "p95_ms"),
        "realdocs_mrr_dev": g(R, "realdocs", "engines", "ictsearch", "dev", "all", "mrr"),
        "realdocs_mrr_heldout": g(R, "realdocs", "engines", "ictsearch", "heldout", "all", "mrr"),
    }
    if isinstance(R.get("scale"), dict) and "runs" in R["scale"]:
        S = R["scale"]
        n = S["n"]
        vals.update({
            f"x{n}_query_p50_ms": g(S, "runs", n, "ictsearch", "p50_ms"),
            f"x{n}_query_p95_ms": g(S, "runs", n, "ictsearch", "p95_ms"),
            f"x{n}_fts5_p50_ms": g(S, "runs", n, "fts5", "p50_ms"),
            f"x{n}_fts5_p95_ms": g(S, "runs", n, "fts5", "p95_ms"),
            f"x{n}_ratio_p95": g(S, "runs", n, "ratio_p95"),
            f"x{n}_p95_growth": S.get("p95_growth", NAN),
        })

    def num(v):
        try:
            v = float(v)
        except (TypeError, ValueError):
            return "nan"
        return "nan" if math.isnan(v) else f"{v:.3f}"

    return "SUMMARY " + " ".join(f"{k}={num(v)}" for k, v in vals.items())


def ratio(a, b):
    try:
        return a / b
    except (TypeError, ZeroDivisionError):
        return NAN


def report(R: dict) -> None:
    p = print
    T, L = R.get("throughput", {}), R.get("latency", {})
    p(f"# ictsearch bench ({R['mode']}) — {R['started']}, Python {R['machine']['python']}, {R['machine']['cpus']} CPUs")
    p(f"\nNormalized text for every engine: `{R['normalizer']}`. Run took {R['seconds']:.0f} s.\n")
    p("## 1. Indexing throughput\n")
    p(f"Sample: {T.get('sample')} ({fmt(T.get('files'))} files, {fmt(T.get('raw_chars'))} chars).\n")
    p("| run | seconds | chars/s | vs floor | peak RSS (tree) MB | index MB (incl. cache) |")
    p("| --- | ---: | ---: | ---: | ---: | ---: |")
    fl = T.get("floor", {})
    p(f"| Sudachi floor (C + split A, 1 core) | {fmt(fl.get('seconds'))} | {fmt(fl.get('chars_per_s'), 0)} | 1.00 | – | – |")
    for key, label in (("jobs1", "ictsearch --jobs 1"), ("jobs2", "ictsearch --jobs 2"), ("quarter_jobs2", "ictsearch --jobs 2, a quarter"), ("with_pdf_jobs2", "ictsearch --jobs 2, whitepaper + pdf")):
        b = T.get(key)
        if not b:
            continue
        cps = (b.get("raw_chars") or T.get("raw_chars")) / b["seconds"] if key != "with_pdf_jobs2" else NAN
        vs = ratio(fl.get("seconds"), b["seconds"]) if key in ("jobs1", "jobs2") else NAN
        p(f"| {label} | {fmt(b['seconds'])} | {fmt(cps, 0)} | {fmt(vs)} | {fmt(b['peak_tree_rss_mb'], 0)} | {fmt(b['index_bytes'] / 1e6, 1)} |")
    if "jobs2_speedup" in T:
        gr = T["growth"]
        p(f"\nfloor ratio (jobs 1) **{fmt(T['floor_ratio'])}** (target ≥ 0.60); jobs 2 speed-up **{fmt(T['jobs2_speedup'])}×** (target ≥ 1.7). "
          f"Quarter → all: {fmt(gr['chars_x'])}× the text, peak RSS {fmt(gr['peak_rss_x'])}×, index size {fmt(gr['index_bytes_x'])}× "
          f"({fmt(gr['bytes_per_char_quarter'])} → {fmt(gr['bytes_per_char_all'])} bytes/char).")
    if "error" in T:
        p(f"\n**throughput error**: {T['error']}")
    p("\n## 2. PDF extraction\n")
    P = R.get("pdf", {})
    if "error" in P:
        p(f"error: {P['error']}")
    else:
        p(f"{P.get('files')} PDFs, {P.get('pages')} pages.\n")
        p("| extractor | seconds | pages/s |\n| --- | ---: | ---: |")
        p(f"| pdfminer.six extract_text (defaults) | {fmt(g(P, 'pdfminer_default', 'seconds'))} | {fmt(g(P, 'pdfminer_default', 'pages_per_s'))} |")
        if "seconds" in P.get("ours", {}):
            p(f"| ictsearch.indexer.extract.extract | {fmt(P['ours']['seconds'])} | {fmt(P['ours']['pages_per_s'])} |")
            p(f"\nours / pdfminer defaults: {fmt(P['ratio'])}×" + (f"; errors: {P['ours']['errors']}" if P['ours']['errors'] else ""))
        else:
            p(f"| ictsearch.indexer.extract.extract | – | – |\n\n{g(P, 'ours', 'note', default='')}")
    p("\n## 3. Query latency (full White Paper index)\n")
    W, C = L.get("warm", {}), L.get("cold", {})
    if W:
        p(f"Warm: {W['queries']} queries ({W['calls']} timed calls, {W['n_errors']} raising): p50 **{fmt(W['p50_ms'])} ms**, p95 **{fmt(W['p95_ms'])} ms** (target ≤ 50), max {fmt(W['max_ms'])} ms; index open {fmt(W['open_s'], 3)} s.")
        p("p50 by kind (ms): " + ", ".join(f"{k} {fmt(v, 1)}" for k, v in W["by_kind_p50_ms"].items()))
        if W["errors"]:
            p("Errors: " + "; ".join(W["errors"][:5]))
    if C:
        p(f"\nCold: `{C.get('command', '')}`: {fmt(C.get('cli_search_s'), 3)} s − bare python {fmt(C.get('bare_python_s'), 3)} s = **{fmt(C.get('open_search_s'), 3)} s** (target ≤ 0.5). {C.get('note', '')}{'' if C.get('ok', True) else ' FAILED: ' + C.get('stderr', '')}")
    if "error" in L:
        p(f"\n**latency error**: {L['error']}")
    p("\n## 4. Updates (full index)\n")
    U = R.get("updates", {})
    if "error" in U:
        p(f"error: {U['error']}")
    else:
        p("| run | build_index() s | CLI beyond python s | counts |\n| --- | ---: | ---: | --- |")
        for key, cli in (("api_noop", "cli_noop"), ("api_one_doc", "cli_one_doc")):
            a = U.get(key, {})
            counts = f"added {a.get('added')}, updated {a.get('updated')}, removed {a.get('removed')}, unchanged {a.get('unchanged')}, failed {a.get('failed')}"
            p(f"| {'nothing changed' if key == 'api_noop' else 'one document changed'} | {fmt(a.get('seconds'), 3)} | {fmt(g(U, cli, 'beyond_python_s'), 3)} | {counts} |")
        p(f"\nReported as noop_s/one_doc_s: {U.get('measure')} (targets < 1 s and < 2 s).")
        if "rebuild_warm_s" in U:
            p(f"\n`--rebuild` with a warm extraction cache (jobs 2): White Paper {fmt(U.get('rebuild_warm_s'), 1)} s vs cold build "
              f"{fmt(U.get('whitepaper_cold_s'), 1)} s (ratio {fmt(U.get('rebuild_ratio'), 2)}); pdf/ {fmt(U.get('pdf_rebuild_warm_s'), 2)} s "
              f"vs cold {fmt(U.get('pdf_cold_s'), 2)} s (ratio {fmt(U.get('pdf_rebuild_ratio'), 2)}; target < 0.5).")
    p("\n## 5–6. Relevance and the alternatives (same normalized text, same 53 queries)\n")
    O, F, G = R.get("ours", {}), R.get("fts5", {}), R.get("groonga", {})
    p("| engine | build s | index MB | query p50 ms | query p95 ms | MRR@10 | recall@10 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    p(f"| ictsearch (jobs 2; latency with snippets+facets) | {fmt(g(R, 'main_build', 'seconds', default=g(T, 'jobs2', 'seconds')))} | {fmt(g(R, 'main_build', 'index_bytes', default=g(T, 'jobs2', 'index_bytes')) / 1e6, 1)} | {fmt(W.get('p50_ms'))} | {fmt(W.get('p95_ms'))} | {fmt(O.get('mrr'), 3)} | {fmt(O.get('recall'), 3)} |")
    p(f"| SQLite FTS5 trigram, bm25 + snippet ({F.get('sqlite', '')}) | {fmt(F.get('build_s'))} | {fmt(g(F, 'index_bytes') / 1e6, 1)} | {fmt(F.get('p50_ms'))} | {fmt(F.get('p95_ms'))} | {fmt(F.get('mrr'), 3)} | {fmt(F.get('recall'), 3)} |")
    if "mrr" in G:
        p(f"| Groonga TokenBigram + NormalizerAuto ({G.get('version', '')}) | {fmt(G.get('build_s'))} | {fmt(G['index_bytes'] / 1e6, 1)} | {fmt(G.get('p50_ms'))} | {fmt(G.get('p95_ms'))} | {fmt(G.get('mrr'), 3)} | {fmt(G.get('recall'), 3)} |")
    else:
        p(f"| Groonga | – | – | – | – | nan | nan |\n\nGroonga: {G.get('skipped') or G.get('error')}")
    ob = g(R, "main_build", "seconds", default=g(T, "jobs2", "seconds"))
    osz = g(R, "main_build", "index_bytes", default=g(T, "jobs2", "index_bytes"))
    for name, B in (("FTS5", F), ("Groonga", G)):
        if "mrr" in B:
            p(f"\nours ÷ {name}: MRR {fmt(ratio(O.get('mrr'), B['mrr']))}×, recall {fmt(ratio(O.get('recall'), B['recall']))}×, "
              f"query p95 {fmt(ratio(W.get('p95_ms'), B['p95_ms']))}×, build time {fmt(ratio(ob, B['build_s']))}×, index size {fmt(ratio(osz, B['index_bytes']))}×")
    kinds = sorted((O.get("by_kind") or F.get("by_kind") or {}).keys())
    if kinds:
        p("\n| kind | n | ictsearch MRR / recall | FTS5 MRR / recall | Groonga MRR / recall |\n| --- | ---: | --- | --- | --- |")
        for k in kinds:
            def cell(B):
                b = g(B, "by_kind", k, default=None)
                return f"{b['mrr']:.2f} / {b['recall']:.2f}" if b else "–"
            n = g(O, "by_kind", k, "n", default=g(F, "by_kind", k, "n", default=""))
            p(f"| {k} | {n} | {cell(O)} | {cell(F)} | {cell(G)} |")
    RD = R.get("realdocs") or {}
    if RD.get("engines"):
        p(f"\n### Real government pages ({RD['documents']} pages, {RD['queries']} judged queries; "
          "bench/realdocs_relevance.py)\n")
        kinds = sorted({k for e in RD["engines"].values() for sp in e.values() for k in sp if k != "all"})
        p("| engine | split | all | " + " | ".join(kinds) + " |\n| --- | --- | --- |" + " --- |" * len(kinds))
        for name, e in RD["engines"].items():
            for split, cells in e.items():
                row = [cells.get(k) for k in ["all", *kinds]]
                p(f"| {name} | {split} | " + " | ".join(f"{c['mrr']:.2f} / {c['recall']:.2f}" if c else "–" for c in row) + " |")
    if O.get("errors"):
        p(f"\nictsearch raised on {len(O['errors'])} queries: " + "; ".join(f"{k}: {v}" for k, v in list(O["errors"].items())[:5]))
    if isinstance(R.get("scale"), dict) and "runs" in R["scale"]:
        scale.report(R["scale"], p)
    if R["notes"]:
        p("\nNotes: " + " | ".join(R["notes"]))
    p("")


if __name__ == "__main__":
    sys.exit(main())
