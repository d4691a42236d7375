"""Facet counts of a result set, and each document's 年度 and year for sorting.

Each facet value's documents are read once per index state (every thread's
searcher of one commit shares them: search/caches.py) as an int bitset
(search/bitsets.py): from the sets file the last commit wrote, else from the
postings (search/facet_sets.py), so counting a result set is one AND and one
``bit_count`` per facet value, not a pass over stored documents (bench/scale.py
times it against set intersections and pyroaring).
"""

from __future__ import annotations

from pathlib import Path

from . import bitsets, facet_sets
from .caches import shared_state
from .evaluate import Arrays
from .facets import FACETS, TOP_VALUES
from .results import FacetCounts


class FacetCache:
    """A searcher's document sets of every facet value, as bitsets.

    The sets themselves are the index state's (caches.shared_state): every thread's searcher
    of one commit counts with the same ones, made once by the first that needed them."""

    def __init__(self, searcher, directory: Path | None = None):
        """`directory`: the index folder, where the last commit's sets file may be (search/facet_sets.py)."""
        self.searcher = searcher
        self.directory = directory
        self.size = searcher.reader().doc_count_all()
        self.shared = shared_state(searcher)
        self._ready = self.shared.get(
            "facets.file", lambda: facet_sets.load(searcher.reader(), directory) if directory is not None else {})

    def values(self, facet: str) -> dict[str, int]:
        """value -> bitset of the live documents holding it."""
        def make() -> dict[str, int]:
            found = self._ready.get(facet)
            if found is None:
                found = {v: bitsets.from_docs(docs) for v, docs in facet_sets.value_docs(self.searcher, facet).items()}
            return found

        return self.shared.get("facets.values." + facet, make)

    def having(self, facet: str) -> int:
        """Bitset of the documents with a value of `facet`."""
        def make() -> int:
            found = 0
            for bits in self.values(facet).values():
                found |= bits
            return found

        return self.shared.get("facets.having." + facet, make)

    def _number_of(self, facet: str) -> list[int]:
        """A single-valued numeric facet per document (0: none)."""
        def make() -> list[int]:
            found = [0] * self.size
            for value, bits in self.values(facet).items():
                n = int(value)
                for d in bitsets.docs_of(bits):
                    found[d] = n
            return found

        return self.shared.get("facets.numbers." + facet, make)

    def fiscal_years(self) -> list[int]:
        """Each document's 年度 (0: none), by document number."""
        return self._number_of("fiscal_year")

    def years(self) -> list[int]:
        """The calendar year of each document's own date (0: none), from the index (not its stored fields)."""
        def make() -> list[int]:
            reader = self.searcher.reader()
            fieldobj = self.searcher.schema["year"]
            found = [0] * self.size
            if "year" in reader.indexed_field_names():
                arrays = Arrays.for_searcher(self.searcher)
                for tbytes in fieldobj.sortable_terms(reader, "year"):
                    n = int(fieldobj.from_bytes(tbytes))
                    for d in arrays.term_bytes("year", tbytes).ids:
                        found[d] = n
            return found

        return self.shared.get("facets.own_date_years", make)

    def _mask(self, docset) -> int:
        """None (the whole index), a set of document numbers or a bitset, as a bitset of live documents."""
        if isinstance(docset, int):
            return docset
        if docset is None:
            return Arrays.for_searcher(self.searcher).live
        return bitsets.from_docs(docset)

    def counts(self, docset, top: int | None = TOP_VALUES) -> FacetCounts:
        """Counts per facet value in `docset` (None: the whole index), largest first, the first `top` of each."""
        return self.top_counts(docset, top)[0]

    def top_counts(self, docset, top: int | None = TOP_VALUES) -> tuple[FacetCounts, dict[str, int]]:
        """:meth:`counts`, and per facet how many more values `docset` holds than were kept.

        One AND and ``bit_count`` per facet value: bench/scale.py compares it with
        set intersections and pyroaring.
        """
        mask = self._mask(docset)
        result: FacetCounts = {}
        more: dict[str, int] = {}
        for facet in FACETS:
            counts = [(v, n) for v, bits in self.values(facet.name).items() if (n := (bits & mask).bit_count())]
            counts.sort(key=lambda vc: facet.sort_key(*vc))
            if top is not None and len(counts) > top:
                more[facet.name] = len(counts) - top
                counts = counts[:top]
            result[facet.name] = dict(counts)
        return result, more

    def missing(self, docset) -> dict[str, int]:
        """Documents of `docset` (None: the whole index) with no value, per facet."""
        mask = self._mask(docset)
        return {facet.name: (mask & ~self.having(facet.name)).bit_count() for facet in FACETS}
