"""Which Sudachi granularity to index: C units, A units, or C units with their A sub-units.

Builds the White Paper index once per variant (the analyzer is swapped in this
process; workers are forked, so they inherit it) and scores each on the judged
queries of bench/queries.tsv.  Not run by CI:

    python bench/analysis_modes.py            # all 1,870 sections, jobs=2
    python bench/analysis_modes.py --quick    # every 6th section (relevance then covers fewer judged sections)
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import corpus, relevance  # noqa: E402
from bench.run import ours_relevance  # noqa: E402


def _c_only(terms):
    return [t for t in terms if not t.sub]


def _a_only(terms):
    # A compound gives way to its parts; positions stay those of the parts.
    return [t for t in terms if not t.compound]


VARIANTS = {"C+A (shipped)": None, "C only": _c_only, "A only": _a_only}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    import ictsearch.indexer.analysis as analysis
    import ictsearch.indexer.pipeline as pipeline
    import ictsearch.search.query as query
    from ictsearch.indexer import build_index

    work = corpus.WORK / "modes"
    shutil.rmtree(work, ignore_errors=True)
    src = work / "corpus" / "whitepaper"
    secs = corpus.sample(args.quick)
    for s in secs:
        dest = work / "corpus" / s.rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus.CORPUS / s.rel, dest)
    queries = relevance.load_queries()
    original = analysis.analyze
    rows = []
    for name, keep in VARIANTS.items():
        patched = original if keep is None else (lambda text, keep=keep: keep(original(text)))
        # Index and query side must agree: patch every module that imported analyze.
        for mod in (analysis, pipeline, query):
            mod.analyze = patched
        idx = work / name.split()[0].replace("+", "")
        t0 = time.perf_counter()
        build_index([src], idx, jobs=2)
        build_s = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in (idx).rglob("*") if p.is_file() and "cache" not in p.parts)
        ev = ours_relevance(idx, work / "corpus", queries)
        rows.append((name, build_s, size / 1e6, ev["mrr"], ev["recall"]))
        print(f"{name}: build {build_s:.1f} s, index {size / 1e6:.1f} MB, MRR@10 {ev['mrr']:.3f}, recall@10 {ev['recall']:.3f}",
              file=sys.stderr)
    for mod in (analysis, pipeline, query):
        mod.analyze = original
    print(f"| variant ({len(secs)} sections) | build s | index MB (no cache) | MRR@10 | recall@10 |")
    print("|---|---:|---:|---:|---:|")
    for name, b, mb, mrr, rec in rows:
        print(f"| {name} | {b:.1f} | {mb:.1f} | {mrr:.3f} | {rec:.3f} |")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
