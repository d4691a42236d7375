"""ictsearch's ingestion side: `build_index()` turns folders of PDFs and text files into an index."""

from .errors import CorruptIndex, ExtractionError, IctsearchError, IncompatibleIndex, IndexLocked, IndexMissing
from .pipeline import FileOutcome, IndexSummary, build_index
from .store import IndexStore, default_index_dir

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
    "CorruptIndex",
    "IndexLocked",
]
