"""Whoosh query classes of our own: at least n of m clauses, a compound's parts, parts side by side.

They stay at this import path: compiled queries hold them (never pickled into the index).
"""

from __future__ import annotations

from whoosh import query as wq
from whoosh.matching import FilterMatcher

class Slight(wq.Or):
    """A unit of a word too slight to require (the 化 of デジタル化, the 5 of 第5世代): it scores
    as its query does, alone, but is highlighted only where it stands beside the unit it is glued
    to (`together`, the two in order), not at every 化 of 情報化 (search/highlight.py)."""

    def __init__(self, subqueries, boost=1.0, together: tuple[str, ...] | None = None):
        super().__init__(subqueries, boost=boost)
        self.together = together


class MinMatch(wq.Or):
    """An OR that only matches documents holding at least `minimum` of its clauses.

    Whoosh's own ``Or(minmatch=…)`` is documented as not implemented.  Searches
    evaluate it over whole postings (search.evaluate); where Whoosh runs a query
    itself, this matcher filters the union to the documents that evaluation
    finds (in the searcher at hand, which may be one segment's).
    """

    def __init__(self, subqueries, boost=1.0, minimum: int = 1, rarity: float = 0.0, rarity_from: int = 0,
                 rarity_counts: list[bool] | None = None):
        super().__init__(subqueries, boost=boost)
        self.minimum = minimum
        #: When above 0, a document's score is multiplied by the share of the clauses' rarity
        #: (log(1 + N / documents matching the clause)) that it holds, to this power (search.evaluate).
        self.rarity = rarity
        self.rarity_from = rarity_from
        #: Which clauses count toward that share (all when None).
        self.rarity_counts = rarity_counts

    def normalize(self):
        norm = super().normalize()
        if isinstance(norm, MinMatch):
            norm.minimum = self.minimum
            norm.rarity = self.rarity
            norm.rarity_from = self.rarity_from
            norm.rarity_counts = self.rarity_counts
        return norm

    def __unicode__(self):
        return super().__unicode__() + f">={self.minimum}"

    __str__ = __unicode__

    def matcher(self, searcher, context=None):
        from .evaluate import Arrays  # search.evaluate imports this module

        union = wq.Or(self.subqueries, boost=self.boost).matcher(searcher, context)
        if self.minimum <= 1:
            return union
        allowed = Arrays.for_searcher(searcher).docs(self)  # ids only, nothing scored
        return _AllowedMatcher(union, frozenset(allowed))


class _AllowedMatcher(FilterMatcher):
    """Whoosh's FilterMatcher, fit for top-k collection with block-quality skipping.

    FilterMatcher forwards ``skip_to_quality`` to its child without filtering
    again (so a skip could land on a document that is not allowed), and its
    ``next`` drops the child's "entered a new block" flag (so the collector
    would never check block quality again).
    """

    def next(self):
        new_block = self.child.next()
        return self._find_next() or new_block

    def skip_to_quality(self, minquality):
        skipped = self.child.skip_to_quality(minquality / self.boost)
        self._find_next()
        return skipped

    def _replacement(self, newchild):
        return self.__class__(newchild, self._ids, exclude=self._exclude, boost=self.boost)


class Parts(wq.And):
    """The parts of a compound anywhere in a document: matched, but highlighted
    only where the compound itself is absent."""

    def __init__(self, subqueries, boost=1.0, compound: str | None = None):
        super().__init__(subqueries, boost=boost)
        self.compound = compound


class SideBySide(wq.Phrase):
    """The parts of a short word standing side by side, in documents that lack the word's own term.

    Where a document holds the compound as a term (通信局), ``Term(compound)`` matches it
    already; the parts only need their positions read where the compound is written
    inside a longer unit (総合通信局 analysed as one word).  A plain Whoosh phrase over
    parts as common as 情報 and 通信 reads positions in every document holding both,
    several times the cost of the whole query.  Highlighted like a phrase.
    """

    def __init__(self, fieldname, words, compound: str | None = None, boost=1.0):
        super().__init__(fieldname, list(words), slop=1, boost=boost)
        self.compound = compound

    def normalize(self):
        return self

    def matcher(self, searcher, context=None):
        from whoosh.matching import FilterMatcher, NullMatcher, WrappingMatcher

        reader = searcher.reader()
        if any((self.fieldname, w) not in reader for w in self.words):
            return NullMatcher()
        from .evaluate import Arrays, in_sequence  # search.evaluate imports this module

        arrays = Arrays.for_searcher(searcher)  # a segment's sub-searcher has its own
        without = arrays.term(self.fieldname, self.compound).bits if self.compound is not None else None
        keep = in_sequence([arrays.occurrences(self.fieldname, w) for w in self.words], within=arrays.live,
                           without=without)
        if not keep:
            return NullMatcher()
        both = wq.And([wq.Term(self.fieldname, w) for w in self.words])
        m = FilterMatcher(both.matcher(searcher, context), frozenset(keep))
        return WrappingMatcher(m, boost=self.boost) if self.boost != 1.0 else m
