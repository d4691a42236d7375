"""The documents of every facet value, as bitsets, kept in a file beside each commit.

Reading the facet fields' postings was a fifth of a fresh process's first
search (25 ms at ×1, 50 ms at the White Paper ×5), so each commit also writes
each value's set of documents beside the index (``write``:
``facets-<TOC generation>.sets``); a searcher of that very generation loads them
(``load``), any other (an index written before the file existed, a run killed
between its commit and the file) reads the postings as before.  The file is
derived data: it needs no index format version of its own (indexer/schema.py).

The file is a JSON header (the values of each facet) and then, per value, its
set as a little-endian bitset of the index's size (search/bitsets.py): loading
one is a single ``int.from_bytes``.  Until 2026-12-02 the file held (value,
document) pairs of int32, and turning them into sets was 16 ms of a fresh
search at ×5; the sets are smaller too (1.2 kB per value at 9,350 documents:
114 kB for the White Paper ×5 against 254 kB of pairs).  A CRC-32 of header and sets
stands before them, because a damaged set would otherwise pass every check of
the header and count wrong.
"""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

from ictsearch.indexer.fields import FIELDS_BY_NAME
from ictsearch.indexer.store import replace_with

from . import bitsets
from .facets import FACETS, FACETS_BY_NAME

#: The layout of the file; a file of another layout is ignored (read from the postings).
#: 1 was an ``.npz`` written with numpy; 2 a header and int32 arrays of (value, document)
#: pairs in ``.pairs``; 3 the same with a CRC-32; 4 this module's bitsets, in ``.sets``.
LAYOUT = 4
PREFIX = "facets-"
SUFFIX = ".sets"
#: Files of earlier layouts, removed when a commit writes its sets.
_OLD_SUFFIXES = (".pairs", ".npz")
_PREAMBLE = struct.Struct("<II")  # the header's length, the CRC-32 of all that follows


def path_for(directory: Path, generation: int) -> Path:
    """Where the sets of the index's TOC generation `generation` live."""
    return Path(directory) / f"{PREFIX}{generation}{SUFFIX}"


def snapshot(reader) -> list[str]:
    """What the sets are valid for, besides the generation: the segments and their deletions."""
    segments = [leaf.segment() for leaf, _ in reader.leaf_readers()]
    return [f"{s.segment_id()}:{s.doc_count_all()}:{s.deleted_count()}" for s in segments if s is not None]


def value_docs(searcher, facet: str) -> dict[str, list[int]]:
    """value -> live document numbers holding it (ascending), from the facet field's postings."""
    fieldname = FACETS_BY_NAME[facet].field
    reader = searcher.reader()
    if fieldname not in reader.indexed_field_names():
        return {}
    fieldobj = searcher.schema[fieldname]
    if FIELDS_BY_NAME[fieldname].kind == "int":
        # A numeric field also indexes coarser copies of each value for ranges; only the exact ones count.
        terms = fieldobj.sortable_terms(reader, fieldname)
        decode = lambda b: str(fieldobj.from_bytes(b))
    else:
        terms = reader.lexicon(fieldname)
        decode = lambda b: b.decode("utf-8")
    out: dict[str, list[int]] = {}
    for tbytes in terms:
        ids = list(reader.postings(fieldname, tbytes).all_ids())  # deleted documents are left out
        if ids:
            out[decode(tbytes)] = ids
    return out


def load(reader, directory: Path) -> dict[str, dict[str, int]]:
    """facet -> value -> bitset of its live documents, if `directory` holds the sets of exactly
    this reader's index; else {} (the caller reads the postings)."""
    if reader.generation() is None:
        return {}  # an empty index: nothing to count
    try:
        data = path_for(directory, reader.generation()).read_bytes()
        length, crc = _PREAMBLE.unpack_from(data)
        if zlib.crc32(memoryview(data)[_PREAMBLE.size:]) != crc:
            return {}
        header = json.loads(data[_PREAMBLE.size:_PREAMBLE.size + length])
        size = reader.doc_count_all()
        if (header["layout"] != LAYOUT or header["size"] != size
                or header["snapshot"] != snapshot(reader)):
            return {}
        width = _width(size)
        out = {}
        offset = _PREAMBLE.size + length
        for facet in FACETS:
            labels = header["facets"][facet.name]
            if not (isinstance(labels, list) and all(isinstance(v, str) for v in labels)):
                return {}
            if FIELDS_BY_NAME[facet.field].kind == "int" and not all(v.isdecimal() for v in labels):
                return {}  # counting.py reads the values of a numeric facet as numbers
            sets = {}
            for label in labels:
                bits = int.from_bytes(data[offset:offset + width], "little")
                offset += width
                # What the CRC cannot vouch for, a file written wrong: no member past the index.
                if bits >> size:
                    return {}
                sets[label] = bits
            out[facet.name] = sets
        if offset != len(data):
            return {}  # cut short, or more than the header names
        return out
    except (OSError, KeyError, ValueError, TypeError, struct.error):
        return {}  # none yet, an older index, or a file cut short or damaged: read the postings


def _width(size: int) -> int:
    """Bytes per set in an index of `size` documents."""
    return (size + 7) // 8


def write(index_dir: Path) -> Path | None:
    """Write the facet sets of the Whoosh index in `index_dir` as it is now, beside it; drop older ones.

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
        if reader.generation() is None:
            return None
        size = reader.doc_count_all()
        facets: dict[str, list[str]] = {}
        body = []
        for facet in FACETS:
            values = value_docs(searcher, facet.name)
            facets[facet.name] = list(values)
            body += [bitsets.from_docs(docs).to_bytes(_width(size), "little") for docs in values.values()]
        header = json.dumps({"layout": LAYOUT, "size": size, "snapshot": snapshot(reader),
                             "facets": facets}, ensure_ascii=False).encode("utf-8")
        path = path_for(index_dir, reader.generation())
    body.insert(0, header)
    crc = 0
    for part in body:
        crc = zlib.crc32(part, crc)
    if not replace_with(path, [_PREAMBLE.pack(len(header), crc), *body]):
        return None
    for old in index_dir.glob(f"{PREFIX}*"):
        if old != path and old.suffix in (SUFFIX, *_OLD_SUFFIXES):
            old.unlink(missing_ok=True)
    # The partial file of a run killed while writing (the commits hold the index's lock, so
    # no other run is writing one now).
    for stale in index_dir.glob(f".{PREFIX}*.tmp"):
        stale.unlink(missing_ok=True)
    return path
