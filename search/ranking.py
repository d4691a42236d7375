"""The ranked page of a search: every match scored once, the page cut from one order.

The order is defined over every match: by score; the best ``depth`` then
reranked by adjacency; then, when the query has synonyms, the documents using a
word as typed before those found only through a synonym (``own``, a set from
search.matchset: no query per document).

Why every match is still scored (measured on the White Paper, whoosh-reloaded
2.7.5): Whoosh's top-k collector can skip postings blocks that cannot reach the
top k, but (1) its periodic matcher "replacement" at the k-th best score lost
the best document of 情報通信 from the top 100, and (2) without replacement, the
matcher tree for 東北3県 地上デジタル放送 完全移行 延期 scored its two matches
44.5 and 40.6 instead of 55.3 and 48.5 (the sum of its parts, which the
unlimited collector gives).  With both fixed the skipping fired for one block
in a whole query.  So scoring stays Whoosh's unlimited pass, made cheaper by
``CachedLengthBM25F`` below.
"""

from __future__ import annotations

from typing import Callable

from whoosh import scoring

from .postings import Postings

Items = list[tuple[int, float]]

#: Score factor for a top document holding a word's units side by side
#: (``Compiled.adjacency``, checked after matching on the best RERANK_DEPTH only).
ADJACENCY_BOOST = 0.6


class CachedLengthBM25F(scoring.BM25F):
    """Whoosh's BM25F (same parameters, same scores) with each document's field
    length read once per searcher.

    BM25F's scorer asks the reader for the document's field length at every
    score; that lookup (column reader, byte decoding) cost about a third of
    the scoring time on the White Paper.  A searcher is a snapshot, so the
    lengths it has read never change.
    """

    def scorer(self, searcher, fieldname, text, qf=1):
        sc = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(sc, scoring.BM25FScorer):
            sc.dfl = _length_lookup(searcher, fieldname)
        return sc


def _length_lookup(searcher, fieldname: str) -> Callable[[int], int]:
    """docnum -> field length in `searcher` (a segment's sub-searcher has its own), filled as read."""
    lookups = searcher.__dict__.setdefault("_ictsearch_lengths", {})
    fn = lookups.get(fieldname)
    if fn is None:
        known: list = [None] * (searcher.reader().doc_count_all() + 1)
        read = searcher.doc_field_length

        def fn(docnum: int) -> int:
            length = known[docnum]
            if length is None:
                length = known[docnum] = read(docnum, fieldname, 1)
            return length

        lookups[fieldname] = fn
    return fn


def scored(searcher, q, allowed: frozenset[int] | None) -> Items:
    """Every match of `q` (within `allowed` when given) with its score, best first, ties by document number."""
    if allowed is not None and not allowed:
        return []
    # Whoosh takes a filter as a set (a frozenset is not recognised).
    flt = set(allowed) if allowed is not None else None
    return list(searcher.search(q, filter=flt, limit=None).items())


def ranked_page(
    items: Items,
    *,
    own: frozenset[int] | None,
    rerank: Callable[[Items], Items] | None,
    depth: int,
    offset: int,
    want: int,
) -> Items:
    """Items[offset:want] of the order described in the module docstring.

    `items` is every match, best first (``scored``); `own` is the typed-word
    subset (None without synonyms).
    """
    if rerank is not None:
        items = rerank(items[:depth]) + items[depth:]
    if own is not None:
        items = sorted(items, key=lambda it: it[0] not in own)  # stable: score order within each group
    return items[offset:want]


def rerank_adjacent(reader, items, adjacency, depth: int):
    """Lift the best `depth` matches whose words stand side by side (see search.query)."""
    head = items[:depth]
    postings = {f: Postings(reader, [d for d, _ in head], "positions", f) for _, _, fields in adjacency for f in fields}
    rescored = []
    for docnum, score in head:
        found = sum(
            1
            for seq, slop, fields in adjacency
            if any(adjacent([postings[f].get(t).get(docnum, ()) for t in seq], slop) for f in fields)
        )
        rescored.append((docnum, score * (1 + ADJACENCY_BOOST * found / len(adjacency))))
    rescored.sort(key=lambda it: -it[1])
    return rescored + items[depth:]


def adjacent(positions: list, slop: int) -> bool:
    """Whether terms occur in order, each within `slop` positions of the one before."""
    if not all(positions):
        return False
    for start in positions[0]:
        cur = start
        for ps in positions[1:]:
            cur = next((cur + k for k in range(1, slop + 1) if cur + k in ps), None)
            if cur is None:
                break
        else:
            return True
    return False
