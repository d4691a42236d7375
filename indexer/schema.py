"""The Whoosh schema and the index format version.

Bump FORMAT_VERSION whenever the schema, the analyzer or the meaning of a
stored field changes: an index of another version is refused with a message
to rebuild, never read wrongly.
"""

from __future__ import annotations

from whoosh.fields import ID, NUMERIC, STORED, TEXT, Schema

from .analysis import analyzer
from .fields import METADATA_FIELDS

#: 2: metadata fields from the registry (lists stored as lists, themes with scores).
#: 2: metadata fields from the registry (lists stored as lists, themes with scores); ocr_pages.
#: 3: url, the document's web address (a new field of the registry).
FORMAT_VERSION = 3
#: Beside the segments lies derived data a search may load instead of reading the postings
#: (facets-<TOC generation>.sets, written by each commit: search/facet_sets.py; the did-you-mean
#: vocabulary, vocabulary-<TOC generation>.pickle, saved by the commit's first search that needs
#: it: search/vocabulary_file.py).  A reader checks that such
#: a file fits the exact index it opened and reads the postings otherwise, so an index without
#: it (older, or a run stopped after its commit) works unchanged: it needs no new version.

#: Title terms count more than body terms in BM25F.
TITLE_BOOST = 3.0


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
        #: field -> where its value came from (text line, path, sidecar …), for `show`.
        sources=STORED(),
        **{f.name: f.whoosh() for f in METADATA_FIELDS},
    )
