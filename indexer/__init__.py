"""ictsearch's ingestion side: `build_index()` turns folders of documents into an index.

Stages, one module each: ``discover`` (files) → ``plan`` (what changed) →
``prepare`` (``extract`` → ``normalize`` → ``metadata`` → ``analysis``) →
``writer`` (Whoosh segments); ``pipeline`` runs them.  Names below load on
first use, so the query side can import ``indexer.errors`` without the pipeline.
"""

from __future__ import annotations

from .lazy import lazy_exports

_EXPORTS = {
    "build_index": ".pipeline",
    "IndexSummary": ".outcomes",
    "FileOutcome": ".outcomes",
    "IndexStore": ".store",
    "default_index_dir": ".store",
    **{name: ".errors" for name in ("IctsearchError", "ExtractionError", "IndexMissing", "IndexBeingBuilt",
                                   "IncompatibleIndex", "CorruptIndex", "IndexLocked")},
}
__all__ = list(_EXPORTS)
__getattr__ = lazy_exports(__name__, _EXPORTS)