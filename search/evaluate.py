"""A query evaluated over whole postings: which documents match, and their scores.

Whoosh finds and scores matches one document at a time through a tree of
matcher objects, so a search costs Python calls per match: 情報通信 on the
White Paper ×5 (6,000 matches) took 0.55 s, 80 % of it in ``next``/``score``.
Here each term's postings are read once per searcher (document numbers, and
the term's BM25F score in each document: idf, field lengths and the average
length are fixed for a searcher), and the query tree is evaluated in two
passes over whole sets: which documents each node matches, as an int bitset
(search/bitsets.py: AND, OR, NOT and counts in C), then the scores of the
query's matches only, node by node over that one list of documents, combined
the way Whoosh's matchers combine them (``_Evaluator``).

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

Until 2026-12-02 this was numpy arrays over every document: importing numpy
was a quarter of a fresh search's cost beyond the interpreter (0.10–0.16 s of
about 0.4 s); README, "Speed", compares the two.
"""

from __future__ import annotations

import math

from array import array
from bisect import bisect_left
from itertools import compress, repeat
from operator import add, and_, lshift, mul
from typing import Iterable, Iterator, NamedTuple, Union

from whoosh import query as wq
from whoosh.matching import FilterMatcher
from whoosh.scoring import BM25F

from . import bitsets
from .caches import LockedBudget, per_searcher, shared_state
from .matchers import MinMatch, SideBySide

Scores = dict  # document number -> score


class Evaluated(NamedTuple):
    """The live documents a query matches (an int bitset), and the score of each."""

    mask: int
    score: Scores | None  # None when only the mask was asked for


class Postings(NamedTuple):
    """One term's postings in a searcher."""

    ids: list[int]  # documents holding the term, ascending (deleted ones too: Arrays.live masks them)
    bits: int  # the same as a bitset
    scores: Scores  # the term's unboosted score in each


#: Postings kept per open searcher, all cached terms together (each posting's entry in its
#: term's dict, list and bitset: about 100 bytes, so some 100 MB at most).  The common words
#: of a collection (情報, 通信, 地域 …) recur in most queries and have the longest postings.
#: The `bench/run.py --scale 5` workload holds about 690,000: at 500,000 its p95 doubled
#: (terms read again and again).
CACHED_POSTINGS = 1_000_000
#: Decoded word occurrences (position, start, end) kept per open searcher, 24 bytes each
#: (a flat array), and each document's entry costs about ENTRY_ROWS rows more (its array,
#: key and slot, ~300 bytes): 24 MB or so at most.  情報 alone occurs about 400,000 times
#: in the White Paper ×5.
CACHED_OCCURRENCES = 1_000_000
ENTRY_ROWS = 12
#: Bytes of position bitsets kept per open searcher, whole terms (ALL_POSITIONS_FROM) and single
#: documents (the adjacency rerank's top documents) together: 情報 at the
#: White Paper ×5 takes about 2.3 MB, a bitset and a dict entry per document.  The --scale 5
#: workload holds 25 MB; at 24 MB it decoded positions again and again (情報通信 0.56 s, not 0.05).
CACHED_POSITION_BYTES = 40_000_000
#: A phrase or adjacency check over more candidate documents than this reads a term's
#: positions in every document once (kept: CACHED_POSITION_BYTES) instead of document by
#: document: 情報通信 on the White Paper ×5 checks about 6,000 candidates: the whole search
#: took 148 ms warm reading them document by document, 54 ms with whole-term positions.
ALL_POSITIONS_FROM = 500
#: Bytes of stored posting values (each document's encoded positions) kept per open searcher
#: from reading a term's postings, whose blocks hold them anyway: a later look at the positions
#: of a few documents (the adjacency rerank's best 100, the snippets) reads them here instead of
#: decompressing and unpickling the term's blocks again.  In a fresh process that reading again
#: was 40 % of the search for 地域の情報通信基盤の整備を推進する at the White Paper ×5.
CACHED_VALUE_BYTES = 24_000_000
#: Scoring a query's matches, a term is looked up for each of them (``map`` in C, ~40 ns a
#: document) unless it has fewer postings than 1/DENSE_SHARE of them: then its postings are
#: put in place one by one (a Python step each, ~150 ns).  Measured on the ×5 workload, where
#: a broad word's title: term and its rarer synonyms sit beside a body: term in most documents.
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
        # What is read from the index is the same for every searcher of one index state, and all
        # score with CachedLengthBM25F's parameters: the threads of an Index share these caches
        # (caches.shared_state; a new thread's first search read its postings again, and N threads
        # held N copies), their budgets for all of them together.  The lengths and norms are dicts
        # of whole lists, each read and written by one dict operation.
        shared = shared_state(searcher)
        self._lengths: dict[str, list[float]] = shared.get("arrays._lengths", dict)
        self._norms: dict[str, list[float]] = shared.get("arrays._norms", dict)
        self._postings = shared.get("arrays._postings", lambda: LockedBudget(CACHED_POSTINGS, lambda p: len(p.ids)))
        #: (field, term, document) -> its occurrences as a flat array: position, start, end, position …
        self.decoded = shared.get(
            "arrays.decoded", lambda: LockedBudget(CACHED_OCCURRENCES, lambda rows: len(rows) // 3 + ENTRY_ROWS))
        # whole terms and single documents
        self.position_bits = shared.get("arrays.position_bits", lambda: LockedBudget(CACHED_POSITION_BYTES, _position_bytes))
        #: (field, term) -> (documents, their stored values), as the postings were read
        self.values = shared.get("arrays.values", lambda: LockedBudget(CACHED_VALUE_BYTES, _values_bytes))

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
        values: list | None = [] if self.searcher.schema[fieldname].format.supports("positions") else None
        for leaf, base in self.reader.leaf_readers():
            if (fieldname, btext) not in leaf:
                continue
            leaf_ids, leaf_weights = _leaf_postings(leaf.postings(fieldname, btext), values)
            ids += [d + base for d in leaf_ids] if base else leaf_ids
            weights += leaf_weights
        if not ids:
            return _EMPTY
        if values is not None and len(values) == len(ids):
            self.values.put((fieldname, btext), (ids, values))
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
        for d, value in self._values_in(fieldname, btext, docs):
            occ = decode(value)
            rows = array("q")
            if with_chars:
                for row in occ:
                    rows.extend(row)
            else:
                for p in occ:
                    rows.extend((p, -1, -1))
            out[d] = rows
        for d in docs:
            out.setdefault(d, array("q"))
        return out

    def _values_in(self, fieldname: str, btext: bytes, docs: list[int]) -> Iterator[tuple[int, bytes]]:
        """(document, stored value) of the term's postings in `docs` (ascending): from the values
        kept when its postings were read, else by a skip to each document."""
        kept = self.values.get((fieldname, btext))
        if kept is not None:
            ids, values = kept
            for d in docs:
                i = bisect_left(ids, d)
                if i < len(ids) and ids[i] == d:
                    yield d, values[i]
            return
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
                    yield d + base, m.value()
                if not m.is_active():
                    break

    def all_positions(self, term: "Occurrences") -> dict[int, int]:
        """The term's positions in every document holding it: document -> bitset (kept per searcher).

        Read block by block, positions only: going through read_occurrences (a skip to each
        document, its character offsets decoded and copied into rows) was three quarters of
        a fresh search for 東北のテレワーク施策で令和4年度のもの at the White Paper ×5.
        """
        key = (term.fieldname, term.btext)
        found = self.position_bits.get(key)
        if found is None:
            decode = self.searcher.schema[term.fieldname].format.decoder("positions")
            found = {}
            for leaf, base in self.reader.leaf_readers():
                if (term.fieldname, term.btext) in leaf:
                    for d, value in _leaf_values(leaf.postings(term.fieldname, term.btext)):
                        found[d + base] = bitsets.from_docs(decode(value))
            self.position_bits.put(key, found)
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

    def evaluate(self, q: wq.Query | None, *, scores: bool = True, within: int | None = None) -> Evaluated:
        """`q` over every live document (of the bitset `within`, when given); `scores=False`
        computes the mask alone (cheaper)."""
        if q is None:
            return Evaluated(0, {} if scores else None)
        ev = _Evaluator(self)
        mask = ev.bits(q) & self.live
        if within is not None:
            mask &= within
        if not scores:
            return Evaluated(mask, None)
        ev.docs = bitsets.docs_of(mask)
        return Evaluated(mask, dict(zip(ev.docs, ev.dense(ev.values(q, exact=True)))))

    def docs(self, q: wq.Query | None) -> list[int]:
        """Document numbers `q` matches, ascending."""
        return bitsets.docs_of(self.evaluate(q, scores=False).mask)


_EMPTY = Postings([], 0, {})


def _values_bytes(kept: tuple[list[int], list[bytes]]) -> int:
    """What a term's kept values hold, roughly: each value's bytes and its list slots."""
    ids, values = kept
    return sum(map(len, values)) + 50 * len(ids)


def _position_bytes(positions: dict[int, int] | int) -> int:
    """What a position set holds, roughly: each document's bitset and its dict or cache entry."""
    if isinstance(positions, int):
        return positions.bit_length() // 8 + 100
    return sum(b.bit_length() for b in positions.values()) // 8 + 100 * len(positions)


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
        # Kept per document too: the adjacency rerank asks for the same top documents at every search.
        cache = self.arrays.position_bits
        out = {}
        missing = []
        for d in docs:
            found = cache.get((self.fieldname, self.btext, d))
            if found is None:
                missing.append(d)
            else:
                out[d] = found
        for d, rows in zip(missing, self.rows(missing)):
            out[d] = cache.put((self.fieldname, self.btext, d), bitsets.from_docs(rows[0::3]))
        return out


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


def _leaf_postings(m, values: list | None = None) -> tuple[list[int], list[float]]:
    """(ids, weights) of one segment's postings matcher, block by block where the codec allows;
    each posting's stored value appended to `values` too, when given."""
    while isinstance(m, FilterMatcher):  # deleted documents: masked by Arrays.live instead
        m = m.child
    ids: list = []
    weights: list = []
    if hasattr(m, "_read_ids") and hasattr(m, "_next_block"):
        # Whoosh's W3 codec: a block's ids, weights and values come decoded whole.
        while m.is_active():
            m._read_ids()
            m._read_weights()
            ids.extend(m._ids[m._i:])
            weights.extend(m._weights[m._i:])
            if values is not None:
                m._read_values()
                values.extend(m._values[m._i:])
            if m._lastblock:
                break
            m._next_block()
    else:
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            if values is not None:
                values.append(m.value())
            m.next()
    return ids, [float(w) for w in weights]


def _leaf_values(m) -> Iterator[tuple[int, bytes]]:
    """(document, stored value) of every posting of one segment's matcher, deleted ones too."""
    while isinstance(m, FilterMatcher):
        m = m.child
    if hasattr(m, "_read_ids") and hasattr(m, "_read_values") and hasattr(m, "_next_block"):
        # Whoosh's W3 codec: a block's ids and values come decoded whole (as in _leaf_postings).
        while m.is_active():
            m._read_ids()
            m._read_values()
            yield from zip(m._ids[m._i:], m._values[m._i:])
            if m._lastblock:
                break
            m._next_block()
    else:
        while m.is_active():
            yield m.id(), m.value()
            m.next()


class _Evaluator:
    """One query tree over the searcher: which documents each node matches (``bits``, an int
    bitset per node), then the scores of the documents asked for (``values``).

    Scores are computed for the matches of the whole query only, node by node over that one
    list of documents: a node's values are aligned with it, 0.0 where the node does not match
    (a child that does not match adds nothing to a union, as in Whoosh), and a parent adds its
    children's element by element with ``map`` in C.  No node builds a dict of its own matches, most of which a broad query
    discards.  The additions are Whoosh's, in its order.
    """

    def __init__(self, arrays: Arrays):
        self.a = arrays
        self.all = (1 << arrays.size) - 1
        self._bits: dict[int, int] = {}  # id(node) -> its bits: values asks for them again
        self.docs: list[int] = []
        self._at: dict[int, int] | None = None

    # -- which documents match ----------------------------------------------

    def bits(self, q) -> int:
        found = self._bits.get(id(q))
        if found is None:
            found = self._bits[id(q)] = self._match(q)
        return found

    def _match(self, q) -> int:
        # The order of the checks matters: MinMatch is an Or, SideBySide a Phrase.
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return 0
        if isinstance(q, wq.Term):
            return self.a.term(q.fieldname, q.text).bits
        if isinstance(q, MinMatch) or _is_union(q):
            subs = list(q.subqueries)
            if len(subs) == 1:
                return self.bits(subs[0])  # as Whoosh, which reduces a one-child compound to the child
            return bitsets.at_least([self.bits(s) for s in subs], getattr(q, "minimum", 1))
        if isinstance(q, wq.And):
            subs = list(q.subqueries)
            if not subs:
                return 0
            bits = self.all
            for sub in subs:
                bits &= self.bits(sub)
            return bits
        if isinstance(q, wq.AndMaybe):
            return self.bits(q.a)
        if isinstance(q, wq.AndNot):
            return self.bits(q.a) & ~self.bits(q.b)
        if isinstance(q, wq.Require):
            return self.bits(q.a) & self.bits(q.b)
        if isinstance(q, wq.Not):
            # Whoosh's InverseMatcher: every document the child does not match (scored 1.0).
            return self.all & ~self.bits(q.query)
        if isinstance(q, wq.Every) and not q.fieldname:
            return self.all
        if isinstance(q, (SideBySide, wq.Phrase)):
            return bitsets.from_docs(self._phrase_docs(q))
        if isinstance(q, wq.ConstantScoreQuery):
            return self.bits(q.child)
        # A kind of query this module does not evaluate: Whoosh's matcher finds (and scores) it.
        return bitsets.from_docs(list(self.a.searcher.docs_for_query(q)))

    def _phrase_docs(self, q: wq.Phrase) -> list[int]:
        if not q.words:
            return []
        if q.slop != 1:
            return sorted(self.a.searcher.docs_for_query(q))
        # Whoosh's exact phrase: each word right after the one before.  Where the document
        # holds the compound itself, SideBySide leaves it to Term(compound) (search.matchers).
        without = None
        if isinstance(q, SideBySide) and q.compound is not None:
            without = self.a.term(q.fieldname, q.compound).bits
        return in_sequence([self.a.occurrences(q.fieldname, w) for w in q.words], without=without)

    # -- their scores -------------------------------------------------------

    def values(self, q, exact: bool) -> "Values":
        """q's score of each of ``self.docs``, 0.0 where q does not match; `exact`: all of them match."""
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return {}
        if isinstance(q, wq.Term):
            return self._term(self.a.term(q.fieldname, q.text).scores, q.boost)
        if isinstance(q, MinMatch) or _is_union(q):
            subs = list(q.subqueries)
            if not subs:
                return {}
            if len(subs) == 1:
                return self.values(subs[0], exact)  # Whoosh drops the boost of a one-child compound
            # Each child is 0.0 where it does not match: the sum of those that do.
            total = self.values(subs[0], False)
            for sub in subs[1:]:
                total = _add(total, self.values(sub, False))
            total = _boosted(total, q.boost)
            if getattr(q, "minimum", 1) > 1 and not exact:  # fewer children than the minimum: no match
                total = self._masked(total, q)
            if getattr(q, "rarity", 0.0) > 0.0 and self.bits(q).bit_count() >= q.rarity_from:
                total = self._rarity_share(total, subs, q.rarity, q.rarity_counts)
            return total
        if isinstance(q, wq.And):
            subs = list(q.subqueries)
            if not subs:
                return {}
            if len(subs) == 1:
                return self.values(subs[0], exact)
            total = self.values(subs[0], exact)
            for sub in subs[1:]:
                total = _add(total, self.values(sub, exact))
            total = _boosted(total, q.boost)
            return total if exact else self._masked(total, q)
        if isinstance(q, wq.AndMaybe):
            # The optional side adds where it matches (0.0 elsewhere).
            total = _add(self.values(q.a, exact), self.values(q.b, False))
            return total if exact else self._masked(total, q)
        if isinstance(q, (wq.AndNot, wq.Require)):
            total = self.values(q.a, exact)
            return total if exact else self._masked(total, q)
        if isinstance(q, wq.Not):
            return self._constant(q, 1.0, exact)
        if isinstance(q, wq.Every) and not q.fieldname:
            return self._constant(q, float(q.boost), exact)
        if isinstance(q, (SideBySide, wq.Phrase)):
            # Positions decide the match; the words' scores add up (Whoosh's span matcher sums its terms).
            total: Values = {}
            for w in q.words:
                total = _add(total, self._term(self.a.term(q.fieldname, w).scores, 1.0))
            total = _boosted(total, q.boost)
            return total if exact else self._masked(total, q)
        if isinstance(q, wq.ConstantScoreQuery):
            return self._constant(q, float(q.score), exact)
        scores = dict(self.a.searcher.search(q, limit=None).items())
        return map(scores.get, self.docs, repeat(0.0))

    def _rarity_share(self, total: "Values", subs: list, power: float, counts: list[bool] | None = None) -> "Values":
        """`total` times the share of the clauses' rarity each document holds, to `power`
        (MinMatch.rarity): a page holding the rare word of a question above one holding only its
        common ones."""
        n = self.a.size
        if counts is not None and len(counts) != len(subs):
            counts = None  # normalized into other clauses: every one counts
        weights = []
        for i, sub in enumerate(subs):
            if counts is not None and not counts[i]:
                weights.append(0.0)
                continue
            df = self.bits(sub).bit_count()
            weights.append(math.log(1 + n / df) if df else 0.0)
        whole = sum(weights)
        if whole <= 0:
            return total
        share: Iterable[float] = repeat(0.0, len(self.docs))
        for sub, w in zip(subs, weights):
            if w:  # in C, document by document, as the scores are added
                share = list(map(add, share, map(mul, bitsets.flags(self.bits(sub), self.docs), repeat(w))))
        factors = [(v / whole) ** power for v in share]
        if isinstance(total, dict):
            return {i: v * factors[i] for i, v in total.items()}
        return map(mul, total, factors)

    def _term(self, scores: Scores, boost: float) -> "Values":
        """A term's score of each document (0.0 where absent)."""
        docs = self.docs
        if len(scores) * DENSE_SHARE >= len(docs):
            return _boosted(map(scores.get, docs, repeat(0.0)), boost)
        # Few postings against many documents: only where it occurs, by position in self.docs.
        if self._at is None:
            self._at = dict(zip(docs, range(len(docs))))
        at = self._at.get
        found = {}
        for d, s in scores.items():
            i = at(d)
            if i is not None:
                found[i] = s
        return _boosted(found, boost)

    def _masked(self, values: "Values", q) -> "Values":
        """`values` where q matches, 0.0 elsewhere (a score times 1 or 0)."""
        flags = bitsets.flags(self.bits(q), self.docs)
        if isinstance(values, dict):
            flags = list(flags)
            return {i: v for i, v in values.items() if flags[i]}
        return map(mul, values, flags)

    def _constant(self, q, score: float, exact: bool) -> "Values":
        if exact:
            return repeat(score, len(self.docs))
        return map(mul, bitsets.flags(self.bits(q), self.docs), repeat(score))

    def dense(self, values: "Values") -> Iterable[float]:
        """`values` as one score per document."""
        if not isinstance(values, dict):
            return values
        out = [0.0] * len(self.docs)
        for i, v in values.items():
            out[i] = v
        return out


#: A node's scores over the documents being scored: one per document in their order (an
#: iterable, evaluated lazily by ``map`` in C), or, for a node holding few of them, a dict
#: position -> score (0.0 where absent), added in place (a Python step per entry only).
Values = Union[Iterable[float], dict]


def _add(total: Values, more: Values) -> Values:
    """total + more, document by document.  One addition per document, so either operand may
    come first (a + b == b + a exactly); 0.0 where one is absent adds nothing."""
    if isinstance(more, dict):
        if isinstance(total, dict):
            out = dict(total)
            get = out.get
            for i, v in more.items():
                out[i] = get(i, 0.0) + v
            return out
        total = total if isinstance(total, list) else list(total)  # a list only ever made here or in dense
        for i, v in more.items():
            total[i] += v
        return total
    if isinstance(total, dict):
        out = more if isinstance(more, list) else list(more)
        for i, t in total.items():
            out[i] = t + out[i]
        return out
    return map(add, total, more)


def _is_union(q) -> bool:
    return isinstance(q, wq.Or) and getattr(q, "scale", None) is None


def _boosted(values: Values, boost: float) -> Values:
    if boost == 1.0:
        return values
    if isinstance(values, dict):
        return {i: v * boost for i, v in values.items()}
    return map(mul, values, repeat(boost))
