"""Facets: region (地域), prefecture (都道府県), fiscal year (年度) and theme (テーマ).

Each facet is a small class over a field of ``indexer.fields``: it reads a
filter value (``--region 宮城``, ``year:2019..2023``, ``--theme none``) into a
Whoosh query, and names the field its values are counted on.  ``FacetCache``
counts them: each value's documents are read once per searcher from the
postings (a few dozen values per facet) into (document, value) pair arrays, so
counting a result set is one ``bincount`` per facet, not a pass over stored
documents (bench/scale.py times it against set intersections, int bitsets and
pyroaring).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from whoosh import query as wq

from ictsearch.indexer.errors import UnknownFacetValue
from ictsearch.indexer.fields import FIELDS_BY_NAME, Field
from ictsearch.indexer.metadata.eras import MAX_YEAR, MIN_YEAR

from .results import FacetCounts

#: Filter values that select the documents with no value for a facet.
NONE_VALUES = ("none", "不明")
#: How a missing value is shown in text output.
NONE_LABEL = "不明"
#: Values shown per facet after a search; `ictsearch facets` shows all.
TOP_VALUES = 10


@dataclass(frozen=True)
class Facet:
    """A filterable, countable field."""

    #: Name in the JSON facets, the Python API's keyword and the CLI option.
    name: str
    #: The indexed field its values are counted on.
    field: str
    #: Names accepted before a colon in a query (region:東北).
    query_names: tuple[str, ...]
    #: An example value for messages.
    example: str
    #: Filters of one group are OR-ed together (a region or a prefecture).
    group: str = ""

    @property
    def label(self) -> str:
        return FIELDS_BY_NAME[self.field].label

    @property
    def spec(self) -> Field:
        return FIELDS_BY_NAME[self.field]

    @property
    def group_name(self) -> str:
        return self.group or self.name

    def query(self, value) -> tuple[wq.Query, object]:
        """(query selecting the documents with this value, the value as shown); UnknownFacetValue if invalid."""
        if isinstance(value, str) and value.strip().casefold() in NONE_VALUES:
            # Every document that has no term in the field.
            return wq.And([wq.Every(), wq.Not(wq.Every(self.field))]), NONE_LABEL
        return self.parse(value)

    def parse(self, value) -> tuple[wq.Query, object]:
        raise NotImplementedError

    def sort_key(self, value: str, count: int):
        return (-count, value)


class PlaceFacet(Facet):
    """Region or prefecture: either is accepted, and matched on the field it names."""

    def parse(self, value):
        from ictsearch.indexer.metadata import resolve_region

        try:
            kind, name = resolve_region(str(value))
        except ValueError as e:
            raise UnknownFacetValue(str(e)) from None
        if self.name == "prefecture" and kind == "region":
            raise UnknownFacetValue(f"{value!r} is a region, not a prefecture: filter it with region={name!r}")
        return wq.Term("region" if kind == "region" else "prefecture", name), name


class YearFacet(Facet):
    """Fiscal year: 2021, 令和3, R3, ranges 2019..2023 and (2019, 2023)."""

    def parse(self, value):
        from ictsearch.indexer.metadata import parse_year_range

        if isinstance(value, (int, float, tuple)):
            lo, hi = value if isinstance(value, tuple) else (value, value)
            if not all(_is_year(y) for y in (lo, hi)) or lo > hi:
                raise UnknownFacetValue(
                    f"fiscal_year {value!r} is not a year or a (low, high) range of years "
                    f"between {MIN_YEAR} and {MAX_YEAR}; strings such as 令和3, 2019..2023 or none work too"
                )
        else:
            try:
                lo, hi = parse_year_range(str(value))
            except ValueError as e:
                raise UnknownFacetValue(str(e)) from None
        return wq.NumericRange(self.field, lo, hi), (lo if lo == hi else f"{lo}..{hi}")

    def sort_key(self, value: str, count: int):
        return (-count, -int(value))


class ThemeFacet(Facet):
    def parse(self, value):
        from ictsearch.indexer.metadata import resolve_theme

        try:
            name = resolve_theme(str(value))
        except ValueError as e:
            raise UnknownFacetValue(str(e)) from None
        return wq.Term(self.field, name), name


def _is_year(y) -> bool:
    return isinstance(y, int) and not isinstance(y, bool) and MIN_YEAR <= y <= MAX_YEAR


FACETS: tuple[Facet, ...] = (
    PlaceFacet("region", "region", ("region",), "東北"),
    PlaceFacet("prefecture", "prefecture", ("prefecture",), "宮城県", group="region"),
    YearFacet("fiscal_year", "fiscal_year", ("year", "fiscal_year"), "2019..2023"),
    ThemeFacet("theme", "themes", ("theme",), "防災"),
)
FACETS_BY_NAME: dict[str, Facet] = {f.name: f for f in FACETS}
#: Query-language field name (region:, year: …) -> facet.
FACET_OF_QUERY_NAME: dict[str, Facet] = {n: f for f in FACETS for n in f.query_names}


def as_values(value) -> list:
    """Filter values as a list: one value, a (lo, hi) year range, or several of either."""
    if value is None:
        return []
    if isinstance(value, (str, int, float)) or (
        isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value)
    ):
        return [value]
    try:
        return list(value)
    except TypeError:
        raise UnknownFacetValue(f"{value!r} is not a filter value or a list of them") from None


def filter_query(given: dict[str, object], extra=()) -> tuple[wq.Query | None, dict[str, list]]:
    """The Whoosh filter for facet values, and the values applied per group (as shown).

    given: facet name -> a value or a list of values (the Python API's keywords);
    extra: ``search.query.Filter`` items from the query text (region:東北).
    OR within a group, AND across groups.
    """
    groups: dict[str, list[wq.Query]] = {}
    applied: dict[str, list] = {}
    pairs = [(FACETS_BY_NAME[name], v) for name, value in given.items() for v in as_values(value)]
    pairs += [(FACET_OF_QUERY_NAME[f.field], f.value) for f in extra]
    for facet, value in pairs:
        q, shown = facet.query(value)
        groups.setdefault(facet.group_name, []).append(q)
        applied.setdefault(facet.group_name, []).append(shown)
    parts = [qs[0] if len(qs) == 1 else wq.Or(qs) for qs in groups.values()]
    if not parts:
        return None, applied
    return (parts[0] if len(parts) == 1 else wq.And(parts)), applied


class FacetCache:
    """Per-searcher document sets of every facet value, and the same as arrays for counting."""

    def __init__(self, searcher):
        self.searcher = searcher
        self.size = searcher.reader().doc_count_all()
        self._values: dict[str, dict[str, frozenset[int]]] = {}
        self._pairs: dict[str, tuple[list[str], np.ndarray, np.ndarray, np.ndarray]] = {}
        self._numbers: dict[str, np.ndarray] = {}

    def values(self, facet: str) -> dict[str, frozenset[int]]:
        """value -> live document numbers holding it."""
        cached = self._values.get(facet)
        if cached is not None:
            return cached
        fieldname = FACETS_BY_NAME[facet].field
        reader = self.searcher.reader()
        fieldobj = self.searcher.schema[fieldname]
        out: dict[str, frozenset[int]] = {}
        if FIELDS_BY_NAME[fieldname].kind == "int":
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

    def _arrays(self, facet: str):
        """(values, value index per (document, value) pair, document per pair, mask of documents with a value)."""
        found = self._pairs.get(facet)
        if found is None:
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
            found = np.zeros(self.size, dtype=np.int64)
            for value, docs in self.values(facet).items():
                found[np.fromiter(docs, dtype=np.int64)] = int(value)
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
                for tbytes in fieldobj.sortable_terms(reader, "year"):
                    docs = np.fromiter(reader.postings("year", tbytes).all_ids(), dtype=np.int64)
                    found[docs] = int(fieldobj.from_bytes(tbytes))
            self._numbers["year"] = found
        return found

    def _mask(self, docset) -> np.ndarray:
        """None (the whole index), a set of document numbers or a mask, as a mask of live documents."""
        if isinstance(docset, np.ndarray):
            return docset
        mask = np.zeros(self.size, dtype=bool)
        if docset is None:
            mask[np.fromiter(self.searcher.reader().all_doc_ids(), dtype=np.int64)] = True
        elif docset:
            mask[np.fromiter(docset, dtype=np.int64)] = True
        return mask

    def counts(self, docset, top: int | None = TOP_VALUES) -> FacetCounts:
        """Counts per facet value in `docset` (None: the whole index), largest first.

        One ``bincount`` per facet over its (document, value) pairs: bench/scale.py
        compares it with set intersections, int bitsets and pyroaring.
        """
        mask = self._mask(docset)
        result: FacetCounts = {}
        for facet in FACETS:
            labels, codes, docs, _ = self._arrays(facet.name)
            per_value = np.bincount(codes[mask[docs]], minlength=len(labels)).tolist()
            counts = [(v, n) for v, n in zip(labels, per_value) if n]
            counts.sort(key=lambda vc: facet.sort_key(*vc))
            if top is not None:
                counts = counts[:top]
            result[facet.name] = dict(counts)
        return result

    def missing(self, docset) -> dict[str, int]:
        """Documents of `docset` (None: the whole index) with no value, per facet."""
        mask = self._mask(docset)
        return {facet.name: int(np.count_nonzero(mask & ~self._arrays(facet.name)[3])) for facet in FACETS}
