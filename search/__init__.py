"""ictsearch's query side: `open_index()` and the result types.

    from ictsearch.search import open_index
    with open_index() as idx:
        res = idx.search("テレワーク 導入", region="東北", fiscal_year=(2020, 2023))
"""

from ictsearch.indexer.errors import (
    BadQuery,
    DocumentNotFound,
    IctsearchError,
    IncompatibleIndex,
    IndexLocked,
    IndexMissing,
    UnknownFacetValue,
)

from .api import Index, open_index
from .results import Document, Hit, SearchResult, ThemeScore

__all__ = [
    "open_index",
    "Index",
    "SearchResult",
    "Hit",
    "Document",
    "ThemeScore",
    "IctsearchError",
    "IndexMissing",
    "IncompatibleIndex",
    "IndexLocked",
    "BadQuery",
    "UnknownFacetValue",
    "DocumentNotFound",
]
