"""The (document, value) pairs of every facet: read from the postings, and kept in a file beside each commit.

Reading the facet fields' postings was a fifth of a fresh process's first
search (25 ms at ×1, 50 ms at the White Paper ×5), so each commit also writes
the pairs beside the index (``write``: ``facets-<TOC generation>.pairs``, a few
hundred kB at ×5); a searcher of that very generation loads them (``load``),
any other (an index written before the file existed, a run killed between its
commit and the file) reads the postings as before.  The file is derived data:
it needs no index format version of its own (indexer/schema.py).

The file is a JSON header and little-endian int32 arrays (``array``, no
numpy: importing numpy was 0.15 s of the 21-PDF index run); a CRC-32 of both
stands before them, because a damaged array would otherwise pass every check
of the header and crash the counting (a document number past the index) or
count wrong.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import zlib
from array import array
from pathlib import Path

from ictsearch.indexer.fields import FIELDS_BY_NAME

from .facets import FACETS, FACETS_BY_NAME

#: The layout of the file; a file of another layout is ignored (read from the postings).
#: 1 was an ``.npz`` written with numpy; 2 this module's header and int32 arrays;
#: 3 the same with a CRC-32 of header and arrays after the header's length.
LAYOUT = 3
PREFIX = "facets-"
SUFFIX = ".pairs"
_PREAMBLE = struct.Struct("<II")  # the header's length, the CRC-32 of all that follows


def path_for(directory: Path, generation: int) -> Path:
    """Where the pairs of the index's TOC generation `generation` live."""
    return Path(directory) / f"{PREFIX}{generation}{SUFFIX}"


def snapshot(reader) -> list[str]:
    """What the pairs are valid for, besides the generation: the segments and their deletions."""
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


def load(reader, directory: Path) -> dict:
    """facet -> (values, value index per pair, document per pair) as int arrays, if `directory`
    holds the pairs of exactly this reader's index; else {} (the caller reads the postings)."""
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
        out = {}
        offset = _PREAMBLE.size + length
        for facet in FACETS:
            labels, count = header["facets"][facet.name]
            if not (isinstance(labels, list) and all(isinstance(v, str) for v in labels)):
                return {}
            if FIELDS_BY_NAME[facet.field].kind == "int" and not all(v.isdecimal() for v in labels):
                return {}  # counting.py reads the values of a numeric facet as numbers
            codes, docs = array("i"), array("i")
            codes.frombytes(data[offset:offset + 4 * count])
            docs.frombytes(data[offset + 4 * count:offset + 8 * count])
            if len(docs) != count:
                return {}  # cut short
            if sys.byteorder != "little":
                codes.byteswap()
                docs.byteswap()
            offset += 8 * count
            # What the CRC cannot vouch for, a file written wrong: every pair must index the labels and the index.
            if count and (min(codes) < 0 or max(codes) >= len(labels) or min(docs) < 0 or max(docs) >= size):
                return {}
            out[facet.name] = (labels, codes, docs)
        if offset != len(data):
            return {}
        return out
    except (OSError, KeyError, ValueError, TypeError, struct.error):
        return {}  # none yet, an older index, or a file cut short or damaged: read the postings


def write(index_dir: Path) -> Path | None:
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
        if reader.generation() is None:
            return None
        facets: dict[str, list] = {}
        arrays = []
        for facet in FACETS:
            values = value_docs(searcher, facet.name)
            codes = array("i", (code for code, docs in enumerate(values.values()) for _ in docs))
            docs = array("i", (d for docs in values.values() for d in docs))
            facets[facet.name] = [list(values), len(docs)]
            arrays += [codes, docs]
        header = json.dumps({"layout": LAYOUT, "size": reader.doc_count_all(), "snapshot": snapshot(reader),
                             "facets": facets}, ensure_ascii=False).encode("utf-8")
        path = path_for(index_dir, reader.generation())
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        if sys.byteorder != "little":
            for a in arrays:
                a.byteswap()
        body = [header] + [a.tobytes() for a in arrays]
        crc = 0
        for part in body:
            crc = zlib.crc32(part, crc)
        with open(partial, "wb") as out:
            out.write(_PREAMBLE.pack(len(header), crc))
            out.writelines(body)
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        return None
    for old in index_dir.glob(f"{PREFIX}*"):
        if old != path and old.suffix in (SUFFIX, ".npz"):  # .npz: layout 1
            old.unlink(missing_ok=True)
    return path
