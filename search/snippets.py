"""Snippets: the sentences of a hit that hold the matched words, with highlight offsets.

Character offsets come from the postings (the body field stores them), so
nothing is re-analyzed at query time and a match deep in a long report gets
its snippet as readily as one on the first line; Whoosh's own highlighter
re-tokenizes each hit, splits sentences only at ``.!?`` and stops at 32 K.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
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
    #: Offset in the document of the first highlighted word of the best fragment, the one the
    #: hit's page is given for (None when nothing matched the body).
    best_offset: int | None


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


#: How far a trimmed fragment's edge may move to land between words rather than inside one.
SNAP = 15


def _script(ch: str) -> str:
    """A character's kind for finding word edges: P punctuation or space, H hiragana, K katakana,
    A ASCII letter or digit, C kanji and the rest."""
    if ch.isspace() or unicodedata.category(ch)[0] in "PZS":
        return "P"
    if "\u3041" <= ch <= "\u309f":
        return "H"
    if "\u30a0" <= ch <= "\u30ff" or "\uff66" <= ch <= "\uff9f":
        return "K"
    if ch.isascii() and ch.isalnum():
        return "A"
    return "C"


def _edge_strength(text: str, i: int) -> int:
    """How clearly a cut before text[i] falls between words: 3 after punctuation or a space, 2
    where kana (a particle, an ending) give way to another script (を|利用), 1 at another change
    of script (ICT|利活用, データ|活用) but not into kana (利用|する: a word's own ending), 0 inside a
    run of one script (防|災, 利|用, IC|T)."""
    if i <= 0 or i >= len(text):
        return 3
    a, b = _script(text[i - 1]), _script(text[i])
    if a == "P":
        return 3
    if a == b or b == "P":
        return 0
    if a == "H":
        return 2
    return 0 if b == "H" else 1


def _snap(text: str, at: int, lo: int, hi: int) -> int:
    """The cut in [lo, hi] nearest to `at` that falls most clearly between words (`at` when none does)."""
    best, best_key = at, (0, 0)
    for i in range(lo, hi + 1):
        strength = _edge_strength(text, i)
        if strength and (strength, -abs(i - at)) > best_key:
            best, best_key = i, (strength, -abs(i - at))
    return best


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
        # The edges land between words where one is near (…災通信ネットワーク, …T利活用 were cut
        # out of 消防防災通信, ICT利活用), never past the first match.
        # Around the match whose window holds most of the query's words (the longer ones first),
        # not always the first: 国立大学法人【東北】大学 … then 総務省東北総合通信局, cut off, for
        # 東北総合通信局. A window as good as the first match's keeps the first.
        first, first_end = max(inside, key=lambda sp: _covered(text, inside, max(lo, sp[0] - min(LEAD, max_chars // 3)),
                                                               max_chars)) if inside else (lo, lo)
        new_lo = max(lo, first - min(LEAD, max_chars // 3))
        new_lo = _snap(text, new_lo, max(lo, new_lo - SNAP, first_end - max_chars), min(first, new_lo + SNAP))
        new_hi = min(hi, new_lo + max_chars)
        if new_hi == hi:
            new_lo = max(lo, hi - max_chars)
            new_lo = _snap(text, new_lo, new_lo, min(first, new_lo + SNAP))
        else:
            new_hi = _snap(text, new_hi, max(first_end, new_hi - SNAP), new_hi)
        if new_lo > lo:
            prefix = ELLIPSIS
        if new_hi < hi:
            suffix = ELLIPSIS
        lo, hi = new_lo, new_hi
        inside = [(max(s, lo), min(e, hi)) for s, e in inside if s < hi and e > lo]
    frag = prefix + _clean(text[lo:hi]) + suffix
    shift = len(prefix) - lo
    return frag, [(s + shift, e + shift) for s, e in inside], (inside[0][0] if inside else None)


def _covered(text: str, spans, start: int, width: int) -> int:
    """The characters of the distinct words among `spans` that fall inside [start, start + width)."""
    return sum(map(len, {text[s:e] for s, e in spans if start <= s and e <= start + width}))


#: How far back from a match to look for the scheme of the address it may stand in.
_URL_REACH = 300
_URL_STOP = set('"\'<>()[]{}|')


def _in_url(text: str, at: int) -> bool:
    """Whether text[at] is inside a web address (a run of ASCII with no space that holds :// or
    starts www.)."""
    i = at
    floor = max(0, at - _URL_REACH)
    while i > floor and text[i - 1].isascii() and not text[i - 1].isspace() and text[i - 1] not in _URL_STOP:
        i -= 1
    run = text[i:at]
    return "://" in run or run.startswith("www.")


def same_words(text: str, keys: dict) -> dict[str, str]:
    """Each spelling in `text` of a query word (`keys`: span → word, as term_spans fills it) mapped to one
    spelling of that word, so that the snippet counts 「Local」 (which the analyzer reads as ローカル)
    and 「ローカル」, or ＤＸ and DX, as one word. The spelling kept is one the word itself has after
    NFKC and case folding where the text has one (ローカル, not Local), so that it stays a part of the
    longer words shown (ローカル of ローカル5G)."""
    by_word: dict[str, list[str]] = {}
    for (s, e), word in sorted(keys.items()):
        surface = text[s:e]
        if surface not in by_word.setdefault(word, []):
            by_word[word].append(surface)
    same: dict[str, str] = {}
    for word, surfaces in by_word.items():
        if len(surfaces) < 2:
            continue
        plain = [w for w in surfaces if unicodedata.normalize("NFKC", w).casefold() == word]
        keep = (plain or surfaces)[0]
        for w in surfaces:
            same.setdefault(w, keep)
    return same


def make_snippet(text: str, spans, *, fragments: int = 2, max_chars: int = MAX_FRAGMENT,
                 same: dict[str, str] | None = None) -> Snippet:
    """One or more sentence fragments of `text` around `spans` (document offsets), best first by content.

    `same` maps other spellings of a query word to one (see same_words): a sentence holding only
    another spelling of a word the best one shows adds no word."""
    same = same or {}
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

    def word(s: int, e: int) -> str:
        w = text[s:e]
        return same.get(w, w)

    matched = {word(s, e) for s, e in spans if not _in_url(text, s)}

    def score(item):
        (lo, _hi), sp = item
        # A word matched inside an address (…/joho_tsusin/telework/index.htm) is no sentence about
        # it: counted, it made a footnote's URL the snippet of every White Paper section on テレワーク.
        plain = [(s, e) for s, e in sp if not _in_url(text, s)]
        distinct = {word(s, e) for s, e in plain}
        # Of two sentences with as many words, the one with fewer parts of a word matched whole
        # elsewhere: the sentence of 近畿総合通信局 above a title's 総合的 for 総合通信局 (総合, a
        # part, matched apart). Not the longer words: a longer synonym (地方公共団体 for 自治体,
        # Agriculture for 農業) then took the place of a typed word the snippet lacked (DX).
        parts = sum(1 for w in distinct if any(w != m and w in m for m in matched))
        return (-len(distinct), parts, -len(plain), -len({word(s, e) for s, e in sp}), lo)

    def words(sp):
        return {word(s, e) for s, e in sp if not _in_url(text, s)}

    ranked = sorted(sentences.items(), key=score)
    best = ranked[0]
    words_best = words(best[1])
    # A further sentence earns its place only by adding a word the best one lacks, and one adding
    # a word that is no part of a word the best shows comes first (the ローカル of 「Boschのローカル
    # キャンパス」 beside ローカル5G took the place of the sentence with 地方 for 「ローカル5G 地方」,
    # having the longer word).
    def part_only(sp) -> bool:
        return all(any(w in shown for shown in words_best) for w in words(sp))

    further = sorted((it for it in ranked[1:] if words(it[1]) - words_best), key=lambda it: part_only(it[1]))
    chosen = [best] + further[: max(1, fragments) - 1]
    chosen.sort(key=lambda it: it[0][0])

    parts: list[str] = []
    highlights: list[tuple[int, int]] = []
    best_offset = None
    pos = 0
    for (lo, hi), sp in chosen:
        frag, hl, first = _fragment(text, lo, hi, sp, max_chars)
        if parts:
            # One … between two fragments: a fragment trimmed at that edge brings its own
            # (「…尋ねた。 … …Foundation」, 「…柔軟かつ… … 66 Microsoft」 had two).
            if parts[-1].endswith(ELLIPSIS) and frag.startswith(ELLIPSIS):
                frag, hl = frag[len(ELLIPSIS):], [(s - len(ELLIPSIS), e - len(ELLIPSIS)) for s, e in hl]
            sep = " " if parts[-1].endswith(ELLIPSIS) or frag.startswith(ELLIPSIS) else SEPARATOR
            parts.append(sep)
            pos += len(sep)
        # The page of the best sentence, not of whichever fragment comes first in the text
        # (else, should the best one have lost its matches to trimming, the first fragment's).
        if first is not None and (best_offset is None or (lo, hi) == best[0]):
            best_offset = first
        parts.append(frag)
        highlights += [(s + pos, e + pos) for s, e in hl]
        pos += len(frag)
    return Snippet("".join(parts), tuple(highlights), best_offset)


def mark(text: str, highlights, before: str = "【", after: str = "】") -> str:
    """`text` with each highlighted span wrapped in markers (brackets, or terminal colour codes)."""
    out: list[str] = []
    pos = 0
    for s, e in highlights:
        out += [text[pos:s], before, text[s:e], after]
        pos = e
    out.append(text[pos:])
    return "".join(out)
