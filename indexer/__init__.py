"""ictsearch's ingestion side: `build_index()` turns folders of PDFs and text files into an index."""

from .errors import ExtractionError, IctsearchError, IncompatibleIndex, IndexLocked, IndexMissing

__all__ = [
    "build_index",
    "IndexSummary",
    "FileOutcome",
    "IndexStore",
    "default_index_dir",
    "IctsearchError",
    "ExtractionError",
    "IndexMissing",
    "IncompatibleIndex",
    "IndexLocked",
]

# The pipeline (pdfminer, multiprocessing, the extraction cache) is imported on
# first use: searching imports indexer.errors and indexer.store, and a fresh
# `ictsearch search` process must not pay for the indexing side.
_LAZY = {
    "build_index": ".pipeline",
    "IndexSummary": ".pipeline",
    "FileOutcome": ".pipeline",
    "IndexStore": ".store",
    "default_index_dir": ".store",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
