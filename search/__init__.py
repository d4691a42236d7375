"""ictsearch's query side: `open_index()` and the result types.

    from ictsearch.search import open_index
    with open_index() as idx:
        res = idx.search("テレワーク 導入", region="東北", fiscal_year=(2020, 2023))

Names load on first use, so importing a light module of this package (the
snippet limits, the result types) does not import Whoosh's searcher.
"""

from __future__ import annotations

from ictsearch.indexer.lazy import lazy_exports

_EXPORTS = {
    "open_index": ".api",
    "Index": ".api",
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