"""Which documents match a query, found without scoring any of them.

Filters, the synonym ordering (documents using the words as typed) and
MinMatch's "at least n of these" need exact sets of documents, not scores.
Walking a term's postings for its document numbers (``all_ids``) is several
times cheaper than Whoosh's matcher tree stepping and scoring each match (and
than one ``docs_for_query`` per document, as the synonym ordering did), so the
sets are built from each term's postings with Python set algebra that mirrors
the query tree, the terms' sets cached per searcher.

Queries whose matches depend on positions (phrases) or on other field types
(numeric ranges) fall back to Whoosh's own matcher — still without scoring.
"""

from __future__ import annotations

from collections import Counter

from whoosh import query as wq


def match_set(searcher, q: wq.Query | None) -> frozenset[int]:
    """Document numbers (of `searcher`, live documents only) that `q` matches; None matches nothing."""
    if q is None:
        return frozenset()
    return frozenset(_docs(searcher, q))


def _docs(searcher, q: wq.Query) -> set[int]:
    # Imported here: search.query imports this module for MinMatch.
    from .matchers import MinMatch

    if isinstance(q, wq.Term):
        return _term_docs(searcher, q.fieldname, q.text)
    if isinstance(q, MinMatch):
        return min_match_docs(searcher, q.subqueries, q.minimum)
    if isinstance(q, wq.And):  # Parts too
        positive = [s for s in q.subqueries if not isinstance(s, wq.Not)]
        negative = [s.query for s in q.subqueries if isinstance(s, wq.Not)]
        if not positive:
            return set()
        # Smallest first: every later intersection is then cheap.
        sets = sorted((_docs(searcher, s) for s in positive), key=len)
        out = sets[0]
        for s in sets[1:]:
            if not out:
                break
            out = out & s
        for s in negative:
            if not out:
                break
            out = out - _docs(searcher, s)
        return out
    if isinstance(q, wq.Or):
        out: set[int] = set()
        for s in q.subqueries:
            out.update(_docs(searcher, s))
        return out
    if isinstance(q, wq.AndMaybe):
        return _docs(searcher, q.a)
    if isinstance(q, wq.AndNot):
        return _docs(searcher, q.a) - _docs(searcher, q.b)
    if isinstance(q, wq.Require):
        return _docs(searcher, q.a) & _docs(searcher, q.b)
    if isinstance(q, wq.Not):
        return set(searcher.reader().all_doc_ids()) - _docs(searcher, q.query)
    if isinstance(q, wq.Every) and not q.fieldname:
        return set(searcher.reader().all_doc_ids())
    if isinstance(q, wq.ConstantScoreQuery):
        return _docs(searcher, q.child)
    if isinstance(q, wq.NullQuery.__class__):
        return set()
    # Phrase, NumericRange and anything else: Whoosh's matcher, ids only.
    return set(searcher.docs_for_query(q))


#: Document numbers kept per open searcher, in all cached terms together: the
#: common words of a collection (情報, 通信, 地域 …) recur in most queries, and
#: their postings are the longest to walk.  1,000,000 ids ≈ 40 MB of sets at most.
TERM_CACHE_IDS = 1_000_000


class _TermCache:
    """term -> frozenset of its documents, least recently used dropped first."""

    def __init__(self, budget: int):
        self.budget = budget
        self.held = 0
        self.sets: dict = {}

    def get(self, key):
        found = self.sets.pop(key, None)
        if found is not None:
            self.sets[key] = found  # now the most recent
        return found

    def put(self, key, docs: frozenset) -> None:
        if len(docs) > self.budget:
            return
        self.sets[key] = docs
        self.held += len(docs)
        while self.held > self.budget:
            oldest = next(iter(self.sets))
            self.held -= len(self.sets.pop(oldest))


def _term_docs(searcher, fieldname: str, text) -> set[int] | frozenset[int]:
    # A searcher is a snapshot of the index, so its cache never goes stale.
    cache = searcher.__dict__.get("_ictsearch_term_docs")
    if cache is None:
        cache = searcher.__dict__["_ictsearch_term_docs"] = _TermCache(TERM_CACHE_IDS)
    key = (fieldname, text)
    docs = cache.get(key)
    if docs is None:
        try:
            # A segment reader leaves deleted documents out of its postings.
            docs = frozenset(searcher.reader().postings(fieldname, text).all_ids())
        except Exception:  # the term (or the field) is not in the index
            docs = frozenset()
        cache.put(key, docs)
    return docs


def min_match_docs(searcher, clauses, minimum: int) -> set[int]:
    """Documents holding at least `minimum` of `clauses` (each clause counted once)."""
    sets = [_docs(searcher, c) for c in clauses]
    if minimum <= 1:
        out: set[int] = set()
        for s in sets:
            out.update(s)
        return out
    counts: Counter = Counter()
    for s in sets:
        counts.update(s)
    return {d for d, n in counts.items() if n >= minimum}
