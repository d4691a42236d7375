"""Facet counts over a result set: region (地域), prefecture, fiscal year (年度) and theme (テーマ).

Each facet value's document set is read once per searcher from the postings
(a few dozen values per facet), and kept both as a set and as a bitset (a
Python int, bit d set for document d).  Counting a result set turns it into a
bitset once, then costs one AND and one popcount per value: no pass over
stored documents, and no per-document work per value (bench/scale.py measures
this against set intersections and pyroaring).
"""

from __future__ import annotations

FacetCounts = dict[str, dict[str, int]]

#: Facet name (as shown and in JSON) -> index field.
FACETS = {"region": "region", "prefecture": "prefecture", "fiscal_year": "fiscal_year", "theme": "themes"}
#: Values shown per facet after a search; `ictsearch facets` shows all.
TOP_VALUES = 10


class FacetCache:
    def __init__(self, searcher):
        self.searcher = searcher
        self._values: dict[str, dict[str, frozenset[int]]] = {}
        self._bits: dict[str, dict[str, int]] = {}
        self._fy_of: dict[int, int] | None = None

    def values(self, facet: str) -> dict[str, frozenset[int]]:
        """value -> live document numbers holding it."""
        cached = self._values.get(facet)
        if cached is not None:
            return cached
        fieldname = FACETS[facet]
        reader = self.searcher.reader()
        fieldobj = self.searcher.schema[fieldname]
        out: dict[str, frozenset[int]] = {}
        if fieldname == "fiscal_year":
            # A numeric field also indexes coarser copies of each value for ranges; only the exact ones count.
            terms = fieldobj.sortable_terms(reader, fieldname)
            decode = lambda b: str(fieldobj.from_bytes(b))
        else:
            terms = reader.lexicon(fieldname) if fieldname in reader.indexed_field_names() else []
            decode = lambda b: b.decode("utf-8")
        for tbytes in terms:
            ids = reader.postings(fieldname, tbytes).all_ids()
            live = frozenset(d for d in ids if not reader.is_deleted(d))
            if live:
                out[decode(tbytes)] = live
        self._values[facet] = out
        return out

    def fiscal_year_of(self, docnum: int) -> int | None:
        if self._fy_of is None:
            self._fy_of = {d: int(v) for v, docs in self.values("fiscal_year").items() for d in docs}
        return self._fy_of.get(docnum)

    def value_bits(self, facet: str) -> dict[str, int]:
        """value -> bitset of the live documents holding it."""
        cached = self._bits.get(facet)
        if cached is None:
            cached = self._bits[facet] = {v: to_bits(docs) for v, docs in self.values(facet).items()}
        return cached

    def counts(self, docset, top: int | None = TOP_VALUES) -> FacetCounts:
        """Counts per facet value in `docset` (None: the whole index), largest first."""
        result: FacetCounts = {}
        wanted = None if docset is None else to_bits(docset)
        for facet in FACETS:
            counts = []
            if wanted is None:
                pairs = ((value, len(docs)) for value, docs in self.values(facet).items())
            else:
                pairs = ((value, (bits & wanted).bit_count()) for value, bits in self.value_bits(facet).items())
            for value, n in pairs:
                if n:
                    counts.append((value, n))
            if facet == "fiscal_year":
                counts.sort(key=lambda vc: (-vc[1], -int(vc[0])))
            else:
                counts.sort(key=lambda vc: (-vc[1], vc[0]))
            if top is not None:
                counts = counts[:top]
            result[facet] = dict(counts)
        return result


def to_bits(docnums) -> int:
    """A set of document numbers as an int bitset (bit d set for document d)."""
    if not docnums:
        return 0
    buf = bytearray((max(docnums) >> 3) + 1)
    for d in docnums:
        buf[d >> 3] |= 1 << (d & 7)
    return int.from_bytes(buf, "little")
