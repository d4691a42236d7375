"""Facet counts of a result set, and each document's 年度 and year for sorting.

Each facet value's documents are read once per searcher from the postings (a
few dozen values per facet) into (document, value) pair arrays, so counting a
result set is one ``bincount`` per facet, not a pass over stored documents
(bench/scale.py times it against set intersections, int bitsets and pyroaring).

Reading those postings was a fifth of a fresh process's first search (25 ms
at ×1, 50 ms at the White Paper ×5), so each commit also writes the pairs
beside the index (``write_ready``: ``facets-<TOC generation>.npz``, a few
hundred kB at ×5); a searcher of that very generation loads them, any other
(an index written before the file existed, a run killed between its commit
and the file) reads the postings as before.  The file is derived data: it
needs no index format version of its own (indexer/schema.py).
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import numpy as np

from ictsearch.indexer.fields import FIELDS_BY_NAME

from .evaluate import Arrays
from .facets import FACETS, FACETS_BY_NAME, TOP_VALUES
from .results import FacetCounts

#: The layout of the ready-made file; a file of another layout is ignored (read from the postings).
READY_LAYOUT = 1
READY_PREFIX = "facets-"


def ready_path(directory: Path, generation: int) -> Path:
    """Where the ready-made facet pairs of the index's TOC generation `generation` live."""
    return Path(directory) / f"{READY_PREFIX}{generation}.npz"


def _snapshot(reader) -> list[str]:
    """What the pairs are valid for, besides the generation: the segments and their deletions."""
    segments = [leaf.segment() for leaf, _ in reader.leaf_readers()]
    return [f"{s.segment_id()}:{s.doc_count_all()}:{s.deleted_count()}" for s in segments if s is not None]


class FacetCache:
    """Per-searcher document sets of every facet value, and the same as arrays for counting."""

    def __init__(self, searcher, directory: Path | None = None):
        """`directory`: the index folder, where a ready-made file of the pairs may be (see ``write_ready``)."""
        self.searcher = searcher
        self.size = searcher.reader().doc_count_all()
        self._values: dict[str, dict[str, frozenset[int]]] = {}
        self._pairs: dict[str, tuple[list[str], np.ndarray, np.ndarray, np.ndarray]] = {}
        self._numbers: dict[str, np.ndarray] = {}
        self._ready = _load_ready(searcher.reader(), directory) if directory is not None else {}

    def values(self, facet: str) -> dict[str, frozenset[int]]:
        """value -> live document numbers holding it."""
        cached = self._values.get(facet)
        if cached is not None:
            return cached
        if facet in self._ready:
            labels, codes, docs = self._ready[facet]
            order = np.argsort(codes, kind="stable")
            bounds = np.searchsorted(codes[order], np.arange(len(labels) + 1))
            out = {v: frozenset(docs[order[a:b]].tolist()) for v, a, b in zip(labels, bounds, bounds[1:])}
            self._values[facet] = out
            return out
        self._values[facet] = out = self._read_values(facet)
        return out

    def _read_values(self, facet: str) -> dict[str, frozenset[int]]:
        """:meth:`values` from the facet field's postings."""
        fieldname = FACETS_BY_NAME[facet].field
        reader = self.searcher.reader()
        fieldobj = self.searcher.schema[fieldname]
        out: dict[str, frozenset[int]] = {}
        if FIELDS_BY_NAME[fieldname].kind == "int":
            # A numeric field also indexes coarser copies of each value for ranges; only the exact ones count.
            terms = fieldobj.sortable_terms(reader, fieldname)
            decode = lambda b: str(fieldobj.from_bytes(b))
        else:
            terms = reader.lexicon(fieldname) if fieldname in reader.indexed_field_names() else []
            decode = lambda b: b.decode("utf-8")
        arrays = Arrays.for_searcher(self.searcher)
        for tbytes in terms:
            ids = arrays.term_bytes(fieldname, tbytes)[0]
            live = ids[arrays.live[ids]]
            if len(live):
                out[decode(tbytes)] = frozenset(live.tolist())
        return out

    def _arrays(self, facet: str):
        """(values, value index per (document, value) pair, document per pair, mask of documents with a value)."""
        found = self._pairs.get(facet)
        if found is None and facet in self._ready:
            labels, codes, docs = self._ready[facet]
            having = np.zeros(self.size, dtype=bool)
            having[docs] = True
            found = self._pairs[facet] = (labels, codes, docs, having)
        elif found is None:
            labels = list(self.values(facet))
            sets = list(self.values(facet).values())
            docs = np.fromiter((d for s in sets for d in s), dtype=np.int64, count=sum(map(len, sets)))
            codes = np.repeat(np.arange(len(sets)), [len(s) for s in sets])
            having = np.zeros(self.size, dtype=bool)
            having[docs] = True
            found = self._pairs[facet] = (labels, codes, docs, having)
        return found

    def _number_of(self, facet: str) -> np.ndarray:
        """A single-valued numeric facet per document (0: none)."""
        found = self._numbers.get(facet)
        if found is None:
            labels, codes, docs, _ = self._arrays(facet)
            found = np.zeros(self.size, dtype=np.int64)
            found[docs] = np.array([int(v) for v in labels], dtype=np.int64)[codes] if len(labels) else 0
            self._numbers[facet] = found
        return found

    def fiscal_years(self) -> np.ndarray:
        """Each document's 年度 (0: none), by document number."""
        return self._number_of("fiscal_year")

    def years(self) -> np.ndarray:
        """The calendar year of each document's own date (0: none), from the index (not its stored fields)."""
        found = self._numbers.get("year")
        if found is None:
            reader = self.searcher.reader()
            fieldobj = self.searcher.schema["year"]
            found = np.zeros(self.size, dtype=np.int64)
            if "year" in reader.indexed_field_names():
                arrays = Arrays.for_searcher(self.searcher)
                for tbytes in fieldobj.sortable_terms(reader, "year"):
                    found[arrays.term_bytes("year", tbytes)[0]] = int(fieldobj.from_bytes(tbytes))
            self._numbers["year"] = found
        return found

    def _mask(self, docset) -> np.ndarray:
        """None (the whole index), a set of document numbers or a mask, as a mask of live documents."""
        if isinstance(docset, np.ndarray):
            return docset
        if docset is None:
            return Arrays.for_searcher(self.searcher).live
        mask = np.zeros(self.size, dtype=bool)
        if docset:
            mask[np.fromiter(docset, dtype=np.int64)] = True
        return mask

    def counts(self, docset, top: int | None = TOP_VALUES) -> FacetCounts:
        """Counts per facet value in `docset` (None: the whole index), largest first, the first `top` of each."""
        return self.top_counts(docset, top)[0]

    def top_counts(self, docset, top: int | None = TOP_VALUES) -> tuple[FacetCounts, dict[str, int]]:
        """:meth:`counts`, and per facet how many more values `docset` holds than were kept.

        One ``bincount`` per facet over its (document, value) pairs: bench/scale.py
        compares it with set intersections, int bitsets and pyroaring.
        """
        mask = self._mask(docset)
        result: FacetCounts = {}
        more: dict[str, int] = {}
        for facet in FACETS:
            labels, codes, docs, _ = self._arrays(facet.name)
            per_value = np.bincount(codes[mask[docs]], minlength=len(labels)).tolist()
            counts = [(v, n) for v, n in zip(labels, per_value) if n]
            counts.sort(key=lambda vc: facet.sort_key(*vc))
            if top is not None and len(counts) > top:
                more[facet.name] = len(counts) - top
                counts = counts[:top]
            result[facet.name] = dict(counts)
        return result, more

    def missing(self, docset) -> dict[str, int]:
        """Documents of `docset` (None: the whole index) with no value, per facet."""
        mask = self._mask(docset)
        return {facet.name: int(np.count_nonzero(mask & ~self._arrays(facet.name)[3])) for facet in FACETS}


def _load_ready(reader, directory: Path) -> dict[str, tuple[list[str], np.ndarray, np.ndarray]]:
    """The ready-made pairs of every facet if `directory` holds them for exactly this reader's index, else {}."""
    if reader.generation() is None:
        return {}  # an empty index: nothing to count
    path = ready_path(directory, reader.generation())
    try:
        with np.load(path, allow_pickle=False) as f:
            if (int(f["layout"]) != READY_LAYOUT or int(f["size"]) != reader.doc_count_all()
                    or f["snapshot"].tolist() != _snapshot(reader)):
                return {}
            return {facet.name: (f[f"{facet.name}.labels"].tolist(), f[f"{facet.name}.codes"].astype(np.int64),
                                 f[f"{facet.name}.docs"].astype(np.int64)) for facet in FACETS}
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        return {}  # none yet, an older index, or a file cut short: read the postings


def write_ready(index_dir: Path) -> Path | None:
    """Write the facet pairs of the Whoosh index in `index_dir` as it is now, beside it; drop older ones.

    Called after each commit (indexer/writer.py).  Returns the file, or None when
    it could not be written (the searches read the postings then; nothing is lost).
    """
    from whoosh import index as whoosh_index

    from .mapped import install

    install()
    index_dir = Path(index_dir)
    ix = whoosh_index.open_dir(str(index_dir))
    with ix.searcher() as searcher:
        reader = searcher.reader()
        cache = FacetCache(searcher)
        arrays = {"layout": np.array(READY_LAYOUT), "size": np.array(reader.doc_count_all()),
                  "snapshot": np.array(_snapshot(reader), dtype=str)}
        for facet in FACETS:
            labels, codes, docs, _ = cache._arrays(facet.name)
            arrays[f"{facet.name}.labels"] = np.array(labels, dtype=str)
            arrays[f"{facet.name}.codes"] = codes.astype(np.int32)
            arrays[f"{facet.name}.docs"] = docs.astype(np.int32)
        if reader.generation() is None:
            return None
        path = ready_path(index_dir, reader.generation())
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(partial, "wb") as out:
            np.savez(out, **arrays)
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        return None
    for old in index_dir.glob(f"{READY_PREFIX}*.npz"):
        if old != path:
            old.unlink(missing_ok=True)
    return path
