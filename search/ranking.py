"""The ranked page of a search: every match scored once, the page cut from one order.

The order is defined over every match: by score, ties by document number; the
best ``depth`` then reranked by adjacency; then, when the query has synonyms,
the documents using a word as typed before those found only through a synonym
(``own``, a bitset of the searcher's documents); and among those, when the query
has words typed solid that the analyzer splits (``Compiled.as_typed``), the
documents writing them as typed (地域課題解決), then those holding their parts
side by side (地域課題の解決), before those holding their parts only apart
(``written``, see :class:`AsTyped`).

Every match is scored, over whole postings (search.evaluate),
not by Whoosh's collector: its matcher tree costs Python calls per match, and
its top-k skipping was unsound here (measured on the White Paper, whoosh-reloaded
2.7.5: its periodic matcher "replacement" at the k-th best score lost the best
document of 情報通信 from the top 100, and its AndMaybe matcher missed the optional
side's score in some documents — identical copies of a section scored 57.1 and
59.3).  ``CachedLengthBM25F`` stays for what Whoosh still scores itself
(more-like-this, the rare query kinds search.evaluate hands back to Whoosh).
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from itertools import compress, repeat
from math import ceil, isqrt
from operator import ge
from typing import Callable

from whoosh import scoring

from . import bitsets
from .evaluate import Arrays, in_sequence

Items = list[tuple[int, float]]

#: Share of a split word's terms that a run of them side by side must hold for a page to write "most of" the
#: word (:meth:`AsTyped.mostly`): デジタル田園都市国家構想 (5 of the 7 terms of デジタル田園都市国家構想交付金), the
#: same share as query.SHOULD_MATCH asks of its units anywhere.  Without it a White Paper section holding
#: デジタル, 構想 and 交付金 scattered ranked above the sections writing デジタル田園都市国家構想 side by side
#: (the long word written whole nowhere, so no page was in the side-by-side groups).
MOSTLY = 0.6
#: ... for words of this many terms or more: of a shorter one the run is a pair (地域課題 of 地域課題解決 in
#: 「地域の課題とその解決」, 利用料 of 電波利用料), a part as generic as the others.
MOSTLY_FROM = 4

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
    """Every match of a query: the set (an int bitset) and each one's score; ordered on demand."""

    def __init__(self, mask: int, scores: dict[int, float]):
        self.mask = mask
        self.scores = scores

    def __len__(self) -> int:
        return self.mask.bit_count()

    def best(self, k: int, within: int | None = None) -> Items:
        """The first `k` matches (of those in the bitset `within`, when given) in the order:
        score descending, ties by document number ascending."""
        if k <= 0:
            return []
        docs = bitsets.docs_of(self.mask if within is None else self.mask & within)
        scores = self.scores
        step = isqrt(len(docs) // k)
        if step > 2:
            # The k-th best of every step-th match is no better than the k-th best of all, so the
            # matches scoring at least that hold the first k: picked out in C, and only they go
            # through nlargest's Python loop.  With step √(n/k), about √(nk) are sampled and
            # about as many pass (8,000 matches, k = 100: some 900 and 900, not 8,000).
            values = list(map(scores.__getitem__, docs))
            floor = heapq.nlargest(k, values[::step])[-1]
            docs = list(compress(docs, map(ge, values, repeat(floor))))
        # nlargest is sorted(..., reverse=True)[:k], stable: equal scores keep ascending numbers.
        return [(d, scores[d]) for d in heapq.nlargest(k, docs, key=scores.__getitem__)]


def scored(arrays, q, allowed: int | None) -> Scored:
    """Every match of `q` (within the `allowed` bitset when given) with its score."""
    ev = arrays.evaluate(q, within=allowed)
    return Scored(ev.mask, ev.score)


def ranked_page(
    matches: Scored,
    *,
    own: int | None,
    rerank: Callable[[Items], Items] | None,
    depth: int,
    offset: int,
    want: int,
    written: list[Callable[[int], int]] | None = None,
) -> Items:
    """The order described in the module docstring, [offset:want].

    `own` is the bitset of the documents using the typed words (None without
    synonyms); each of `written` gives, of a bitset of documents, those holding the
    query's split words as typed, most strictly first (None: no such word).  The
    groups follow one another: own and each written, own, each written, the rest.
    Only the best `want` of each group are ordered, after the reranked head: the
    rest of the order is never needed for the page, and a group is asked about the
    documents below the head only when the head holds fewer than `want` before it.
    """
    head = matches.best(max(depth, want))
    if rerank is not None and head:
        head = rerank(head[:depth]) + head[depth:]
    if own is None and written is None:
        return head[offset:want]
    written = written or []
    groups: list[Callable[[int], int]] = []
    if own is not None:
        groups += [lambda docs, w=w: w(own & docs) for w in written]
        groups.append(lambda docs: own & docs)
    groups += written
    groups.append(lambda docs: docs)
    in_head = bitsets.from_docs([d for d, _ in head])
    below = matches.mask & ~in_head
    page: Items = []
    for group in groups:
        mine = group(in_head)
        if mine:
            chosen = set(bitsets.docs_of(mine))
            page += [it for it in head if it[0] in chosen]
            in_head &= ~mine
        if len(page) >= want:
            break
        if below:  # the group's best below the head, after all of it in the head
            mine = group(below)
            page += matches.best(want - len(page), within=mine)
            below &= ~mine
    return page[offset:want]


class AsTyped:
    """Which documents hold a query's split words as typed (``Compiled.as_typed``: term
    sequence, fields, characters between its terms), each document checked once a search.

    :meth:`side_by_side`: every word's terms side by side in one of its fields (a particle
    takes no position: 地域課題の解決 holds 地域課題解決); :meth:`written`: also with the
    characters between them as typed (地域課題解決 only); :meth:`mostly`: a run of at least
    MOSTLY of each word's terms side by side (デジタル田園都市国家構想 of
    デジタル田園都市国家構想交付金; a word of fewer than MOSTLY_FROM terms: all of them).  All take and give bitsets, as
    :func:`ranked_page`'s `written` wants them.
    """

    def __init__(self, arrays, as_typed, either=()):
        """`either`: Compiled.either_typed, groups of sides (each a list of as_typed entries) of which a
        document must hold one side's words so, as it must hold every word of `as_typed`."""
        self.arrays = arrays
        self.as_typed = as_typed
        self.either = either
        self.checked = self.near = self.exact = 0
        self.checked_most = self.most = 0  # checked only when asked: the groups before it mostly fill the page
        self._long = any(len(seq) >= MOSTLY_FROM for seq, _f, _g in
                         [*as_typed, *(e for group in either for side in group for e in side)])

    def written(self, docs: int) -> int:
        self._check(docs)
        return self.exact & docs

    def side_by_side(self, docs: int) -> int:
        self._check(docs)
        return self.near & docs

    def mostly(self, docs: int) -> int:
        self._check(docs)
        new = docs & ~self.checked_most
        if new:
            self.checked_most |= new
            # Side by side whole is most of it; only the others are looked at run by run.
            self.most |= self.near & new
            if self._long:  # else most of it is all of it
                new &= ~self.near
                held = self._mostly(self.as_typed, new)
                for group in self.either:
                    held &= self._either(group, held, self._mostly)
                self.most |= held
        return self.most & docs

    @staticmethod
    def _either(group, docs: int, held) -> int:
        """The documents of `docs` holding some side of an OR group as `held` (a method below) finds it."""
        found = 0
        for side in group:
            if docs & ~found:
                found |= held(side, docs & ~found)
        return found

    def _check(self, docs: int) -> None:
        new = docs & ~self.checked
        if not new:
            return
        self.checked |= new
        near, exact = self._held(self.as_typed, new)
        for group in self.either:
            if not near:
                break
            near_some = exact_some = 0
            for side in group:  # a document one side writes as typed needs no look at the others
                if near & ~exact_some:
                    n, e = self._held(side, near & ~exact_some)
                    near_some, exact_some = near_some | n, exact_some | e
            near &= near_some
            exact &= exact_some
        self.near |= near
        self.exact |= exact & near

    def _held(self, entries, new: int) -> tuple[int, int]:
        """(side by side, and written as typed) of `new`: the documents holding every entry's terms so."""
        found = []  # per word: its gaps, and per field its terms and the documents holding them side by side
        for seq, fields, gaps in entries:
            near = 0
            per_field = []
            for f in fields:
                terms = [self.arrays.occurrences(f, t) for t in seq]
                docs_near = bitsets.from_docs(in_sequence(terms, within=new))
                per_field.append((terms, docs_near))
                near |= docs_near
            new = near
            found.append((gaps, per_field))
            if not new:
                return 0, 0
        near = new
        for gaps, per_field in found:
            exact = 0
            for terms, docs_near in per_field:
                docs = bitsets.docs_of(docs_near & new)
                if docs:
                    exact |= bitsets.from_docs(compress(docs, map(_written, zip(*(t.rows(docs) for t in terms)),
                                                                  repeat(gaps))))
            new = exact
            if not new:
                return near, 0
        return near, new

    def _mostly(self, entries, new: int) -> int:
        # A run of `size` terms side by side holds every shorter run: only the windows of that size are checked.
        for seq, fields, _gaps in entries:
            # A shorter word is in this group only when side by side whole (as in self.near).
            size = ceil(MOSTLY * len(seq)) if len(seq) >= MOSTLY_FROM else len(seq)
            held = 0
            for i in range(len(seq) - size + 1):
                window = seq[i:i + size]
                for f in fields:
                    if new & ~held:
                        held |= bitsets.from_docs(in_sequence([self.arrays.occurrences(f, t) for t in window],
                                                              within=new & ~held))
            new = held
            if not new:
                return 0
        return new


def _written(rows: tuple, gaps: tuple[int, ...]) -> bool:
    """Whether one document's occurrences of a sequence's terms (flat position, start, end rows in
    position order, one per term) hold them at successive positions, each starting `gaps`
    characters after the one before ends."""
    first, *rest = rows
    positions = [r[0::3] for r in rest]
    for i in range(0, len(first), 3):
        pos, end = first[i], first[i + 2]
        for k, (r, at, gap) in enumerate(zip(rest, positions, gaps), 1):
            j = bisect_left(at, pos + k)
            if j == len(at) or at[j] != pos + k or r[3 * j + 1] != end + gap:
                break
            end = r[3 * j + 2]
        else:
            return True
    return False


def newest_first(matches: Scored, fiscal_years: list[int], years: list[int], offset: int, want: int) -> Items:
    """[offset:want] of the matches by 年度, then by the year of the document's own date (newest
    first, 0: none), then by score, ties by document number."""
    scores = matches.scores
    docs = bitsets.docs_of(matches.mask)
    top = heapq.nsmallest(want, docs, key=lambda d: (-fiscal_years[d], -years[d], -scores[d], d))
    return [(d, scores[d]) for d in top[offset:]]


def rerank_adjacent(arrays, items: Items, adjacency, depth: int) -> Items:
    """Lift the best `depth` matches whose words stand side by side (see search.query)."""
    head = items[:depth]
    docs = bitsets.from_docs([d for d, _ in head])
    near = []
    for seq, slop, fields in adjacency:
        near.append({d for f in fields for d in in_sequence([arrays.occurrences(f, t) for t in seq], slop, within=docs)})
    rescored = [(docnum, score * (1 + ADJACENCY_BOOST * sum(docnum in n for n in near) / len(adjacency)))
                for docnum, score in head]
    rescored.sort(key=lambda it: -it[1])
    return rescored + items[depth:]
