"""What query understanding buys: the judged queries with synonyms and region/year reading on and off.

    python bench/understanding.py [INDEX]     # INDEX: a White Paper index (default: builds one in bench/.work)

Scores MRR@10 and recall@10 per query kind for: everything on (the default),
--no-synonyms, no region/year reading, and both off, on the same index in the
same run.  Natural-language phrases are covered by the `natural` kind (function
words are dropped in every variant: that is analysis, not an option).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import corpus, relevance  # noqa: E402

VARIANTS = {
    "all on (default)": dict(),
    "no synonyms": dict(synonyms=False),
    "no region/year reading": dict(understand=False),
    "both off": dict(synonyms=False, understand=False),
}
KINDS = ("natural", "synonym", "region-year")


def score(idx, queries, options) -> dict:
    results = {}
    for q in queries:
        res = idx.search(q.query, limit=10, **options)
        results[q.id] = [Path(h.path).resolve().relative_to(corpus.CORPUS).as_posix() for h in res.hits]
    return relevance.evaluate(results, queries)


def main() -> int:
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    if len(sys.argv) > 1:
        index_dir = Path(sys.argv[1])
    else:
        index_dir = corpus.WORK / "understanding-idx"
        build_index(corpus.whitepaper_folders(), index_dir, jobs=2)
    queries = relevance.load_queries()
    print("| variant | MRR@10 | recall@10 | " + " | ".join(f"{k} MRR / recall" for k in KINDS) + " |")
    print("|---|---:|---:|" + "---|" * len(KINDS))
    with open_index(index_dir) as idx:
        for name, options in VARIANTS.items():
            ev = score(idx, queries, options)
            kinds = " | ".join(
                f"{ev['by_kind'][k]['mrr']:.2f} / {ev['by_kind'][k]['recall']:.2f}" if k in ev["by_kind"] else "–" for k in KINDS
            )
            print(f"| {name} | {ev['mrr']:.3f} | {ev['recall']:.3f} | {kinds} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
