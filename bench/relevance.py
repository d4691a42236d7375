"""The judged query set (bench/queries.tsv), query syntax and MRR@10 / recall@10.

Queries are written in ictsearch's syntax: words separated by spaces are ANDed,
``"..."`` is a phrase, ``OR`` and ``NOT`` are operators.  :func:`parse` splits
a query into items that the baselines translate into their own syntax, so all
engines get the same intent.
"""

from __future__ import annotations

import csv
import statistics
from dataclasses import dataclass
from pathlib import Path

QUERIES_TSV = Path(__file__).resolve().parent / "queries.tsv"
K = 10


@dataclass(frozen=True)
class Query:
    id: str
    kind: str
    query: str
    relevant: frozenset[str]
    notes: str


def load_queries(path: Path = QUERIES_TSV) -> list[Query]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [
        Query(r["id"], r["kind"], r["query"], frozenset(p for p in r["relevant"].split("|") if p), r["notes"])
        for r in rows
    ]


def parse(query: str) -> list[tuple[str, str]]:
    """Items of a query: ("term", w), ("phrase", p), ("op", "OR"|"NOT")."""
    items: list[tuple[str, str]] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
            continue
        if c == '"':
            j = query.find('"', i + 1)
            j = n if j < 0 else j
            if query[i + 1 : j].strip():
                items.append(("phrase", query[i + 1 : j].strip()))
            i = j + 1
            continue
        j = i
        while j < n and not query[j].isspace() and query[j] != '"':
            j += 1
        word = query[i:j]
        items.append(("op", word) if word in ("OR", "NOT", "AND") else ("term", word))
        i = j
    return items


def score(ranked: list[str], relevant: frozenset[str], k: int = K) -> tuple[float, float]:
    """(reciprocal rank, recall) of one ranked list of corpus-relative paths."""
    top = ranked[:k]
    rr = 0.0
    for i, p in enumerate(top, 1):
        if p in relevant:
            rr = 1.0 / i
            break
    rec = len(set(top) & relevant) / len(relevant) if relevant else 0.0
    return rr, rec


def evaluate(results: dict[str, list[str]], queries: list[Query]) -> dict:
    """MRR@10 and recall@10 over all queries, overall and per kind."""
    per = {}
    for q in queries:
        rr, rec = score(results.get(q.id, []), q.relevant)
        per[q.id] = {"rr": rr, "recall": rec, "kind": q.kind}
    kinds = sorted({q.kind for q in queries})
    return {
        "mrr": statistics.fmean(v["rr"] for v in per.values()),
        "recall": statistics.fmean(v["recall"] for v in per.values()),
        "by_kind": {
            k: {
                "n": sum(1 for v in per.values() if v["kind"] == k),
                "mrr": statistics.fmean(v["rr"] for v in per.values() if v["kind"] == k),
                "recall": statistics.fmean(v["recall"] for v in per.values() if v["kind"] == k),
            }
            for k in kinds
        },
        "per_query": per,
    }


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    s = sorted(values)
    if not s:
        return float("nan")
    idx = max(0, min(len(s) - 1, int(-(-p * len(s) // 100)) - 1))
    return s[idx]
