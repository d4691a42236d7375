"""Reading positions and character offsets of the terms at hand, once per term per search."""

from __future__ import annotations


class Postings:
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
