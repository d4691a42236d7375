"""ictsearch: search Japanese government ICT policy documents from Python.

    import ictsearch

    summary = ictsearch.build_index(["corpus"], "/tmp/idx")
    with ictsearch.open_index("/tmp/idx") as idx:
        res = idx.search("テレワーク", region="東北")

``ictsearch.indexer`` turns files into an index, ``ictsearch.search`` answers
queries, ``ictsearch.cli`` is the command line.  Names are loaded on first use,
so a search does not import the indexing pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# Absolute, not relative: pytest imports this file under the checkout folder's name
# (a clone named ictsearch-main has no valid package name).
from ictsearch.indexer.lazy import lazy_exports

#: public name -> module that defines it
_EXPORTS = {
    "build_index": "ictsearch.indexer.pipeline",
    "IndexSummary": "ictsearch.indexer.outcomes",
    "FileOutcome": "ictsearch.indexer.outcomes",
    "default_index_dir": "ictsearch.indexer.store",
    "index_status": "ictsearch.indexer.status",
    "IndexStatus": "ictsearch.indexer.status",
    "open_index": "ictsearch.search.api",
    "Index": "ictsearch.search.api",
    "SearchResult": "ictsearch.search.results",
    "Hit": "ictsearch.search.results",
    "Document": "ictsearch.search.results",
    "ThemeScore": "ictsearch.search.results",
    **{name: "ictsearch.indexer.errors" for name in (
        "IctsearchError", "ExtractionError", "IndexMissing", "IndexBeingBuilt", "IncompatibleIndex", "CorruptIndex",
        "IndexLocationError",
        "IndexLocked", "BadQuery", "UnknownFacetValue", "DocumentNotFound", "PageNotFound")},
}

#: Subpackages reachable as attributes after a plain `import ictsearch`.
_SUBMODULES = ("indexer", "search", "cli")

__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports(__name__, _EXPORTS, _SUBMODULES)


def __dir__():
    return sorted([*__all__, *_SUBMODULES])


if TYPE_CHECKING:  # for type checkers and IDEs: the same names, imported eagerly. `X as X` is what
    # makes each a re-export under `mypy --strict` (no implicit re-export; mypy cannot read __all__ above).
    from .indexer.errors import (
        BadQuery as BadQuery, CorruptIndex as CorruptIndex, DocumentNotFound as DocumentNotFound,
        ExtractionError as ExtractionError, IctsearchError as IctsearchError, IncompatibleIndex as IncompatibleIndex,
        IndexBeingBuilt as IndexBeingBuilt, IndexLocationError as IndexLocationError, IndexLocked as IndexLocked,
        IndexMissing as IndexMissing, PageNotFound as PageNotFound, UnknownFacetValue as UnknownFacetValue,
    )
    from .indexer.outcomes import FileOutcome as FileOutcome, IndexSummary as IndexSummary
    from .indexer.pipeline import build_index as build_index
    from .indexer.status import IndexStatus as IndexStatus, index_status as index_status
    from .indexer.store import default_index_dir as default_index_dir
    from .search.api import Index as Index, open_index as open_index
    from .search.results import (
        Document as Document, Hit as Hit, SearchResult as SearchResult, ThemeScore as ThemeScore,
    )
