"""Read the text of a PDF: PDFium where it reads well, pdfminer.six where it does not, OCR for scans.

Which reader reads which page (figures: ``python bench/pdf_layout.py``, on the
generated layouts of bench/make_layouts.py and ../shared/corpus/pdf):

* **pypdfium2** (PDFium) reads every page first.  It is ~10x faster than
  pdfminer.six and keeps the order in which the producer wrote the text, which
  is the reading order for columns, footnotes, tables and slides in every
  layout measured (>= 0.98 similarity to the source on all of them).
* **pdfminer.six** reads the pages PDFium cannot: documents with vertical-writing
  fonts (a ``-V`` CMap such as Identity-V: PDFium returns ``real/jo.pdf``'s
  columns in the wrong order and only 28 of ``real/kampo.pdf``'s 2,641
  characters), pages where PDFium finds no text (pdfminer recovers some damaged
  streams), and whole documents PDFium refuses to open.  Pages PDFium breaks
  into one-character lines get their lines rebuilt from the character boxes
  (``_relined``); what stays fragmented after that is fragmented on the page
  too (pdfminer returns the same lines), so it is kept.  Pages where PDFium
  reads two columns across (a producer wrote them row by row,
  ``_reads_across``) are read again by pdfminer, whose text is taken when it
  finds the columns.  Its own reading order
  goes through :func:`indexer.columns.column_order`, so columns are not
  interleaved.
* **Tesseract** reads pages that still have no text and carry an image (a scan),
  when it is installed with its Japanese data and OCR is not turned off.

Pages are read until the text cap (formats.MAX_TEXT_CHARS) is reached, by either reader: the rest
of a PDF of thousands of pages is counted, not read (its warning says in which page the text ends).

Running heads, footers and bare page numbers are removed from the text
(:mod:`indexer.furniture`), so snippets are cut from the body.

Which reader a page gets is decided here, page by page, from what each reader
returned; pdfminer.six's own reading (its layout device, its warnings) is in
:mod:`indexer.pdfminer_reader`, imported only when a page needs it.  The column
geometry, furniture and OCR, which need neither reader, live in their own modules.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from pathlib import Path

from .errors import ExtractionError
from .extract import Extracted, _meaningful_title
from .formats import cap_text
from .furniture import remove_furniture
from .lazy import lazy_exports
from .ocr import SCANS_NOT_READ
from .normalize import normalize_text

__all__ = ["read_pdf", "Layout", "LAYOUT", "read_with_pdfminer"]
# pdfminer.six's side lives in indexer.pdfminer_reader and is imported only when
# a page needs it: its imports cost ~0.1 s, a tenth of a 20-PDF run that PDFium reads alone.
__getattr__ = lazy_exports(__name__, {name: "ictsearch.indexer.pdfminer_reader" for name in __all__[1:]})

ENCRYPTED = "encrypted (password protected) PDF"
DAMAGED = "damaged or truncated PDF"
NO_TEXT = "no text layer (scanned image?)"
#: A text layer in fonts without a Unicode map (_garbled).
GARBLED = "in fonts without a Unicode map (文字化け when copied)"
GARBLED_DOCUMENT = "unreadable text layer: fonts without a Unicode map (文字化け when copied)"


def read_pdf(path: Path, *, ocr: bool = True, reader: str = "auto") -> Extracted:
    """Extract one PDF; ``reader`` is "auto", or "pdfminer" / "pdfium" for the bench."""
    _check_header(path)
    if reader == "pdfminer":
        return _finish(path, *_read_with_pdfminer(path), ocr=ocr)
    try:
        import pypdfium2  # noqa: F401
    except ImportError:  # an install without the wheel still works, slowly
        return _finish(path, *_read_with_pdfminer(path), ocr=ocr)
    with _pdfium_lock:
        return _read_auto(path, ocr=ocr, only_pdfium=reader == "pdfium")


def _check_header(path: Path) -> None:
    with open(path, "rb") as fp:
        head = fp.read(1024)
    if not head:
        raise ExtractionError("empty file")
    if b"%PDF-" not in head:
        # A web page saved by a download that failed, a Word file or a note renamed: say which, as a
        # PDF under a text or Office name is named, rather than leave the user to open it.
        from .extract import what_it_really_is

        raise ExtractionError(f"not a PDF (no %PDF- header){what_it_really_is(path, head)}")


# ------------------------------------------------------------------- PDFium

# PDFium is not thread-safe; the pipeline runs one process per job, but the
# Python API may be called from threads.
_pdfium_lock = threading.Lock()

# Vertical-writing CMaps end in -V (Identity-V, UniJIS-UCS2-V, 90ms-RKSJ-V).
# Font dictionaries are plain objects unless the file packs them in object
# streams, so the raw bytes answer for most files without parsing.
_VERTICAL_CMAP_RE = re.compile(rb"/Encoding\s*/[\w.+-]*-V[\s/>\]]")
_OBJECT_STREAM_RE = re.compile(rb"/Type\s*/ObjStm")


def _read_auto(path: Path, *, ocr: bool, only_pdfium: bool) -> Extracted:
    import pypdfium2 as pdfium

    data = path.read_bytes()
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ExtractionError(ENCRYPTED) from None
        if only_pdfium:
            raise ExtractionError(DAMAGED) from None
        # pdfminer repairs some files PDFium refuses (and says why it cannot).
        return _finish(path, *_read_with_pdfminer(path), ocr=ocr)
    try:
        if not only_pdfium and _has_vertical_fonts(data, path):
            return _finish(path, *_read_with_pdfminer(path), ocr=ocr)
        try:
            title, pages, across = _pdfium_text(document, path, _text_budget())
        except Exception:  # a page PDFium cannot load: pdfminer reads the file or says what is wrong
            if only_pdfium:
                raise ExtractionError(DAMAGED) from None
            return _finish(path, *_read_with_pdfminer(path), ocr=ocr)
        warnings: list[str] = []
        # pdfminer re-reads pages PDFium shows no text on (it recovers some
        # damaged streams), and pages where PDFium reads columns across: its
        # text is taken there when it finds the columns (a table stays PDFium's).
        empty = {i for i, text in enumerate(pages) if not text.strip()}
        if (empty or across) and not only_pdfium:
            recovered, more, in_columns = _pdfminer().pdfminer_pages(path, empty | across)
            for i, text in recovered.items():
                if i in empty or i in in_columns:
                    pages[i] = text
            warnings += more
        return _finish(path, pages, title, warnings, ocr=ocr, document=document, page_count=len(document))
    finally:
        document.close()


_LONE_JAPANESE_RE = re.compile(r"^[^\S\n]*[\u3040-\u30fa\u30fc-\u30ff\u4e00-\u9fff][^\S\n]*$", re.M)  # not 「・」, a bullet
#: Share of a page's lines that are one kana or kanji.  PDFium starts a new
#: line wherever glyphs are placed one by one (LibreOffice Impress table cells,
#: underlined runs in Writer), splitting words (「岩手\n県」, 「機\n械」) so
#: that they can no longer be found.  Measured per page on ../shared/corpus/pdf
#: and the generated layouts: clean pages 0.00-0.07, fragmented ones 0.18-0.50.
_FRAGMENTED_SHARE = 0.1


def _fragmented(text: str) -> bool:
    lines = sum(1 for line in text.split("\n") if line.strip())
    return bool(lines) and len(_LONE_JAPANESE_RE.findall(text)) >= _FRAGMENTED_SHARE * lines


def _text_budget() -> int:
    """Characters other than white space read from a PDF's pages before the rest are left unread:
    MAX_TEXT_CHARS (read when called: tests lower it).  White space is not counted, as normalizing
    takes most of it away (PDFium's line ends, spaces between Japanese letters): the text kept still
    reaches the cap, which cuts it exactly, but where running heads (furniture) take more away."""
    from . import formats

    return formats.MAX_TEXT_CHARS


def _letters(text: str) -> int:
    return len(text) - sum(text.count(space) for space in " \n\r\t\u3000")


def _pdfium_text(document, path: Path, budget: int | None = None) -> tuple[str | None, list[str], set[int]]:
    """/Title, the text of each page, and the pages where PDFium reads columns across.

    Pages are read until `budget` characters (_letters) are: every page of a PDF of 5,000 pages was
    read, and all but the first ones then cut away by the text cap."""
    title = _meaningful_title(document.get_metadata_dict().get("Title"), path)
    pages: list[str] = []
    across: set[int] = set()
    read = 0
    for index in range(len(document)):
        if budget is not None and read >= budget:
            break
        page = document[index]
        textpage = page.get_textpage()
        try:
            raw_text = textpage.get_text_range()
            text = raw_text.replace("\r\n", "\n").replace("\r", "\n")
            if _fragmented(text):
                text = _relined(textpage, raw_text) or text
            elif _reads_across(textpage, raw_text):
                across.add(index)
            else:
                text = _paragraphed(textpage, raw_text) or text
            pages.append(text)
            read += _letters(text)
        finally:
            textpage.close()
            page.close()
    return title, pages, across


#: PDFium follows the content stream; where a producer wrote two columns row by
#: row, it joins each row of the left column to the same row of the right one
#: with a space across the gutter.  A page reads across when at least this
#: share of its lines hold two runs of 10+ characters separated by a gap wider
#: than two characters at the same x (±10 pt).  Measured per page: 0.38 on the
#: bench layout two-columns-interleaved-stream, 0.00-0.07 on every other page
#: of the layouts and ../shared/corpus/pdf (tables and slides have wide gaps
#: but short cells).
_ACROSS_SHARE = 0.2
_ACROSS_RUN = 10


def _reads_across(textpage, text: str) -> bool:
    import ctypes

    import pypdfium2.raw as raw

    rows = text.split("\r\n")
    filled = sum(1 for row in rows if row.strip())
    if filled < 6 or textpage.count_chars() != len(text):
        return False
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    handle = textpage.raw
    gaps: Counter[int] = Counter()
    start = 0
    for row in rows:
        pieces = row.split(" ")
        offset = 0
        for k in range(len(pieces) - 1):
            offset += len(pieces[k])  # the space between piece k and k+1
            if len(pieces[k]) >= _ACROSS_RUN and len(pieces[k + 1]) >= _ACROSS_RUN:
                raw.FPDFText_GetCharBox(handle, start + offset - 1, left, right, bottom, top)
                end, height = right.value, max(top.value - bottom.value, 1.0)
                raw.FPDFText_GetCharBox(handle, start + offset + 1, left, right, bottom, top)
                if left.value - end > 2 * height:
                    gaps[int((end + left.value) / 2 // 10)] += 1
            offset += 1
        start += len(row) + 2
    if not gaps:
        return False
    best = max(gaps[k - 1] + gaps[k] + gaps[k + 1] for k in gaps)
    return best >= _ACROSS_SHARE * filled


#: A line set apart from the one above it by more than this many times the page's usual line
#: pitch starts a paragraph (an empty line is put between them): a title, a date or an issuer
#: line over a gap, as a blank line typed in Word or a heading's space before sets it.  The usual
#: pitch is the median baseline distance between consecutive lines of one size; paragraphs' own
#: spacing stays under it.  Measured on bench/format_parity.py's renderings and
#: ../shared/corpus/pdf/generated: lines of a paragraph 1.0, paragraphs of body text 1.0-1.3
#: (ReportLab's half-line spaceAfter: 22.0 / 16.8 pt), a heading or a line after a blank line
#: 2.0-2.3 (the LibreOffice PDFs' headings, a ReportLab notice with a blank line's space).
_GAP_PITCH = 1.6
#: A line set in a size this much larger or smaller than the line above (a 14-16 pt title over
#: 10.5 pt body text: 1.33-1.52; a 8 pt running head over it: 1.31; a flyer's 14 pt subtitle over
#: its 13 pt 「日時 …」 line: 1.08, which 1.2 let run together) is a paragraph of its own: a paragraph is
#: set in one size.  1.05 and 1.2 read ../shared/corpus's PDFs and bench/make_layouts.py's the same.
#: Bold headings in the body's size are not set apart by size (they are by their numbers).
_SIZE_STEP = 1.05
#: …but a line that fills the usual width, starts where the one above starts and does not end a sentence is
#: wrapped: the size of the next line's first character (an emphasised word set 12 pt in 10.5 pt text,
#: 「…支援しており、」 / 「不感地域の解消に向けて…」: 1.14) does not end the paragraph unless it differs as much as
#: a title's (sceptic43: 1.05 cut a sentence in two where 1.2 had not).
_WRAPPED_SIZE_STEP = 1.2
#: Two empty lines: normalize_text joins a wrapped line across one empty line (pdfminer's text
#: boxes), and two are its paragraph break (one is kept).  A flyer's lines of about one width, each
#: set apart by its size — 「サイバーセキュリティセミナー in 松江」 over 「中小企業のための…」 over
#: 「日時 令和6年11月15日」 — were joined across the one into a line whose date was no longer read.
_PARAGRAPH_BREAK = ("", "")


def _paragraphed(textpage, text: str) -> str | None:
    """The page's text with an empty line where the layout starts a paragraph: after a gap
    wider than the page's line pitch or where the font size changes (None: cannot tell).

    PDFium's text has a line break at every line end and nothing more, so the title of a PDF ran
    on into the date and issuer lines under it (a title is taken from the first paragraph);
    a paragraph's own wrapped lines are left as they are (their join is normalize_text's), so a
    phrase broken by a line end (「地域情報化 / アドバイザー」) is still one phrase.  Only a head set
    full width over columns is joined here (see _FULL_WIDTH): normalize_text joins lines wrapped
    at the page's usual width, the columns'.
    """
    import ctypes

    import pypdfium2.raw as raw

    if textpage.count_chars() != len(text):  # characters outside the BMP: indexes differ
        return None
    rows = text.split("\r\n")
    x, y = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    handle = textpage.raw
    # per row: baseline and font size of its first character, its left and right edges
    geometry: list[tuple[float, float, float, float] | None] = []
    start = 0
    for row in rows:
        first = len(row) - len(row.lstrip())
        last = len(row.rstrip()) - 1
        if first <= last:
            raw.FPDFText_GetCharOrigin(handle, start + first, x, y)
            size = raw.FPDFText_GetFontSize(handle, start + first)
            raw.FPDFText_GetCharBox(handle, start + first, left, right, bottom, top)
            row_left = left.value
            raw.FPDFText_GetCharBox(handle, start + last, left, right, bottom, top)
            geometry.append((y.value, size, row_left, right.value))
        else:
            geometry.append(None)
        start += len(row) + 2
    rows, geometry = _footer_last(rows, geometry)
    pitches = sorted(
        a[0] - b[0] for a, b in zip(geometry, geometry[1:])
        if a and b and abs(a[1] - b[1]) < 0.5 and 0 < a[0] - b[0] < 3 * a[1]
    )
    if not pitches and not _moved(rows, text):
        return None
    # A slide of a few lines each in its own size has no usual pitch: only its sizes part it, and a footer
    # drawn first still goes last (sceptic43: 「第3回 …協議会 資料2 1」 had titled a deck saved as PDF).
    usual = pitches[len(pitches) // 2] if pitches else float("inf")
    head_right = _columns_right_edge(geometry)
    widths = sorted(g[3] - g[2] for g in geometry if g)
    usual_width = widths[len(widths) // 2]
    page_left = min(g[2] for g in geometry if g)
    out = [rows[0]]
    for k in range(1, len(rows)):
        a, b = geometry[k - 1], geometry[k]
        if a and b:
            big, small = max(a[1], b[1]), max(min(a[1], b[1]), 1.0)
            wrapped = (a[3] - a[2] >= 0.9 * usual_width and abs(b[2] - a[2]) <= a[1] and big < _WRAPPED_SIZE_STEP * small
                       and not rows[k - 1].rstrip().endswith(("。", "！", "？", "：", ":")))
            if a[0] - b[0] > _GAP_PITCH * usual or (big >= _SIZE_STEP * small and not wrapped):
                out.extend(_PARAGRAPH_BREAK)
            elif (head_right is not None and a[3] - a[2] > _FULL_WIDTH * usual_width
                  and a[2] <= page_left + a[1] and a[3] >= head_right - a[1] and abs(b[2] - a[2]) <= a[1]
                  and not rows[k - 1].rstrip().endswith(("。", "！", "？"))):
                out[-1] = _glued(out[-1], rows[k])
                continue
        out.append(rows[k])
    return "\n".join(out)


def _moved(rows: list[str], text: str) -> bool:
    """Whether _footer_last changed the rows' order."""
    return "\r\n".join(rows) != text


#: At most this many lines drawn first are taken for a footer drawn before the body (a footer
#: line, a page number beside or under it, a second footer line): the furniture module's _EDGE.
_FOOTER_FIRST = 3
#: At most this many rows drawn first are passed over as a running head above the footer rows
#: (a head of one line, or of two: 「地域IoT実装推進ロードマップ」 over 「総務省 東北総合通信局」).
_HEAD_FIRST = 2


def _footer_last(rows: list[str], geometry: list) -> tuple[list[str], list]:
    """The rows with a footer drawn before the body moved to the page's end, where it stands.

    reportlab and Word draw the footer before the body, and PDFium keeps the drawing order, so
    a one- or two-page PDF (too short for remove_furniture) opened on its footer: a print stamp
    「印刷日 2025/01/15 1/2」 was taken for the document's date and title, an address line
    「〒461-8795 名古屋市…」 ran into the title under it, and a slide's 「信越総合通信局 1」 became
    the deck's title (breaker41's f04-f06).  A leading row is a footer when it lies below every
    row drawn after it, by more than half its size, and at least two rows follow: the body's
    own first line is never below all the rest of the body.  A running head drawn first
    stands above the body, where it is, and is left in place; a footer Word or reportlab drew
    after it (head, footer, body: 「本資料の無断転載を禁じます。…」 under 「- 1 -」) is still moved: it
    had stayed between the head and the body, and titled the report (breaker46).  A head is at
    most _HEAD_FIRST rows, each above every row after it by more than its size (a line's pitch is
    less: a body's first lines are passed over only when a footer row follows them)."""
    filled = [k for k, g in enumerate(geometry) if g]
    heads = 0
    while (heads < _HEAD_FIRST and len(filled) - heads > 3
           and geometry[filled[heads]][0] > max(geometry[j][0] for j in filled[heads + 1:])
           + max(geometry[filled[heads]][1], 1.0)):
        heads += 1
    moved: list[int] = []
    for n, k in enumerate(filled[heads:heads + _FOOTER_FIRST], start=heads):
        rest = [geometry[j] for j in filled[n + 1:]]
        if len(rest) < 2:
            break
        y, size = geometry[k][0], geometry[k][1]
        if y < min(g[0] for g in rest) - 0.5 * max(size, 1.0):
            moved.append(k)
        else:
            break
    if not moved:
        return rows, geometry
    body = filled[heads + len(moved)]
    order = list(range(0, moved[0])) + list(range(body, len(rows))) + moved
    return [rows[k] for k in order], [geometry[k] for k in order]


#: On a page of columns, a line is a wrapped line of a head set full width over them when it is
#: this much wider than the page's median line and runs from the page's leftmost text to the right
#: column's edge (format_parity's pdf-columns: a full head line is 2.2 times a column's line).  Its
#: next line is joined to it here, since normalize_text joins only lines as wide as the columns:
#: a trail's second line was taken for the title (「議会介護給付費分科会議事録(2016年12月28日)」).
_FULL_WIDTH = 1.5


def _columns_right_edge(geometry: list[tuple[float, float, float, float] | None]) -> float | None:
    """The right edge of the right column of a page set in two columns or more (where a head
    set full width above them ends its wrapped lines), or None for a page of one column.

    A page has columns when at least 3 lines start past 40 % of its text's width and fill 30 %
    of it: a right column's lines (a one-column page's right-aligned date and issuer lines are
    short, its centred titles start before 40 %).  The edge is the median right edge of those lines
    (most of a column's lines are full); the longest line of the page is no such edge (a trail
    line that ends short of the margin was taken for a wrapped one)."""
    filled = [g for g in geometry if g]
    if not filled:
        return None
    left, right = min(g[2] for g in filled), max(g[3] for g in filled)
    span = right - left
    column = sorted(g[3] for g in filled if g[2] >= left + 0.4 * span and g[3] - g[2] >= 0.3 * span)
    return column[len(column) // 2] if len(column) >= 3 else None


def _glued(above: str, below: str) -> str:
    """Two pieces of one wrapped line: a space only between two Latin letters or digits."""
    above, below = above.rstrip(), below.lstrip()
    if above[-1:].isascii() and above[-1:].isalnum() and below[:1].isascii() and below[:1].isalnum():
        return f"{above} {below}"
    return above + below


def _relined(textpage, text: str) -> str | None:
    """The page's text with lines rebuilt from the character boxes (None: cannot).

    Characters in PDFium's order are on one line while they share a baseline
    and follow each other without a gap wider than about a character; a jump
    back, down, or across a gap (the next table cell) starts a new line.  This
    is 5-15 ms a page in Python, against 70 ms or more for pdfminer.
    """
    import ctypes

    import pypdfium2.raw as raw

    if textpage.count_chars() != len(text):  # characters outside the BMP: indexes differ
        return None
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    handle = textpage.raw
    out: list[str] = []
    prev: tuple[float, float, float] | None = None  # right edge, vertical centre, height
    for i, ch in enumerate(text):
        if ch in "\r\n":
            continue
        if ch.isspace() or raw.FPDFText_IsGenerated(handle, i):
            if ch == " " and out and out[-1] not in " \n":
                out.append(" ")
            continue
        raw.FPDFText_GetCharBox(handle, i, left, right, bottom, top)
        height = max(top.value - bottom.value, 1.0)
        centre = (top.value + bottom.value) / 2
        if prev is not None:
            size = max(height, prev[2])
            gap = left.value - prev[0]
            if abs(centre - prev[1]) > size / 2 or not -size / 2 <= gap <= 1.5 * size:
                if out and out[-1] == " ":
                    out.pop()
                out.append("\n")
        out.append(ch)
        prev = (right.value, centre, height)
    return "".join(out)


def _has_vertical_fonts(data: bytes, path: Path) -> bool:
    # bytes.find skips to each /Encoding and /ObjStm far faster than the patterns'
    # own scan of the whole file (~1 ms a file of 250 KB).
    at = data.find(b"/Encoding")
    while at >= 0:
        if _VERTICAL_CMAP_RE.match(data, at):
            return True
        at = data.find(b"/Encoding", at + 1)
    if b"/ObjStm" not in data or not _OBJECT_STREAM_RE.search(data):
        return False
    return _pdfminer().vertical_fonts(path)


def _pdfminer():
    """The pdfminer.six reader, imported on first use."""
    from . import pdfminer_reader

    return pdfminer_reader


def _read_with_pdfminer(path: Path):
    """(pages, title, warnings, page count): pages read up to the text budget, as PDFium's are."""
    reader = _pdfminer()
    return reader.read_pages_with_pdfminer(path, reader.LAYOUT, _text_budget())


#: A character outside what a Japanese document's text is written in: ASCII and Latin-1, punctuation,
#: symbols, arrows, circled numbers and shapes (U+2000–2BFF), CJK radicals, punctuation, kana and kanji
#: (U+2E80–9FFF), Hangul syllables, compatibility kanji, vertical forms and full-width forms.
_FOREIGN_RE = re.compile(r"[^\s\x20-\x7e\xa0-\xff\u2000-\u2bff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff"
                         r"\ufe30-\ufe4f\uff00-\uffef]")
_CID_RE = re.compile(r"\(cid:\d+\)")
#: A run of such characters side by side: a word of a foreign language (one script, its marks named for it), or
#: glyph numbers, where each character falls in a script of its own (「ਛభ฿၁ቓ」: five).
_FOREIGN_RUN_RE = re.compile(_FOREIGN_RE.pattern + "+")
#: A run mixing this many scripts is glyph numbers: no word is written in three (a Vietnamese word, its letters and
#: combining marks, two).  Glyph numbers of a Japanese sentence mix more (the test's 10 glyphs, 10 scripts; 400
#: random kanji CIDs, 30+), the words of a multilingual sign none (review45's page: Vietnamese, Thai, Nepali,
#: Burmese, Khmer, Sinhala and Russian, each word in one).
MIXED_RUN_SCRIPTS = 3


def _garbled(text: str) -> bool:
    """Whether a page's text layer is a font's glyph numbers rather than characters.

    A font without a Unicode map (a CID font, Identity-H, with no ToUnicode: what some
    producers embed for Japanese, text that turns into 文字化け when copied) gives PDFium its
    glyph numbers as code points: the kanji of Adobe-Japan1 (CIDs 1,125–7,477) come out as
    Armenian, Hebrew, Arabic, Indic, Thai, Myanmar, Georgian, Ethiopic … 「ਛభ฿၁ቓ」, and pdfminer
    writes 「(cid:2587)」.  Such a page was indexed as it came: a garbled title, no word
    searchable.  It is garbled when most of its characters are outside what Japanese text is
    written in AND they are spread over four scripts or more, none holding 60 % of them: a page
    in one foreign script (a multilingual leaflet's Thai, Nepali or Russian page) is text.  So is
    a page of several, each word in its own (a shelter sign's 「Nơi lánh nạn / ที่หลบภัย / आश्रय
    स्थल / Убежище」, which the spread alone took for glyph numbers): most of the characters must
    stand in runs mixing MIXED_RUN_SCRIPTS scripts."""
    cids = len(_CID_RE.findall(text))
    if cids:
        text = _CID_RE.sub("", text)
    foreign = _FOREIGN_RE.findall(text)  # one regular expression: 0.01 ms for a page of 2,000 characters
    if cids + len(foreign) < 5:
        return False
    total = cids + len(text) - sum(text.count(space) for space in " \n\r\t\u3000\x0c")
    if cids and cids * 2 >= total:
        return True
    if len(foreign) * 2 < total:
        return False
    import unicodedata

    def script(char: str) -> str:
        return unicodedata.name(char, "CONTROL").split(" ")[0]

    scripts = Counter(script(char) for char in foreign)
    if len(scripts) < 4 or scripts.most_common(1)[0][1] >= 0.6 * len(foreign):
        return False
    mixed = sum(len(run) for run in _FOREIGN_RUN_RE.findall(text) if len({script(char) for char in run}) >= MIXED_RUN_SCRIPTS)
    return mixed * 2 >= len(foreign)


def _finish(path: Path, pages: list[str], title: str | None, warnings: list[str], page_count: int | None = None,
            *, ocr: bool, document=None) -> Extracted:
    """The Extracted of the pages read; page_count: the document's pages, when the text budget left
    some of them unread (_pdfium_text)."""
    if not pages:
        raise ExtractionError(f"{DAMAGED} (no pages)")
    page_count = max(page_count or 0, len(pages))
    ocr_pages: list[int] = []
    hint = None  # what to install, when OCR is wanted but missing
    # A garbled text layer is left out, and its page read by OCR as a scan's is (its glyphs render).
    garbled = [i for i, text in enumerate(pages) if text.strip() and _garbled(text)]
    for i in garbled:
        pages[i] = ""
    empty = [i for i, text in enumerate(pages) if not text.strip() and i not in garbled]
    if empty or garbled:
        from . import ocr as ocr_module

        scanned = ocr_module.scanned_pages(path, empty, document) if empty else []
        to_read = sorted(scanned + garbled)
        if to_read and ocr:
            hint = ocr_module.missing()
            for i, text in ocr_module.read_pages(path, to_read, document).items():
                if text.strip():
                    pages[i] = text
                    ocr_pages.append(i + 1)
        unread = len([i for i in scanned if i + 1 not in ocr_pages])
        if unread and len(empty) + len(garbled) < len(pages):
            warnings.append(f"{unread} of {page_count} pages {SCANS_NOT_READ}"
                            + (f"; {hint}" if hint else ""))
        if garbled:
            read_again = sum(1 for i in garbled if i + 1 in ocr_pages)
            if read_again:
                warnings.append(f"{len(garbled)} of {page_count} pages {GARBLED}: read by OCR"
                                + ("" if read_again == len(garbled) else f" ({read_again} of them)"))
            elif len(garbled) < len(pages):
                warnings.append(f"{len(garbled)} of {page_count} pages {GARBLED}: left out"
                                + (f"; {hint}" if hint else ""))
    pages = [normalize_text(text) for text in remove_furniture(pages)]
    if not any(page.strip() for page in pages):
        if garbled:
            why = hint if hint else "OCR is off (--no-ocr)" if not ocr else "OCR read nothing"
            raise ExtractionError(f"{GARBLED_DOCUMENT}; {why}")
        raise ExtractionError(f"{NO_TEXT}; {hint}" if hint else NO_TEXT)
    read = len(pages)
    cut: list[str] = []
    pages = cap_text(pages, cut)
    if cut or page_count > read:
        # Where the text ends, as the page count still says how long the document is.
        warnings.append(f"text cut at {_text_budget():,} characters, in page {len(pages):,} of {page_count:,}")
    from .extract import own_version

    return Extracted(pages=pages, page_count=page_count, title=own_version(title, pages[0]), encoding=None,
                     warnings=list(warnings), ocr_pages=ocr_pages)
