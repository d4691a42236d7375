"""The ranked page of a search: every match scored once, the page cut from one order.

The order is defined over every match: by score, ties by document number; the
best ``depth`` then reranked by adjacency; then, when the query has synonyms,
the documents using a word as typed before those found only through a synonym
(``own``, a mask over the searcher's documents).

Every match is scored, by array operations over postings (search.evaluate),
not by Whoosh's collector: its matcher tree costs Python calls per match, and
its top-k skipping was unsound here (measured on the White Paper, whoosh-reloaded
2.7.5: its periodic matcher "replacement" at the k-th best score lost the best
document of 情報通信 from the top 100, and its AndMaybe matcher missed the optional
side's score in some documents — identical copies of a section scored 57.1 and
59.3).  ``CachedLengthBM25F`` stays for what Whoosh still scores itself
(more-like-this, the rare query kinds search.evaluate hands back to Whoosh).
"""

from __future__ import annotations

from typing import Callable

import numpy as np
from whoosh import scoring

from .evaluate import Arrays, in_sequence

Items = list[tuple[int, float]]

#: Score factor for a top document holding a word's units side by side
#: (``Compiled.adjacency``, checked after matching on the best RERANK_DEPTH only).
ADJACENCY_BOOST = 0.6


class CachedLengthBM25F(scoring.BM25F):
    """Whoosh's BM25F (same parameters, same scores) with the field lengths read
    once per searcher (``Arrays.lengths``), for what Whoosh still scores itself.

    BM25F's scorer asks the reader for the document's field length at every
    score; that lookup (column reader, byte decoding) cost about a third of
    the scoring time on the White Paper.
    """

    def scorer(self, searcher, fieldname, text, qf=1):
        sc = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(sc, scoring.BM25FScorer):
            lengths = Arrays.for_searcher(searcher).lengths(fieldname)  # a segment's sub-searcher has its own
            sc.dfl = lambda docnum: float(lengths[docnum])
        return sc


class Scored:
    """Every match of a query, best first: document numbers and scores as arrays."""

    def __init__(self, ids: np.ndarray, scores: np.ndarray):
        self.ids = ids
        self.scores = scores

    def __len__(self) -> int:
        return len(self.ids)

    def items(self, start: int = 0, stop: int | None = None) -> Items:
        return list(zip(self.ids[start:stop].tolist(), self.scores[start:stop].tolist()))

    def mask(self, size: int) -> np.ndarray:
        out = np.zeros(size, dtype=bool)
        out[self.ids] = True
        return out


def scored(arrays, q, allowed: np.ndarray | None) -> Scored:
    """Every match of `q` (within the `allowed` mask when given) with its score, best first, ties by document number."""
    ev = arrays.evaluate(q)
    mask = ev.mask if allowed is None else ev.mask & allowed
    ids = np.flatnonzero(mask)
    scores = ev.score[ids]
    order = np.lexsort((ids, -scores))
    return Scored(ids[order], scores[order])


def ranked_page(
    matches: Scored,
    *,
    own: np.ndarray | None,
    rerank: Callable[[Items], Items] | None,
    depth: int,
    offset: int,
    want: int,
) -> Items:
    """The order described in the module docstring, [offset:want].

    `matches` is every match, best first (``scored``); `own` is the mask of the
    documents using the typed words (None without synonyms).
    """
    ids, scores = matches.ids, matches.scores
    if rerank is not None and len(ids):
        head = rerank(matches.items(0, depth))
        ids = np.concatenate([np.array([d for d, _ in head], dtype=ids.dtype), ids[depth:]])
        scores = np.concatenate([np.array([s for _, s in head], dtype=scores.dtype), scores[depth:]])
    if own is not None:
        order = np.argsort(~own[ids], kind="stable")  # score order within each group
        ids, scores = ids[order], scores[order]
    return Scored(ids, scores).items(offset, want)


def rerank_adjacent(arrays, items: Items, adjacency, depth: int) -> Items:
    """Lift the best `depth` matches whose words stand side by side (see search.query)."""
    head = items[:depth]
    docs = np.array(sorted(d for d, _ in head), dtype=np.int64)
    near = []
    for seq, slop, fields in adjacency:
        found = np.concatenate([in_sequence([arrays.occurrences(f, t) for t in seq], slop, within=docs)
                                for f in fields])
        near.append(set(found.tolist()))
    rescored = [(docnum, score * (1 + ADJACENCY_BOOST * sum(docnum in n for n in near) / len(adjacency)))
                for docnum, score in head]
    rescored.sort(key=lambda it: -it[1])
    return rescored + items[depth:]
