"""pdfminer.six's reading of a PDF: the fallback reader of :mod:`indexer.pdf`.

Which pages it reads, and why, is decided in :mod:`indexer.pdf`; this module
lays pages out (``Layout``: LAParams, the vertical fallback, column order by
:mod:`indexer.columns`) and turns pdfminer's log records into warnings.  It is
imported only when a page needs it, so a run PDFium reads alone does not pay
for pdfminer's imports.
"""

from __future__ import annotations

import logging
import threading
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
from .extract import _meaningful_title
from .pdf import DAMAGED, ENCRYPTED, _letters

__all__ = ["Layout", "LAYOUT", "read_with_pdfminer", "pdfminer_pages", "vertical_fonts"]

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
    pages, title, warnings, _count = read_pages_with_pdfminer(path, layout)
    return pages, title, warnings


def read_pages_with_pdfminer(path: Path, layout: Layout, budget: int | None = None
                             ) -> tuple[list[str], str | None, list[str], int]:
    """read_with_pdfminer's, of the first pages only once `budget` characters other than white space
    are read (indexer.pdf._text_budget), and the document's page count."""
    pages, warnings = _pdfminer_run(path, layout, None, budget)
    title = pages.pop("title")
    pages.pop("columns")
    count = pages.pop("count")
    return [pages[i] for i in sorted(pages)], title, warnings, count


def pdfminer_pages(path: Path, wanted: set[int]) -> tuple[dict[int, str], list[str], set[int]]:
    """Some pages by pdfminer (0-based), and which of them were read in columns.

    A failure just recovers nothing.
    """
    try:
        pages, warnings = _pdfminer_run(path, LAYOUT, wanted)
    except ExtractionError:
        return {}, [], set()
    pages.pop("title")
    return pages, warnings, pages.pop("columns")


def _pdfminer_run(path: Path, layout: Layout, wanted: set[int] | None,
                  budget: int | None = None) -> tuple[dict, list[str]]:
    with open(path, "rb") as fp, _capture_pdfminer_warnings() as warnings:
        try:
            document = PDFDocument(PDFParser(fp))
            title = _meaningful_title(_info_title(document), path)
            rsrcmgr = PDFResourceManager(caching=True)
            device = _PageTexts(rsrcmgr, layout)
            interpreter = PDFPageInterpreter(rsrcmgr, device)
            numbers = []
            read = count = 0
            for count, page in enumerate(PDFPage.create_pages(document), 1):
                # Past the budget the pages are counted, not laid out (the page tree is cheap to walk).
                if (wanted is None or count - 1 in wanted) and (budget is None or read < budget):
                    interpreter.process_page(page)
                    numbers.append(count - 1)
                    if budget is not None:
                        read += _letters(device.pages[-1])
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
    result["count"] = count
    return result, list(warnings)


def _info_title(document: PDFDocument) -> str | None:
    for info in document.info:
        value = resolve1(info.get("Title"))
        if isinstance(value, bytes):
            return decode_text(value)
        if isinstance(value, str):
            return value
    return None


def vertical_fonts(path: Path) -> bool:
    """Whether a page's font has a vertical-writing CMap (-V), read through pdfminer's
    parser: for files that pack their font dictionaries in object streams."""
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
