"""A query evaluated over whole postings: which documents match, and their scores.

Whoosh finds and scores matches one document at a time through a tree of
matcher objects, so a search costs Python calls per match: 情報通信 on the
White Paper ×5 (6,000 matches) took 0.55 s, 80 % of it in ``next``/``score``.
Here each term's postings are read once per searcher (document numbers, and
the term's BM25F score in each document: idf, field lengths and the average
length are fixed for a searcher), and the query tree is evaluated a node at a
time over whole sets: a node is the set of documents it matches, as an int
bitset (search/bitsets.py: AND, OR, NOT and counts in C), and the score of
each of them, a dict, combined the way Whoosh's matchers combine them.

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

This was numpy arrays over every document until 2026-12-02: importing numpy
was a quarter of a fresh search's cost (0.10–0.16 s), and pure Python over
the postings a term actually has answers the same workload about as fast
(README, "Speed").
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from itertools import compress, repeat
from operator import add, and_, lshift, mul
from typing import Iterable, Iterator, NamedTuple

from whoosh import query as wq
from whoosh.matching import FilterMatcher
from whoosh.scoring import BM25F

from . import bitsets
from .caches import Budget, per_searcher
from .matchers import MinMatch, SideBySide

Scores = dict  # document number -> score, exactly the documents of a match set


class Evaluated(NamedTuple):
    """The live documents a query matches (an int bitset), and their scores."""

    mask: int
    score: Scores | None  # None when only the mask was asked for


class Postings(NamedTuple):
    """One term's postings in a searcher."""

    ids: list[int]  # documents holding the term, ascending (deleted ones too: Arrays.live masks them)
    bits: int  # the same as a bitset
    scores: Scores  # the term's unboosted score in each


#: Postings kept per open searcher, all cached terms together (each posting's entry in its
#: term's dict and list: about 100 bytes, so some 50 MB at most).  The common words of a
#: collection (情報, 通信, 地域 …) recur in most queries and have the longest postings.  The
#: budgets here were measured on the `bench/run.py --scale 5` workload.
CACHED_POSTINGS = 1_000_000
#: Decoded word occurrences (position, start, end) kept per open searcher, 24 bytes each,
#: and each document's entry costs about ENTRY_ROWS rows more (its array, key and slot,
#: ~300 bytes): 24 MB or so at most.  情報 alone occurs about 400,000 times in the White Paper ×5.
CACHED_OCCURRENCES = 1_000_000
ENTRY_ROWS = 12
#: Bytes of whole-term position sets kept per open searcher (ALL_POSITIONS_FROM): 情報 at the
#: White Paper ×5 takes about 3 MB, one bitset per document.
CACHED_POSITION_BYTES = 40_000_000
#: A phrase or adjacency check over more candidate documents than this reads a term's
#: positions in every document once (kept: CACHED_POSITION_BYTES) instead of document by
#: document: 情報通信 on the White Paper ×5 checks about 6,000 candidates: the whole search
#: took 148 ms warm reading them document by document, 54 ms with whole-term positions.
ALL_POSITIONS_FROM = 500
#: A union adds up its children document by document into a dict (a Python step per posting,
#: ~150 ns) unless two or more of them hold at least 1/DENSE_SHARE of its documents each: then
#: child by child over all its documents at once (``map`` in C, ~40 ns a document).  Measured
#: on the natural phrases of the ×5 workload (six broad words, at least three of them).
DENSE_SHARE = 4


class Arrays:
    """One searcher's postings and field lengths, read on first use.

    A searcher is a snapshot of the index, so nothing read here goes stale;
    ``for_searcher`` keeps one per searcher.
    """

    def __init__(self, searcher):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.size = self.reader.doc_count_all()
        if self.reader.has_deletions():
            self.live = bitsets.from_docs(self.reader.all_doc_ids())
        else:  # asking each document (6 ms at 1,900 documents, 30 at ×5) for nothing
            self.live = (1 << self.size) - 1
        self._lengths: dict[str, list[float]] = {}
        self._norms: dict[str, list[float]] = {}
        self._postings = Budget(CACHED_POSTINGS, lambda p: len(p.ids))
        #: (field, term, document) -> its occurrences as a flat array: position, start, end, position …
        self.decoded = Budget(CACHED_OCCURRENCES, lambda rows: len(rows) // 3 + ENTRY_ROWS)
        self._all_positions = Budget(CACHED_POSITION_BYTES, _position_bytes)

    @classmethod
    def for_searcher(cls, searcher) -> "Arrays":
        return per_searcher(searcher, "arrays", cls)

    # -- reading ------------------------------------------------------------

    def term(self, fieldname: str, text) -> Postings:
        """The term's postings — empty when the term is not indexed."""
        schema = self.searcher.schema
        if fieldname not in schema:
            return _EMPTY
        field = schema[fieldname]
        try:
            btext = field.to_bytes(text)
        except ValueError:
            return _EMPTY
        return self.term_bytes(fieldname, btext)

    def term_bytes(self, fieldname: str, btext: bytes) -> Postings:
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
        postings = self.term(fieldname, text)
        if not postings.ids:
            return _NOWHERE
        return Occurrences(self, fieldname, schema[fieldname].to_bytes(text), postings)

    def _read(self, fieldname: str, btext: bytes) -> Postings:
        ids: list[int] = []
        weights: list[float] = []
        for leaf, base in self.reader.leaf_readers():
            if (fieldname, btext) not in leaf:
                continue
            leaf_ids, leaf_weights = _leaf_postings(leaf.postings(fieldname, btext))
            ids += [d + base for d in leaf_ids] if base else leaf_ids
            weights += leaf_weights
        if not ids:
            return _EMPTY
        searcher = self.searcher
        if not searcher.schema[fieldname].scorable:
            return Postings(ids, bitsets.from_docs(ids), dict(zip(ids, weights)))  # Whoosh scores by the weight
        weighting = searcher.weighting
        if not isinstance(weighting, BM25F):
            raise TypeError(f"postings scoring implements BM25F only, not {type(weighting).__name__}")
        K1 = weighting.K1
        k1_plus_1 = K1 + 1
        idf = searcher.idf(fieldname, btext)  # bytes, as Whoosh's Term.matcher asks it
        norm = self._norm(fieldname)
        # whoosh.scoring.bm25, the same operations in the same order (the length part is _norm's).
        scores = {d: idf * ((w * k1_plus_1) / (w + norm[d])) for d, w in zip(ids, weights)}
        return Postings(ids, bitsets.from_docs(ids), scores)

    def _norm(self, fieldname: str) -> list[float]:
        """Per document, the length part of whoosh.scoring.bm25: ``K1 * ((1 - B) + B * fl / avgfl)``."""
        found = self._norms.get(fieldname)
        if found is None:
            weighting = self.searcher.weighting
            B = weighting._field_B.get(fieldname, weighting.B)
            K1 = weighting.K1
            avgfl = self.searcher.avg_field_length(fieldname) or 1
            found = self._norms[fieldname] = [K1 * ((1 - B) + B * fl / avgfl) for fl in self.lengths(fieldname)]
        return found

    def read_occurrences(self, fieldname: str, btext: bytes, docs: list[int]) -> dict[int, array]:
        """Decode the term's stored positions (and characters) in `docs` (ascending, each holding it):
        per document a flat array of (position, start, end) rows (start, end -1 without characters)."""
        fmt = self.searcher.schema[fieldname].format
        with_chars = fmt.supports("characters")
        decode = fmt.decoder("characters" if with_chars else "positions")
        out: dict[int, array] = {}
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
                    rows = array("q")
                    if with_chars:
                        for row in occ:
                            rows.extend(row)
                    else:
                        for p in occ:
                            rows.extend((p, -1, -1))
                    out[d + base] = rows
                if not m.is_active():
                    break
        for d in docs:
            out.setdefault(d, array("q"))
        return out

    def all_positions(self, term: "Occurrences") -> dict[int, int]:
        """The term's positions in every document holding it: document -> bitset (kept per searcher)."""
        key = (term.fieldname, term.btext)
        found = self._all_positions.get(key)
        if found is None:
            rows = self.read_occurrences(term.fieldname, term.btext, term.ids)
            found = self._all_positions.put(key, {d: bitsets.from_docs(r[0::3]) for d, r in rows.items()})
        return found

    def lengths(self, fieldname: str) -> list[float]:
        """Each document's length in the field, as Whoosh's scorer reads it (byte-quantized)."""
        found = self._lengths.get(fieldname)
        if found is None:
            found = []
            for leaf, base in self.reader.leaf_readers():
                n = leaf.doc_count_all()
                column = _length_column(leaf, fieldname, n)
                if column is None:
                    read = leaf.doc_field_length
                    column = [float(read(d, fieldname, 0) or 0) for d in range(n)]
                found += column
            self._lengths[fieldname] = found
        return found

    # -- evaluating ---------------------------------------------------------

    def evaluate(self, q: wq.Query | None, *, scores: bool = True) -> Evaluated:
        """`q` over every live document; `scores=False` computes the mask alone (cheaper)."""
        if q is None:
            return Evaluated(0, {} if scores else None)
        ev = _Evaluator(self, scores).root(q)
        return Evaluated(ev.bits & self.live, ev.score)

    def docs(self, q: wq.Query | None) -> list[int]:
        """Document numbers `q` matches, ascending."""
        return bitsets.docs_of(self.evaluate(q, scores=False).mask)


_EMPTY = Postings([], 0, {})


def _position_bytes(per_doc: dict[int, int]) -> int:
    """What a whole-term position set holds, roughly: each document's bitset and its dict entry."""
    return sum(b.bit_length() for b in per_doc.values()) // 8 + 100 * len(per_doc)


class Occurrences:
    """Where a term occurs, document by document: (position, start, end) rows.

    Decoding a posting's stored positions is the cost (a pickle each), and only
    the documents at hand need it: the top hits' snippets and adjacency, a
    phrase's candidates.  So a term's postings are walked to those documents
    only, and what was decoded is kept per searcher (``Arrays.decoded``).
    """

    def __init__(self, arrays: "Arrays | None", fieldname: str, btext: bytes, postings: Postings):
        self.arrays = arrays
        self.fieldname = fieldname
        self.btext = btext
        self.ids = postings.ids  # documents holding the term, ascending
        self.bits = postings.bits

    def __len__(self) -> int:
        return len(self.ids)

    def rows(self, docs: list[int]) -> list[array]:
        """Per document of `docs` (ascending, each holding the term): its flat (position, start, end) rows."""
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
        i = bisect_left(self.ids, docnum)
        if i == len(self.ids) or self.ids[i] != docnum:
            return []
        rows = self.rows([docnum])[0]
        return list(zip(rows[0::3], rows[1::3], rows[2::3]))

    def positions(self, docs: list[int]) -> dict[int, int]:
        """document -> the term's positions in it as a bitset, for `docs` (ascending, each holding the term).

        Many documents: the term's positions in every document, decoded once and
        kept (``Arrays.all_positions``).
        """
        if len(docs) > ALL_POSITIONS_FROM:
            return self.arrays.all_positions(self)
        return {d: bitsets.from_docs(r[0::3]) for d, r in zip(docs, self.rows(docs))}


_NOWHERE = Occurrences(None, "", b"", _EMPTY)


def in_sequence(terms: list[Occurrences], slop: int = 1, within: int | None = None,
                without: int | None = None) -> list[int]:
    """Documents where the terms occur in order, each within `slop` positions after the one before.

    Greedy from each occurrence of the first term: the next term's first
    occurrence after the current one must be near enough (with slop 1, exactly
    a phrase).  Only documents holding every term (and in `within`, not in
    `without`: bitsets) are decoded and checked.  Returns the documents, ascending.
    """
    if not terms or any(len(t) == 0 for t in terms):
        return []
    candidates = terms[0].bits if within is None else terms[0].bits & within
    for t in terms[1:]:
        candidates &= t.bits
    if without is not None:
        candidates &= ~without
    if not candidates:
        return []
    docs = bitsets.docs_of(candidates)
    first, *rest = [t.positions(docs) for t in terms]
    # Document by document, in C: ``map`` steps through the documents without a Python loop.
    cur: Iterable[int] = map(first.__getitem__, docs)
    for following in rest:
        nxt = map(following.__getitem__, docs)
        if slop == 1:  # every phrase: the positions right after, _next_within's only step
            cur = map(and_, map(lshift, cur, repeat(1)), nxt)
        else:
            cur = map(_next_within, cur, nxt, repeat(slop))
    return list(compress(docs, cur))


def _next_within(cur: int, nxt: int, slop: int) -> int:
    """Positions (bitsets) of `nxt` that are the first after some position of `cur`, at most `slop` after it.

    Distance by distance: the positions of `cur` that found their next at distance k
    leave the running set, so each keeps only its first (Whoosh's greedy phrase check).
    """
    found = 0
    for k in range(1, slop + 1):
        hit = (cur << k) & nxt
        if hit:
            found |= hit
            cur &= ~(hit >> k)
            if not cur:
                break
    return found


def _length_column(leaf, fieldname: str, n: int) -> list[float] | None:
    """A W3 segment's field lengths read as one block of bytes (a call per document cost a
    fresh process 40 ms at the White Paper ×5); None for any other reader."""
    try:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
        from whoosh.util.numeric import byte_to_length

        column = leaf._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            return [0.0] * n
        codes = bytes(column._dbfile.get(column._basepos, column._count))[:n]
    except (AttributeError, ImportError, TypeError):
        return None
    table = [float(byte_to_length(b)) if b else 0.0 for b in range(256)]
    return [table[c] for c in codes] + [0.0] * (n - len(codes))


def _leaf_postings(m) -> tuple[list[int], list[float]]:
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
    return ids, [float(w) for w in weights]


class _Node(NamedTuple):
    bits: int  # the documents the node matches (deleted ones too: Arrays.evaluate masks them)
    score: Scores | None  # per document of `bits` (exactly those keys), before `factor`
    #: The node's boost, applied where its scores are next read: a boosted term's scores are
    #: then never copied only to be multiplied (the product is the same: score * boost).
    factor: float = 1.0


def _values(n: _Node, docs) -> Iterator[float]:
    """The node's scores of `docs` (each one of its documents), boost applied."""
    found = map(n.score.__getitem__, docs)
    return found if n.factor == 1.0 else map(mul, found, repeat(n.factor))


def _scores(n: _Node) -> Scores:
    """The node's scores, boost applied: its own dict when there is no boost (never to be changed)."""
    if n.factor == 1.0:
        return n.score
    return dict(zip(n.score, map(mul, n.score.values(), repeat(n.factor))))


def _sum(nodes: list[_Node], bits: int, minimum: int) -> Scores:
    """Per document of `bits` (those of at least `minimum` of `nodes`), the sum of the scores of
    the nodes holding it, added in the nodes' order (a node lacking it adds nothing, as
    Whoosh's union matcher)."""
    n = bits.bit_count()
    if sum(len(x.score) * DENSE_SHARE >= n for x in nodes) < 2:
        score = _sparse_sum(nodes)
        return _restricted(_Node(bits, score), bits) if minimum > 1 else score
    docs = bitsets.docs_of(bits)
    total: Iterable[float] = repeat(0.0, len(docs))
    at = None
    for x in nodes:
        f = x.factor
        if len(x.score) * DENSE_SHARE >= n:
            found = map(x.score.get, docs, repeat(0.0))  # 0.0 where x does not match
            total = map(add, total, found if f == 1.0 else map(mul, found, repeat(f)))
            continue
        if not isinstance(total, list):
            total = list(total)
        if at is None:
            at = dict(zip(docs, range(len(docs))))
        get = at.get
        for d, s in x.score.items():
            i = get(d)
            if i is not None:  # not a document of fewer than `minimum` nodes
                total[i] += s if f == 1.0 else s * f
    return dict(zip(docs, total))


def _sparse_sum(nodes: list[_Node]) -> Scores:
    """:func:`_sum` over the documents of any node, node by node into a dict."""
    first, second, *rest = nodes
    if (second.factor == 1.0, len(second.score)) > (first.factor == 1.0, len(first.score)):
        # a + b == b + a exactly, so either of the first two may start the sum: the larger
        # one, copied whole in C, leaves the smaller to the loop (title: beside body:).
        first, second = second, first
    score = dict(first.score) if first.factor == 1.0 else _scores(first)
    get = score.get
    for x in [second, *rest]:
        f = x.factor
        if f == 1.0:
            for d, s in x.score.items():
                score[d] = get(d, 0.0) + s
        else:
            for d, s in x.score.items():
                score[d] = get(d, 0.0) + s * f
    return score


def _restricted(n: _Node, bits: int) -> Scores:
    """The node's scores (boost applied) of the documents of `bits` (all of them its own)."""
    docs = bitsets.docs_of(bits)
    return dict(zip(docs, _values(n, docs)))


class _Evaluator:
    def __init__(self, arrays: Arrays, scores: bool):
        self.a = arrays
        self.scores = scores
        self.all = (1 << arrays.size) - 1

    def empty(self) -> _Node:
        return _Node(0, {} if self.scores else None)

    def constant(self, bits: int, score: float) -> _Node:
        return _Node(bits, dict.fromkeys(bitsets.docs_of(bits), score) if self.scores else None)

    def root(self, q) -> _Node:
        n = self.node(q)
        return n if n.score is None else _Node(n.bits, _scores(n))

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
            if not self.scores:
                return a
            docs = list(a.score)
            optional = map(b.score.get, docs, repeat(0.0))  # 0.0 where b does not match
            if b.factor != 1.0:
                optional = map(mul, optional, repeat(b.factor))
            return _Node(a.bits, dict(zip(docs, map(add, _values(a, docs), optional))))
        if isinstance(q, (wq.AndNot, wq.Require)):
            a, b = self.node(q.a), _Evaluator(self.a, False).node(q.b)
            bits = a.bits & (~b.bits if isinstance(q, wq.AndNot) else b.bits)
            return _Node(bits, _restricted(a, bits) if self.scores else None)
        if isinstance(q, wq.Not):
            # Whoosh's InverseMatcher: every document the child does not match, scored 1.0.
            inner = _Evaluator(self.a, False).node(q.query)
            return self.constant(self.all & ~inner.bits, 1.0)
        if isinstance(q, wq.Every) and not q.fieldname:
            return self.constant(self.all, float(q.boost))
        if isinstance(q, (SideBySide, wq.Phrase)):
            return self.phrase(q)
        if isinstance(q, wq.ConstantScoreQuery):
            inner = _Evaluator(self.a, False).node(q.child)
            return self.constant(inner.bits, float(q.score))
        return self.by_whoosh(q)

    def term(self, q: wq.Term) -> _Node:
        p = self.a.term(q.fieldname, q.text)
        return _Node(p.bits, p.scores if self.scores else None, q.boost)

    def union(self, q: wq.Or) -> _Node:
        return self._at_least(q, 1)

    def min_match(self, q: MinMatch) -> _Node:
        return self._at_least(q, q.minimum)

    def _at_least(self, q, minimum: int) -> _Node:
        """Documents matching at least `minimum` of q's children, scored by the sum of those that match."""
        subs = list(q.subqueries)
        if not subs:
            return self.empty()
        if len(subs) == 1:
            return self.node(subs[0])  # Whoosh drops the boost of a one-child compound
        nodes = [self.node(s) for s in subs]
        bits = bitsets.at_least([n.bits for n in nodes], minimum)
        if not self.scores:
            return _Node(bits, None)
        return _Node(bits, _sum(nodes, bits, minimum), q.boost)

    def intersection(self, q: wq.And) -> _Node:
        subs = list(q.subqueries)
        if not subs:
            return self.empty()
        if len(subs) == 1:
            return self.node(subs[0])
        nodes = [self.node(s) for s in subs]
        bits = self.all
        for n in nodes:
            bits &= n.bits
        if not self.scores:
            return _Node(bits, None)
        docs = bitsets.docs_of(bits)
        total = _values(nodes[0], docs)
        for n in nodes[1:]:
            total = map(add, total, _values(n, docs))
        return _Node(bits, dict(zip(docs, total)), q.boost)

    def phrase(self, q: wq.Phrase) -> _Node:
        """Positions decide the match; the words' scores add up (Whoosh's span matcher sums its terms)."""
        if not q.words:
            return self.empty()
        if q.slop == 1:
            # Whoosh's exact phrase: each word right after the one before.  Where the document
            # holds the compound itself, SideBySide leaves it to Term(compound) (search.matchers).
            without = None
            if isinstance(q, SideBySide) and q.compound is not None:
                without = self.a.term(q.fieldname, q.compound).bits
            docs = in_sequence([self.a.occurrences(q.fieldname, w) for w in q.words], without=without)
        else:
            docs = sorted(self.a.searcher.docs_for_query(q))
        bits = bitsets.from_docs(docs)
        if not self.scores:
            return _Node(bits, None)
        total = repeat(0.0, len(docs))
        for w in q.words:
            total = map(add, total, map(self.a.term(q.fieldname, w).scores.get, docs, repeat(0.0)))
        return _Node(bits, dict(zip(docs, total)), q.boost)

    def by_whoosh(self, q) -> _Node:
        """A kind of query this module does not evaluate: Whoosh's matcher scores it."""
        if self.scores:
            score = dict(self.a.searcher.search(q, limit=None).items())
            return _Node(bitsets.from_docs(list(score)), score)
        return _Node(bitsets.from_docs(list(self.a.searcher.docs_for_query(q))), None)
