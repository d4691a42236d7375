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


class IndexPathTypeError(IndexLocationError, TypeError):
    """The index location given is no path (an int, a list): also a TypeError, which Python raised
    for it before (「expected str, bytes or os.PathLike object, not int」)."""


class IndexLocked(IctsearchError):
    """Another process is writing the index."""


class BadQuery(IctsearchError):
    """The query cannot be parsed."""


class UnknownFacetValue(IctsearchError):
    """A filter names a region, year or theme that does not exist (the message lists the valid ones)."""


class DocumentNotFound(IctsearchError):
    """No document with that id or path in the index."""

    #: The doc ids an ambiguous start of one fits (Index.get("3f2a")); empty for any other lookup
    #: (it was set only then, so ``e.matches`` on a plain "no document" was an AttributeError).
    matches: "list[str] | tuple[str, ...]" = ()


class PageNotFound(IctsearchError, ValueError):
    """Document.page_text was asked for a page the document does not have (also a ValueError,
    which it raised before it was an IctsearchError)."""


#: How much of a query a message echoes: a pasted paragraph (thousands of characters) filled the
#: screen with what the user had just pasted, above the notes that say which word found nothing.
ECHOED_QUERY_CHARS = 60


def echoed_query(query: str) -> str:
    """A query as a message echoes it: a long one by its start and end around …, its length after."""
    if len(query) <= ECHOED_QUERY_CHARS:
        return query
    return f"{middle_cut(query)} ({len(query):,} characters)"


def middle_cut(query: str) -> str:
    """The start and end of a long query around … (what :func:`echoed_query` shows of it)."""
    return f"{query[:ECHOED_QUERY_CHARS * 2 // 3]} … {query[-ECHOED_QUERY_CHARS // 3:]}"


def quoted(value: object) -> str:
    """What a person typed, quoted for a one-line message as repr() quotes it, but with a full-width
    space (U+3000, what a Japanese input method types between words) shown as typed, not as
    \\u3000, which an officer does not read as the space typed.  Line breaks and other control
    characters stay escaped, so the message stays one line."""
    if not isinstance(value, str) or "\u3000" not in value:
        return repr(value)
    quote = repr(value)[0]
    return quote + "".join(
        ch if ch == "\u3000" or (ch in "'\"" and ch != quote) else "\\" + ch if ch == quote else repr(ch)[1:-1]
        for ch in value) + quote
