"""The Python API: open an index, search it, fetch documents, count facets.

Everything the CLI prints comes from these dataclasses' ``to_dict()``: the
JSON is a contract, so fields are only ever added.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from whoosh import query as wq

from ictsearch.indexer.document import page_of
from ictsearch.indexer.errors import BadQuery, DocumentNotFound, UnknownFacetValue
from ictsearch.indexer.metadata.eras import MAX_YEAR, MIN_YEAR
from ictsearch.indexer.store import IndexStore

from .facets import FacetCache, FacetCounts
from .matchset import match_set
from .query import Compiled, Parts, compile_query, parse
from .ranking import CachedLengthBM25F, ranked_page, scored
from .snippets import make_snippet

SORTS = ("relevance", "date")
#: How many of the best matches get the side-by-side check (it reads positions per document).
RERANK_DEPTH = 100


@dataclass(frozen=True)
class Hit:
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

    def to_dict(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "title": self.title,
            "score": round(self.score, 4),
            "page": self.page,
            "snippet": self.snippet,
            "highlights": [list(h) for h in self.highlights],
            "region": list(self.region),
            "prefecture": list(self.prefecture),
            "fiscal_year": self.fiscal_year,
            "year": self.year,
            "themes": list(self.themes),
            "organization": self.organization,
            "doctype": self.doctype,
        }


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    offset: int
    limit: int
    hits: tuple[Hit, ...]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    #: How the query was read (tokens per word, filters); filled on request.
    explain: dict | None = None
    #: Index terms close to the query's words, when nothing matched.
    suggestions: tuple[str, ...] = ()
    #: Why nothing matched, when a filter is to blame.
    notes: tuple[str, ...] = ()

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
        return d


@dataclass(frozen=True)
class ThemeScore:
    name: str
    score: float


@dataclass(frozen=True)
class Document:
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

    def page_text(self, page: int) -> str:
        """Text of one 1-based page (the whole text for a file without pages)."""
        if not self.page_starts:
            if page != 1:
                raise ValueError(f"{self.path} has no pages; only page 1 exists")
            return self.text
        if not 1 <= page <= len(self.page_starts):
            raise ValueError(f"page {page} out of range 1..{len(self.page_starts)}")
        start = self.page_starts[page - 1]
        end = self.page_starts[page] if page < len(self.page_starts) else len(self.text)
        return self.text[start:end].strip("\n")

    def to_dict(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "title": self.title,
            "pages": self.pages,
            "fiscal_year": self.fiscal_year,
            "year": self.year,
            "region": list(self.region),
            "prefecture": list(self.prefecture),
            "themes": [{"name": t.name, "score": t.score} for t in self.themes],
            "organization": self.organization,
            "doctype": self.doctype,
            "sources": dict(self.sources),
            "encoding": self.encoding,
            "warnings": list(self.warnings),
            "text": self.text,
        }


def _is_year(y) -> bool:
    return isinstance(y, int) and not isinstance(y, bool) and MIN_YEAR <= y <= MAX_YEAR


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(",") if v)


def _as_list(value) -> list:
    """Filter values as a list: one value, a (lo, hi) year range, or several of either."""
    if value is None:
        return []
    if isinstance(value, (str, int, float)) or (
        isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value)
    ):
        return [value]
    try:
        return list(value)
    except TypeError:
        raise UnknownFacetValue(f"{value!r} is not a filter value or a list of them") from None


class Index:
    """An open index.  Safe to share between threads: each thread gets its own searcher."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.store = IndexStore(path)
        self.path = self.store.root
        self._local = threading.local()
        self._lock = threading.Lock()  # guards switching generations
        self._vocab_lock = threading.Lock()  # guards the did-you-mean vocabulary; never held with _lock
        self._ix = None
        self._generation = None
        self._open()

    def _open(self) -> None:
        from whoosh import index as whoosh_index

        gen_dir = self.store.current_dir()  # raises IndexMissing / IncompatibleIndex
        self._ix = whoosh_index.open_dir(str(gen_dir))
        self._generation = gen_dir.name

    # -- plumbing -----------------------------------------------------------

    def _searcher(self):
        """This thread's searcher, refreshed when another process committed."""
        s = getattr(self._local, "searcher", None)
        if s is not None and s.up_to_date():
            return s, self._local.facets
        with self._lock:
            if self.store.current_dir().name != self._generation:
                self._open()  # a --rebuild switched generations
        if s is not None:
            s.close()
        s = self._ix.searcher(weighting=CachedLengthBM25F())
        self._local.searcher = s
        self._local.facets = FacetCache(s)
        return s, self._local.facets

    def close(self) -> None:
        s = getattr(self._local, "searcher", None)
        if s is not None:
            s.close()
            self._local.searcher = None

    def __enter__(self) -> "Index":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- filters ------------------------------------------------------------

    def _filter_query(self, region=None, prefecture=None, fiscal_year=None, theme=None, extra=()) -> tuple[wq.Query | None, dict]:
        from ictsearch.indexer.metadata import parse_year_range, resolve_region, resolve_theme

        groups: list[wq.Query] = []
        applied: dict[str, list] = {}

        def add(name, qs, shown):
            if qs:
                groups.append(qs[0] if len(qs) == 1 else wq.Or(qs))
                applied.setdefault(name, []).extend(shown)

        regions = _as_list(region) + [f.value for f in extra if f.field == "region"]
        prefs = _as_list(prefecture) + [f.value for f in extra if f.field == "prefecture"]
        qs, shown = [], []
        for value in regions + prefs:
            try:
                kind, name = resolve_region(str(value))
            except ValueError as e:
                raise UnknownFacetValue(str(e)) from None
            qs.append(wq.Term("region" if kind == "region" else "prefecture", name))
            shown.append(name)
        add("region", qs, shown)

        years = _as_list(fiscal_year) + [f.value for f in extra if f.field in ("year", "fiscal_year")]
        qs, shown = [], []
        for value in years:
            if isinstance(value, (int, float, tuple)):
                lo, hi = value if isinstance(value, tuple) else (value, value)
                if not all(_is_year(y) for y in (lo, hi)) or lo > hi:
                    raise UnknownFacetValue(
                        f"fiscal_year {value!r} is not a year or a (low, high) range of years "
                        f"between {MIN_YEAR} and {MAX_YEAR}; strings such as 令和3 or 2019..2023 work too"
                    )
            else:
                try:
                    lo, hi = parse_year_range(str(value))
                except ValueError as e:
                    raise UnknownFacetValue(str(e)) from None
            qs.append(wq.NumericRange("fiscal_year", lo, hi))
            shown.append(lo if lo == hi else f"{lo}..{hi}")
        add("fiscal_year", qs, shown)

        themes = _as_list(theme) + [f.value for f in extra if f.field == "theme"]
        qs, shown = [], []
        for value in themes:
            try:
                name = resolve_theme(str(value))
            except ValueError as e:
                raise UnknownFacetValue(str(e)) from None
            qs.append(wq.Term("themes", name))
            shown.append(name)
        add("theme", qs, shown)

        if not groups:
            return None, applied
        return (groups[0] if len(groups) == 1 else wq.And(groups)), applied

    # -- search -------------------------------------------------------------

    def search(
        self,
        query: str = "",
        *,
        region: str | Sequence[str] | None = None,
        prefecture: str | Sequence[str] | None = None,
        fiscal_year: int | str | tuple[int, int] | Sequence | None = None,
        theme: str | Sequence[str] | None = None,
        limit: int = 10,
        offset: int = 0,
        sort: str = "relevance",
        fragments: int = 2,
        synonyms: bool = True,
        understand: bool = True,
        explain: bool = False,
    ) -> SearchResult:
        """Search; see the README's query language.  Raises BadQuery / UnknownFacetValue.

        Filters are OR within one facet and AND across facets; `fiscal_year`
        takes 2021, "令和3", "R3", (2019, 2023) or "平成30..令和2".  `understand`
        reads region and year words in the query as metadata too (信越, 令和4年度).
        """
        if not isinstance(query, str):
            raise BadQuery(f"the query must be a string, not {type(query).__name__}")
        if sort not in SORTS:
            raise BadQuery(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
        if limit < 0 or offset < 0:
            raise BadQuery("limit and offset must not be negative")
        ast = parse(query)
        compiled: Compiled = compile_query(ast, synonyms=synonyms, understand=understand)
        filter_q, applied = self._filter_query(region, prefecture, fiscal_year, theme, compiled.filters)
        q = compiled.query
        if q is None:
            if filter_q is None:
                if query.strip():
                    raise BadQuery(f"the query {query!r} has no searchable words (only particles or punctuation)")
                raise BadQuery("empty query: give words to search for, or a filter such as --region 東北")
            q = wq.Every()
        searcher, facet_cache = self._searcher()
        want = offset + limit
        # Every match is scored (see search.ranking for why Whoosh's top-k
        # collector is not used); the total and the facet counts come from the
        # same pass.  Filters are document sets from postings ids.
        allowed = match_set(searcher, filter_q) if filter_q is not None else None
        items = scored(searcher, q, allowed)
        docset = frozenset(d for d, _ in items)
        total = len(docset)
        if sort == "date":
            items.sort(key=lambda it: (-(facet_cache.fiscal_year_of(it[0]) or 0), -it[1], it[0]))
            page_items = items[offset:want]
        else:
            own = None
            if any(w.get("synonyms") for w in compiled.words):
                # Documents that use the words typed come before those found only
                # through a synonym: a set from postings ids, not a query per document.
                own = docset & match_set(searcher, compile_query(ast, synonyms=False, understand=understand).query)
            rerank = None
            if compiled.adjacency:
                # A fixed depth, not one that grows with the offset: every page must
                # slice the same order, or paging would repeat and skip documents.
                rerank = lambda head: _rerank_adjacent(searcher.reader(), head, compiled.adjacency, RERANK_DEPTH)  # noqa: E731
            page_items = ranked_page(items, own=own, rerank=rerank, depth=RERANK_DEPTH, offset=offset, want=want)
        body_terms = list(dict.fromkeys(t for f, t in _positive_terms(q) if f == "body"))
        postings = _Postings(searcher.reader(), [d for d, _ in page_items], "characters")
        hits = tuple(self._hit(searcher, d, score, postings, body_terms, fragments) for d, score in page_items)
        suggestions: tuple[str, ...] = ()
        notes: list[str] = []
        if total == 0:
            suggestions = self._suggestions(compiled)
            if filter_q is not None and compiled.query is not None:
                notes += self._empty_filters(searcher, compiled.query, applied, region, prefecture, fiscal_year, theme, compiled)
        explain_out = None
        if explain:
            explain_out = {
                "normalized": _normalized(query),
                "words": compiled.words,
                "filters": applied,
                "synonyms": synonyms,
                "whoosh": str(q),
                "filter": str(filter_q) if filter_q is not None else None,
            }
        return SearchResult(
            query=query,
            total=total,
            offset=offset,
            limit=limit,
            hits=hits,
            facets=facet_cache.counts(docset),
            explain=explain_out,
            suggestions=suggestions,
            notes=tuple(notes),
        )

    def _suggestions(self, compiled: Compiled) -> tuple[str, ...]:
        """Index terms close to the query's words (てれわーく → テレワーク), for a search that found nothing."""
        from .suggest import suggest

        vocabulary = self._vocabulary()
        out: list[str] = []
        for info in compiled.words:
            word = info["word"]
            if word.startswith('"'):
                continue
            for s in suggest(word, vocabulary, limit=2):
                if s not in out:
                    out.append(s)
        return tuple(out[:5])

    def _vocabulary(self):
        from .suggest import as_vocabulary

        # Not self._lock: building the vocabulary opens a searcher, which may take
        # self._lock to reopen the index (a non-reentrant lock held here hung every
        # zero-hit search on an empty index, whose searcher is never up to date).
        with self._vocab_lock:
            gen = self._ix.latest_generation()
            cached = getattr(self, "_vocab", None)
            if cached is None or cached[0] != (self._generation, gen):
                self._vocab = ((self._generation, gen), as_vocabulary(list(self.vocabulary())))
            return self._vocab[1]

    def _empty_filters(self, searcher, q, applied, region, prefecture, fiscal_year, theme, compiled) -> list[str]:
        """Which filter removed every hit of a query that has hits without filters."""
        if searcher.search(q, limit=1).is_empty():
            return []
        notes = []
        for name in applied:
            only = {"region": dict(region=region, prefecture=prefecture), "fiscal_year": dict(fiscal_year=fiscal_year),
                    "theme": dict(theme=theme)}[name]
            extra = [f for f in compiled.filters if (f.field in ("year", "fiscal_year")) == (name == "fiscal_year")
                     and (f.field == "theme") == (name == "theme")]
            fq, _ = self._filter_query(**only, extra=extra)
            if fq is not None and searcher.search(q, filter=fq, limit=1).is_empty():
                values = ", ".join(map(str, applied[name]))
                notes.append(f"the {name} filter ({values}) removes every hit")
        return notes or ["the filters together remove every hit"]

    def _hit(self, searcher, docnum: int, score: float, postings: "_Postings", body_terms, fragments: int) -> Hit:
        stored = searcher.stored_fields(docnum)
        text = stored.get("body", "")
        spans = _term_spans(postings, docnum, body_terms)
        snip = make_snippet(text, spans, fragments=fragments)
        page = page_of(stored.get("page_starts"), snip.first_offset) if snip.first_offset is not None else (
            1 if stored.get("page_starts") else None
        )
        return Hit(
            doc_id=stored["doc_id"],
            path=stored["path"],
            title=stored.get("title", ""),
            score=float(score),
            page=page,
            snippet=snip.text,
            highlights=snip.highlights,
            region=_split(stored.get("region")),
            prefecture=_split(stored.get("prefecture")),
            fiscal_year=stored.get("fiscal_year"),
            year=stored.get("year"),
            themes=_split(stored.get("themes")),
            organization=stored.get("organization"),
            doctype=stored.get("doctype"),
        )

    # -- documents ----------------------------------------------------------

    def _docnum(self, searcher, doc: str) -> int:
        docnum = searcher.document_number(doc_id=doc)
        if docnum is None:
            path = os.path.abspath(os.path.expanduser(doc))
            docnum = searcher.document_number(path=path)
        if docnum is None:
            raise DocumentNotFound(f"no document {doc!r} in the index (give a doc id from search results or an indexed file path)")
        return docnum

    def get(self, doc: str) -> Document:
        """A document by doc id or by file path, with its metadata and full text."""
        searcher, _ = self._searcher()
        stored = searcher.stored_fields(self._docnum(searcher, doc))
        starts = stored.get("page_starts")
        return Document(
            doc_id=stored["doc_id"],
            path=stored["path"],
            title=stored.get("title", ""),
            pages=stored.get("pages"),
            fiscal_year=stored.get("fiscal_year"),
            year=stored.get("year"),
            region=_split(stored.get("region")),
            prefecture=_split(stored.get("prefecture")),
            themes=tuple(ThemeScore(n, s) for n, s in stored.get("theme_scores") or ()),
            organization=stored.get("organization"),
            doctype=stored.get("doctype"),
            sources=dict(stored.get("sources") or {}),
            text=stored.get("body", ""),
            page_starts=tuple(starts) if starts else None,
            content_hash=stored.get("content_hash"),
            encoding=stored.get("encoding"),
            warnings=tuple(stored.get("warnings") or ()),
        )

    def similar(self, doc: str, limit: int = 5) -> SearchResult:
        """Documents most like `doc` (more-like-this on its body's key terms)."""
        searcher, facet_cache = self._searcher()
        docnum = self._docnum(searcher, doc)
        key_terms = searcher.key_terms([docnum], "body", numterms=20)
        if not key_terms:
            return SearchResult(query=f"similar:{doc}", total=0, offset=0, limit=limit, hits=())
        q = wq.Or([wq.Term("body", t, boost=w) for t, w in key_terms])
        results = searcher.search(q, limit=limit + 1, mask=wq.Term("doc_id", searcher.stored_fields(docnum)["doc_id"]))
        terms = [t for t, _ in key_terms]
        items = list(results.items())[:limit]
        postings = _Postings(searcher.reader(), [d for d, _ in items], "characters")
        hits = tuple(self._hit(searcher, d, s, postings, terms, 1) for d, s in items)
        return SearchResult(query=f"similar:{doc}", total=len(results.docs()), offset=0, limit=limit, hits=hits,
                            facets=facet_cache.counts(results.docs()))

    def facets(self) -> FacetCounts:
        """Every value of every facet in the index with its document count."""
        _, facet_cache = self._searcher()
        return facet_cache.counts(None, top=None)

    def doc_count(self) -> int:
        searcher, _ = self._searcher()
        return searcher.doc_count()

    def vocabulary(self, fieldname: str = "body") -> Iterable[tuple[str, int]]:
        """(term, document frequency) of a text field, for suggestions."""
        searcher, _ = self._searcher()
        reader = searcher.reader()
        for term in reader.lexicon(fieldname):
            text = term.decode("utf-8")
            yield text, reader.doc_frequency(fieldname, text)


def open_index(path: str | os.PathLike | None = None) -> Index:
    """Open the index at `path` (default: $ICTSEARCH_INDEX or the per-user data directory)."""
    return Index(path)


def _normalized(query: str) -> str:
    from ictsearch.indexer.normalize import normalize_query

    return normalize_query(query)


def _positive_terms(q: wq.Query):
    """(field, term) of everything that can contribute to a match (not under a Not).

    A phrase yields its words as a tuple: they are highlighted only where they
    stand together, so 迷惑メール does not light up every メール.
    """
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.Term):
        yield q.fieldname, q.text
        return
    if isinstance(q, wq.Phrase):
        yield q.fieldname, tuple(q.words)
        return
    if isinstance(q, Parts):
        yield q.subqueries[0].fieldname, q
        return
    for child in q.children():
        yield from _positive_terms(child)


def _rerank_adjacent(reader, items, adjacency, depth: int):
    """Lift the best `depth` matches whose words stand side by side (see search.query)."""
    from .query import ADJACENCY_BOOST

    head = items[:depth]
    postings = {f: _Postings(reader, [d for d, _ in head], "positions", f) for _, _, fields in adjacency for f in fields}
    rescored = []
    for docnum, score in head:
        found = sum(
            1
            for seq, slop, fields in adjacency
            if any(_adjacent([postings[f].get(t).get(docnum, ()) for t in seq], slop) for f in fields)
        )
        rescored.append((docnum, score * (1 + ADJACENCY_BOOST * found / len(adjacency))))
    rescored.sort(key=lambda it: -it[1])
    return rescored + items[depth:]


class _Postings:
    """One pass over a term's postings for all the documents at hand, cached per term.

    Opening a matcher per (document, term) pair decompresses the same blocks
    again and again; walking each term once in document order does not.
    """

    def __init__(self, reader, docnums, kind: str, fieldname: str = "body"):
        self.reader = reader
        self.docnums = sorted(set(docnums))
        self.kind = kind
        self.fieldname = fieldname
        self._cache: dict[str, dict[int, list]] = {}

    def get(self, term: str) -> dict[int, list]:
        found = self._cache.get(term)
        if found is None:
            found = self._cache[term] = self._read(term)
        return found

    def _read(self, term: str) -> dict[int, list]:
        out: dict[int, list] = {}
        try:
            m = self.reader.postings(self.fieldname, term)
        except Exception:  # the term is not in this field at all
            return out
        for d in self.docnums:
            if not m.is_active():
                break
            if m.id() < d:
                m.skip_to(d)
                if not m.is_active():
                    break
            if m.id() == d:
                out[d] = m.value_as(self.kind)
        return out


def _adjacent(positions: list, slop: int) -> bool:
    """Whether terms occur in order, each within `slop` positions of the one before."""
    if not all(positions):
        return False
    for start in positions[0]:
        cur = start
        for ps in positions[1:]:
            cur = next((cur + k for k in range(1, slop + 1) if cur + k in ps), None)
            if cur is None:
                break
        else:
            return True
    return False


def _term_spans(postings: _Postings, docnum: int, terms) -> list[tuple[int, int]]:
    """Character spans in one document's body of the query's terms and phrases."""
    spans: list[tuple[int, int]] = []
    found: set = set()

    def chars(term: str):
        return postings.get(term).get(docnum, ())

    for term in terms:
        if isinstance(term, str):
            c = chars(term)
            if c:
                found.add(term)
            spans.extend((s, e) for _pos, s, e in c)
            continue
        if isinstance(term, Parts):
            if term.compound not in found:
                for sub in term.subqueries:
                    spans.extend((s, e) for _pos, s, e in chars(sub.text))
            continue
        by_word = [{pos: (s, e) for pos, s, e in chars(w)} for w in term]
        for pos, (start, _end) in by_word[0].items():
            if all(pos + i in by_word[i] for i in range(1, len(term))):
                spans.append((start, by_word[-1][pos + len(term) - 1][1]))
    return spans
