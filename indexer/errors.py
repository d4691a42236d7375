"""The project's exceptions: one small hierarchy shared by indexer, search and the CLI."""

from __future__ import annotations


class IctsearchError(Exception):
    """Base class: every error this library raises on purpose."""


class ExtractionError(IctsearchError):
    """A file could not be turned into text; ``reason`` is short and human."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class IndexMissing(IctsearchError):
    """No index at the given location."""

    #: Whether an index could be built there: not when the location is a file or a folder of other
    #: files (the documents folder given as --index), so the message does not advise building one.
    buildable: bool = True


class IndexBeingBuilt(IndexMissing):
    """No index at the given location yet: the first indexing run is writing it."""


class IncompatibleIndex(IctsearchError):
    """The index was written by another format version."""


class CorruptIndex(IncompatibleIndex):
    """A file of the index is damaged (truncated, overwritten): only a rebuild helps."""


class IndexLocationError(IctsearchError):
    """The index directory cannot be created or written (a file in the way, no permission, disk full)."""


class IndexLocked(IctsearchError):
    """Another process is writing the index."""


class BadQuery(IctsearchError):
    """The query cannot be parsed."""


class UnknownFacetValue(IctsearchError):
    """A filter names a region, year or theme that does not exist (the message lists the valid ones)."""


class DocumentNotFound(IctsearchError):
    """No document with that id or path in the index."""


class PageNotFound(IctsearchError, ValueError):
    """Document.page_text was asked for a page the document does not have (also a ValueError,
    which it raised before it was an IctsearchError)."""
