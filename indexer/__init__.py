"""ictsearch's ingestion side: `build_index()` turns folders of documents into an index.

Stages, one module each: ``discover`` (files) → ``plan`` (what changed) →
``prepare`` (``extract`` → ``normalize`` → ``metadata`` → ``analysis``) →
``writer`` (Whoosh segments); ``pipeline`` runs them.  Names below load on
first use, so the query side can import ``indexer.errors`` without the pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lazy import lazy_exports

_EXPORTS = {
    "build_index": ".pipeline",
    "IndexSummary": ".outcomes",
    "FileOutcome": ".outcomes",
    "ProgressCallback": ".outcomes",
    "IndexStore": ".store",
    "default_index_dir": ".store",
    **{name: ".errors" for name in ("IctsearchError", "ExtractionError", "IndexMissing", "IndexBeingBuilt",
                                   "IncompatibleIndex", "CorruptIndex", "IndexLocked")},
}
__all__ = list(_EXPORTS)
__getattr__ = lazy_exports(__name__, _EXPORTS)

if TYPE_CHECKING:  # the same names, typed for type checkers (`X as X`: a re-export under mypy --strict)
    from .errors import (
        CorruptIndex as CorruptIndex, ExtractionError as ExtractionError, IctsearchError as IctsearchError,
        IncompatibleIndex as IncompatibleIndex, IndexBeingBuilt as IndexBeingBuilt, IndexLocked as IndexLocked,
        IndexMissing as IndexMissing,
    )
    from .outcomes import FileOutcome as FileOutcome, IndexSummary as IndexSummary, ProgressCallback as ProgressCallback
    from .pipeline import build_index as build_index
    from .store import IndexStore as IndexStore, default_index_dir as default_index_dir
