"""The did-you-mean vocabulary, kept in a file beside each commit.

A search that finds nothing suggests index terms close to its words
(search/suggest.py), which needs the body field's every term with its document
frequency and the katakana readings of its kanji terms.  Made at search time,
that walked the whole lexicon and looked each kanji term up in Sudachi: 0.8 s
of the first such search on the shared corpus (1,894 documents, 43,700 terms),
which users meet exactly when they mistype.  So the first search of a commit
that makes it also saves it beside the index (``build``: ``vocabulary-<TOC
generation>.pickle``), reusing the readings of the one it replaces, and any later
searcher of that very generation, in any process, loads it (``load``).
Like the facet sets (search/facet_sets.py) the file is derived data: it needs no
index format version of its own.

The file is a CRC-32 and the pickle of a header (layout, what it is valid for)
and of :meth:`Vocabulary.state` (dicts, lists and strings: the Whoosh table of
contents beside it is a pickle too).
"""

from __future__ import annotations

import os
import pickle
import struct
import zlib
from pathlib import Path

from ictsearch.indexer.store import replace_with

from .facet_sets import snapshot
from .suggest import Vocabulary

#: The layout of the file; a file of another layout is ignored (the vocabulary is made anew).
LAYOUT = 1
PREFIX = "vocabulary-"
SUFFIX = ".pickle"
#: The field whose terms are suggested.
FIELD = "body"
_CRC = struct.Struct("<I")


def _dictionary() -> str:
    """The Sudachi packages the readings come from."""
    from ictsearch.indexer.metadata import _sudachi_versions

    return _sudachi_versions()


def path_for(directory: Path, generation: int) -> Path:
    """Where the vocabulary of the index's TOC generation `generation` lives."""
    return Path(directory) / f"{PREFIX}{generation}{SUFFIX}"


def _read(path: Path) -> tuple[dict, tuple] | None:
    data = path.read_bytes()
    (crc,) = _CRC.unpack_from(data)
    if zlib.crc32(memoryview(data)[_CRC.size:]) != crc:
        return None
    header, state = pickle.loads(memoryview(data)[_CRC.size:])
    return header, state


def load(reader, directory: Path) -> Vocabulary | None:
    """The vocabulary written for exactly this reader's index state, if `directory` holds it; else None."""
    if reader.generation() is None:
        return None
    try:
        found = _read(path_for(directory, reader.generation()))
        if found is None:
            return None
        header, state = found
        if (header.get("layout") != LAYOUT or header.get("size") != reader.doc_count_all()
                or header.get("snapshot") != snapshot(reader)):
            return None
        return Vocabulary.from_state(state)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, EOFError, struct.error, pickle.UnpicklingError):
        return None  # none yet, an older index, or a file cut short or damaged: make it


def _known(index_dir: Path) -> Vocabulary | None:
    """The newest file's vocabulary when its readings are of the same dictionary (its readings are
    reused: only terms new since are looked up), else None."""
    older = sorted(index_dir.glob(f"{PREFIX}*{SUFFIX}"), key=os.path.getmtime)
    if not older:
        return None
    try:
        found = _read(older[-1])
        # Readings are the dictionary's: after an upgrade of it every term is looked up again.
        if found is not None and found[0].get("layout") == LAYOUT and found[0].get("dictionary") == _dictionary():
            return Vocabulary.from_state(found[1])
    except (OSError, ValueError, TypeError, KeyError, AttributeError, EOFError, struct.error, pickle.UnpicklingError):
        pass
    return None


def _generation(path: Path) -> int | None:
    try:
        return int(path.name[len(PREFIX):-len(SUFFIX)])
    except ValueError:
        return None


def build(reader, index_dir: Path) -> Vocabulary:
    """The vocabulary of this reader's index state, made from its lexicon (reusing the readings of the
    newest file beside it), and saved beside the index for the next process: the first search of a
    commit that finds nothing makes it, any later one of that commit, in any process, loads it.

    Made here rather than at each commit: written at commit it cost every update 0.6-1.6 s (shared
    corpus, machine at load 9-14) for a file most commits' searches never read.  Saving is best
    effort: a read-only index (a shared folder) just makes it again in each process."""
    from .api import _lexicon

    index_dir = Path(index_dir)
    vocab = Vocabulary(list(_lexicon(reader, FIELD)), known=_known(index_dir))
    generation = reader.generation()
    if generation is None:
        return vocab
    header = {"layout": LAYOUT, "size": reader.doc_count_all(), "snapshot": snapshot(reader),
              "dictionary": _dictionary()}
    body = pickle.dumps((header, vocab.state()), protocol=pickle.HIGHEST_PROTOCOL)
    path = path_for(index_dir, generation)
    if not replace_with(path, [_CRC.pack(zlib.crc32(body)), body]):
        return vocab
    # Files of earlier commits only: a process still on an older commit must not drop a newer one's.
    for old in index_dir.glob(f"{PREFIX}*{SUFFIX}"):
        g = _generation(old)
        if g is not None and g < generation:
            old.unlink(missing_ok=True)
    return vocab
