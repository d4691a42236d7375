"""The ranked page of a search, scoring only as many documents as the page needs.

The order is defined over every match (see ``Index.search``): by score; the
best ``depth`` then reranked by adjacency; then, when the query has synonyms,
the documents using a word as typed before those found only through a synonym.
That order is reproduced exactly from at most two top-k collections:

- with synonyms, one over the documents that use the typed words (``own``) and
  one over the rest; the overall best ``depth`` lie within the union of the two
  top-``depth`` lists, and each group's page needs at most ``offset + limit``
  of its own best;
- each collection is Whoosh's top-k collector, which skips postings blocks
  whose best possible score cannot enter the top k (block quality), so a broad
  word no longer costs a score per matching document.

Ties are broken by document number in both Whoosh's collectors, so the order
is the one a full sort gives, and every page slices the same order.
"""

from __future__ import annotations

import copy
from typing import Callable

from whoosh import query as wq

Items = list[tuple[int, float]]


def top_k(searcher, q, allowed: frozenset[int] | None, k: int) -> Items:
    """The best `k` of `q`'s matches (restricted to `allowed` when given), best first."""
    if k <= 0 or (allowed is not None and not allowed):
        return []
    # Whoosh takes a filter as a set (a frozenset is not recognised).
    flt = set(allowed) if allowed is not None else None
    return list(searcher.search(binary_unions(q), filter=flt, limit=k).items())


def binary_unions(q: wq.Query) -> wq.Query:
    """`q` with every plain OR as a tree of binary union matchers.

    On an index of up to 5,000 documents Whoosh turns an OR of three or more
    clauses into a matcher that reads and scores every posting of every clause
    up front, which no top-k collector can skip; union trees report block
    quality, so blocks that cannot reach the top k are skipped.  Scores are the
    same sums.  (Above 5,000 documents Whoosh already builds the trees.)
    """
    if isinstance(q, wq.CompoundQuery):
        subs = [binary_unions(s) for s in q.subqueries]
        if type(q) is wq.Or:
            return wq.DefaultOr(subs, boost=q.boost)
        if all(a is b for a, b in zip(subs, q.subqueries)):
            return q
        out = copy.copy(q)
        out.subqueries = subs
        return out
    if isinstance(q, wq.BinaryQuery):  # AndMaybe, AndNot, Require
        a, b = binary_unions(q.a), binary_unions(q.b)
        if a is q.a and b is q.b:
            return q
        out = copy.copy(q)
        out.a, out.b, out.subqueries = a, b, (a, b)
        return out
    return q


def ranked_page(
    searcher,
    q,
    matches: frozenset[int],
    *,
    restricted: bool,
    own: frozenset[int] | None,
    rerank: Callable[[Items], Items] | None,
    depth: int,
    offset: int,
    want: int,
) -> Items:
    """Items[offset:want] of the full order described in the module docstring.

    `matches` is the exact match set (filters applied); `restricted` says
    whether it differs from what `q` alone matches (a filter), so that the
    collector must be told; `own` is the typed-word subset (None without synonyms).
    """
    k = max(depth, want)
    if own is None:
        groups = [matches if restricted else None]
    else:
        groups = [own, matches - own]
    merged = sorted((it for g in groups for it in top_k(searcher, q, g, k)), key=lambda it: (-it[1], it[0]))
    items = rerank(merged[:depth]) + merged[depth:] if rerank is not None else merged
    if own is not None:
        items.sort(key=lambda it: it[0] not in own)  # stable: score order within each group
    return items[offset:want]
