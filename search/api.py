"""The Python API: open an index, search it, fetch documents, count facets.

Everything the CLI prints comes from these dataclasses' ``to_dict()``: the
JSON is a contract, so fields are only ever added.
"""

from __future__ import annotations

import datetime
import functools
import inspect
import os
import re
import struct
import threading
import unicodedata
from typing import Callable, Iterable, Iterator, Mapping, Sequence, TypeVar

from . import lean_whoosh  # noqa: F401  (first: Whoosh without modules it never uses)
from whoosh import query as wq  # noqa: E402

from ictsearch.indexer.document import page_of
from ictsearch.indexer.errors import BadQuery, DocumentNotFound, IctsearchError, quoted
from ictsearch.indexer.lazy import LazyPattern
from ictsearch.indexer.store import MANIFEST_FILE, IndexStore

from . import bitsets, feedback, latin, paths, relax
from .caches import SharedStates, per_searcher, shared_state
from .counting import FacetCache
from .facet_sets import snapshot
from .facets import FACET_OF_QUERY_NAME, FACETS, FACETS_BY_NAME, NONE_LABEL, filter_query
from .evaluate import Arrays
from .highlight import positive_terms, read_ahead, term_spans
from .query import Compiled, compile_query, parse, particle_alone
from .parse import field_names, pasted_sentence, unknown_field
from .ranking import AsTyped, CachedLengthBM25F, newest_first, ranked_page, rerank_adjacent, scored
from .results import SIMILAR_PREFIX, Document, FacetCounts, Hit, SearchResult, stale_files_note
from .snippets import MAX_FRAGMENTS, make_snippet, same_words
from .synonyms import expand as expand_synonyms, shown as as_written
from . import understand as understanding

SORTS = ("relevance", "date")
#: How many of the best matches get the side-by-side check (it reads positions per document).
RERANK_DEPTH = 100


def _most_of_it(typed, page: list[int], docs: int) -> str:
    """What the hits of a split word nobody writes hold, for its note: most of it side by side (the written-first
    group :meth:`search.ranking.AsTyped.mostly`, ranked first), or its parts apart.  Asked of the page's hits
    only (the ranking has checked them): checking every match cost a word nobody writes 3-4 times its search."""
    shown = bitsets.from_docs(page)
    most = typed.mostly(shown) if shown else 0
    if not most:
        return "these hold its parts apart"
    return "these hold most of it side by side" if most == docs else \
        "the first hits hold most of it side by side, the rest its parts apart"


def _unwritten_with_synonyms(arrays, compiled: Compiled, as_typed: AsTyped, matches) -> dict | None:
    """The query's one word with synonyms when it is a split word that no match holds side by side
    (ギガスクール構想 read ギガス|クール|構想, named by GIGAスクール構想), else None: also when another word
    has synonyms, whose synonym-only pages must not be lifted with it."""
    with_synonyms = [info for info in compiled.words if info.get("synonyms")]
    if len(with_synonyms) != 1:
        return None
    info = with_synonyms[0]
    if len(compiled.words) > 1 and expand_synonyms(tuple(info.get("terms", ()))) is None:
        # Beside other words, only the word's own synonyms name the thing, not a word's inside it: a passage
        # cut mid-word (「進協議会が、平成15年12月に、「電気通信サービス」, of 推進協議会) lifted 評議会's pages,
        # 協議会's synonym, above the page it was cut from (bench/pasted.py: first → third).
        return None
    entries = [e for e in compiled.as_typed if "".join(e[0]) == "".join(info.get("terms", ()))]
    if not entries and len(compiled.words) == 1:
        entries = compiled.as_typed
    if len(entries) != 1:
        return None
    typed = as_typed if len(compiled.as_typed) == 1 and not compiled.either_typed else AsTyped(arrays, entries)
    # The best-scoring matches first: a word that is written (光ファイバ 整備, 迷惑メール 対策) is written
    # there, and every match of a common word is not read for it.
    head = bitsets.from_docs([d for d, _ in matches.best(UNWRITTEN_HEAD)])
    if typed.side_by_side(head) or typed.side_by_side(matches.mask):
        return None
    return info


#: How many of the best matches are looked at first for a split word written side by side.
UNWRITTEN_HEAD = 20


def _read_as_nothing(info: dict) -> bool:
    """A typed word with letters or kana that Sudachi reads as nothing to search: でーた, でも, ですが
    (particles and auxiliaries, never indexed), "でも" quoted, NOT でも.  Without this, such a word with
    a filter (「でーた --region 東北」) listed every 東北 document as if nothing were typed, where
    でじたる, whose analysis marks it dropped, was refused.  A symbol (`*`, `、`, `ー`) is no word:
    with a filter it still browses the filter's documents."""
    if info.get("terms") or info.get("read_as") or info.get("relative"):
        return False
    return any(ch.isalnum() and ch not in "ーｰ" for ch in info.get("word", ""))


def _check_count(name: str, value) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise BadQuery(f"{name} must be a whole number, 0 or more (got {value!r})")


_Method = TypeVar("_Method", bound=Callable)


def _reads_index(method: _Method) -> _Method:
    """Whoosh's errors on a damaged index file become one CorruptIndex (the CLI says to rebuild).

    Typed to return the method's own type: untyped, it made every method it wraps (search, get,
    similar…) Any to a type checker, so a client's `res.totl` passed `mypy --strict`."""
    if inspect.isgeneratorfunction(method):
        @functools.wraps(method)
        def generator(self, *args, **kwargs):
            with self.store.reading():
                yield from method(self, *args, **kwargs)
        return generator

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self.store.reading():
            return method(self, *args, **kwargs)
    return wrapper


def _reading_passage(method: _Method) -> _Method:
    """The query of a search is read as a pasted sentence when it is one (search.parse.pasted_sentence:
    a 。, or a 、 in 30 characters or more): its relative years (本年度, 昨年) are text, the page's own,
    not years counted from today (search.understand.pasted_passage)."""
    @functools.wraps(method)
    def wrapper(self, query="", *args, **kwargs):
        passage = isinstance(query, str) and _is_text(query) and pasted_sentence(_normalized(query))
        with understanding.pasted_passage(passage):
            return method(self, query, *args, **kwargs)
    return wrapper  # type: ignore[return-value]


def _reading_day(method: _Method) -> _Method:
    """The method's `today` (a datetime.date) is the day the query's relative years are read from
    during the call (今年度, 昨年: search.understand.today); None, the system's day."""
    @functools.wraps(method)
    def wrapper(self, *args, today=None, **kwargs):
        with understanding.reading_from(today):
            return method(self, *args, today=today, **kwargs)  # the signature's, for help(); read via understand.today()
    return wrapper  # type: ignore[return-value]


#: What a search or a facet listing of an index with no documents says: the query is not at fault.
EMPTY_INDEX_NOTE = "the index holds no documents yet: add some with `ictsearch index FOLDER`"
#: How many words of a query that found nothing _empty_words names: a query of many words whose
#: each removal finds pages would otherwise print a note for every word.
EMPTY_WORDS_NOTED = 3
#: A query of more words than this that found nothing is not asked again without each of them
#: (_empty_words, _empty_readings): each asking compiles and evaluates the whole query, so a pasted
#: paragraph cost its length squared (a 3,000-character paste of pages not indexed, ~150 words,
#: spent 112 of its 131 s there on the shared corpus, under load), and blaming one word of a
#: paragraph tells nothing.  Every judged query (bench/queries.tsv, bench/realdocs/queries*.tsv)
#: has 4 words or fewer.
EMPTY_WORDS_TRIED = 12


def _or_sides(query: str) -> set[str]:
    """The words of a query that stand on a side of an OR (テレワーク and 在宅勤務 in 「テレワーク OR
    在宅勤務 ほげふが」).  Taken out, such a word does not leave the query without it: the OR takes the
    next word for its side (テレワーク OR ほげふが), and 「在宅勤務 removes every hit: without it 181
    documents match」 blamed a word whose side of the OR was not the cause."""
    from .parse import Or

    try:
        ast = parse(query, typed=False)
    except BadQuery:
        return set()
    sides: set[str] = set()
    elsewhere: set[str] = set()  # typed outside an OR too (火星 (テレワーク OR 火星)): still a word to name

    def walk(node) -> None:
        for child in getattr(node, "nodes", ()) or ((node.node,) if hasattr(node, "node") else ()):
            if isinstance(getattr(child, "text", None), str):
                (sides if isinstance(node, Or) else elsewhere).add(child.text)
            walk(child)

    if isinstance(getattr(ast, "text", None), str):
        elsewhere.add(ast.text)
    walk(ast)
    return sides - elsewhere


def _removes_every_hit(what: str, n: int) -> str:
    """The note on a word of a search that found nothing, without which `n` documents match."""
    return f"{what} removes every hit: without it " + (f"{n} documents match" if n != 1 else "1 document matches")


def _left_out_note(group: str, n: int) -> str:
    """The note on the `n` matching documents a filter leaves out for having no value (year 不明)."""
    facet = FACETS_BY_NAME[group]
    name = facet.query_names[0]  # year: in a query, --year on the command line
    what = "1 more matching document has" if n == 1 else f"{n} more matching documents have"
    return (f"{what} no {facet.label} ({NONE_LABEL}), so the {name} filter leaves "
            f"{'it' if n == 1 else 'them'} out: add --{name} none to include {'it' if n == 1 else 'them'}")


def filter_notes(given: Mapping | None, extra=(), today: datetime.date | None = None) -> list[str]:
    """What the filters (``{"region": ..., "prefecture": ..., "fiscal_year": ...}``, as
    :meth:`Index.search` and :meth:`Index.facets` take them; `extra`, a query's own filters such as
    year:昨年度) were read as, where the value typed does not say it: a town given as a place filter
    (--region 長野市) is its prefecture, as documents are placed, so the pages of the prefecture's
    other towns match too (松本市's among 長野市's, with nothing but --explain saying why); a year
    named from today (--year 昨年度) is the year of today's.  `search` puts these in its notes;
    `facets` prints them too; `today`, as :meth:`Index.facets` takes it (else the day the search
    in progress reads from, or the system's)."""
    if given is None:
        given = {}
    elif not isinstance(given, Mapping):
        # filter_notes("長野市") (one filter's value for the dict of them) said "'str' object has no
        # attribute 'get'".
        raise BadQuery(f"filter_notes takes the filters as a dict, as search takes them by name "
                       f"({{'region': '長野市'}}), not {type(given).__name__}")
    if today is not None:
        with understanding.reading_from(today):
            return filter_notes(given, extra)
    from ictsearch.indexer.metadata import resolve_region
    from ictsearch.indexer.metadata.regions import TOWN_SUFFIXES

    from .facets import _PLACE_LIST, year_without_its_part
    from .understand import RELATIVE_YEARS

    notes = []
    years = given.get("fiscal_year")
    years = [years] if isinstance(years, str) else [v for v in years or () if isinstance(v, str)] \
        if isinstance(years, (list, tuple)) else []
    years += [f.value for f in extra if FACET_OF_QUERY_NAME.get(f.field) is FACETS_BY_NAME["fiscal_year"]]
    for value in years:
        typed = value.strip()
        whole = year_without_its_part(typed)
        listed = [typed] if whole is not None and not _PLACE_LIST.search(whole) else _PLACE_LIST.split(typed)
        for part in dict.fromkeys(p for p in listed if p):
            if (year := year_without_its_part(part)) is not None:
                # --year 令和3年度上期: the 年度 is filtered (the query reads the half as optional, and says so).
                notes.append(f"{part} is filtered as {year}: documents are placed by 年度, not by its half or quarter")
        if any(word in typed for word in RELATIVE_YEARS):
            try:
                _, read = FACETS_BY_NAME["fiscal_year"].parse(typed)
            except IctsearchError:
                continue  # refused by the filter itself, with its own message
            notes.append(f"{typed} is filtered as fiscal_year {read}, counted from {understanding.today()}")
    for name in ("region", "prefecture"):
        values = given.get(name)
        wholes = [str(v).strip() for v in ([values] if isinstance(values, str) else values or ())]
        # region:盛岡市 typed in the query is the same filter (it said nothing).
        wholes += [str(f.value).strip() for f in extra if FACET_OF_QUERY_NAME.get(f.field) is FACETS_BY_NAME[name]]
        # Each place of a list too (盛岡市・仙台市, 岩手県盛岡市 宮城県仙台市), as the filter reads it: a
        # list's towns were filtered as their prefectures without the note a town alone gets.
        for typed in dict.fromkeys(t for whole in wholes for t in (whole, *_PLACE_LIST.split(whole)) if t):
            if not typed.endswith(TOWN_SUFFIXES):
                continue
            try:
                kind, pref = resolve_region(typed)
            except ValueError:
                continue
            if kind == "prefecture" and pref != typed:
                notes.append(f"{typed} is filtered as {pref}: documents are placed by prefecture, "
                             "so pages of its other municipalities match too")
    return list(dict.fromkeys(notes))


#: A Windows path from its root, folded (paths.fold: lower case, \\ as /): a drive (c:/…) or a
#: share (//server/share/…).
_WINDOWS_ABSOLUTE = LazyPattern(r"^(?:[a-z]:/|//[^/]+/[^/]+/)")


def _as_pasted(doc: str) -> str:
    """`doc` without what a copied path brings along: spaces or a line break around it, the double
    quotes Windows' "Copy as path" puts around it, a file:// URL's scheme and %-escapes."""
    text = doc.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    if text[:7].lower() == "file://":
        from urllib.parse import unquote, urlsplit

        parts = urlsplit(text)
        if parts.netloc.lower() in ("", "localhost"):
            text = unquote(parts.path)
            if re.match(r"/[A-Za-z]:/", text):  # file:///C:/Users/…: the Windows path
                text = text[1:]
        else:  # file://server/share/…: a Windows share
            text = "//" + parts.netloc + unquote(parts.path)
    return text


class Index:
    """An open index.  Safe to share between threads: each thread gets its own searcher."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.store = IndexStore(path)
        self.path = self.store.root
        self._local = threading.local()
        self._lock = threading.Lock()  # guards switching generations
        # What every thread's searcher of one index state reads alike (caches.SharedStates has
        # its own lock, never taken with _lock held, nor _lock with it).
        self._shared = SharedStates()
        self._ix = None
        self._generation = None
        self._stamp = None
        # (manifest.json's path and stamp, its documents): read by _restamped, at most once per version.
        self._manifest_docs: tuple[tuple[str, int, int], dict[str, tuple], dict[str, str]] | None = None
        self._open()

    @_reads_index
    def _open(self) -> None:
        from whoosh import index as whoosh_index

        from .mapped import install

        install()  # read the segment files in place, not copied whole (search/mapped.py)
        stamp = self.store.meta_stamp()  # before reading it: a switch meanwhile reopens once more
        # Raises IndexMissing / IncompatibleIndex; the new generation if a --rebuild switches meanwhile.
        gen_dir, self._ix = self.store.on_current(lambda gen_dir: (gen_dir, whoosh_index.open_dir(str(gen_dir))))
        self._generation = gen_dir.name
        self._stamp = stamp

    # -- plumbing -----------------------------------------------------------

    def _searcher(self):
        """This thread's searcher, refreshed when another process committed."""
        s = getattr(self._local, "searcher", None)
        # A new ictsearch.json means another index, even where its generation and TOC have the
        # numbers of the one this searcher reads (an index deleted and built again in its place).
        stamp = self.store.meta_stamp()
        if s is not None and self._local.stamp == stamp and s.up_to_date():
            return s, self._local.facets
        if s is not None:
            s.close()
            self._local.searcher = None
        for attempt in range(3):
            with self._lock:
                if stamp != self._stamp or self.store.current_dir().name != self._generation:
                    self._open()  # a --rebuild switched generations, or the index was built anew
                # Taken together: another thread may reopen once the lock is let go, and the state's
                # key must name what this searcher reads.
                ix, generation, current = self._ix, self._generation, self._stamp
            try:
                with self.store.reading():
                    s = ix.searcher(weighting=CachedLengthBM25F())
                break
            except IctsearchError:
                # Another --rebuild switched once the lock was let go and deleted the generation
                # just opened (read as damage: Whoosh finds no index there): open the new one.
                if attempt == 2 or not self.store._switched_from(self.store.root / generation):
                    raise
                stamp = self.store.meta_stamp()
        shared = self._shared.of(_state_key(current, generation, s.reader()))
        per_searcher(s, "shared", lambda _: shared)  # before its Arrays or feedback memo is made
        self._local.searcher = s
        self._local.stamp = current
        self._local.facets = FacetCache(s, self.store.root / generation)
        return s, self._local.facets

    def _manifest(self) -> tuple[dict[str, tuple], dict[str, str]]:
        """The current manifest's documents (doc id -> content hash, size, mtime_ns) and failures (path ->
        reason), read once per version of it."""
        manifest_file = self.store.root / self._generation / MANIFEST_FILE
        try:
            st = os.stat(manifest_file)
        except OSError:
            return {}, {}
        key = (str(manifest_file), st.st_mtime_ns, st.st_size)
        cached = self._manifest_docs
        if cached is None or cached[0] != key:
            # Kept small (a doc id is its path's): the content hash and the stamps, not the whole entry.
            manifest = self.store.read_manifest(manifest_file.parent)
            cached = (key, {doc_id: (e.get("hash"), e.get("size"), e.get("mtime_ns")) for doc_id, e in manifest.docs.items()},
                      {p: f.get("reason", "") for p, f in manifest.failures.items()})
            self._manifest_docs = cached
        return cached[1], cached[2]

    def _failing(self, stored: dict) -> str | None:
        """Why the file of this indexed document fails now, when the index keeps its last good version
        (`show`'s failing row, search.export.kept_failures), else None."""
        return self._manifest()[1].get(stored.get("path"))

    def _restamped(self, stored: dict) -> tuple[int, int] | None:
        """(size, mtime_ns) at which the last index run found this document's file holding the bytes the
        index holds (the manifest's entry, when its content hash is the stored one), else None.
        Asked only of a hit whose stored stamps differ from its file's (results.file_state): an index
        run that finds a file touched but the same by content records the new stamps in the
        manifest only.  The manifest is read once per version of it, not per hit."""
        entry = self._manifest()[0].get(stored.get("doc_id"))
        if not entry or not stored.get("content_hash") or entry[0] != stored.get("content_hash"):
            return None
        size, mtime_ns = entry[1], entry[2]
        return (size, mtime_ns) if isinstance(size, int) and isinstance(mtime_ns, int) else None

    def close(self) -> None:
        """Close this thread's searcher (the next call opens another); `with open_index(…)` calls it."""
        s = getattr(self._local, "searcher", None)
        if s is not None:
            s.close()
            self._local.searcher = None

    def __enter__(self) -> "Index":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- search -------------------------------------------------------------

    @_reading_day
    @_reading_passage
    @_reads_index
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
        path: str | Sequence[str] | None = None,
        today: datetime.date | None = None,
    ) -> SearchResult:
        """Search; see the README's query language.  Raises BadQuery / UnknownFacetValue.

        Filters are OR within one facet and AND across facets; `region` and `prefecture` are one
        filter, their values OR-ed (region="東北", prefecture="大阪府" is either), but a none on one ANDs
        with the other's values (region="東北", prefecture="none": 東北's documents with no prefecture); `fiscal_year`
        takes 2021, "令和3", "R3", (2019, 2023) or "平成30..令和2".  A tuple of two years is a range
        ((2019, 2021): 2019 to 2021, (2019, None) open); a list, or a tuple of any other length, is several
        values, either one ([2019, 2021] and (2019, 2020, 2021): those years; [(2019, 2020), 2023] a range
        or 2023).  `understand`
        reads region and year words in the query as metadata too (信越, 令和4年度).
        `path` keeps the documents whose file's name holds it or fits it as a pattern
        ("事業計画", "R5_*.pdf"; with a / the whole path: "2023/"), see search/paths.py.
        `today` is the day relative years (今年度, 昨年, 来年度予算) are read from, the system's by
        default: today=datetime.date(2024, 5, 1) reads 今年度 as fiscal year 2024.
        Plain words that no document holds together find the documents holding all but the fewest
        of them, named in the result's `dropped_words` and a note (search/relax.py).
        """
        if not isinstance(query, str):
            raise BadQuery(f"the query must be a string, not {type(query).__name__}")
        if not _is_text(query):
            # Bytes that were not UTF-8 on the command line (a Shift_JIS terminal or script)
            # reach Python as lone surrogates, which Sudachi cannot analyze.
            raise BadQuery("the query is not valid UTF-8 text (typed or saved in another encoding, such as Shift_JIS?)")
        if sort not in SORTS:
            raise BadQuery(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
        _check_count("limit", limit)
        _check_count("offset", offset)
        if not isinstance(fragments, int) or isinstance(fragments, bool) or not 1 <= fragments <= MAX_FRAGMENTS:
            raise BadQuery(f"fragments must be a whole number between 1 and {MAX_FRAGMENTS} (got {fragments!r})")
        ast = parse(query)
        # Read only when the query has a Latin word, and from the searcher this search opens below.
        spellings = latin.Lazy(lambda: latin.spellings_of(self._searcher()[0]))
        compiled: Compiled = compile_query(ast, synonyms=synonyms, understand=understand, spellings=spellings)
        given = {"region": region, "prefecture": prefecture, "fiscal_year": fiscal_year, "theme": theme}
        filter_q, applied = filter_query(given, compiled.filters)
        facet_filter = filter_q
        patterns = paths.as_patterns(path)
        q = compiled.query
        if q is None:
            # Words read only as particles refuse the search with filters too: 「でじたる --region 東北」 (で|じ|たる
            # to Sudachi) listed every 東北 document as if nothing were typed.  Symbols (`*`) and filters typed
            # as words (`year:2019`) browse the filters.
            unread = [info["word"] for info in compiled.words if info.get("dropped")]
            # Words Sudachi reads wholly as function words (でした, ましょう): only their katakana term is
            # offered (でーた → データ), a near term of theirs is noise (でした: did you mean データ, 明日?).
            functional = [info["word"] for info in compiled.words if _read_as_nothing(info)]
            if query.strip() and (filter_q is None and not patterns or unread or functional):
                raise BadQuery(f"the query {quoted(query)} has no searchable words (only particles or punctuation)"
                               + self._unread_words_hint(unread, functional))
            if filter_q is None and not patterns:
                # Named both ways, as the note on files named so does: the CLI user types --year, not fiscal_year,
                # and a --path alone is a search too.
                raise BadQuery("empty query: give words to search for, or a filter (--region, --year, --theme, --path; "
                               "region=, prefecture=, fiscal_year=, theme=, path= in Python)")
            q = wq.Every()
        searcher, facet_cache = self._searcher()
        arrays = Arrays.for_searcher(searcher)
        if patterns:
            by_path = self._names(searcher).query(patterns)
            filter_q = by_path if filter_q is None else wq.And([filter_q, by_path])
        want = offset + limit
        # Every match is scored, over whole postings (search.evaluate; see
        # search.ranking for why not by Whoosh's collector); the total and the
        # facet counts come from the same pass.
        allowed = arrays.evaluate(filter_q, scores=False).mask if filter_q is not None else None
        matches = scored(arrays, q, allowed)
        extra = None
        relaxed = False
        if feedback.applies(compiled, len(matches)):
            # A talk-like question that finds few pages runs again with its best hits' own
            # words added, weighted below the typed ones (search/feedback.py).  Whatever the
            # sort: the sort orders the matches, it must not change which documents match.
            fed = feedback.feedback_query(searcher, compiled, [d for d, _ in matches.best(feedback.DOCS)])
            if fed is not None:
                extra, relaxed = fed
                matches = scored(arrays, wq.Or([q, extra]), allowed)
        fewer = None
        if not matches and compiled.query is not None and (allowed is None or not arrays.evaluate(q, scores=False).mask):
            # Several plain words that no page holds together: the pages holding all but the fewest,
            # said so (search/relax.py).  Not when the words match pages the filters remove.
            def compile_word(node):
                return compile_query(node, synonyms=synonyms, understand=understand, spellings=spellings)

            fewer = relax.fewer_words(arrays, ast, query, compile_word, allowed, spellings,
                                      passage=understanding.in_pasted_passage())
            # (Not with synonyms off: the words as typed, strictly, as feedback's relaxing is not.)
            if fewer is None and synonyms and (asked := relax.question_words(ast, compiled.words)) is not None:
                fewer = relax.fewer_words(arrays, asked, query, compile_word, allowed, spellings)
            if fewer is not None:
                matches = scored(arrays, fewer.query, allowed)
        docmask = matches.mask
        total = len(matches)
        synonyms_first: str | bool = False
        unwritten = None
        if sort == "date":
            # Newest first: by 年度, then by the year of the document's own date, then by score.
            page_items = newest_first(matches, facet_cache.fiscal_years(), facet_cache.years(), offset, want)
        else:
            own = None
            if any(w.get("synonyms") for w in compiled.words) and not any(w.get("talk") for w in compiled.words):
                # Documents that use the words typed come before those found only through a synonym.
                # Not for a question in everyday words (耳の聞こえない人…救急車を呼ぶ): its words are
                # seldom the pages' own, and the page that writes 聴覚障害 and 119番 scored 58.9 against
                # 18.6 for the first one writing 聞こえ (bench/realdocs_relevance.py --compare
                # talk-synonyms-own, 2026-12-03: queries-fresh2 dev MRR@10 0.88 → 0.94, queries-fresh
                # dev 0.98 → 1.00, queries.tsv questions dev 0.85 → 0.86; nothing held out or on the
                # White Paper fell).
                plain = compile_query(ast, synonyms=False, understand=understand, spellings=spellings).query
                own = docmask & arrays.evaluate(plain, scores=False).mask
                if extra is not None:
                    own |= docmask & arrays.evaluate(extra, scores=False).mask
            rerank = None
            if compiled.adjacency:
                # A fixed depth, not one that grows with the offset: every page must
                # slice the same order, or paging would repeat and skip documents.
                rerank = lambda head: rerank_adjacent(arrays, head, compiled.adjacency, RERANK_DEPTH)  # noqa: E731
            written = None
            if compiled.as_typed or compiled.either_typed:
                # Documents writing a split word as typed, then those with its parts side by
                # side, then those with most of them side by side, before those with its parts apart
                # (of an OR, one side's words so).
                as_typed = AsTyped(arrays, compiled.as_typed, compiled.either_typed)
                written = [as_typed.written, as_typed.side_by_side, as_typed.mostly]
                # Not on the pages holding fewer of the words (search/relax.py): the word may be one they leave
                # out, and 「ギガスクール構想 端末 北海道」 said both that these hold its synonyms and that they leave it out.
                unwritten = (_unwritten_with_synonyms(arrays, compiled, as_typed, matches)
                             if own is not None and fewer is None else None)
                if unwritten is not None:
                    # No match writes the word typed (ギガスクール構想: its parts ギガス, クール, 構想 apart, in a
                    # tourism section's ビジョン構想会議 and クールジャパン), and its synonyms name the thing
                    # (GIGAスクール構想): the pages found through them come first, not last, as the word's
                    # own pages do for a word that is written.  Beside other words too (ギガスクール構想 端末
                    # listed the tourism section first), as long as no other word's synonyms are what
                    # "found only through a synonym" would then lift.
                    apart, own = docmask & own, docmask & ~own
                    synonyms_first = ("its synonyms" if not apart else "the first hits its synonyms") if own else False
            page_items = ranked_page(matches, own=own, rerank=rerank, depth=RERANK_DEPTH, offset=offset, want=want,
                                     written=written)
        body_terms = list(dict.fromkeys(t for f, t in positive_terms(q) if f == "body"))
        read_ahead(arrays, [d for d, _ in page_items], body_terms)
        hits = tuple(self._hit(searcher, arrays, d, score, body_terms, fragments) for d, score in page_items)
        suggestions: tuple[str, ...] = ()
        notes: list[str] = []
        in_no_document: tuple[str, ...] = ()
        if synonyms_first and len(compiled.words) > 1:
            notes.append(f"no document writes {unwritten['word']} as typed: "
                         + (f"these hold its synonyms ({', '.join(map(as_written, unwritten['synonyms']))})"
                            if synonyms_first == "its synonyms" else
                            f"the first hits hold its synonyms ({', '.join(map(as_written, unwritten['synonyms']))}), "
                            "the rest its parts apart"))
        elif (total and sort != "date" and compiled.as_typed and len(compiled.words) == 1
                and not as_typed.side_by_side(as_typed.checked & docmask) and not as_typed.side_by_side(docmask)):
            # 「地域おこし協力隊」 on a collection that never writes it listed 青年海外協力隊 first with
            # no word of why: say that the hits hold the word's parts apart, not the word.  The
            # ranked head, already checked, settles most searches; only a head without the word
            # has every match checked (情報通信基盤 at the White Paper ×5: 15 → 29 ms otherwise).
            notes.append(f"no document writes {compiled.words[0].get('word', query)} as typed: "
                         + (_most_of_it(as_typed, [d for d, _ in page_items], docmask) if not synonyms_first else
                            f"these hold its synonyms ({', '.join(map(as_written, compiled.words[0]['synonyms']))})"
                            if synonyms_first == "its synonyms" else
                            f"the first hits hold its synonyms ({', '.join(map(as_written, compiled.words[0]['synonyms']))}), "
                            "the rest its parts apart"))
        elif total and sort != "date" and compiled.as_typed and len(compiled.words) > 1 and fewer is None and not relaxed:
            # The same beside another word: 「地域おこし協力隊 ICT」 listed a Vodafone section holding 地域 and ICT
            # first, and 「ギガスクール構想 端末」 a tourism section's 構想 and クール, with no word of why.  Each
            # split word is checked alone, against the matches only: the other words need not be beside it.
            shown = bitsets.from_docs([d for d, _ in page_items])
            for entry in compiled.as_typed:
                alone_typed = AsTyped(arrays, [entry])
                # The page's hits first: one of them writing it settles it (情報通信 地域 at the White Paper
                # ×5 checked all 4,295 matches, 10 → 28 ms a search); only a page without it has every match checked.
                if alone_typed.side_by_side(shown) or alone_typed.side_by_side(docmask):
                    continue
                info = next((info for info in compiled.words if "word" in info
                             and "".join(info.get("terms", ())) == "".join(entry[0])), None)
                # Not a word typed after its subject as the kind of material (関連資料: not required), nor one
                # with synonyms (携帯電話 不感地帯 解消: the hits write 不感地域, not 不感 … 地帯).
                if info is not None and not info.get("optional") and not info.get("synonyms"):
                    notes.append(f"no document writes {info['word']} as typed: {_most_of_it(alone_typed, [d for d, _ in page_items], docmask)}")
        for info in compiled.words:
            if info.get("grammatical") and arrays.live:
                # 「"である"」 found nothing, and である every page writing ある, with no word of why: the
                # index keeps no particles, so grammatical words match wherever pages use them.
                notes.append(f"{info['word']} is only grammatical words (particles, auxiliaries, function words), "
                             f"which the index does not keep as a sequence: it was searched as "
                             f"{' '.join(info['grammatical'])}, which most documents write in some sentence; quote "
                             "it with a word of content beside it to find that wording")
        for info in compiled.words:
            if info.get("except"):
                # 「東京以外のテレワーク」: the place before 以外 is left out, not required; say so.
                notes.append(f"{info['except']} was read as {info['word']}: pages "
                             f"{'of that year or writing it' if info.get('read_as') else 'writing ' + info['word'][1:]}"
                             " are left out")
            if info.get("optional_as") and not understanding.in_pasted_passage():
                # 「テレワーク 関連資料」, 「令和5年度 上期」: a word typed that does not narrow the search.
                # Not a pasted passage's (「…の概要をまとめた資料を公表した。」): its words are the page's
                # text, not a request, and two notes a passage stood above its hits.
                notes.append(f"{info['word']} was read as {info['optional_as']}: not required, "
                             "it only lifts the pages writing it")
        if relaxed and total:
            # 「忍者が手裏剣で光ファイバを切る」: no page holds enough of its words, and the hits of one word
            # fewer (feedback.relaxed_query) are not answers to the whole question: say so.
            talk = [w for w in compiled.words if w.get("talk")]
            kept = [t for w in talk for t in w.get("terms", ()) if t not in w.get("dropped", ())]
            notes.append(f"no document holds enough of the words of {' '.join(w.get('word', '') for w in talk) or query}"
                         f" together ({', '.join(kept)}): these hold fewer of them")
        if fewer is not None:
            notes.append(relax.note(query, fewer))
            suggestions = self._suggestions(searcher, arrays, compiled, synonyms, spellings)
        # How filters and relative years were read: no reason a search found nothing, so they do not
        # stand in for one below (「"テレワーク" ほげふが 昨年度」 named 昨年度's year, not ほげふが).
        readings = filter_notes(given, compiled.filters)
        # 今年度 means another year next April: say which year it was read as, and from which day.
        readings += list(dict.fromkeys(f"{w['word']} was read as {w['relative']} (fiscal_year {w['read_as'].split()[-1]}), "
                                       f"counted from {understanding.today()}" for w in compiled.words if w.get("relative")))
        notes += readings
        if note := stale_files_note(hits):
            notes.append(note)
        if query.strip() and not patterns and arrays.live and (total == 0 or paths.looks_like_a_name(query)):
            notes += self._named_files(searcher, query, {h.path for h in hits}, allowed)
        lacking = set(fewer.dropped) if fewer is not None else set()
        for info in compiled.words:
            # 「source:総務省」 found nothing with no word of why: a name that is no field is text.
            if (total == 0 or info.get("word") in lacking) and (name := unknown_field(info.get("word", ""))):
                notes.append(f"{name}: is no field, so {info['word']} was searched as text (fields: {field_names()})")
        if "*" in unicodedata.normalize("NFKC", query):
            # 「テレ*」 searched テレ alone (pages whose URLs hold 「tele」), or nothing, with no word of why.
            notes.append("* is no wildcard: words are matched whole (テレワーク finds テレワーク推進 too); "
                         "list the words you mean with OR")
        if total == 0:
            if not arrays.live:
                # Not the query's fault: say so rather than leave the user rephrasing it.
                notes.append(self.empty_index_note())
            suggestions = self._suggestions(searcher, arrays, compiled, synonyms, spellings)
            if patterns and arrays.live:
                notes += self._empty_path(searcher, arrays, compiled.query, facet_filter, patterns)
            if facet_filter is not None and (compiled.query is not None or arrays.live):
                notes += self._empty_filters(arrays, compiled.query, applied, given, compiled)
            if understand and arrays.live:
                notes += self._empty_readings(arrays, query, compiled, filter_q, synonyms, spellings)
            if arrays.live and all(n in readings for n in notes):
                notes += self._empty_words(arrays, query, compiled, filter_q, synonyms, spellings)
            if arrays.live and all(n in readings for n in notes):
                causes, in_no_document = self._empty_causes(arrays, query, compiled, applied, given, facet_filter,
                                                            filter_q, synonyms, understand, spellings)
                notes += causes
        # The words as searched: a search shown with words left out counts the pages of those
        # (「連携協定 DX 企業 --year 2023」 left out 8 pages of two of its words with no year, unsaid).
        left_out = self._left_out_without_value(searcher, arrays, facet_cache,
                                                fewer.query if fewer is not None else compiled.query, given,
                                                compiled, applied, patterns)
        notes += [_left_out_note(group, n) for group, n in left_out.items()]
        facet_counts, more_values = facet_cache.top_counts(docmask)
        explain_out = None
        if explain:
            explain_out = {
                "normalized": _normalized(query),
                "words": compiled.words,
                "filters": {**applied, **({"path": patterns} if patterns else {})},
                "synonyms": synonyms,
                "whoosh": str(q),
                "filter": str(filter_q) if filter_q is not None else None,
                # Words of the best hits added to a question that found few pages (search/feedback.py).
                "feedback": str(extra) if extra is not None else None,
                # The words asked with some left out, when no document held them all (search/relax.py);
                # None otherwise, as feedback is: the key is there in every explain.
                "fewer_words": str(fewer.query) if fewer is not None else None,
            }
        return SearchResult(
            query=query,
            total=total,
            offset=offset,
            limit=limit,
            hits=hits,
            facets=facet_counts,
            missing=facet_cache.missing(docmask),
            more_values=more_values,
            explain=explain_out,
            suggestions=suggestions,
            notes=tuple(notes),
            left_out_without_value=left_out,
            dropped_words=fewer.dropped if fewer is not None else (),
            words_in_no_document=in_no_document,
        )

    def _left_out_without_value(self, searcher, arrays: Arrays, facet_cache, q, given, compiled: Compiled,
                                applied: dict, patterns) -> dict[str, int]:
        """Per filter, the documents the rest of the search matches that it leaves out for having no value.

        `--year 2022` silently lost every 2022 page whose year was not derived (issue 11: one real page in
        ten has none); counted, the note says how many and how to include them.  Not for a filter that
        already takes "none", and only the typed words' matches (not feedback's), so the count never
        exceeds what `--year none` adds."""
        groups = [g for g, shown in applied.items() if NONE_LABEL not in shown]
        if not groups or q is None:
            # Filters alone list a facet's documents, browsing: every page without a value would be
            # "matching", which says nothing (`facets` counts them as 不明).
            return {}
        # The documents each filter would leave out for want of a value, by the other filters alone,
        # first: bitset operations on cached facet sets, where matching the words again is a second
        # pass over their postings (1-1.4 ms of a broad word's filtered search at the White Paper ×1),
        # skipped when no such document is left (a collection whose every page has a year).
        unvalued: dict[str, int] = {}
        for group in groups:
            others = {n: v for n, v in given.items() if FACETS_BY_NAME[n].group_name != group}
            extra = [f for f in compiled.filters if FACET_OF_QUERY_NAME[f.field].group_name != group]
            fq, _ = filter_query(others, extra)
            having = 0
            for facet in FACETS:
                if facet.group_name == group:
                    having |= facet_cache.having(facet.name)
            candidates = arrays.live & ~having
            if candidates and fq is not None:
                candidates &= arrays.evaluate(fq, scores=False).mask
            if candidates:
                unvalued[group] = candidates
        if not unvalued:
            return {}
        matched = arrays.evaluate(q, scores=False).mask
        if patterns:
            matched &= arrays.evaluate(self._names(searcher).query(patterns), scores=False).mask
        out: dict[str, int] = {}
        for group, candidates in unvalued.items():
            if n := (matched & candidates).bit_count():
                out[group] = n
        return out

    def _suggestions(self, searcher, arrays: Arrays, compiled: Compiled, synonyms: bool,
                     spellings=None) -> tuple[str, ...]:
        """Index terms close to the query's words (てれわーく → テレワーク), for a search that found nothing.

        Not for a word that finds documents on its own: it is no typo, the words together are what
        finds nothing (「難視聴 共聴 村」 offered 視聴 and 難聴 for 難視聴, which alone finds 30 pages)."""
        from .suggest import suggest

        vocabulary = self._vocabulary(searcher)
        out: list[str] = []
        for info in compiled.words:
            word = info["word"]
            if word.startswith('"') or info.get("read_as"):
                continue  # a region or year word is no typo (R2 → 2, 12); _empty_readings says what it did
            if len(compiled.words) > 1 and self._matches(arrays, word, synonyms, spellings=spellings):
                continue
            # A term only a removed document held stays in its segment's term table until a merge
            # (Whoosh marks the document deleted): 「ながおか」 offered 長岡, which found nothing.
            found = [s for s in suggest(word, vocabulary, limit=5) if self._matches(arrays, s, synonyms)]
            for s in found[:2]:
                if s not in out:
                    out.append(s)
        return tuple(out[:5])

    def _unread_words_hint(self, words: list[str], functional: list[str] = ()) -> str:
        """Did-you-mean for words Sudachi reads as particles alone: a loanword typed in hiragana
        (でじたる is で|じ|たる) means the index term written in katakana (デジタル)."""
        from .suggest import as_vocabulary, suggest, to_katakana

        if not words and not functional:
            return ""
        try:
            vocabulary = as_vocabulary(self._vocabulary(self._searcher()[0]))
        except IctsearchError:  # no index to take words from: the query is refused all the same
            return ""
        found: dict[str, None] = {}
        for word in words:
            if particle_alone(word.strip('"-')):
                continue  # 「で --region 東北」 was asked "did you mean デ?": a particle typed means no word
            # suggest() offers nothing for a word whose analysis is an index term, and で is one.
            katakana = to_katakana(word)
            found.update(dict.fromkeys([katakana] if katakana != word and katakana in vocabulary.df
                                       else suggest(word, vocabulary, limit=2)))
        for word in functional:
            if not particle_alone(word.strip('"-')) and (katakana := to_katakana(word.strip('"-'))) in vocabulary.df:
                found[katakana] = None
        return f"; did you mean {', '.join(found)}?" if found else ""

    @staticmethod
    def _names(searcher) -> "paths.Names":
        """The documents' paths, folded for --path, made once per index state."""
        return shared_state(searcher).get("paths.names", lambda: paths.Names(searcher.reader()))

    def _named_files(self, searcher, query: str, shown: set[str], allowed=None) -> list[str]:
        """A query typed as a file's name (「R5_事業計画」) whose files are not among the hits: say how to
        find them, since names are no text of the documents.  Only files the filters keep (`allowed`):
        「テレワーク --year 2030」 was sent to テレワーク資料.txt, which that filter leaves out too."""
        arrays = Arrays.for_searcher(searcher)
        found = [p for p in self._names(searcher).fitting(query) if p not in shown
                 and (mask := arrays.evaluate(wq.Term("path", p), scores=False).mask)  # not removed
                 and (allowed is None or mask & allowed)]
        if not found:
            return []
        names = ", ".join(os.path.basename(p) for p in found[:3]) + (f" and {len(found) - 3} more" if len(found) > 3 else "")
        return [f"{'a file is' if len(found) == 1 else f'{len(found)} files are'} named so ({names}): "
                f"find {'it' if len(found) == 1 else 'them'} by name with --path {quoted(query.strip())} (path= in Python)"]

    def _empty_path(self, searcher, arrays: Arrays, q, facet_filter, patterns: list[str]) -> list[str]:
        """Why a search filtered by path found nothing: no file fits, or the rest of the search finds none of them."""
        names = self._names(searcher)
        if not any(names.fitting(p) for p in patterns):
            # A folder's name typed as a file's (--path big_r01, a maintainer's 2023年度 folder): say the
            # pattern that keeps what is under it; the note alone left the user with no way on.
            folders = [f"{p}/" for p in patterns if "/" not in p and "\\" not in p and names.fitting(f"{p}/")]
            hint = (f" ({'a folder is' if len(folders) == 1 else 'folders are'} named so: "
                    f"{' '.join('--path ' + quoted(f) for f in folders)} keeps the files under "
                    f"{'it' if len(folders) == 1 else 'them'})") if folders else ""
            return [f"no indexed file's name holds or fits {', '.join(map(repr, patterns))}{hint}"]
        rest = arrays.live if q is None else arrays.evaluate(q, scores=False).mask
        if facet_filter is not None:
            rest &= arrays.evaluate(facet_filter, scores=False).mask
        return [f"the path filter ({', '.join(patterns)}) removes every hit"] if rest else []

    def _vocabulary(self, searcher):
        from . import vocabulary_file
        from .suggest import as_vocabulary

        # From the searcher of the search in progress, not a fresh self._searcher(): that
        # would close this thread's searcher under the caller when a commit has landed
        # meanwhile (ReaderClosed under concurrent updates). Kept with that searcher's index
        # state: keyed by the Index's newest stamp instead, a thread still on the commit
        # before filed its older vocabulary under the new one after a --rebuild.
        reader = searcher.reader()
        directory = getattr(self._local, "facets", None)
        directory = directory.directory if directory is not None and directory.searcher is searcher else None

        def make():
            # The file of this commit (search/vocabulary_file.py), else made from the lexicon and saved.
            if directory is None:
                return as_vocabulary(list(_lexicon(reader, vocabulary_file.FIELD)))
            found = vocabulary_file.load(reader, directory)
            return found if found is not None else vocabulary_file.build(reader, directory)

        return shared_state(searcher).get("vocabulary", make)

    def _empty_filters(self, arrays: Arrays, q, applied, given, compiled) -> list[str]:
        """Which filter removed every hit of a query that has hits without filters (with no query
        words, of the whole index: `--region 鳥取県 --year 2015` said nothing of why it was empty)."""
        matched = arrays.live if q is None else arrays.evaluate(q, scores=False).mask
        if not matched:
            return []
        notes = []
        for group in applied:
            only = {n: v for n, v in given.items() if FACETS_BY_NAME[n].group_name == group}
            extra = [f for f in compiled.filters if FACET_OF_QUERY_NAME[f.field].group_name == group]
            fq, _ = filter_query(only, extra)
            if fq is not None and not matched & arrays.evaluate(fq, scores=False).mask:
                values = ", ".join(map(str, applied[group]))
                if all(str(v) == NONE_LABEL for v in applied[group]):
                    # `--year none` (the README's way to list the documents to fix) on documents that all
                    # have a 年度: say so, not only that the filter removed them.
                    whose = "document" if q is None else "matching document"
                    notes.append(f"the {group} filter ({values}) removes every hit: every {whose} has a {group}")
                else:
                    notes.append(f"the {group} filter ({values}) removes every hit")
        return notes or ["the filters together remove every hit"]

    def _empty_readings(self, arrays: Arrays, query: str, compiled: Compiled, filter_q, synonyms: bool,
                        spellings=None) -> list[str]:
        """Which region or year word of a query that found nothing removes every hit: such a word is
        required like a filter (「北海道 防災無線 R5」: R5 is fiscal year 2023, and no page of 2023 has
        the others), but it is typed as text, so nothing said so."""
        notes = []
        normalized = _normalized(query)
        allowed = arrays.evaluate(filter_q, scores=False).mask if filter_q is not None else None
        if len(compiled.words) > EMPTY_WORDS_TRIED:
            return []
        seen = _or_sides(normalized)
        for info in compiled.words:
            word, read_as = info.get("word", ""), info.get("read_as")
            if not read_as or word not in normalized or info.get("origin") or word in seen:
                continue  # a place moved away from (東京から…移住) only lifts its pages: it removes none
            seen.add(word)  # a word typed twice is named once
            rest = normalized.replace(word, " ", 1)
            if not rest.strip():
                # The word was the whole query (「九州総合通信局」 on a collection of no 九州 page):
                # say how it was read, as the filters' notes do, not only that nothing matched.
                notes.append(f"{word} was read as {read_as}: no document has that {read_as.split()[0]} "
                             f"or writes {info.get('relative', word)}")
            elif n := self._matches(arrays, rest, synonyms, within=allowed, spellings=spellings):
                notes.append(_removes_every_hit(f"{word} (read as {read_as})", n))
        return notes

    @staticmethod
    def _matches(arrays: Arrays, text: str, synonyms: bool, within=None, spellings=None) -> int:
        """How many documents a query text finds (0 when it does not parse, an operator left alone
        by a word taken out, or has no words), its Latin words in the index's spellings as the
        search reads them (`spellings`: without, 「LG-WAN 令和9年度」 blamed LG-WAN, which finds 5 pages
        as LGWAN, and suggested lgwan for it)."""
        try:
            q = compile_query(parse(text, typed=False), synonyms=synonyms, spellings=spellings).query
        except BadQuery:
            return 0
        return 0 if q is None else arrays.evaluate(q, scores=False, within=within).mask.bit_count()

    def _empty_words(self, arrays: Arrays, query: str, compiled: Compiled, filter_q, synonyms: bool,
                     spellings=None) -> list[str]:
        """Which word of a query of several that found nothing removes every hit (「光ファイバ 未整備地区 村」:
        each pair finds pages, all three none, and only a suggestion for 未整備 was given), as
        _empty_readings says it of a region or year word.  At most EMPTY_WORDS_NOTED words are named."""
        # Each word once: a paragraph pasted with a heading repeated named it twice.
        words = list(dict.fromkeys(info.get("word", "") for info in compiled.words if not info.get("origin")))
        if not 2 <= len(compiled.words) <= EMPTY_WORDS_TRIED:
            return []
        normalized = _normalized(query)
        allowed = arrays.evaluate(filter_q, scores=False).mask if filter_q is not None else None
        notes = []
        sides = _or_sides(normalized)
        for word in words:
            if not word or word not in normalized or word in sides:
                continue
            if n := self._matches(arrays, normalized.replace(word, " ", 1), synonyms, within=allowed,
                                 spellings=spellings):
                notes.append(_removes_every_hit(word, n))
            if len(notes) == EMPTY_WORDS_NOTED:
                break
        return notes

    def _empty_causes(self, arrays: Arrays, query: str, compiled: Compiled, applied, given, facet_filter, filter_q,
                      synonyms: bool, understand: bool, spellings=None) -> tuple[list[str], tuple[str, ...]]:
        """Each cause of a search that found nothing for two at once: a word no document holds, and
        what removes every hit of the other words (a filter, a year or place word, another word);
        the notes, and the words no document holds (SearchResult.words_in_no_document).

        Each note above names one cause by taking one word or filter away, which finds nothing here:
        「テレワーク ほげふが 令和9年度」 and 「テレワーク ほげふが --year 2015」 said nothing at all."""
        normalized = _normalized(query)
        # Not a phrase a year or place was read out of (東北の…施策で令和9年度のもの): it holds them.
        phrases = {info["within"] for info in compiled.words if info.get("within")}
        absent = list(dict.fromkeys(
            word for info in compiled.words
            if (word := info.get("word", "")) and word in normalized and info.get("terms") and info.get("field") is None
            and not (info.get("read_as") or word in phrases or word.startswith("-"))
            and not self._matches(arrays, word, synonyms, spellings=spellings)))
        if not absent:
            return [], ()
        rest = normalized
        for word in absent:
            rest = rest.replace(word, " ", 1)
        if not rest.strip() and filter_q is None:
            return [], ()  # the word alone: finding nothing says it
        notes, found_nowhere = [f"no document holds {' or '.join(absent)}"], tuple(absent)
        allowed = arrays.evaluate(filter_q, scores=False).mask if filter_q is not None else None
        try:
            others = compile_query(parse(rest, typed=False), synonyms=synonyms, understand=understand, spellings=spellings)
        except BadQuery:
            return notes, found_nowhere  # an operator left alone (テレワーク AND ほげふが): the word is the cause
        if others.query is None or self._matches(arrays, rest, synonyms, within=allowed, spellings=spellings):
            return notes, found_nowhere  # nothing else to search, or the others find pages: the word is the only cause
        causes = self._empty_filters(arrays, others.query, applied, given, others) if facet_filter is not None else []
        if understand:
            causes += self._empty_readings(arrays, rest, others, filter_q, synonyms, spellings)
        if not causes:
            causes = self._empty_words(arrays, rest, others, filter_q, synonyms, spellings)
        without = f"without {' and '.join(absent)}, "
        return notes + [without + cause for cause in causes], found_nowhere

    def _hit(self, searcher, arrays: Arrays, docnum: int, score: float, body_terms, fragments: int) -> Hit:
        stored = searcher.stored_fields(docnum)
        text = stored.get("body", "")
        keys: dict = {}
        spans = term_spans(arrays, docnum, body_terms, keys)
        snip = make_snippet(text, spans, fragments=fragments, same=same_words(text, keys))
        page = page_of(stored.get("page_starts"), snip.best_offset) if snip.best_offset is not None else (
            1 if stored.get("page_starts") else None
        )
        return Hit.from_stored(stored, score=score, page=page, snippet=snip.text, highlights=snip.highlights,
                               restamped=self._restamped)

    # -- documents ----------------------------------------------------------

    def _docnum(self, searcher, doc: str | os.PathLike[str]) -> int:
        if not isinstance(doc, (str, os.PathLike)):
            raise DocumentNotFound(f"a document is named by its doc id or path (a string), not {type(doc).__name__}")
        doc = os.fspath(doc)
        if not _is_text(doc):
            # Not a lookup the index can fail: a name that is not UTF-8 is never indexed (README).
            raise DocumentNotFound(f"no document {quoted(doc)} in the index: the name is not valid UTF-8, "
                                   "and files with such names are not indexed")
        docnum = searcher.document_number(doc_id=doc)
        if docnum is None and _WEB_ADDRESS.match(doc):
            return self._by_url(searcher, doc)
        if docnum is None:
            try:
                path = os.path.abspath(os.path.expanduser(doc))
            except OSError as e:  # a relative path, and the folder the command runs in was removed
                # Not a damaged index (os's FileNotFoundError read as one, with "rebuild it").
                raise DocumentNotFound(f"cannot find {quoted(doc)} from the current folder ({e.strerror}): "
                                       "give it as an absolute path or by its doc id") from None
            docnum = searcher.document_number(path=path)
            if docnum is None and os.path.realpath(path) != path:
                # A link to an indexed file: the file is indexed under its own path.
                docnum = searcher.document_number(path=os.path.realpath(path))
            if docnum is None:
                docnum = self._written_otherwise(searcher, path)
            if docnum is None and "\\" in doc and os.sep == "/":
                # A path copied from Explorer or a Windows colleague's mail (資料\2023\報告.pdf): its
                # folders are cut at /, where a backslash is a character of a name.  Looked up again
                # as such; its errors (indexing it failed, the paths ending in it) name it so.
                return self._docnum(searcher, doc.replace("\\", "/"))
            if docnum is None and (pasted := _as_pasted(doc)) != doc and pasted:
                # A path pasted with what came with it: Windows' "Copy as path" quotes ("C:\…\報告.pdf"),
                # a browser's file:///…/%E5%A0%B1%E5%91%8A.pdf, a line's trailing space or newline.
                return self._docnum(searcher, pasted)
        if docnum is None and (prefix := _DOC_ID_PREFIX.fullmatch(doc.strip().lower())) and not os.path.lexists(path):
            # The first characters of a doc id, as git takes a commit's (`ictsearch show 3f2a9c1d`);
            # not a file or folder of that name (2023/) there, which is said as such below.
            return self._by_id_prefix(searcher, doc, prefix.group())
        if docnum is None:
            failed = self.store.read_manifest(self.store.root / self._generation).failures.get(path)
            if failed:
                # The right name of a file the last run could not index: say why, not "a typo?".
                raise DocumentNotFound(f"{quoted(doc)} is not in the index: indexing it failed: {failed.get('reason')}")
            if not doc.strip():
                # `ictsearch show ""` (a shell variable left empty) named the current folder: "'' is a folder".
                raise DocumentNotFound("no document named (the name is empty): give a doc id from search results, "
                                       "an indexed file path or a document's url")
            if os.path.isdir(path):
                # `ictsearch show corpus/` was told the folder was no document, as a typo is.
                inside = path.rstrip(os.sep) + os.sep
                if any(p.startswith(inside) for p in self._names(searcher).paths):
                    raise DocumentNotFound(f"{quoted(doc)} is a folder: name one document in it, by its file's path "
                                           "or a doc id from search results")
                # `show /tmp` was told to name one document in it, where the index holds none.
                raise DocumentNotFound(f"{quoted(doc)} is a folder, and the index holds no document in it (give a "
                                       "doc id from search results or an indexed file path)")
            if named := self._ending_in(searcher, doc):
                # A file's name as the folder shows it (「ictsearch show 資料1.txt」), typed from another folder.
                shown = ", ".join(named[:3]) + (f" and {len(named) - 3} more" if len(named) > 3 else "")
                where = ("here: it is a Windows path" if _WINDOWS_ABSOLUTE.match(paths.fold(doc))
                         else f"in the index from {os.getcwd()}")
                raise DocumentNotFound(f"no document {quoted(doc)} {where}; the index holds "
                                       f"{shown} (give {'its' if len(named) == 1 else 'one'} path or doc id)")
            if (prefix := _DOC_ID_PREFIX.fullmatch(doc.strip().lower())) and (ids := self._ids_starting(searcher, prefix.group())):
                # `show 5add` in a folder holding a file named 5add (no document): the doc id it starts
                # was answered "no document '5add' in the index", as if no id started so.
                shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
                raise DocumentNotFound(f"no document {quoted(doc)} in the index: {doc.strip()} is a file here, which is not "
                                       f"indexed; to name a document by its doc id's start, give more of it ({shown})")
            short = doc.strip().lower()
            if re.fullmatch(r"[0-9a-f]{%d}" % (DOC_ID_PREFIX_MIN - 1), short) and self._ids_starting(searcher, short):
                # `show e09`: one character short of a start that names a document (not `show 1`, a rank).
                raise DocumentNotFound(f"no document {quoted(doc)} in the index: a doc id's start names its document "
                                       f"from {DOC_ID_PREFIX_MIN} characters on (give more of it)")
            raise DocumentNotFound(f"no document {quoted(doc)} in the index (give a doc id from search results, an indexed file path or a document's url)")
        return docnum

    @staticmethod
    def _ids_starting(searcher, prefix: str) -> list[str]:
        """The doc ids of the documents (not deleted ones) that start with `prefix`, sorted."""
        ids = sorted(term.decode("utf-8") if isinstance(term, bytes) else term
                     for term in searcher.reader().expand_prefix("doc_id", prefix))
        return [i for i in ids if searcher.document_number(doc_id=i) is not None]

    def _by_id_prefix(self, searcher, doc: str, prefix: str) -> int:
        """The one document whose doc id starts with `prefix` (DOC_ID_PREFIX_MIN hex digits or more);
        DocumentNotFound naming the documents it fits when it fits more than one (``error.matches``:
        their doc ids), or saying none does."""
        ids = sorted(term.decode("utf-8") if isinstance(term, bytes) else term
                     for term in searcher.reader().expand_prefix("doc_id", prefix))
        found = [(i, n) for i in ids if (n := searcher.document_number(doc_id=i)) is not None]  # not deleted
        if len(found) == 1:
            return found[0][1]
        if not found and len(prefix) == DOC_ID_LENGTH:
            # A whole doc id, as a search gave it a moment ago (a web tool's link, a script's loop) and an
            # index run then removed (its file deleted, moved or no longer named): "no doc id starts with
            # 2611…98d9" read as a typo in the id.
            raise DocumentNotFound(f"no document {quoted(doc)} in the index: no document has that doc id now "
                                   "(an index run since the search that gave it removed its file's document, "
                                   "or the id is mistyped)")
        if not found:
            raise DocumentNotFound(f"no document {quoted(doc)} in the index: no doc id starts with {prefix} "
                                   "(give a doc id from search results, an indexed file path or a document's url)")
        shown = [f"{i} ({searcher.stored_fields(n).get('path', '?')})" for i, n in found[:5]]
        more = f" and {len(found) - 5} more" if len(found) > 5 else ""
        error = DocumentNotFound(f"doc id {prefix} is ambiguous: it starts {len(found)} documents' ids, "
                                 f"{', '.join(shown)}{more}; give more of it")
        error.matches = [i for i, _ in found]
        raise error

    def empty_index_note(self) -> str:
        """What a search or facet listing of an index with no documents says: EMPTY_INDEX_NOTE, or,
        when indexing found files and every one failed (a folder of scans, a share of .doc files),
        so, and where to see why: 「add some with `ictsearch index FOLDER`」 sent the user to index
        again the folder just indexed."""
        failed = len(self.store.read_manifest(self.store.root / self._generation).failures)
        if not failed:
            return EMPTY_INDEX_NOTE
        files = "the file" if failed == 1 else f"all {failed} files"
        return f"the index holds no documents: indexing {files} it found failed (`ictsearch status` lists why)"

    def _written_otherwise(self, searcher, path: str) -> int | None:
        """The document whose path is `path` in the other Unicode form: a file named on a Mac
        (デ as テ and its dakuten, NFD) typed or pasted composed (NFC), or the other way round."""
        typed = unicodedata.normalize("NFC", path)
        if typed.isascii():
            return None
        same = [p for p in self._names(searcher).paths if p != path and unicodedata.normalize("NFC", p) == typed]
        return searcher.document_number(path=same[0]) if len(same) == 1 else None

    def _ending_in(self, searcher, doc: str) -> list[str]:
        """The indexed files whose path ends in `doc` (a file's name, or its last folders and name),
        compared as --path compares names (NFKC, case-blind)."""
        tail = paths.fold(os.path.normpath(doc.strip()))
        names = self._names(searcher)
        if windows := _WINDOWS_ABSOLUTE.match(tail):
            # C:\Users\…\資料\報告.pdf or \\server\share\資料\報告.pdf from a colleague on Windows: the
            # index here holds the same files under another root (/mnt/share/資料/報告.pdf), so the
            # longest end of the path that indexed paths end in.
            parts = tail[windows.end():].split("/")
            for start in range(len(parts)):
                if found := self._ending_in(searcher, "/".join(parts[start:])):
                    return found
            return []
        if not tail or tail in (".", "..") or os.path.isabs(tail) or tail.startswith(".."):
            return []
        found = sorted(p for p, folded in zip(names.paths, names.folded)
                       if folded.endswith("/" + tail) and searcher.document_number(path=p) is not None)
        if not found:
            # The name without its extension, as Windows' Explorer shows names by default (「令和6年度 東北
            # テレワーク 推進計画」 for …推進計画.txt): answered "no document", with no path offered.
            found = sorted(p for p, folded in zip(names.paths, names.folded)
                           if os.path.splitext(folded)[0].endswith("/" + tail) and searcher.document_number(path=p) is not None)
        return found

    @staticmethod
    def _by_url(searcher, url: str) -> int:
        """The document whose stored url is exactly `url` (text output prints it under each hit)."""
        found = sorted(searcher.document_numbers(url=url))
        if len(found) == 1:
            return found[0]
        if not found:
            cut = " (cut short? text output cuts a long one: --json gives it whole)" if url.endswith("…") else ""
            raise DocumentNotFound(f"no document has the address {url}{cut}: give it as search results show it, "
                                   "or a doc id or an indexed file's path")
        paths = sorted(searcher.stored_fields(n)["path"] for n in found)
        raise DocumentNotFound(f"{len(found)} documents have the address {url}: name one by its path "
                               f"({', '.join(paths[:3])}{' …' if len(paths) > 3 else ''}) or doc id")

    @_reads_index
    def get(self, doc: str | os.PathLike[str]) -> Document:
        """A document by doc id, by file path or by its url (exact), with its metadata and full text.
        A doc id's first DOC_ID_PREFIX_MIN (4) characters or more name it when no other document's id
        starts with them; an ambiguous start is a DocumentNotFound whose ``matches`` lists their ids."""
        searcher, _ = self._searcher()
        return Document.from_stored(searcher.stored_fields(self._docnum(searcher, doc)), self._restamped, self._failing)

    def _own_searcher(self):
        """A searcher of the current commit for a generator, closed when the generator ends: the
        thread's own searcher is closed by the next call after a commit (another process's, or
        build_index's), which the caller may make between two items (ReaderClosed, reported as a
        damaged index, in a loop over documents() that asked similar() for each)."""
        self._searcher()  # follows a --rebuild's switch of generations
        with self._lock:
            ix = self._ix
        return ix.searcher(weighting=CachedLengthBM25F())

    @_reads_index
    def documents(self) -> Iterator[Document]:
        """Every document with its metadata and text, in path order (for export): those of the
        index when the walk begins, whatever commits land meanwhile."""
        with self._own_searcher() as searcher:
            reader = searcher.reader()
            paths = sorted((reader.stored_fields(n)["path"], n) for n in reader.all_doc_ids())
            for _, docnum in paths:
                yield Document.from_stored(reader.stored_fields(docnum), self._restamped, self._failing)

    @_reads_index
    def similar(self, doc: str | os.PathLike[str], limit: int = 5) -> SearchResult:
        """Documents most like `doc` (a doc id, a path or a url, as :meth:`get` takes it; more-like-this
        on its body's key terms)."""
        _check_count("limit", limit)
        searcher, facet_cache = self._searcher()
        docnum = self._docnum(searcher, doc)
        # Whoosh ranks terms by how much more often the document uses them than the
        # collection; in a small collection する and 等 come out on top, and the hits
        # are then alike in function words.  Those are left out, as in feedback, and so are
        # one-character terms: the sub-units 年, 月, 的, 化, 市, 課 of 令和5年11月, 革新的,
        # 地域情報化, 都城市, which every page holds and which then made the likeness.
        key_terms = [(t, w) for t, w in searcher.key_terms([docnum], "body", numterms=40)
                     if len(t) > 1 and _content_term(t)][:20]
        if not key_terms:
            # Nothing to match, but the same facet keys as any result ({"region": {}, …}).
            facet_counts, more_values = facet_cache.top_counts(0)
            return SearchResult(query=f"{SIMILAR_PREFIX}{doc}", total=0, offset=0, limit=limit, hits=(),
                                facets=facet_counts, missing=facet_cache.missing(0), more_values=more_values,
                                notes=(f"{doc} has no words to compare it by (its text is only numbers, symbols or "
                                       "words every document uses)",))
        q = wq.Or([wq.Term("body", t, boost=w) for t, w in key_terms])
        results = searcher.search(q, limit=limit + 1, mask=wq.Term("doc_id", searcher.stored_fields(docnum)["doc_id"]))
        terms = [t for t, _ in key_terms]
        items = list(results.items())[:limit]
        arrays = Arrays.for_searcher(searcher)
        hits = tuple(self._hit(searcher, arrays, d, s, terms, 1) for d, s in items)
        matched = results.docs()
        facet_counts, more_values = facet_cache.top_counts(matched)
        return SearchResult(query=f"{SIMILAR_PREFIX}{doc}", total=len(matched), offset=0, limit=limit, hits=hits,
                            facets=facet_counts, missing=facet_cache.missing(matched), more_values=more_values)

    def _filtered(self, searcher, region, prefecture, fiscal_year, theme, path) -> int | None:
        """The documents the filters keep, as search's keywords take them (a bitset; None: no filter,
        the whole index).  Raises UnknownFacetValue as search does."""
        filter_q, _ = filter_query({"region": region, "prefecture": prefecture, "fiscal_year": fiscal_year,
                                    "theme": theme})
        patterns = paths.as_patterns(path)
        if patterns:
            by_path = self._names(searcher).query(patterns)
            filter_q = by_path if filter_q is None else wq.And([filter_q, by_path])
        return None if filter_q is None else Arrays.for_searcher(searcher).evaluate(filter_q, scores=False).mask

    @_reading_day
    @_reads_index
    def facets(self, *, region: str | Sequence[str] | None = None, prefecture: str | Sequence[str] | None = None,
               fiscal_year: int | str | tuple[int, int] | Sequence | None = None,
               theme: str | Sequence[str] | None = None, path: str | Sequence[str] | None = None,
               today: datetime.date | None = None) -> FacetCounts:
        """Every value of every facet in the index with its document count; with filters (those of
        :meth:`search`), of the documents they keep (``facets(region="九州", fiscal_year="令和5")``).
        `today` is the day a relative year is read from (fiscal_year="今年度"), as in :meth:`search`."""
        searcher, facet_cache = self._searcher()
        return facet_cache.counts(self._filtered(searcher, region, prefecture, fiscal_year, theme, path), top=None)

    @_reading_day
    @_reads_index
    def missing(self, *, region: str | Sequence[str] | None = None, prefecture: str | Sequence[str] | None = None,
                fiscal_year: int | str | tuple[int, int] | Sequence | None = None,
                theme: str | Sequence[str] | None = None, path: str | Sequence[str] | None = None,
                today: datetime.date | None = None) -> dict[str, int]:
        """Per facet, how many documents of the index (or of those the filters keep, as in
        :meth:`facets`) have no value (filter them with "none")."""
        searcher, facet_cache = self._searcher()
        return facet_cache.missing(self._filtered(searcher, region, prefecture, fiscal_year, theme, path))

    @_reading_day
    @_reads_index
    def doc_count(self, *, region: str | Sequence[str] | None = None, prefecture: str | Sequence[str] | None = None,
                  fiscal_year: int | str | tuple[int, int] | Sequence | None = None,
                  theme: str | Sequence[str] | None = None, path: str | Sequence[str] | None = None,
                  today: datetime.date | None = None) -> int:
        """How many documents the index holds (or the filters keep, as in :meth:`facets`)."""
        searcher, _ = self._searcher()
        mask = self._filtered(searcher, region, prefecture, fiscal_year, theme, path)
        return searcher.doc_count() if mask is None else mask.bit_count()

    @_reads_index
    def vocabulary(self, fieldname: str = "body") -> Iterable[tuple[str, int]]:
        """(term, document frequency) of a text field, for suggestions."""
        with self._own_searcher() as searcher:
            from whoosh.fields import NUMERIC

            schema = searcher.schema
            words = [n for n in schema.names() if schema[n].indexed and not isinstance(schema[n], NUMERIC)]
            if fieldname not in words:
                # Whoosh's error on it (TermNotFound, a number's bytes read as text) read as a damaged index.
                raise BadQuery(f"no vocabulary for {fieldname!r}: give a field that holds words ({', '.join(words)})")
            yield from _lexicon(searcher.reader(), fieldname)


#: A DOC given as a web address (http://, https://): looked up by the documents' url, not as a path.
#: The fewest first hex digits of a doc id (16) that name its document, as git's short hashes do.
DOC_ID_PREFIX_MIN = 4
#: (Up to the whole id: one typed in capitals, 3F2A9C1D…, is found as its start is.)
#: A doc id's length (indexer.document.doc_id_for: the first 16 hex digits of its path's SHA-1).
DOC_ID_LENGTH = 16
_DOC_ID_PREFIX = LazyPattern(rf"[0-9a-f]{{{DOC_ID_PREFIX_MIN},{DOC_ID_LENGTH}}}")
_WEB_ADDRESS = LazyPattern(r"https?://", re.I)


def _is_text(value: str) -> bool:
    """Whether `value` holds no lone surrogates (undecodable bytes of a command-line argument)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _content_term(term: str) -> bool:
    """Not a function-like word (為る, 居る, 等, こと…) nor a bare number."""
    from ictsearch.indexer.analysis import analyze

    return not term.isdigit() and not all(t.weak for t in analyze(term))


def _lexicon(reader, fieldname: str) -> Iterable[tuple[str, int]]:
    """(term, document frequency) of every term of a field, in term order.

    Each segment's term table is walked once with its term infos: asking each segment for each
    term's frequency (reader.doc_frequency) cost a lookup per term per segment, 2 s of a search
    that found nothing on the White Paper index (43,000 terms, two segments)."""
    frequency: dict[bytes, int] = {}
    for leaf, _base in reader.leaf_readers():
        for term, df in _field_doc_frequencies(leaf, fieldname):
            frequency[term] = frequency.get(term, 0) + df
    for term in sorted(frequency):
        yield term.decode("utf-8"), frequency[term]


#: A whoosh3 term info's document frequency: after its flags byte and its weight (W3TermInfo._struct, "!BfI…").
_TERMINFO_DF = struct.Struct("!I")
_TERMINFO_DF_AT = 5


def _field_doc_frequencies(leaf, fieldname: str) -> Iterable[tuple[bytes, int]]:
    """(term bytes, document frequency) of a segment's field, read from its term table's raw
    entries: decoding each whole term info (iter_field) unpickled the postings stored inline
    with rare terms, 0.6 of the 0.9 s a search that found nothing spent on the shared corpus
    (1,894 documents, 63,000 terms).  Whoosh's own reading where the table is not whoosh3's."""
    terms = getattr(leaf, "_terms", None)
    table, fieldmap = getattr(terms, "_tindex", None), getattr(terms, "_fieldmap", None)
    if table is None or fieldmap is None or fieldname not in fieldmap or not hasattr(table, "items_from"):
        yield from ((term, info.doc_frequency()) for term, info in leaf.iter_field(fieldname))
        return
    prefix = struct.pack("!H", fieldmap[fieldname])
    unpack = _TERMINFO_DF.unpack_from
    for key, value in table.items_from(prefix):
        if key[:2] != prefix:
            break
        yield key[2:], unpack(value, _TERMINFO_DF_AT)[0]


def _state_key(stamp, generation: str, reader) -> tuple:
    """What a searcher reads, as a key of what its threads share: the index's ictsearch.json
    (another after a deletion and a build in its place), the generation (--rebuild), the commit
    and its segments with their deletions (another process's `ictsearch index`)."""
    return stamp, generation, reader.generation(), tuple(snapshot(reader))


def open_index(path: str | os.PathLike | None = None) -> Index:
    """Open the index at `path` (default: $ICTSEARCH_INDEX or the per-user data directory)."""
    return Index(path)


def _normalized(query: str) -> str:
    from ictsearch.indexer.normalize import normalize_query

    return normalize_query(query)
