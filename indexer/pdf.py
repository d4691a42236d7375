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

Running heads, footers and bare page numbers are removed from the text
(:mod:`indexer.furniture`), so snippets are cut from the body.

Why one module of this length: which reader a page gets is one decision made
page by page from what each reader returned, so PDFium's side and the pdfminer
device it falls back to are kept together; the column geometry, furniture and
OCR, which need neither reader, live in their own modules.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from pdfminer.converter import PDFLayoutAnalyzer
from pdfminer.layout import LAParams, LTContainer, LTPage, LTText, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from .columns import Line, column_order
from .errors import ExtractionError
from .extract import Extracted, _meaningful_title
from .furniture import remove_furniture
from .ocr import SCANS_NOT_READ
from .normalize import normalize_text

__all__ = ["read_pdf", "Layout", "LAYOUT", "read_with_pdfminer"]

ENCRYPTED = "encrypted (password protected) PDF"
DAMAGED = "damaged or truncated PDF"
NO_TEXT = "no text layer (scanned image?)"


def read_pdf(path: Path, *, ocr: bool = True, reader: str = "auto") -> Extracted:
    """Extract one PDF; ``reader`` is "auto", or "pdfminer" / "pdfium" for the bench."""
    _check_header(path)
    if reader == "pdfminer":
        return _finish(path, *read_with_pdfminer(path, LAYOUT), ocr=ocr)
    try:
        import pypdfium2  # noqa: F401
    except ImportError:  # an install without the wheel still works, slowly
        return _finish(path, *read_with_pdfminer(path, LAYOUT), ocr=ocr)
    with _pdfium_lock:
        return _read_auto(path, ocr=ocr, only_pdfium=reader == "pdfium")


def _check_header(path: Path) -> None:
    with open(path, "rb") as fp:
        head = fp.read(1024)
    if not head:
        raise ExtractionError("empty file")
    if b"%PDF-" not in head:
        raise ExtractionError("not a PDF (no %PDF- header)")


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
        return _finish(path, *read_with_pdfminer(path, LAYOUT), ocr=ocr)
    try:
        if not only_pdfium and _has_vertical_fonts(data, path):
            return _finish(path, *read_with_pdfminer(path, LAYOUT), ocr=ocr)
        try:
            title, pages, across = _pdfium_text(document, path)
        except Exception:  # a page PDFium cannot load: pdfminer reads the file or says what is wrong
            if only_pdfium:
                raise ExtractionError(DAMAGED) from None
            return _finish(path, *read_with_pdfminer(path, LAYOUT), ocr=ocr)
        warnings: list[str] = []
        # pdfminer re-reads pages PDFium shows no text on (it recovers some
        # damaged streams), and pages where PDFium reads columns across: its
        # text is taken there when it finds the columns (a table stays PDFium's).
        empty = {i for i, text in enumerate(pages) if not text.strip()}
        if (empty or across) and not only_pdfium:
            recovered, more, in_columns = _pdfminer_pages(path, empty | across)
            for i, text in recovered.items():
                if i in empty or i in in_columns:
                    pages[i] = text
            warnings += more
        return _finish(path, pages, title, warnings, ocr=ocr, document=document)
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


def _pdfium_text(document, path: Path) -> tuple[str | None, list[str], set[int]]:
    """/Title, the text of each page, and the pages where PDFium reads columns across."""
    title = _meaningful_title(document.get_metadata_dict().get("Title"), path)
    pages: list[str] = []
    across: set[int] = set()
    for index in range(len(document)):
        page = document[index]
        textpage = page.get_textpage()
        try:
            raw_text = textpage.get_text_range()
            text = raw_text.replace("\r\n", "\n").replace("\r", "\n")
            if _fragmented(text):
                text = _relined(textpage, raw_text) or text
            elif _reads_across(textpage, raw_text):
                across.add(index)
            pages.append(text)
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
    if _VERTICAL_CMAP_RE.search(data):
        return True
    if not _OBJECT_STREAM_RE.search(data):
        return False
    try:
        with open(path, "rb") as fp, _capture_pdfminer_warnings():
            document = PDFDocument(PDFParser(fp))
            for page in PDFPage.create_pages(document):
                fonts = resolve1(resolve1(page.resources or {}).get("Font")) or {}
                for font in fonts.values():
                    encoding = resolve1(resolve1(font).get("Encoding"))
                    if getattr(encoding, "name", "").endswith("-V"):
                        return True
    except Exception:  # undecidable: PDFium's reading stands
        return False
    return False


def _finish(path: Path, pages: list[str], title: str | None, warnings: list[str], *, ocr: bool,
            document=None) -> Extracted:
    if not pages:
        raise ExtractionError(f"{DAMAGED} (no pages)")
    ocr_pages: list[int] = []
    hint = None  # what to install, when OCR is wanted but missing
    empty = [i for i, text in enumerate(pages) if not text.strip()]
    if empty:
        from . import ocr as ocr_module

        scanned = ocr_module.scanned_pages(path, empty, document)
        if scanned and ocr:
            hint = ocr_module.missing()
            for i, text in ocr_module.read_pages(path, scanned, document).items():
                if text.strip():
                    pages[i] = text
                    ocr_pages.append(i + 1)
        unread = len(scanned) - len(ocr_pages)
        if unread and len(empty) < len(pages):
            warnings.append(f"{unread} of {len(pages)} pages {SCANS_NOT_READ}"
                            + (f"; {hint}" if hint else ""))
    pages = [normalize_text(text) for text in remove_furniture(pages)]
    if not any(page.strip() for page in pages):
        raise ExtractionError(f"{NO_TEXT}; {hint}" if hint else NO_TEXT)
    return Extracted(pages=pages, page_count=len(pages), title=title, encoding=None, warnings=list(warnings),
                     ocr_pages=ocr_pages)


# ---------------------------------------------------------------- pdfminer

_WARNING_TEXT = {
    "Data-loss while decompressing corrupted data": "damaged content stream, text recovered",
}


class _Warnings(logging.Handler):
    """Collects the pdfminer warnings logged by one thread."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread != self.thread:
            return
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call must not break extraction
            message = str(record.msg)
        message = _WARNING_TEXT.get(message, f"pdfminer: {message}")
        if message not in self.messages:
            self.messages.append(message)


_pdfminer_log = logging.getLogger("pdfminer")
_capturing = 0
_capturing_lock = threading.Lock()


@contextmanager
def _capture_pdfminer_warnings() -> Iterator[list[str]]:
    """Turn pdfminer's log records into our warnings instead of log lines.

    pdfminer reports recoverable damage only through logging; left alone the
    records would reach the root logger (or Python's last-resort handler)
    and print in the middle of a progress display.
    """
    global _capturing
    handler = _Warnings()
    with _capturing_lock:
        _capturing += 1
        _pdfminer_log.addHandler(handler)
        _pdfminer_log.propagate = False
    try:
        yield handler.messages
    finally:
        with _capturing_lock:
            _pdfminer_log.removeHandler(handler)
            _capturing -= 1
            if not _capturing:
                _pdfminer_log.propagate = True


@dataclass(frozen=True)
class Layout:
    """How pdfminer lays out a page: LAParams, the vertical fallback, column ordering."""

    laparams: LAParams
    vertical_fallback: bool = True
    #: Share of one-character lines above which a page is taken for vertical
    #: text read across the columns.  Horizontal pages measure 0.00-0.09,
    #: vertical ones 1.00.
    one_char_share: float = 0.5
    #: Reorder pages whose lines form text columns (indexer.columns).
    columns: bool = True


#: ``line_margin=0.3`` (0.2-0.3 measure the same) stops pdfminer from merging
#: the rows of tab-aligned tables into column-wise boxes (0.942 -> 0.990 on
#: regional-iot-roadmap-progress-2017-a4.pdf); it keeps every line of a
#: column its own box, which column_order then puts in order.
LAYOUT = Layout(LAParams(line_margin=0.3))


class _PageTexts(PDFLayoutAnalyzer):
    """A pdfminer device that lays out each page and keeps its text."""

    def __init__(self, rsrcmgr: PDFResourceManager, layout: Layout) -> None:
        # laparams=None: the analysis is run here, so it can be run again.
        super().__init__(rsrcmgr, laparams=None)
        self.layout = layout
        self.pages: list[str] = []
        self.vertical_pages = 0
        #: Per page: read column by column (indexer.columns found text columns).
        self.in_columns: list[bool] = []

    # Drawings and images carry no text; skipping them saves time and memory.
    def paint_path(self, *args, **kwargs) -> None:
        pass

    def render_image(self, *args, **kwargs) -> None:
        pass

    def receive_layout(self, ltpage: LTPage) -> None:
        objs = list(ltpage)
        ltpage.analyze(self.layout.laparams)
        text = _page_text(ltpage)
        if (
            self.layout.vertical_fallback
            and not self.layout.laparams.detect_vertical
            and _one_char_line_share(text) > self.layout.one_char_share
        ):
            ltpage._objs = objs
            ltpage.groups = None
            ltpage.analyze(_vertical_like(self.layout.laparams))
            vertical = _page_text(ltpage)
            if _one_char_line_share(vertical) < _one_char_line_share(text):
                self.vertical_pages += 1
                self.pages.append(vertical)
                self.in_columns.append(False)
                return
        ordered = column_order(_lines(ltpage)) if self.layout.columns else None
        if ordered is not None:
            text = _lines_text(ordered)
        self.pages.append(text)
        self.in_columns.append(ordered is not None)


def _vertical_like(laparams: LAParams) -> LAParams:
    return LAParams(
        line_overlap=laparams.line_overlap,
        char_margin=laparams.char_margin,
        line_margin=laparams.line_margin,
        word_margin=laparams.word_margin,
        boxes_flow=laparams.boxes_flow,
        detect_vertical=True,
        all_texts=laparams.all_texts,
    )


def _page_text(ltpage: LTPage) -> str:
    """The page's text the way pdfminer's TextConverter writes it."""
    parts: list[str] = []

    def render(item) -> None:
        if isinstance(item, LTContainer):
            for child in item:
                render(child)
        elif isinstance(item, LTText):
            parts.append(item.get_text())
        if isinstance(item, LTTextBox):
            parts.append("\n")

    render(ltpage)
    return "".join(parts)


def _lines(ltpage: LTPage) -> list[Line]:
    lines = []
    for group, box in enumerate(item for item in ltpage if isinstance(item, LTTextBox)):
        for line in box:
            if isinstance(line, LTTextLine):
                lines.append(Line(line.x0, line.y0, line.x1, line.y1, line.get_text(), group))
    return lines


def _lines_text(lines: list[Line]) -> str:
    parts: list[str] = []
    for i, line in enumerate(lines):
        if i and line.group != lines[i - 1].group:
            parts.append("\n")
        parts.append(line.text if line.text.endswith("\n") else line.text + "\n")
    return "".join(parts) + "\n"


def _one_char_line_share(text: str) -> float:
    lines = [line for line in (raw.strip() for raw in text.split("\n")) if line]
    if not lines:
        return 0.0
    return sum(1 for line in lines if len(line) == 1) / len(lines)


def read_with_pdfminer(path: Path, layout: Layout) -> tuple[list[str], str | None, list[str]]:
    """Raw page texts, /Title (if meaningful) and warnings, by pdfminer.six."""
    pages, warnings = _pdfminer_run(path, layout, None)
    title = pages.pop("title")
    pages.pop("columns")
    return [pages[i] for i in sorted(pages)], title, warnings


def _pdfminer_pages(path: Path, wanted: set[int]) -> tuple[dict[int, str], list[str], set[int]]:
    """Some pages by pdfminer (0-based), and which of them were read in columns.

    A failure just recovers nothing.
    """
    try:
        pages, warnings = _pdfminer_run(path, LAYOUT, wanted)
    except ExtractionError:
        return {}, [], set()
    pages.pop("title")
    return pages, warnings, pages.pop("columns")


def _pdfminer_run(path: Path, layout: Layout, wanted: set[int] | None) -> tuple[dict, list[str]]:
    with open(path, "rb") as fp, _capture_pdfminer_warnings() as warnings:
        try:
            document = PDFDocument(PDFParser(fp))
            title = _meaningful_title(_info_title(document), path)
            rsrcmgr = PDFResourceManager(caching=True)
            device = _PageTexts(rsrcmgr, layout)
            interpreter = PDFPageInterpreter(rsrcmgr, device)
            numbers = []
            for number, page in enumerate(PDFPage.create_pages(document)):
                if wanted is None or number in wanted:
                    interpreter.process_page(page)
                    numbers.append(number)
        except (PDFPasswordIncorrect, PDFEncryptionError):
            raise ExtractionError(ENCRYPTED) from None
        except ExtractionError:
            raise
        except Exception:
            # pdfminer raises PSEOF, PDFSyntaxError, KeyError, TypeError,
            # AssertionError ... on damaged files: all mean the same here.
            raise ExtractionError(DAMAGED) from None
    result: dict = dict(zip(numbers, device.pages))
    result["title"] = title
    result["columns"] = {n for n, in_columns in zip(numbers, device.in_columns) if in_columns}
    return result, list(warnings)


def _info_title(document: PDFDocument) -> str | None:
    for info in document.info:
        value = resolve1(info.get("Title"))
        if isinstance(value, bytes):
            return decode_text(value)
        if isinstance(value, str):
            return value
    return None
