"""Read an index's files where they are mapped, without copying them into memory.

Whoosh memory-maps a segment's compound file, then wraps each sub-file it
opens (postings, stored fields, terms) in a ``BufferFile`` whose constructor
makes a ``BytesIO`` of the sub-file: a copy of all of it.  A search reads a
few blocks, so the copy only cost time and memory: a fresh process spent
0.22 s of its first search at the White Paper ×5 copying 197 MB (the postings
145 MB, the stored text 48 MB).  ``MappedFile`` reads its sequential parts
(``seek``/``read``: a postings list's header, pickles) from the map too.

A reader's first stored document also opens the stored-fields column, whose
offsets Whoosh derives from the lengths by a Python loop over every document
(5 ms of a searcher's first ``stored_fields`` at the White Paper ×5): once per
process, and once per thread, each thread having its own reader.
``_read_offsets_and_lengths`` sums them in C (``itertools.accumulate``).
"""

from __future__ import annotations

import errno
import struct
from array import array
from itertools import accumulate

from whoosh import columns
from whoosh.filedb import compound
from whoosh.filedb.structfile import BufferFile


#: What ``peek`` returns at most: more than a posting block's header pickle (a few hundred
#: bytes), much less than the 128 kB the unpickler asks for (a copy each call).
PEEK_BYTES = 4096


class MappedReader:
    """The read side of a ``BytesIO`` over a buffer (a memoryview of the map), without the copy."""

    def __init__(self, buf):
        self._buf = buf
        self._size = len(buf)
        self._pos = 0

    def read(self, size: int | None = -1) -> bytes:
        start = self._pos
        end = self._size if size is None or size < 0 else min(self._size, start + size)
        if end <= start:
            return b""
        self._pos = end
        return bytes(self._buf[start:end])

    def peek(self, size: int = 0) -> bytes:
        """Bytes ahead, without moving (at most PEEK_BYTES): pickle.load reads through it in one call
        instead of a Python-level ``read`` per opcode (a posting block's header is a pickle)."""
        start = self._pos
        return bytes(self._buf[start:min(self._size, start + max(1, min(size, PEEK_BYTES)))])

    def readinto(self, b) -> int:
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        start = self._pos
        end = self._size if size is None or size < 0 else min(self._size, start + size)
        buf = self._buf
        i = start
        while i < end:  # rarely used (pickles of text protocols): a chunk at a time
            newline = bytes(buf[i:min(end, i + 256)]).find(b"\n")
            if newline >= 0:
                end = i + newline + 1
                break
            i += 256
        return self.read(end - start)

    def __iter__(self):
        while line := self.readline():
            yield line

    def seek(self, pos: int, whence: int = 0) -> int:
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += self._size
        if pos < 0:
            # As a real file says it (OSError, EINVAL): a damaged offset, which the store's reading() turns into
            # CorruptIndex; a ValueError raised here, outside Whoosh's code, passed as a bug (a segment with
            # garbage in it, tests/test_reliability_faults.py, crashed a search now and then).
            raise OSError(errno.EINVAL, f"negative seek position {pos}")
        self._pos = pos
        return pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        pass


class MappedFile(BufferFile):
    """A ``BufferFile`` that reads sequentially from the buffer too (``BufferFile`` copies it into a ``BytesIO``)."""

    def __init__(self, buf, name=None, onclose=None):
        # BufferFile.__init__ with a MappedReader for its ``BytesIO(buf)``.
        self._buf = buf
        self._name = name
        self.file = MappedReader(buf)
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False


_whoosh_offsets = columns.VarBytesColumn.Reader._read_offsets_and_lengths


def _read_offsets_and_lengths(self) -> None:
    """Whoosh's ``VarBytesColumn.Reader._read_offsets_and_lengths``, the same arrays, the offsets
    of a column that has none stored summed from the lengths in C instead of a loop."""
    dbfile = self._dbfile
    lastbyte = self._basepos + self._length - 1
    lens_code = chr(dbfile.get_byte(lastbyte))
    if lens_code == "X":  # offsets stored too (columns of over 32,768 rows): Whoosh reads them whole
        return _whoosh_offsets(self)
    doccount = self._doccount
    lengths = dbfile.get_array(lastbyte - struct.calcsize(lens_code) * doccount, lens_code, doccount)
    offsets = array("L", accumulate(lengths, initial=0))
    offsets.pop()  # the total: one past the last row
    self._offsets = offsets
    self._lengths = lengths


def install() -> None:
    """Make Whoosh's compound storage open sub-files as ``MappedFile``, and its byte columns sum
    their offsets in C (once per process)."""
    if compound.BufferFile is BufferFile:
        compound.BufferFile = MappedFile
    columns.VarBytesColumn.Reader._read_offsets_and_lengths = _read_offsets_and_lengths
