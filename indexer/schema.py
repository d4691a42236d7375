"""The Whoosh schema and the index format version.

Bump FORMAT_VERSION whenever the schema, the analyzer or the meaning of a
stored field changes: an index of another version is refused with a message
to rebuild, never read wrongly.
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from .analysis import analyzer

FORMAT_VERSION = 2

#: Title terms count more than body terms in BM25F.
TITLE_BOOST = 3.0

#: Multi-valued facet fields, stored and indexed as comma-separated keywords.
FACET_LIST_FIELDS = ("region", "prefecture", "themes")


def make_schema() -> Schema:
    text_analyzer = analyzer()
    return Schema(
        doc_id=ID(stored=True, unique=True),
        path=ID(stored=True),
        # chars=True stores character offsets with the positions, so snippets
        # come from the postings instead of re-analyzing each hit's text.
        title=TEXT(analyzer=text_analyzer, stored=True, phrase=True, chars=True, field_boost=TITLE_BOOST),
        body=TEXT(analyzer=text_analyzer, stored=True, phrase=True, chars=True),
        pages=NUMERIC(int, stored=True),
        page_starts=STORED(),
        content_hash=ID(stored=True),
        size=STORED(),
        mtime=STORED(),
        encoding=STORED(),
        warnings=STORED(),
        # 1-based numbers of the pages whose text came from OCR (None: none).
        ocr_pages=STORED(),
        # Metadata (issue 5 fills these).
        region=KEYWORD(stored=True, commas=True, scorable=False),
        prefecture=KEYWORD(stored=True, commas=True, scorable=False),
        year=NUMERIC(int, stored=True, signed=False, bits=32),
        fiscal_year=NUMERIC(int, stored=True, signed=False, bits=32),
        themes=KEYWORD(stored=True, commas=True, scorable=False),
        theme_scores=STORED(),
        organization=ID(stored=True),
        doctype=ID(stored=True),
        sources=STORED(),
        indexed_at=STORED(),
    )
