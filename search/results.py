"""What a search returns: plain frozen dataclasses whose ``to_dict()`` is the JSON contract.

Fields are only ever added, never renamed or removed.  The metadata part of a
hit or a document follows ``indexer.fields.METADATA_FIELDS`` (a test checks
that each declared field has its attribute here).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ictsearch.indexer.fields import DOCUMENT_LABELS, METADATA_FIELDS
from ictsearch.indexer.lazy import LazyPattern

FacetCounts = dict[str, dict[str, int]]


def _metadata_json(obj) -> dict:
    return {f.name: f.to_json(getattr(obj, f.name)) for f in METADATA_FIELDS}


def _metadata_values(stored: dict) -> dict:
    return {f.name: f.load(stored) for f in METADATA_FIELDS}


def file_state(stored: dict, restamped: Callable[[dict], tuple[int, int] | None] | None = None) -> tuple[bool, bool]:
    """(gone, changed): whether the file a document was read from is still at its path, as indexed.
    A file that cannot be looked at (no permission) is neither: nothing says it differs.

    restamped(stored): the (size, mtime_ns) at which the last index run found the file's bytes to be
    the ones indexed, when that run did not write the document again (the index's manifest; None
    when unknown).  A file touched, copied without its times or written to while a run read it is
    found the same by its content hash and left as it is, its new stamps recorded in the manifest
    only: compared with the stored stamps alone it was "(file changed)" for good, after every run."""
    import os

    try:
        st = os.stat(stored["path"])
    except (FileNotFoundError, NotADirectoryError):
        return True, False
    except (OSError, ValueError):  # permission, a path too long, a NUL: nothing known
        return False, False
    indexed = (stored.get("size"), stored.get("mtime"))
    now = (st.st_size, st.st_mtime_ns)
    if None in indexed or indexed == now:
        return False, False
    return False, restamped is None or restamped(stored) != now


def stale_files_note(hits) -> str | None:
    """What to say of hits whose file is gone or changed since it was indexed, or None."""
    gone, changed = sum(h.gone for h in hits), sum(h.changed for h in hits)
    said = []
    if gone:
        said.append("1 file shown is no longer where it was indexed (deleted or moved)" if gone == 1 else
                    f"{gone} files shown are no longer where they were indexed (deleted or moved)")
    if changed:
        said.append("1 file shown has changed since it was indexed" if changed == 1 else
                    f"{changed} files shown have changed since they were indexed")
    if not said:
        return None
    return f"{' and '.join(said)}: the hits show the indexed text until the next index run"


#: Files whose pages have names: an Excel workbook's page is a sheet, and its first line is the
#: sheet's name (formats/xlsx.py).  A PDF's, a slide deck's (a page a slide, in the deck's order)
#: and a text file's pages (a form feed each) are numbered only.
NAMED_PAGES = (".xlsx",)


def page_name(path: str, text: str, page_starts: list[int] | tuple[int, ...] | None, page: int | None) -> str | None:
    """The name of a document's 1-based page: a workbook's sheet name, read from the page's first
    line in the stored text (no index stores it apart, so an index built before still gives it);
    None for a file whose pages have no names, and for a sheet whose name normalizes to nothing (a
    全角 space).  A first line holding a tab is a row of cells, not a name: an index built before the
    reader kept a blank name's line has the sheet's first row there."""
    if not page or not page_starts or not path.lower().endswith(NAMED_PAGES) or not 1 <= page <= len(page_starts):
        return None
    start = page_starts[page - 1]
    end = page_starts[page] if page < len(page_starts) else len(text)
    line_end = text.find("\n", start, end)
    line = text[start:line_end if line_end >= 0 else end]
    if "\t" in line:
        return None
    return line.strip() or None


@dataclass(frozen=True)
class Hit:
    """One document that matched a search, as a line of the results (``to_dict()`` is its ``--json``).

    ``doc_id`` names it for :meth:`Index.get` and :meth:`Index.similar`; ``path`` is the indexed file and
    ``title`` its title (``gone``: the file is no longer there, ``changed``: edited since the index run);
    ``score`` orders the hits of one search only; ``page`` is the 1-based page of the snippet's best sentence
    (None for a file without pages) and ``page_name`` its name where pages have names (an Excel sheet's:
    工程表; None elsewhere); ``highlights`` are (start, end) character offsets of the matched words
    in ``snippet``.  The metadata (``region``, ``prefecture``, ``fiscal_year``, ``year``, ``themes``,
    ``organization``, ``doctype``, ``url``) is the document's, derived or given by a sidecar or
    ``metadata.csv``; ``()`` or None where it has none (年度 不明).  ``Index.get(hit.doc_id)`` gives the whole
    :class:`Document`, with where each value came from."""

    doc_id: str
    path: str
    title: str
    score: float
    page: int | None
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    region: tuple[str, ...] = ()
    prefecture: tuple[str, ...] = ()
    fiscal_year: int | None = None
    year: int | None = None
    themes: tuple[str, ...] = ()
    organization: str | None = None
    doctype: str | None = None
    url: str | None = None
    #: The file is no longer at ``path`` (deleted or moved since the index run that read it): the hit
    #: is what the index holds of it until the next run removes it (or finds it moved).
    gone: bool = False
    #: The file at ``path`` is not the one indexed (its size or modification time differ): the hit and
    #: its snippet are of the indexed version until the next run reads it again.
    changed: bool = False
    #: The name of ``page`` where pages have names: an Excel workbook's sheet (工程表, 総括表), whose
    #: number alone (p.3) said nothing to a user who knows the workbook by its tabs; None elsewhere
    #: (a PDF's, a slide deck's or a text file's page is its number).
    page_name: str | None = None

    @classmethod
    def from_stored(cls, stored: dict, *, score: float, page: int | None, snippet: str,
                    highlights: tuple[tuple[int, int], ...],
                    restamped: Callable[[dict], tuple[int, int] | None] | None = None) -> Hit:
        gone, changed = file_state(stored, restamped)
        return cls(doc_id=stored["doc_id"], path=stored["path"], title=stored.get("title", ""), score=float(score),
                   page=page, snippet=snippet, highlights=highlights, **_metadata_values(stored),
                   gone=gone, changed=changed,
                   page_name=page_name(stored["path"], stored.get("body", ""), stored.get("page_starts"), page))

    def to_dict(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "title": self.title,
            "score": round(self.score, 4),
            "page": self.page,
            "snippet": self.snippet,
            "highlights": [list(h) for h in self.highlights],
            **_metadata_json(self),
            "gone": self.gone,
            "changed": self.changed,
            "page_name": self.page_name,
        }


#: A hit's columns for text --fields and CSV output: its rank and score, then every field of a hit
#: (``Hit.to_dict``'s keys).
HIT_COLUMNS: tuple[str, ...] = ("rank", "score", "title", "path", "page",
                                *(f.name for f in METADATA_FIELDS if f.in_hit), "doc_id", "snippet", "gone", "changed",
                                 # Added last, as every later field is: a script reading the CSV's columns by
                                 # their place reads them where they were.
                                 "page_name")
#: Each column's label for people: the metadata fields' own (地域, 年度, テーマ: the facet lines and
#: `facets` print them), and names for the others.
COLUMN_LABELS: dict[str, str] = {
    "rank": "順位", "score": "スコア", **DOCUMENT_LABELS, "page": "ページ",
    **{f.name: f.label for f in METADATA_FIELDS if f.in_hit}, "doc_id": "文書ID", "snippet": "抜粋",
    "gone": "ファイルなし", "changed": "更新あり", "page_name": "シート",
}
#: What separates the columns of a list: a comma, also as a Japanese input method types it, and 、.
_COLUMN_LIST = LazyPattern(r"[,、]")


def hit_columns(spec: str) -> list[str]:
    """The columns a list names, each by its name (fiscal_year) or its label (年度); ValueError
    naming the unknown ones and every name with its label."""
    import unicodedata

    by_label = {label.casefold(): name for name, label in COLUMN_LABELS.items()}
    columns, unknown = [], []
    for typed in _COLUMN_LIST.split(unicodedata.normalize("NFKC", spec)):
        key = typed.strip().casefold()
        if not key:
            continue
        name = key if key in COLUMN_LABELS else by_label.get(key)
        if name is None:
            unknown.append(typed.strip())
        else:
            columns.append(name)
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)}; choose from "
                         + ", ".join(f"{name} ({label})" for name, label in COLUMN_LABELS.items()))
    return columns


#: The query of the result of Index.similar: similar:DOC (a --json contract).
SIMILAR_PREFIX = "similar:"


@dataclass(frozen=True)
class SearchResult:
    """What :meth:`Index.search` (and :meth:`Index.similar`) returns; ``to_dict()`` is exactly what
    ``ictsearch search --json`` prints.

    ``total`` documents matched ``query``; ``hits`` are those from ``offset``, at most ``limit``.  ``facets`` counts the
    matches per value of region, prefecture, fiscal_year and theme (the ten largest; ``more_values`` says how
    many more), ``missing`` those with no value (不明).  ``notes``, ``suggestions``, ``dropped_words`` and
    ``words_in_no_document`` say why few or no documents matched; ``left_out_without_value`` counts the
    matches a filter left out for having no value; ``explain`` is how the query was read (``explain=True``)."""

    query: str
    total: int
    offset: int
    limit: int
    hits: tuple[Hit, ...]
    #: facet -> value -> documents among the matches, largest first.
    facets: FacetCounts = field(default_factory=dict)
    #: How the query was read (tokens per word, filters); filled on request.
    explain: dict | None = None
    #: Index terms close to the query's words, when nothing matched.
    suggestions: tuple[str, ...] = ()
    #: Why nothing matched, when a filter is to blame.
    notes: tuple[str, ...] = ()
    #: facet -> matching documents with no value for it (年度: 不明); filter them with "none".
    missing: dict[str, int] = field(default_factory=dict)
    #: facet -> how many more values the matches hold than ``facets`` lists (it keeps the
    #: largest ten); facets with none left out are absent.  ``Index.facets()`` lists all.
    more_values: dict[str, int] = field(default_factory=dict)
    #: filter -> documents the rest of the search matches that the filter leaves out for having no
    #: value (region, fiscal_year, theme; a region filter counts pages with neither region nor
    #: prefecture); filters with none left out are absent.  "none" among the values includes them.
    left_out_without_value: dict[str, int] = field(default_factory=dict)
    #: Typed words some hit lacks, when no document held every word of a plain keyword query and
    #: the hits holding all but the fewest are shown instead (search/relax.py); empty otherwise.
    dropped_words: tuple[str, ...] = ()
    #: Typed words no document holds, when a search of other words or filters too found nothing
    #: (each cause is also a note); empty otherwise.
    words_in_no_document: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        d = {
            "query": self.query,
            "total": self.total,
            "offset": self.offset,
            "limit": self.limit,
            "hits": [h.to_dict() for h in self.hits],
            "facets": {k: dict(v) for k, v in self.facets.items()},
        }
        if self.explain is not None:
            d["explain"] = self.explain
        d["suggestions"] = list(self.suggestions)
        d["notes"] = list(self.notes)
        d["missing"] = dict(self.missing)
        d["more_values"] = dict(self.more_values)
        d["left_out_without_value"] = dict(self.left_out_without_value)
        d["dropped_words"] = list(self.dropped_words)
        d["words_in_no_document"] = list(self.words_in_no_document)
        return d


@dataclass(frozen=True)
class ThemeScore:
    """A theme of a :class:`Document` and how densely the document writes its words, from 0 to 1 (0.63 at
    20 per 1,000 terms, near 1 far above); a search's hits and its theme filter name the themes only."""

    name: str
    score: float


@dataclass(frozen=True)
class Document:
    """One indexed document with its metadata and whole text, as :meth:`Index.get` and
    :meth:`Index.documents` give it; ``to_dict()`` is ``ictsearch show DOC --json`` and a line of
    ``ictsearch export --format jsonl``.

    The metadata is a :class:`Hit`'s, ``themes`` with their scores (:class:`ThemeScore`); ``sources`` says, per
    field, where its value came from (the text and line, the title, the file's path, a sidecar …), as
    ``ictsearch show`` prints it.  ``text`` is the extracted text, ``pages`` the number of pages (None for a
    file without pages) and :meth:`page_text` one page of it (a workbook's sheet by its name: :meth:`page_named`,
    :attr:`page_names`); ``encoding`` is a text file's, ``warnings`` what
    reading the file warned of, ``ocr_pages`` the pages read by OCR.  ``page_starts`` and ``content_hash``
    are the index's own (where each page starts in ``text``, the file's hash) and stay out of the JSON."""

    doc_id: str
    path: str
    title: str
    pages: int | None
    fiscal_year: int | None
    year: int | None
    region: tuple[str, ...]
    prefecture: tuple[str, ...]
    themes: tuple[ThemeScore, ...]
    organization: str | None
    doctype: str | None
    sources: dict[str, str]
    text: str
    page_starts: tuple[int, ...] | None = None
    content_hash: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    #: 1-based numbers of the pages whose text was read by OCR (scanned pages).
    ocr_pages: tuple[int, ...] = ()
    #: The document's web address (indexer/fields.py), None when unknown.
    url: str | None = None
    #: As a Hit's: the file is no longer at `path` (deleted or moved since it was indexed), or its
    #: size or time differ from the indexed version's.  `show` said neither, where search said both.
    gone: bool = False
    changed: bool = False
    #: Why the file fails now, when it broke after it was indexed and this is its last good version
    #: (`show`'s failing row); None otherwise, and then left out of to_dict(), as ``show --json`` and the
    #: export leave it out.
    failing: str | None = None

    @classmethod
    def from_stored(cls, stored: dict, restamped: Callable[[dict], tuple[int, int] | None] | None = None,
                    failing: Callable[[dict], str | None] | None = None) -> Document:
        values = _metadata_values(stored)
        gone, changed = file_state(stored, restamped)
        # Document keeps each theme's score, which hits leave out.
        values["themes"] = tuple(ThemeScore(n, s) for n, s in stored.get("themes") or ())
        starts = stored.get("page_starts")
        return cls(
            doc_id=stored["doc_id"],
            path=stored["path"],
            title=stored.get("title", ""),
            pages=stored.get("pages"),
            sources=dict(stored.get("sources") or {}),
            text=stored.get("body", ""),
            page_starts=tuple(starts) if starts else None,
            content_hash=stored.get("content_hash"),
            encoding=stored.get("encoding"),
            warnings=tuple(stored.get("warnings") or ()),
            ocr_pages=tuple(stored.get("ocr_pages") or ()),
            gone=gone,
            changed=changed,
            failing=failing(stored) if failing else None,
            **values,
        )

    def page_text(self, page: int) -> str:
        """Text of one 1-based page (the whole text for a file without pages); PageNotFound
        (an IctsearchError and a ValueError) for a page the document does not have."""
        from ictsearch.indexer.errors import PageNotFound

        if isinstance(page, bool) or not isinstance(page, int):
            raise PageNotFound(f"page must be a whole number, 1 or more (got {page!r})")
        if not self.page_starts:
            if page != 1:
                raise PageNotFound(f"{self.path} is not divided into pages: page 1 is its whole text")
            return self.text
        if not 1 <= page <= len(self.page_starts):
            raise PageNotFound(f"page {page} out of range 1..{len(self.page_starts)}: {self.path} has "
                               + (f"{len(self.page_starts)} pages" if len(self.page_starts) != 1 else "1 page"))
        start = self.page_starts[page - 1]
        end = self.page_starts[page] if page < len(self.page_starts) else len(self.text)
        return self.text[start:end].strip("\n")

    @property
    def page_names(self) -> tuple[str | None, ...] | None:
        """Each page's name, in order, for a document whose pages have names (an Excel workbook's
        sheets: ``("総括表", "工程表", "明細")``); None for any other."""
        names = tuple(page_name(self.path, self.text, self.page_starts, n) for n in range(1, len(self.page_starts or ()) + 1))
        return names if any(names) else None

    def page_named(self, name: str) -> int:
        """The 1-based number of the page named `name` (a workbook's sheet, as its tab writes it; case and
        full or half width aside), for :meth:`page_text`; PageNotFound (an IctsearchError and a ValueError)
        naming the document's sheets, or saying its pages have no names."""
        from ictsearch.indexer.errors import PageNotFound
        from ictsearch.indexer.normalize import normalize_text

        names = self.page_names
        if not names:
            raise PageNotFound(f"{self.path}'s pages have no names (only a workbook's sheets do): "
                               f"give the page's number" + (f", 1..{len(self.page_starts)}" if self.page_starts else ""))
        typed = normalize_text(str(name), wrapped=False).strip().casefold()
        for number, named in enumerate(names, start=1):
            if named is not None and named.casefold() == typed:
                return number
        raise PageNotFound(f"no sheet named {name!r} in {self.path}: its sheets are "
                           + ", ".join(f"{n} ({named})" if named else str(n) for n, named in enumerate(names, start=1)))

    def to_dict(self) -> dict:
        meta = _metadata_json(self)
        meta["themes"] = [{"name": t.name, "score": t.score} for t in self.themes]
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "title": self.title,
            "pages": self.pages,
            **meta,
            "sources": dict(self.sources),
            "encoding": self.encoding,
            "warnings": list(self.warnings),
            "ocr_pages": list(self.ocr_pages),
            "gone": self.gone,
            "changed": self.changed,
            "text": self.text,
            # Only for a kept last good version (as `page` is in show --json only with --page).
            **({"failing": self.failing} if self.failing is not None else {}),
        }
