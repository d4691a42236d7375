"""Documents by their file's name or path: ``--path`` / ``search(path=…)``.

A user who remembers a file by its name (「R5_事業計画.pdf」, 「情報通信白書_第3章」, 「資料3-2」)
found nothing by it: names are no text of the document, and typed as a query 「R5_事業計画」 found
nothing at all.  A name or a pattern filters the documents whose path fits it:

- without a ``/``, the file's name: a pattern with ``*`` ``?`` ``[…]`` as the shell reads it
  (``*事業計画*``, ``R5_*.pdf``), else any name that holds it (``事業計画``, ``R5_事業計画.pdf``);
- with a ``/`` (or a Windows ``\\``), the whole path the same way (``2023/``, ``*/会議/*``).

Both sides are compared in NFKC and case-blind, so ``r5_事業計画`` finds 「Ｒ５＿事業計画.PDF」.
The stored ``path`` field (one term per document) is what is read: no index format change.
"""

from __future__ import annotations

import fnmatch
import os
import re
import unicodedata

from whoosh import query as wq

_WILDCARDS = frozenset("*?[")


def fold(text: str) -> str:
    """text as names are compared: NFKC (full-width letters and ＿ as typed half-width), case-blind,
    and a Windows path's \\ as / (「2023\\事業計画」 copied from Explorer found nothing)."""
    return unicodedata.normalize("NFKC", text).casefold().replace("\\", "/")


def _matcher(pattern: str):
    """(whether to compare whole paths, a test of the folded name or path) for `pattern`."""
    p = fold(pattern.strip())
    whole = "/" in p
    if _WILDCARDS & set(p):
        if whole and not p.startswith("/"):
            p = "*" + p  # a path from a folder of the collection down: 2023/*計画*
        return whole, lambda target: fnmatch.fnmatchcase(target, p)
    return whole, lambda target: p in target


def matches(pattern: str, path: str) -> bool:
    """Whether the document at `path` fits `pattern` (see the module's docstring)."""
    whole, test = _matcher(pattern)
    return test(fold(path if whole else os.path.basename(path)))


def as_patterns(value) -> list[str]:
    """The patterns a ``path=`` value gives: a string or a list of them (any of which matches)."""
    if value is None:
        return []
    from ictsearch.indexer.errors import BadQuery, quoted

    problem = BadQuery(f"path filter {quoted(value)}: give a file's name, a part of it or a pattern (*事業計画*)")
    try:
        values = [value] if isinstance(value, (str, os.PathLike)) else list(value)
    except TypeError:  # path=5: one IctsearchError, as every other filter gives, not Python's TypeError
        raise problem from None
    out = [os.fspath(v).strip() if isinstance(v, (str, os.PathLike)) else v for v in values]
    if not out:
        # path=[] (a form's list of names with none ticked) is no filter, as region=[] and theme=[] are;
        # it was "path filter []: give a file's name…" where the other filters kept every document.
        return []
    if not all(isinstance(v, str) and v for v in out):
        if out and all(v == "" for v in out):
            # --path "$NAME" with NAME unset was "path filter ['']: give a file's name…".
            raise BadQuery("the path filter is empty: give a file's name, a part of it or a pattern (*事業計画*), "
                           "or leave it out")
        raise problem
    return out


class Names:
    """The documents' paths of one index state, folded once (shared by its searchers)."""

    def __init__(self, reader):
        # The terms of removed documents too, until their segment is merged: a filter's term of one
        # matches nothing, and the note on files named so checks that its files are live.
        self.paths = [t.decode("utf-8") for t in reader.lexicon("path")] if "path" in reader.indexed_field_names() else []
        self.folded = [fold(p) for p in self.paths]
        self.names = [fold(os.path.basename(p)) for p in self.paths]

    def fitting(self, pattern: str) -> list[str]:
        whole, test = _matcher(pattern)
        targets = self.folded if whole else self.names
        return [p for p, t in zip(self.paths, targets) if test(t)]

    def query(self, patterns: list[str]) -> wq.Query:
        """The documents whose path fits any of `patterns`."""
        found = sorted({p for pattern in patterns for p in self.fitting(pattern)})
        if not found:
            return wq.NullQuery
        terms = [wq.Term("path", p) for p in found]
        return terms[0] if len(terms) == 1 else wq.Or(terms)


#: What marks a query as a file's name typed (R5_事業計画, 情報通信白書_第3章, 資料3-2.pdf): an underscore
#: or an extension, which queries otherwise never hold.
_LOOKS_LIKE_A_NAME = re.compile(r"_|\.(?:pdf|docx?|xlsx?|pptx?|html?|txt|md)$", re.IGNORECASE)


def looks_like_a_name(query: str) -> bool:
    return bool(_LOOKS_LIKE_A_NAME.search(fold(query.strip())))
