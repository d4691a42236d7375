"""A query evaluated over whole postings arrays: which documents match, and their scores.

Whoosh finds and scores matches one document at a time through a tree of
matcher objects, so a search costs Python calls per match: 情報通信 on the
White Paper ×5 (6,000 matches) took 0.55 s, 80 % of it in ``next``/``score``.
Here each term's postings are read once per searcher into arrays (document
numbers, and the term's BM25F score in each document: idf, field lengths and
the average length are fixed for a searcher), and the query tree is evaluated
with array operations over every document at once: a dense boolean "matches"
and a float "score" per node, combined the way Whoosh's matchers combine them.

The scores are Whoosh's own, bit for bit where the arithmetic allows (the same
``bm25`` expression, in float64, per posting; sums may associate differently,
about 1e-16 apart): an OR or an AND adds its children's scores, a boost
multiplies, AndMaybe adds the optional side where it matches, a NOT inside an
AND adds Whoosh's constant 1.0, a phrase scores the sum of its words.
``tests/test_evaluate.py`` compares both on the bundled corpus, with several
segments and deleted documents too.  A node of a kind not listed here (numeric
ranges, wildcards) is scored by Whoosh and joined in.

Where they differ, Whoosh was wrong: its AndMaybe matcher missed the optional
side's score in some documents, so identical copies of a White Paper section
scored 57.1 and 59.3 (three of 255 query texts at ×5, none at ×1).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from whoosh import query as wq
from whoosh.matching import FilterMatcher
from whoosh.scoring import BM25F

from .caches import Budget, per_searcher
from .matchers import MinMatch, SideBySide


class Evaluated(NamedTuple):
    """Per document of the searcher: whether it matches, and its score (meaningless where it does not)."""

    mask: np.ndarray  # bool[doc_count_all]
    score: np.ndarray | None  # float64[doc_count_all]; None when only the mask was asked for


#: Postings kept per open searcher, all cached terms together (document number and
#: score: 16 bytes each, about 20 with each term's arrays, so some 20 MB at most).  The common words of a collection
#: (情報, 通信, 地域 …) recur in most queries and have the longest postings.  The three
#: budgets here were measured on the `bench/run.py --scale 5` workload: halving them
#: all from (2 M, 1.5 M, 4 M) changed nothing; halving again doubled p50 and p95.
CACHED_POSTINGS = 1_000_000
#: Decoded word occurrences (position, start, end) kept per open searcher, 24 bytes each,
#: and each document's entry costs about ENTRY_ROWS rows more (its array, key and slot,
#: ~300 bytes): 24 MB or so at most.  情報 alone occurs about 400,000 times in the White Paper ×5.
CACHED_OCCURRENCES = 1_000_000
ENTRY_ROWS = 12
#: Position keys of terms read in every document (8 bytes each: 16 MB at most).
CACHED_KEYS = 2_000_000
#: A phrase or adjacency check over more candidate documents than this reads a term's
#: positions in every document once (kept: CACHED_KEYS) instead of document by document:
#: 情報通信 on the White Paper ×5 checks about 6,000 candidates: the whole search took
#: 148 ms warm reading them document by document, 54 ms with whole-term keys.
ALL_KEYS_FROM = 500
#: A position key is document number << POSITION_BITS | position: one sorted int64
#: array per term, so "B right after A" is a binary search (no document holds 2**32 words).
POSITION_BITS = 32


class Arrays:
    """One searcher's postings and field lengths as arrays, read on first use.

    A searcher is a snapshot of the index, so nothing read here goes stale;
    ``for_searcher`` keeps one per searcher.
    """

    def __init__(self, searcher):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.size = self.reader.doc_count_all()
        if self.reader.has_deletions():
            live = np.zeros(self.size, dtype=bool)
            live[np.fromiter(self.reader.all_doc_ids(), dtype=np.int64)] = True
        else:  # asking each document (6 ms at 1,900 documents, 30 at ×5) for nothing
            live = np.ones(self.size, dtype=bool)
        self.live = live
        self._lengths: dict[str, np.ndarray] = {}
        self._postings = Budget(CACHED_POSTINGS, lambda v: len(v[0]))
        #: (field, term, document) -> its occurrences' (position, start, end) rows.
        self.decoded = Budget(CACHED_OCCURRENCES, lambda rows: len(rows) + ENTRY_ROWS)
        self._all_keys = Budget(CACHED_KEYS, len)

    @classmethod
    def for_searcher(cls, searcher) -> "Arrays":
        return per_searcher(searcher, "arrays", cls)

    # -- reading ------------------------------------------------------------

    def term(self, fieldname: str, text) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, the term's unboosted score in each) — empty when the term is not indexed."""
        schema = self.searcher.schema
        if fieldname not in schema:
            return _EMPTY
        field = schema[fieldname]
        try:
            btext = field.to_bytes(text)
        except ValueError:
            return _EMPTY
        return self.term_bytes(fieldname, btext)

    def term_bytes(self, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`term` for a term as the index stores it (a lexicon's bytes)."""
        key = (fieldname, btext)
        found = self._postings.get(key)
        if found is None:
            if key not in self.reader:
                return _EMPTY
            found = self._postings.put(key, self._read(fieldname, btext))
        return found

    def occurrences(self, fieldname: str, text: str) -> "Occurrences":
        """Where the term occurs (positions, and characters where stored), read per document when asked."""
        schema = self.searcher.schema
        if fieldname not in schema or not schema[fieldname].format.supports("positions"):
            return _NOWHERE
        ids, _ = self.term(fieldname, text)
        if not len(ids):
            return _NOWHERE
        return Occurrences(self, fieldname, schema[fieldname].to_bytes(text), ids)

    def _read(self, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray]:
        id_parts, weight_parts = [], []
        for leaf, base in self.reader.leaf_readers():
            if (fieldname, btext) not in leaf:
                continue
            ids, weights = _leaf_postings(leaf.postings(fieldname, btext))
            id_parts.append(ids + base if base else ids)
            weight_parts.append(weights)
        if not id_parts:
            return _EMPTY
        ids = np.concatenate(id_parts)
        weights = np.concatenate(weight_parts)
        searcher = self.searcher
        if not searcher.schema[fieldname].scorable:
            return ids, weights  # Whoosh scores such a field by the posting's weight
        weighting = searcher.weighting
        if not isinstance(weighting, BM25F):
            raise TypeError(f"array scoring implements BM25F only, not {type(weighting).__name__}")
        B = weighting._field_B.get(fieldname, weighting.B)
        K1 = weighting.K1
        idf = searcher.idf(fieldname, btext)  # bytes, as Whoosh's Term.matcher asks it
        avgfl = searcher.avg_field_length(fieldname) or 1
        fl = self.lengths(fieldname)[ids]
        # whoosh.scoring.bm25, the same operations in the same order.
        return ids, idf * ((weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * fl / avgfl)))

    def read_occurrences(self, fieldname: str, btext: bytes, docs: list[int]) -> dict[int, np.ndarray]:
        """Decode the term's stored positions (and characters) in `docs` (ascending, each holding it)."""
        fmt = self.searcher.schema[fieldname].format
        with_chars = fmt.supports("characters")
        decode = fmt.decoder("characters" if with_chars else "positions")
        out: dict[int, np.ndarray] = {}
        for leaf, base in self.reader.leaf_readers():
            mine = [d - base for d in docs if base <= d < base + leaf.doc_count_all()]
            if not mine or (fieldname, btext) not in leaf:
                continue
            m = leaf.postings(fieldname, btext)
            while isinstance(m, FilterMatcher):  # a deleted document asked for still decodes
                m = m.child
            for d in mine:
                m.skip_to(d)
                if m.is_active() and m.id() == d:
                    occ = decode(m.value())
                    rows = occ if with_chars else [(p, -1, -1) for p in occ]
                    out[d + base] = np.asarray(rows, dtype=np.int64).reshape(-1, 3)
                if not m.is_active():
                    break
        for d in docs:
            out.setdefault(d, np.zeros((0, 3), dtype=np.int64))
        return out

    def all_keys(self, term: "Occurrences") -> np.ndarray:
        """The term's position keys in every document holding it, ascending (kept per searcher)."""
        key = (term.fieldname, term.btext)
        found = self._all_keys.get(key)
        if found is None:
            rows = self.read_occurrences(term.fieldname, term.btext, term.ids.tolist())
            counts = [len(rows[d]) for d in term.ids.tolist()]
            positions = np.concatenate([rows[d][:, 0] for d in term.ids.tolist()])
            found = self._all_keys.put(key, (np.repeat(term.ids, counts) << POSITION_BITS) + positions)
        return found

    def lengths(self, fieldname: str) -> np.ndarray:
        """Each document's length in the field, as Whoosh's scorer reads it (byte-quantized)."""
        found = self._lengths.get(fieldname)
        if found is None:
            found = np.zeros(self.size, dtype=np.float64)
            for leaf, base in self.reader.leaf_readers():
                n = leaf.doc_count_all()
                column = _length_column(leaf, fieldname, n)
                if column is not None:
                    found[base:base + n] = column
                else:
                    read = leaf.doc_field_length
                    found[base:base + n] = [read(d, fieldname, 0) or 0 for d in range(n)]
            self._lengths[fieldname] = found
        return found

    # -- evaluating ---------------------------------------------------------

    def evaluate(self, q: wq.Query | None, *, scores: bool = True) -> Evaluated:
        """`q` over every live document; `scores=False` computes the mask alone (cheaper)."""
        if q is None:
            return Evaluated(np.zeros(self.size, dtype=bool), np.zeros(self.size) if scores else None)
        ev = _Evaluator(self, scores).node(q)
        return Evaluated(ev.mask & self.live, ev.score)

    def docs(self, q: wq.Query | None) -> np.ndarray:
        """Document numbers `q` matches, ascending."""
        return np.flatnonzero(self.evaluate(q, scores=False).mask)


_EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))
_NO_KEYS = np.zeros(0, dtype=np.int64)


class Occurrences:
    """Where a term occurs, document by document: (position, start, end) rows.

    Decoding a posting's stored positions is the cost (a pickle each), and only
    the documents at hand need it: the top hits' snippets and adjacency, a
    phrase's candidates.  So a term's postings are walked to those documents
    only, and what was decoded is kept per searcher (``Arrays.decoded``).
    """

    def __init__(self, arrays: "Arrays | None", fieldname: str, btext: bytes, ids: np.ndarray):
        self.arrays = arrays
        self.fieldname = fieldname
        self.btext = btext
        self.ids = ids  # documents holding the term, ascending

    def __len__(self) -> int:
        return len(self.ids)

    def rows(self, docs: list[int]) -> list[np.ndarray]:
        """Per document of `docs` (ascending, each holding the term): an int64 array of (position, start, end) rows."""
        cache = self.arrays.decoded
        out: list = [cache.get((self.fieldname, self.btext, d)) for d in docs]
        missing = [d for d, rows in zip(docs, out) if rows is None]
        if missing:
            read = self.arrays.read_occurrences(self.fieldname, self.btext, missing)
            for d in missing:
                cache.put((self.fieldname, self.btext, d), read[d])
            out = [rows if rows is not None else read[d] for d, rows in zip(docs, out)]
        return out

    def in_document(self, docnum: int) -> list[tuple[int, int, int]]:
        """(position, start, end) of each occurrence in one document (start, end -1 without characters)."""
        i = int(np.searchsorted(self.ids, docnum))
        if i == len(self.ids) or self.ids[i] != docnum:
            return []
        return [tuple(r) for r in self.rows([docnum])[0].tolist()]

    def keys(self, docs: np.ndarray) -> np.ndarray:
        """Position keys (see POSITION_BITS) in `docs` (ascending), ascending.

        Many documents: the term's keys in every document, decoded once and kept
        (``Arrays.all_keys``), may hold others too — callers check each key's document.
        """
        docs = np.intersect1d(docs, self.ids, assume_unique=True)
        if not len(docs):
            return _NO_KEYS
        if len(docs) > ALL_KEYS_FROM:
            return self.arrays.all_keys(self)
        rows = self.rows(docs.tolist())
        counts = [len(r) for r in rows]
        positions = np.concatenate([r[:, 0] for r in rows])
        return (np.repeat(docs, counts) << POSITION_BITS) + positions


_NOWHERE = Occurrences(None, "", b"", _NO_KEYS)


def in_sequence(terms: list[Occurrences], slop: int = 1, within: np.ndarray | None = None,
                without: np.ndarray | None = None) -> np.ndarray:
    """Documents where the terms occur in order, each within `slop` positions after the one before.

    Greedy from each occurrence of the first term: the next term's first
    occurrence after the current one must be near enough (with slop 1, exactly
    a phrase).  Only documents holding every term (and in `within`, not in
    `without`: ascending arrays) are decoded and checked.  Returns sorted
    unique document numbers.
    """
    if not terms or any(len(t) == 0 for t in terms):
        return _NO_KEYS
    candidates = terms[0].ids if within is None else np.intersect1d(terms[0].ids, within, assume_unique=True)
    for t in terms[1:]:
        candidates = np.intersect1d(candidates, t.ids, assume_unique=True)
    if without is not None and len(candidates):
        candidates = np.setdiff1d(candidates, without, assume_unique=True)
    if not len(candidates):
        return _NO_KEYS
    cur = terms[0].keys(candidates)
    for t in terms[1:]:
        nxt = t.keys(candidates)
        i = np.searchsorted(nxt, cur, side="right")
        ok = i < len(nxt)
        found = nxt[i[ok]]
        cur = found[found - cur[ok] <= slop]  # within slop: the same document
        if not len(cur):
            return _NO_KEYS
    docs = cur >> POSITION_BITS  # ascending, as the keys are
    docs = docs[np.concatenate(([True], docs[1:] != docs[:-1]))]
    # Keys may come from more documents than the candidates (Occurrences.keys).
    return docs[_member(docs, candidates)]


def _length_column(leaf, fieldname: str, n: int) -> np.ndarray | None:
    """A W3 segment's field lengths read as one block of bytes (a call per document cost a
    fresh process 40 ms at the White Paper ×5); None for any other reader."""
    try:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
        from whoosh.util.numeric import byte_to_length

        column = leaf._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            return np.zeros(n)
        codes = np.frombuffer(column._dbfile.get(column._basepos, column._count), dtype=np.uint8)
    except (AttributeError, ImportError, TypeError):
        return None
    table = np.array([byte_to_length(b) if b else 0 for b in range(256)], dtype=np.float64)
    out = np.zeros(n)
    out[:min(n, len(codes))] = table[codes[:n]]
    return out


def _member(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """Mask of `values` found in the ascending array `sorted_set`."""
    i = np.searchsorted(sorted_set, values)
    ok = i < len(sorted_set)
    ok[ok] = sorted_set[i[ok]] == values[ok]
    return ok


def _leaf_postings(m) -> tuple[np.ndarray, np.ndarray]:
    """(ids, weights) of one segment's postings matcher, block by block where the codec allows."""
    while isinstance(m, FilterMatcher):  # deleted documents: masked by Arrays.live instead
        m = m.child
    ids: list = []
    weights: list = []
    if hasattr(m, "_read_ids") and hasattr(m, "_next_block"):
        # Whoosh's W3 codec: a block's ids and weights come decoded whole.
        while m.is_active():
            m._read_ids()
            m._read_weights()
            ids.extend(m._ids[m._i:])
            weights.extend(m._weights[m._i:])
            if m._lastblock:
                break
            m._next_block()
    else:
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            m.next()
    return np.asarray(ids, dtype=np.int64), np.asarray(weights, dtype=np.float64)


class _Node(NamedTuple):
    mask: np.ndarray
    score: np.ndarray | None


class _Evaluator:
    def __init__(self, arrays: Arrays, scores: bool):
        self.a = arrays
        self.scores = scores
        self.size = arrays.size

    def empty(self) -> _Node:
        return _Node(np.zeros(self.size, dtype=bool), np.zeros(self.size) if self.scores else None)

    def node(self, q) -> _Node:
        # The order of the checks matters: MinMatch is an Or, SideBySide a Phrase.
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return self.empty()
        if isinstance(q, wq.Term):
            return self.term(q)
        if isinstance(q, MinMatch):
            return self.min_match(q)
        if isinstance(q, wq.Or) and getattr(q, "scale", None) is None:
            return self.union(q)
        if isinstance(q, wq.And):
            return self.intersection(q)
        if isinstance(q, wq.AndMaybe):
            a, b = self.node(q.a), self.node(q.b)
            score = a.score + np.where(b.mask, b.score, 0.0) if self.scores else None
            return _Node(a.mask, score)
        if isinstance(q, wq.AndNot):
            a, b = self.node(q.a), self.node(q.b)
            return _Node(a.mask & ~b.mask, a.score)
        if isinstance(q, wq.Require):
            a, b = self.node(q.a), self.node(q.b)
            return _Node(a.mask & b.mask, a.score)
        if isinstance(q, wq.Not):
            # Whoosh's InverseMatcher: every document the child does not match, scored 1.0.
            inner = _Evaluator(self.a, False).node(q.query)
            return _Node(~inner.mask, np.ones(self.size) if self.scores else None)
        if isinstance(q, wq.Every) and not q.fieldname:
            return _Node(np.ones(self.size, dtype=bool), np.full(self.size, float(q.boost)) if self.scores else None)
        if isinstance(q, (SideBySide, wq.Phrase)):
            return self.phrase(q)
        if isinstance(q, wq.ConstantScoreQuery):
            inner = _Evaluator(self.a, False).node(q.child)
            return _Node(inner.mask, np.full(self.size, float(q.score)) if self.scores else None)
        return self.by_whoosh(q)

    def term(self, q: wq.Term) -> _Node:
        ids, base = self.a.term(q.fieldname, q.text)
        mask = np.zeros(self.size, dtype=bool)
        mask[ids] = True
        if not self.scores:
            return _Node(mask, None)
        score = np.zeros(self.size)
        score[ids] = base * q.boost if q.boost != 1.0 else base
        return _Node(mask, score)

    def _children(self, q) -> list:
        return list(q.subqueries)

    def union(self, q: wq.Or) -> _Node:
        return self._at_least(q, 1)

    def min_match(self, q: MinMatch) -> _Node:
        return self._at_least(q, q.minimum)

    def _at_least(self, q, minimum: int) -> _Node:
        """Documents matching at least `minimum` of q's children, scored by the sum of those that match."""
        subs = self._children(q)
        if not subs:
            return self.empty()
        if len(subs) == 1:
            return self.node(subs[0])  # Whoosh drops the boost of a one-child compound
        mask = np.zeros(self.size, dtype=bool)
        count = np.zeros(self.size, dtype=np.int32) if minimum > 1 else None
        score = np.zeros(self.size) if self.scores else None
        for s in subs:
            n = self.node(s)
            mask |= n.mask
            if count is not None:
                count += n.mask
            if self.scores:
                score += np.where(n.mask, n.score, 0.0)
        if self.scores and q.boost != 1.0:
            score *= q.boost
        if count is not None:
            mask &= count >= minimum
        return _Node(mask, score)

    def intersection(self, q: wq.And) -> _Node:
        subs = self._children(q)
        if not subs:
            return self.empty()
        if len(subs) == 1:
            return self.node(subs[0])
        mask = np.ones(self.size, dtype=bool)
        score = np.zeros(self.size) if self.scores else None
        for s in subs:
            n = self.node(s)
            mask &= n.mask
            if self.scores:
                score += n.score
        if self.scores and q.boost != 1.0:
            score *= q.boost
        return _Node(mask, score)

    def phrase(self, q: wq.Phrase) -> _Node:
        """Positions decide the match; the words' scores add up (Whoosh's span matcher sums its terms)."""
        if not q.words:
            return self.empty()
        mask = np.zeros(self.size, dtype=bool)
        if q.slop == 1:
            # Whoosh's exact phrase: each word right after the one before.  Where the document
            # holds the compound itself, SideBySide leaves it to Term(compound) (search.matchers).
            without = None
            if isinstance(q, SideBySide) and q.compound is not None:
                without = self.a.term(q.fieldname, q.compound)[0]
            mask[in_sequence([self.a.occurrences(q.fieldname, w) for w in q.words], without=without)] = True
        else:
            mask[np.fromiter(self.a.searcher.docs_for_query(q), dtype=np.int64)] = True
        if not self.scores:
            return _Node(mask, None)
        score = np.zeros(self.size)
        for word in q.words:
            ids, base = self.a.term(q.fieldname, word)
            score[ids] += base
        if q.boost != 1.0:
            score *= q.boost
        return _Node(mask, score)

    def by_whoosh(self, q) -> _Node:
        """A kind of query this module does not evaluate: Whoosh's matcher scores it."""
        mask = np.zeros(self.size, dtype=bool)
        score = np.zeros(self.size) if self.scores else None
        if self.scores:
            for docnum, s in self.a.searcher.search(q, limit=None).items():
                mask[docnum] = True
                score[docnum] = s
        else:
            mask[np.fromiter(self.a.searcher.docs_for_query(q), dtype=np.int64)] = True
        return _Node(mask, score)
