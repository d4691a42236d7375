"""Reading order for pages set in columns, from the x positions of their text lines.

A layout analyser that reads a page top to bottom interleaves two columns line
by line whenever their lines sit on the same baselines (pdfminer with
``line_margin=0.3`` does: the columns of reportlab's two-frame pages came out
at 0.73-0.84 similarity, three columns at 0.55).  Here a page's lines are
checked for *gutters*: vertical strips that no column-width line crosses,
with running text on both sides.  When there are gutters, lines that cross
them (a title, a running head, a full-width table) cut the page into bands,
and each band is read column by column, left to right.

Tables are the trap: their cells also leave vertical strips empty.  Text
columns are told apart by three measurable traits (bench/make_layouts.py's
``table`` layout and ../shared/corpus's tab-aligned schedule in
``regional-iot-roadmap-progress-2017-a4.pdf`` must stay row by row): each
column is at least a fifth of the text width, the columns are of similar
width, and most of a column's lines fill it (wrapped running text).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Line", "column_order"]


@dataclass(frozen=True)
class Line:
    """One text line on a page: PDF coordinates (y grows upwards) and its text."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    #: Lines of the same block (pdfminer text box) share a group number.
    group: int = 0


#: A line this much narrower than the text width can sit in a column.
_COLUMN_LINE_SHARE = 0.6
#: Narrowest gutter, in points.  Column gaps measured 12-30 pt in reportlab,
#: LibreOffice and Word layouts; word gaps in a line are far below this, and
#: lines are single boxes anyway.
_MIN_GUTTER = 6.0
#: Each column at least this share of the text width (a 3-column A4 page: 0.31).
_MIN_COLUMN_SHARE = 0.2
#: Narrowest / widest column.  Equal columns measure 1.0; the bench table's
#: date / place / subject columns 0.32.
_MIN_WIDTH_RATIO = 0.6
#: Share of a column's lines that fill at least 80 % of its width.  Running
#: text measures 0.8-0.95 (only paragraph ends are short).
_MIN_FULL_LINES = 0.5
_MIN_LINES_PER_COLUMN = 3
#: A line this short (a page number, a mark) may sit in the gutter without closing it.
_STRAY_CHARS = 3


def column_order(lines: list[Line]) -> list[Line] | None:
    """The lines in reading order if the page is set in columns, else None (keep the reader's order)."""
    lines = [line for line in lines if line.text.strip() and line.x1 > line.x0]
    if len(lines) < 2 * _MIN_LINES_PER_COLUMN:
        return None
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    width = right - left
    if width <= 0:
        return None
    narrow = [line for line in lines if line.x1 - line.x0 < _COLUMN_LINE_SHARE * width
              and len(line.text.strip()) > _STRAY_CHARS]
    gutters = _gutters(narrow, left, right)
    if not gutters:
        return None
    bounds = [left] + [x for gap in gutters for x in gap] + [right]
    spans = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    columns: list[list[Line]] = [[] for _ in spans]
    spanning: list[Line] = []
    for line in lines:
        if any(line.x0 < g1 - 1 and line.x1 > g0 + 1 for g0, g1 in gutters):
            spanning.append(line)
        else:
            centre = (line.x0 + line.x1) / 2
            columns[min(range(len(spans)), key=lambda i: _distance(centre, spans[i]))].append(line)
    if not _looks_like_text_columns(columns, width):
        return None
    return _read(columns, spanning)


def _distance(x: float, span: tuple[float, float]) -> float:
    return 0.0 if span[0] <= x <= span[1] else min(abs(x - span[0]), abs(x - span[1]))


def _gutters(narrow: list[Line], left: float, right: float) -> list[tuple[float, float]]:
    """Strips no column-width line crosses, with at least a few lines on each side."""
    covered = sorted((line.x0, line.x1) for line in narrow)
    gaps: list[tuple[float, float]] = []
    reach = left
    for x0, x1 in covered:
        if x0 - reach >= _MIN_GUTTER and reach > left:
            gaps.append((reach, x0))
        reach = max(reach, x1)
    return gaps


def _looks_like_text_columns(columns: list[list[Line]], width: float) -> bool:
    widths = []
    for column in columns:
        if len(column) < _MIN_LINES_PER_COLUMN:
            return False
        col_width = max(line.x1 for line in column) - min(line.x0 for line in column)
        if col_width < _MIN_COLUMN_SHARE * width:
            return False
        full = sum(1 for line in column if line.x1 - line.x0 >= 0.8 * col_width)
        if full < _MIN_FULL_LINES * len(column):
            return False
        widths.append(col_width)
    return min(widths) / max(widths) >= _MIN_WIDTH_RATIO


def _read(columns: list[list[Line]], spanning: list[Line]) -> list[Line]:
    """Bands between spanning lines, top to bottom; in each band the columns left to right."""
    spanning.sort(key=lambda line: -line.y1)
    out: list[Line] = []
    upper = float("inf")
    for cut in spanning + [None]:
        lower = (cut.y0 + cut.y1) / 2 if cut is not None else float("-inf")
        for column in columns:
            band = [line for line in column if lower < (line.y0 + line.y1) / 2 <= upper]
            out.extend(sorted(band, key=lambda line: (-line.y1, line.x0)))
        if cut is not None:
            out.append(cut)
            upper = (cut.y0 + cut.y1) / 2
    return out
