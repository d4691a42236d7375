"""Compound policy names (bench/compound_queries.tsv): do the pages writing the name come first?

    python bench/compound_first.py --index DIR [--index DIR ...] [--k 5] [--show]

For each query of bench/compound_queries.tsv (written on 2026-12-05 before the engine changes they
were used for, relevance40), searches each index and counts, among the top K, the hits whose title or
text writes one of the query's compounds (normalized like a query, line breaks removed) and the hits
holding every word listed as typed (5G); and whether the first hit writes a compound.  Runs with
whatever ``ictsearch`` is importable, so ``PYTHONPATH`` measures another checkout on the same index.
Used on the realdocs pages (``ictsearch index bench/realdocs/docs --index DIR``) and the White Paper
sections (``ictsearch index ../shared/corpus/whitepaper/[hr]*/ --index DIR``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _plain(text: str) -> str:
    from ictsearch.indexer.normalize import normalize_query

    return normalize_query(text.replace("\n", "")).casefold()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", action="append", required=True)
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--show", action="store_true", help="list each query's top K")
    args = ap.parse_args(argv)

    from ictsearch.search import open_index

    rows = [line.rstrip("\n").split("\t") for line in (HERE / "compound_queries.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    for path in args.index:
        with open_index(path) as idx:
            texts = {d.doc_id: _plain(d.title + "\n" + d.text) for d in idx.documents()}
            compound = typed = shown = first = 0
            for qid, query, comps, words, *_ in rows:
                comps = [_plain(c) for c in comps.split("|") if c]
                words = [_plain(w) for w in words.split("|") if w]
                res = idx.search(query, limit=args.k)
                flags = [(any(c in texts[h.doc_id] for c in comps), all(w in texts[h.doc_id] for w in words))
                         for h in res.hits]
                compound += sum(c for c, _ in flags)
                typed += sum(w for _, w in flags)
                shown += len(flags)
                first += bool(flags and flags[0][0])
                if args.show:
                    print(f"== {qid} {query} ({res.total} hits)")
                    for i, (h, (c, w)) in enumerate(zip(res.hits, flags), 1):
                        print(f"  {i} {'C' if c else '-'}{'W' if w else '-'} {h.score:7.2f} {h.title[:50]}")
            print(f"{path}: top {args.k} writing a compound {compound}/{shown}, holding every typed word {typed}/{shown}, "
                  f"first hit writing a compound {first}/{len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
