"""Split compounds: do the pages that write the word as typed come first?

    python bench/written_first.py --index DIR [--k 10] [--json OUT]

For each compound below (ICT-policy words the analyzer splits into parts, chosen on 2026-12-03
before any result was looked at), searches it alone on the index at DIR (built from the White
Paper sections, the edition folders without the manifest.tsv beside them:
``ictsearch index ../shared/corpus/whitepaper/[hr]*/ --index DIR``) and prints the share of the
top K hits (of all hits when fewer) whose title or text writes the word as typed (normalized
like a query, case-folded, line breaks removed), beside the best share possible:
min(K, pages writing it) / min(K, hits).  A page with the parts apart (地域 … 課題解決) counts
as not writing it; so does 地域課題の解決 (side by side, but not as typed).

Runs with whatever ``ictsearch`` is importable, so the same script measures an older checkout:
``PYTHONPATH=/tmp/old python bench/written_first.py --index DIR``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

#: ICT-policy compounds the analyzer splits (Sudachi mode C: two or more units).
WORDS = [
    "地域課題解決", "情報通信基盤", "地域情報化計画", "防災行政無線", "電波利用料", "携帯電話不感地域",
    "電気通信事業者", "公衆無線LAN", "情報格差是正", "地域公共ネットワーク", "周波数再編", "条件不利地域",
    "情報通信審議会", "超高速ブロードバンド", "行政手続オンライン化",
]


def _plain(text: str) -> str:
    from ictsearch.indexer.normalize import normalize_query

    return normalize_query(text.replace("\n", "")).casefold()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", required=True)
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--json", help="write the figures here too")
    args = ap.parse_args(argv)

    import ictsearch
    from ictsearch.search import open_index

    rows = []
    with open_index(args.index) as idx:
        texts = {d.doc_id: _plain(d.title + "\n" + d.text) for d in idx.documents()}
        for word in WORDS:
            w = _plain(word)
            writing = {doc for doc, text in texts.items() if w in text}
            t = time.perf_counter()
            res = idx.search(word, limit=args.k)
            ms = (time.perf_counter() - t) * 1000
            top = [h.doc_id for h in res.hits]
            written = sum(doc in writing for doc in top)
            n = min(args.k, res.total)
            rows.append({"word": word, "hits": res.total, "writing": len(writing), "top": len(top), "written": written,
                         "share": written / n if n else None, "best": min(args.k, len(writing)) / n if n else None,
                         "ms": round(ms, 1)})
    print(f"ictsearch at {ictsearch.__file__}; top {args.k}")
    print(f"{'word':<12}\t{'hits':>5}\t{'write':>5}\t{'share':>6}\t{'best':>6}")
    for r in rows:
        share = "–" if r["share"] is None else f"{r['share']:.2f}"
        best = "–" if r["best"] is None else f"{r['best']:.2f}"
        print(f"{r['word']:<12}\t{r['hits']:>5}\t{r['writing']:>5}\t{share:>6}\t{best:>6}")
    scored = [r for r in rows if r["share"] is not None]
    mean = sum(r["share"] for r in scored) / len(scored)
    best = sum(r["best"] for r in scored) / len(scored)
    print(f"mean share {mean:.3f} (best possible {best:.3f}) over {len(scored)} words")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"k": args.k, "rows": rows, "mean_share": mean, "best_share": best}, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
