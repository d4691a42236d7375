"""Facet counts of a result set, and each document's 年度 and year for sorting.

Each facet value's documents are read once per searcher (from the pairs file
the last commit wrote, else from the postings: search/facet_pairs.py) into
(document, value) pair arrays, so counting a result set is one ``bincount`` per
facet, not a pass over stored documents (bench/scale.py times it against set
intersections, int bitsets and pyroaring).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from . import facet_pairs
from .evaluate import Arrays
from .facets import FACETS, TOP_VALUES
from .results import FacetCounts


class FacetCache:
    """Per-searcher document sets of every facet value, and the same as arrays for counting."""

    def __init__(self, searcher, directory: Path | None = None):
        """`directory`: the index folder, where the last commit's pairs file may be (search/facet_pairs.py)."""
        self.searcher = searcher
        self.size = searcher.reader().doc_count_all()
        self._values: dict[str, dict[str, frozenset[int]]] = {}
        self._pairs: dict[str, tuple[list[str], np.ndarray, np.ndarray, np.ndarray]] = {}
        self._numbers: dict[str, np.ndarray] = {}
        self._ready = facet_pairs.load(searcher.reader(), directory) if directory is not None else {}

    def values(self, facet: str) -> dict[str, frozenset[int]]:
        """value -> live document numbers holding it."""
        cached = self._values.get(facet)
        if cached is not None:
            return cached
        if facet in self._ready:
            labels, codes, docs = self._ready[facet]
            order = np.argsort(codes, kind="stable")
            bounds = np.searchsorted(codes[order], np.arange(len(labels) + 1))
            out = {v: frozenset(docs[order[a:b]].tolist()) for v, a, b in zip(labels, bounds, bounds[1:])}
            self._values[facet] = out
            return out
        self._values[facet] = out = {v: frozenset(docs) for v, docs in facet_pairs.value_docs(self.searcher, facet).items()}
        return out

    def _arrays(self, facet: str):
        """(values, value index per (document, value) pair, document per pair, mask of documents with a value)."""
        found = self._pairs.get(facet)
        if found is None and facet in self._ready:
            labels, codes, docs = self._ready[facet]
            having = np.zeros(self.size, dtype=bool)
            having[docs] = True
            found = self._pairs[facet] = (labels, codes, docs, having)
        elif found is None:
            labels = list(self.values(facet))
            sets = list(self.values(facet).values())
            docs = np.fromiter((d for s in sets for d in s), dtype=np.int64, count=sum(map(len, sets)))
            codes = np.repeat(np.arange(len(sets)), [len(s) for s in sets])
            having = np.zeros(self.size, dtype=bool)
            having[docs] = True
            found = self._pairs[facet] = (labels, codes, docs, having)
        return found

    def _number_of(self, facet: str) -> np.ndarray:
        """A single-valued numeric facet per document (0: none)."""
        found = self._numbers.get(facet)
        if found is None:
            labels, codes, docs, _ = self._arrays(facet)
            found = np.zeros(self.size, dtype=np.int64)
            found[docs] = np.array([int(v) for v in labels], dtype=np.int64)[codes] if len(labels) else 0
            self._numbers[facet] = found
        return found

    def fiscal_years(self) -> np.ndarray:
        """Each document's 年度 (0: none), by document number."""
        return self._number_of("fiscal_year")

    def years(self) -> np.ndarray:
        """The calendar year of each document's own date (0: none), from the index (not its stored fields)."""
        found = self._numbers.get("year")
        if found is None:
            reader = self.searcher.reader()
            fieldobj = self.searcher.schema["year"]
            found = np.zeros(self.size, dtype=np.int64)
            if "year" in reader.indexed_field_names():
                arrays = Arrays.for_searcher(self.searcher)
                for tbytes in fieldobj.sortable_terms(reader, "year"):
                    found[arrays.term_bytes("year", tbytes)[0]] = int(fieldobj.from_bytes(tbytes))
            self._numbers["year"] = found
        return found

    def _mask(self, docset) -> np.ndarray:
        """None (the whole index), a set of document numbers or a mask, as a mask of live documents."""
        if isinstance(docset, np.ndarray):
            return docset
        if docset is None:
            return Arrays.for_searcher(self.searcher).live
        mask = np.zeros(self.size, dtype=bool)
        if docset:
            mask[np.fromiter(docset, dtype=np.int64)] = True
        return mask

    def counts(self, docset, top: int | None = TOP_VALUES) -> FacetCounts:
        """Counts per facet value in `docset` (None: the whole index), largest first, the first `top` of each."""
        return self.top_counts(docset, top)[0]

    def top_counts(self, docset, top: int | None = TOP_VALUES) -> tuple[FacetCounts, dict[str, int]]:
        """:meth:`counts`, and per facet how many more values `docset` holds than were kept.

        One ``bincount`` per facet over its (document, value) pairs: bench/scale.py
        compares it with set intersections, int bitsets and pyroaring.
        """
        mask = self._mask(docset)
        result: FacetCounts = {}
        more: dict[str, int] = {}
        for facet in FACETS:
            labels, codes, docs, _ = self._arrays(facet.name)
            per_value = np.bincount(codes[mask[docs]], minlength=len(labels)).tolist()
            counts = [(v, n) for v, n in zip(labels, per_value) if n]
            counts.sort(key=lambda vc: facet.sort_key(*vc))
            if top is not None and len(counts) > top:
                more[facet.name] = len(counts) - top
                counts = counts[:top]
            result[facet.name] = dict(counts)
        return result, more

    def missing(self, docset) -> dict[str, int]:
        """Documents of `docset` (None: the whole index) with no value, per facet."""
        mask = self._mask(docset)
        return {facet.name: int(np.count_nonzero(mask & ~self._arrays(facet.name)[3])) for facet in FACETS}
