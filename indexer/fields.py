"""Every per-document field, declared once.

A field's declaration says how Whoosh indexes and stores it, its key in the
JSON / CSV output and the Python result types, its label for people, and
whether a sidecar or ``metadata.csv`` may set it.  The schema, the pipeline's
stored document, the search hits, ``Document``, the CLI's CSV columns and
``show`` rows, and the manual-metadata reader all iterate these declarations,
so a new metadata field is one entry here plus its deriver in
``indexer.metadata``.  Facets (what can be filtered and counted) are built on
these fields in ``search.facets``.

Lists are stored as lists (``_stored_<name>``) and indexed as comma-separated
keywords, so nothing is split again on read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from whoosh.fields import ID, KEYWORD, NUMERIC, FieldType


def _keywords() -> FieldType:
    return KEYWORD(stored=True, commas=True, scorable=False)


def _year() -> FieldType:
    return NUMERIC(int, stored=True, signed=False, bits=32)


def _id() -> FieldType:
    return ID(stored=True)


@dataclass(frozen=True)
class Field:
    """One metadata field of a document."""

    name: str  # index field, JSON key, CSV column, sidecar key
    label: str  # what people read (地域, 年度 …)
    whoosh: Callable[[], FieldType]
    #: "list" (several values), "int" or "str".
    kind: str
    #: Carried in every search hit (JSON, CSV, --fields), not only in `show`.
    in_hit: bool = True
    #: A sidecar or metadata.csv may set it.
    manual: bool = True

    def index_value(self, value) -> dict[str, Any]:
        """What `add_document` takes for this field's value."""
        if self.kind != "list":
            return {self.name: value}
        names = [_name(v) for v in value or ()]
        # The stored value keeps the list (with scores, for themes); the index gets keywords.
        return {self.name: ",".join(names) if names else None, f"_stored_{self.name}": list(value or ())}

    def load(self, stored: dict):
        """The Python value of the field from a document's stored fields."""
        value = stored.get(self.name)
        if self.kind == "list":
            return tuple(_name(v) for v in value or ())
        return value

    def to_json(self, value):
        return list(value) if self.kind == "list" else value

    def cell(self, value) -> str:
        """The value in one CSV or text cell: lists joined with |."""
        if self.kind == "list":
            return "|".join(map(str, value))
        return "" if value is None else str(value)


def _name(value) -> str:
    # Scored list entries (themes) are [name, score]; plain ones are names.
    return value[0] if isinstance(value, (list, tuple)) else value


#: The metadata fields, in output order.  Hit, Document and the JSON follow it.
METADATA_FIELDS: tuple[Field, ...] = (
    Field("region", "地域", _keywords, "list"),
    Field("prefecture", "都道府県", _keywords, "list"),
    Field("fiscal_year", "年度", _year, "int"),
    Field("year", "年", _year, "int"),
    # Stored as [name, score] pairs: hits show the names, `show` the scores too.
    Field("themes", "テーマ", _keywords, "list"),
    Field("organization", "発行元", _id, "str"),
    Field("doctype", "文書種別", _id, "str"),
    # The document's web address, to open the original: a saved page's own (canonical link, og:url,
    # the browser's saved-from comment, base href), or given by a sidecar / metadata.csv (a PDF's).
    Field("url", "URL", _id, "str"),
)
FIELDS_BY_NAME: dict[str, Field] = {f.name: f for f in METADATA_FIELDS}

#: Labels of a document's own columns beside its metadata fields (--fields, the CSV output's header;
#: a metadata.csv may head its columns with them too).
DOCUMENT_LABELS: dict[str, str] = {"title": "タイトル", "path": "パス"}

#: Keys a sidecar or metadata.csv may set: the title and every manual field.
MANUAL_KEYS: tuple[str, ...] = ("title", *(f.name for f in METADATA_FIELDS if f.manual))
