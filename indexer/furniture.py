"""Remove page furniture: running heads and footers, and bare page numbers.

A line that repeats at the top or bottom of most pages (「関東ICT推進NPO連絡協議会
令和5年度事業報告」 on every page) or a page number (「- 3 -」, 「3」, 「3 / 12」)
is not part of the body: left in, it lands inside sentences, in snippets and in
the first lines the title is taken from.  Both are recognised on the raw page
texts, before lines are joined:

* a repeated line: the same line (digits masked, so 「第3回」 and 「第4回」 are
  the same, whitespace ignored) among the first or last few lines of at least
  60 % of the pages of a document of three pages or more — kept once, where it
  first stands, because it often names the issuer and the 年度;
* a page number: a bare number among the first or last few lines of a page
  that runs with the page index (number − page index is the same on at least
  half of the pages), so a table cell that happens to be a number stays; a
  number between dashes (「- 1 -」) is one on a single page too.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["remove_furniture"]

#: Lines at each end of a page where furniture sits.  PDFium returns text in
#: the order it was drawn, and reportlab and Word draw the running head and
#: footer before the body, LibreOffice after it: both ends are looked at.
_EDGE = 3
#: Share of pages a running line must be on (a heading repeated on half the
#: pages of a short deck is content).
_RUNNING_SHARE = 0.6
_MIN_PAGES = 3
#: Running heads are short; a long repeated line is a repeated paragraph.
_MAX_RUNNING_LEN = 60

_PAGE_NUMBER_RE = re.compile(
    r"^[-‐－―—–~〜・\s(（]*(?:p\.?|P\.?|ページ|page)?\s*([0-9０-９]{1,4})\s*"
    r"(?:[/／]\s*[0-9０-９]{1,4}|ページ|頁)?[-‐－―—–~〜・\s)）]*$",
    re.IGNORECASE,
)
_DASHED_PAGE_NUMBER_RE = re.compile(r"^[-‐－―—–]\s*([0-9０-９]{1,4})\s*[-‐－―—–]$")
_DIGITS_RE = re.compile(r"[0-9０-９]+")
_SPACE_RE = re.compile(r"\s+")
# A running line has words; a repeated bare number is data unless it runs with the pages.
_WORD_RE = re.compile(r"[^\W\d_]")


def remove_furniture(pages: list[str]) -> list[str]:
    """The page texts without running heads, footers and page numbers."""
    lines = [page.split("\n") for page in pages]
    edges = [_edge_indexes(page_lines) for page_lines in lines]
    drop: list[set[int]] = [set() for _ in pages]
    _mark_dashed_page_numbers(lines, edges, drop)
    if len(pages) < 2 and not any(drop):
        return pages
    _mark_page_numbers(lines, edges, drop)
    if len(pages) >= _MIN_PAGES:
        _mark_running_lines(lines, edges, drop)
    if not any(drop):
        return pages
    return ["\n".join(line for j, line in enumerate(page_lines) if j not in drop[i])
            for i, page_lines in enumerate(lines)]


def _edge_indexes(page_lines: list[str]) -> list[int]:
    filled = [j for j, line in enumerate(page_lines) if line.strip()]
    if len(filled) <= 2 * _EDGE:
        return filled
    return filled[:_EDGE] + filled[-_EDGE:]


def _mark_page_numbers(lines: list[list[str]], edges: list[list[int]], drop: list[set[int]]) -> None:
    candidates: list[list[tuple[int, int]]] = []  # per page: (line index, number - page index)
    for i, page_lines in enumerate(lines):
        found = []
        for j in edges[i]:
            match = _PAGE_NUMBER_RE.match(page_lines[j].strip())
            if match:
                found.append((j, int(match.group(1).translate(_FULL_WIDTH)) - i))
        candidates.append(found)
    offsets = Counter(offset for found in candidates for offset in {o for _, o in found})
    if not offsets:
        return
    offset, count = offsets.most_common(1)[0]
    if count < max(2, len(lines) / 2):
        return
    for i, found in enumerate(candidates):
        drop[i].update(j for j, o in found if o == offset)


def _mark_dashed_page_numbers(lines: list[list[str]], edges: list[list[int]], drop: list[set[int]]) -> None:
    """「- N -」 at a page's edge, the page number of Word's and the ministries' templates, is one
    on its own, on a one-page document too (a one-page 報道資料 is the commonest there is): a bare
    number needs pages to run with, a number set between dashes does not.  As with bare numbers,
    the numbers must run with the pages (N − page index the same on every page that has one)."""
    found = [(i, j, int(m.group(1).translate(_FULL_WIDTH)) - i) for i, page_lines in enumerate(lines)
             for j in edges[i] if (m := _DASHED_PAGE_NUMBER_RE.match(page_lines[j].strip()))]
    if found and len({offset for _, _, offset in found}) == 1:
        for i, j, _ in found:
            drop[i].add(j)


_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _key(line: str) -> str:
    return _DIGITS_RE.sub("#", _SPACE_RE.sub("", line))


def _mark_running_lines(lines: list[list[str]], edges: list[list[int]], drop: list[set[int]]) -> None:
    seen: Counter[str] = Counter()
    for i, page_lines in enumerate(lines):
        seen.update({_key(page_lines[j]) for j in edges[i] if j not in drop[i]})
    running = {key for key, count in seen.items()
               if count >= _RUNNING_SHARE * len(lines) and len(key) <= _MAX_RUNNING_LEN
               and _WORD_RE.search(key)}
    if not running:
        return
    # Each running line stays once, where it first stands: it often names the issuing body,
    # the 年度 and the kind of document (「北陸総合通信局 令和5年度 事業報告書」), which search
    # and the metadata need; only its repetitions would land inside the body's sentences.
    kept: set[str] = set()
    for i, page_lines in enumerate(lines):
        for j in edges[i]:
            key = _key(page_lines[j])
            if key in running:
                if key in kept:
                    drop[i].add(j)
                else:
                    kept.add(key)
