"""ictsearch's query side: `open_index()` and the result types.

    from ictsearch.search import open_index
    with open_index() as idx:
        res = idx.search("テレワーク 導入", region="東北", fiscal_year=(2020, 2023))

Names load on first use, so importing a light module of this package (the
snippet limits, the result types) does not import Whoosh's searcher.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ictsearch.indexer.lazy import lazy_exports

_EXPORTS = {
    "open_index": ".api",
    "Index": ".api",
    "filter_notes": ".api",
    "SearchResult": ".results",
    "Hit": ".results",
    "Document": ".results",
    "ThemeScore": ".results",
    **{name: "ictsearch.indexer.errors" for name in (
        "IctsearchError", "IndexMissing", "IndexBeingBuilt", "IncompatibleIndex", "CorruptIndex", "IndexLocked", "BadQuery",
        "UnknownFacetValue", "DocumentNotFound")},
}
__all__ = list(_EXPORTS)
__getattr__ = lazy_exports(__name__, _EXPORTS)

if TYPE_CHECKING:  # the same names, typed for type checkers (`X as X`: a re-export under mypy --strict)
    from .api import Index as Index, filter_notes as filter_notes, open_index as open_index
    from .results import Document as Document, Hit as Hit, SearchResult as SearchResult, ThemeScore as ThemeScore
    from ictsearch.indexer.errors import (
        BadQuery as BadQuery, CorruptIndex as CorruptIndex, DocumentNotFound as DocumentNotFound,
        IctsearchError as IctsearchError, IncompatibleIndex as IncompatibleIndex, IndexBeingBuilt as IndexBeingBuilt,
        IndexLocked as IndexLocked, IndexMissing as IndexMissing, UnknownFacetValue as UnknownFacetValue,
    )
