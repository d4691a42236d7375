"""Snippets: the sentences of a hit that hold the matched words, with highlight offsets.

Character offsets come from the postings (the body field stores them), so
nothing is re-analyzed at query time and a match deep in a long report gets
its snippet as readily as one on the first line; Whoosh's own highlighter
re-tokenizes each hit, splits sentences only at ``.!?`` and stops at 32 K.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

SENTENCE_ENDS = "。！？!?\n"
#: Most sentence fragments one snippet may join (the CLI's --fragments range).
MAX_FRAGMENTS = 5
#: Longest fragment kept whole; longer sentences are trimmed around the matches.
MAX_FRAGMENT = 140
#: Context kept before the first match of a trimmed fragment.
LEAD = 40
ELLIPSIS = "…"
_MARKERS = set("-*#>・●○■□◆◇※")
SEPARATOR = " … "


class Snippet(NamedTuple):
    text: str
    highlights: tuple[tuple[int, int], ...]
    #: Offset in the document of the first highlighted word (None when nothing matched the body).
    first_offset: int | None


def merge_spans(spans) -> list[tuple[int, int]]:
    """Sort and merge overlapping spans (a compound and its own sub-units overlap)."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


_SENTENCE_END = re.compile("[" + re.escape(SENTENCE_ENDS) + "]")


class _Sentences:
    """Sentence bounds in one text: its sentence ends found once, then a binary search per span.

    (Searching back and forth from each span for each end character scanned most
    of a long report per span: half the time of a search at the White Paper ×5.)
    """

    def __init__(self, text: str):
        self.size = len(text)
        self.ends = [m.start() for m in _SENTENCE_END.finditer(text)]

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """[lo, hi) of the sentence holding [start, end): after the last end before `start`, through the first at or after `end`."""
        i = bisect.bisect_left(self.ends, start)
        j = bisect.bisect_left(self.ends, end)
        return (self.ends[i - 1] + 1 if i else 0), (self.ends[j] + 1 if j < len(self.ends) else self.size)


def _clean(fragment: str) -> str:
    # Same length in, same length out: offsets into the fragment stay valid.
    return fragment.replace("\n", " ").replace("\t", " ")


def _fragment(text: str, lo: int, hi: int, spans: list[tuple[int, int]], max_chars: int):
    """Cut [lo, hi) to at most max_chars around its spans; return (fragment, highlights, first)."""
    first_match = min((s for s, _e in spans if s >= lo), default=hi)
    # List and Markdown markers at a line start are layout, not content: 「- ・テレワークの推進」.
    while lo < min(hi, first_match) and (text[lo].isspace() or text[lo] in _MARKERS):
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    inside = [(max(s, lo), min(e, hi)) for s, e in spans if s < hi and e > lo]
    prefix = suffix = ""
    if hi - lo > max_chars:
        first = inside[0][0] if inside else lo
        new_lo = max(lo, first - LEAD)
        new_hi = min(hi, new_lo + max_chars)
        if new_hi == hi:
            new_lo = max(lo, hi - max_chars)
        if new_lo > lo:
            prefix = ELLIPSIS
        if new_hi < hi:
            suffix = ELLIPSIS
        lo, hi = new_lo, new_hi
        inside = [(max(s, lo), min(e, hi)) for s, e in inside if s < hi and e > lo]
    frag = prefix + _clean(text[lo:hi]) + suffix
    shift = len(prefix) - lo
    return frag, [(s + shift, e + shift) for s, e in inside], (inside[0][0] if inside else None)


def make_snippet(text: str, spans, *, fragments: int = 2, max_chars: int = MAX_FRAGMENT) -> Snippet:
    """One or more sentence fragments of `text` around `spans` (document offsets), best first by content."""
    spans = merge_spans(spans)
    sentence = _Sentences(text)
    if not spans:
        lo, hi = sentence.bounds(0, 0) if text else (0, 0)
        frag, _, _ = _fragment(text, 0, hi, [], max_chars)
        return Snippet(frag, (), None)

    # Group the spans by sentence and score each sentence by the distinct words it holds.
    sentences: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for s, e in spans:
        bounds = sentence.bounds(s, e)
        sentences.setdefault(bounds, []).append((s, e))

    def score(item):
        (lo, _hi), sp = item
        distinct = len({text[s:e] for s, e in sp})
        return (-distinct, -len(sp), lo)

    ranked = sorted(sentences.items(), key=score)
    best = ranked[0]
    words_best = {text[s:e] for s, e in best[1]}
    # A further sentence earns its place only by adding a word the best one lacks.
    chosen = [best] + [it for it in ranked[1:] if {text[s:e] for s, e in it[1]} - words_best][: max(1, fragments) - 1]
    chosen.sort(key=lambda it: it[0][0])

    parts: list[str] = []
    highlights: list[tuple[int, int]] = []
    first_offset = None
    pos = 0
    for (lo, hi), sp in chosen:
        if parts:
            parts.append(SEPARATOR)
            pos += len(SEPARATOR)
        frag, hl, first = _fragment(text, lo, hi, sp, max_chars)
        if first_offset is None or (first is not None and first < first_offset):
            first_offset = first if first_offset is None else min(first_offset, first)
        parts.append(frag)
        highlights += [(s + pos, e + pos) for s, e in hl]
        pos += len(frag)
    return Snippet("".join(parts), tuple(highlights), first_offset)


def mark(text: str, highlights, before: str = "【", after: str = "】") -> str:
    """`text` with each highlighted span wrapped in markers (brackets, or terminal colour codes)."""
    out: list[str] = []
    pos = 0
    for s, e in highlights:
        out += [text[pos:s], before, text[s:e], after]
        pos = e
    out.append(text[pos:])
    return "".join(out)
