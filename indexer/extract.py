"""Turn a PDF or text file into normalized page texts.

Layout setting, chosen by measurement (``python bench/pdf_layout.py``):
``LAParams(line_margin=0.3)`` on every page, and only when a page comes out as
vertical text read one character per line (more than half of its non-empty
lines hold a single character) that page's layout is analysed again with
``detect_vertical=True``.  Each page is interpreted once; only the cheap
layout analysis runs twice, and only on vertical pages.  ``line_margin=0.3``
(0.2-0.3 measure the same) stops pdfminer from merging the rows of
tab-aligned tables into column-wise boxes.

Measured on ../shared/corpus/pdf: generated PDFs give the similarity to their
seed text (difflib ratio, whitespace removed, both sides through
normalize_text, as the corpus README defines it); real PDFs the share of
one-character lines (1.00 = vertical text read across the columns).

==============================================  =======  ========  =========  ==========
PDF (pages)                                     default  detect_   default +  chosen:
                                                         vertical  fallback   +lm=0.3
==============================================  =======  ========  =========  ==========
real/jo.pdf (1), 1-char lines                   0.99     0.02      0.02       0.02
real/kampo.pdf (1), 1-char lines                0.95     0.10      0.10       0.09
real/nlp2004slides.pdf (31), 1-char lines       0.09     0.09      0.09       0.09
generated/ict-regional-innovation… (4)          0.9966   0.9966    0.9966     0.9966
generated/internet-association… (11)            0.9978   0.9726    0.9978     0.9978
generated/kanto-ict-npo-council… (8)            0.9953   0.9953    0.9953     0.9953
generated/regional-iot…-a4 (14)                 0.9420   0.9420    0.9420     0.9895
generated/regional-iot…-slides (25)             0.9738   0.9729    0.9738     0.9980
generated/tohoku-bureau…-a4 (7)                 0.9965   0.9124    0.9965     0.9965
generated/tohoku-bureau…-slides (5)             0.9992   0.9992    0.9992     0.9992
pages/s (all 107 pages, 2-core machine)         32       28        35         33
==============================================  =======  ========  =========  ==========

Speed differences between settings are within the run-to-run noise (±20 %):
interpretation of the content streams dominates.  pdfminer's own
``extract_text`` runs the same 107 pages at about 34 pages/s on this machine;
this module matches it (it skips drawings and images, as TextConverter does).
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from pdfminer.converter import PDFLayoutAnalyzer
from pdfminer.layout import LAParams, LTContainer, LTPage, LTText, LTTextBox
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from .errors import ExtractionError
from .formats import READERS, SUPPORTED_SUFFIXES, check_supported
from .formats import read as read_format
from .normalize import normalize_text

__all__ = ["Extracted", "extract", "read_text_file", "SUPPORTED_SUFFIXES"]


@dataclass(frozen=True)
class Extracted:
    pages: list[str]
    page_count: int | None
    title: str | None
    encoding: str | None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Layout:
    """How pdfminer lays out a page: LAParams, plus the vertical fallback."""

    laparams: LAParams
    vertical_fallback: bool = True
    #: Share of one-character lines above which a page is taken for vertical
    #: text read across the columns.  Horizontal pages measure 0.00-0.09,
    #: vertical ones 1.00.
    one_char_share: float = 0.5


LAYOUT = Layout(LAParams(line_margin=0.3))


def extract(path: Path) -> Extracted:
    """Extract and normalize the text of one file; ExtractionError on failure."""
    path = Path(path)
    check_supported(path)
    suffix = path.suffix.lower()
    if suffix in READERS:
        return read_format(path, suffix)
    try:
        if suffix == ".pdf":
            return _extract_pdf(path, LAYOUT)
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"cannot read file: {exc.strerror or exc}") from None
    text, encoding = read_text_file(data)
    page = normalize_text(text)
    if not page.strip():
        raise ExtractionError("no text")
    return Extracted(pages=[page], page_count=None, title=None, encoding=encoding, warnings=[])


# ---------------------------------------------------------------- text files

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_UNDECODABLE = "not text: undecodable in UTF-8, UTF-16 (BOM), CP932 or EUC-JP"
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def read_text_file(data: bytes) -> tuple[str, str]:
    """Decode a text file strictly: BOM, else UTF-8, else CP932 or EUC-JP.

    UTF-16 is used only with a BOM (any even-length input "decodes" as UTF-16)
    and nothing is ever decoded lossily.
    """
    if not data:
        raise ExtractionError("empty file")
    text, encoding = _decode(data)
    if _CONTROL_RE.search(text):
        # NUL and other C0 controls do not occur in text files; a binary file
        # can still be valid UTF-8 (all ASCII bytes are).
        raise ExtractionError("not text: binary data (control characters)")
    if not text.strip():
        raise ExtractionError("no text")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise ExtractionError(_UNDECODABLE) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    decoded = []
    for encoding in ("cp932", "euc_jp"):
        try:
            decoded.append((data.decode(encoding), encoding))
        except UnicodeDecodeError:
            pass
    if not decoded:
        raise ExtractionError(_UNDECODABLE)
    # Both decode now and then (EUC-JP kana bytes are valid CP932 half-width
    # katakana); the wrong reading is full of rare characters.  Ties go to
    # CP932, the commoner of the two.
    return min(decoded, key=lambda pair: _rarity(pair[0]))


def _rarity(text: str) -> float:
    """Share of characters outside everyday Japanese text."""
    rare = 0
    for ch in text:
        if ch.isascii() or "\u3000" <= ch <= "\u30ff":
            continue
        if "\u4e00" <= ch <= "\u9fff" and _is_jis_level1(ch):
            continue
        rare += 1
    return rare / len(text) if text else 0.0


def _is_jis_level1(ch: str) -> bool:
    # JIS X 0208 level-1 kanji (the 2,965 common ones) sit at 0x889F-0x9872
    # in Shift_JIS.
    try:
        code = ch.encode("cp932")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0x889F <= int.from_bytes(code, "big") <= 0x9872


# ---------------------------------------------------------------------- PDFs

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


class _PageTexts(PDFLayoutAnalyzer):
    """A pdfminer device that lays out each page and keeps its text."""

    def __init__(self, rsrcmgr: PDFResourceManager, layout: Layout) -> None:
        # laparams=None: the analysis is run here, so it can be run again.
        super().__init__(rsrcmgr, laparams=None)
        self.layout = layout
        self.pages: list[str] = []
        self.vertical_pages = 0

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
                text = vertical
                self.vertical_pages += 1
        self.pages.append(text)


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


def _one_char_line_share(text: str) -> float:
    lines = [line for line in (raw.strip() for raw in text.split("\n")) if line]
    if not lines:
        return 0.0
    return sum(1 for line in lines if len(line) == 1) / len(lines)


def _extract_pdf(path: Path, layout: Layout) -> Extracted:
    with open(path, "rb") as fp:
        head = fp.read(1024)
        if not head:
            raise ExtractionError("empty file")
        if b"%PDF-" not in head:
            raise ExtractionError("not a PDF (no %PDF- header)")
        fp.seek(0)
        with _capture_pdfminer_warnings() as warnings:
            try:
                document = PDFDocument(PDFParser(fp))
                title = _meaningful_title(_info_title(document), path)
                rsrcmgr = PDFResourceManager(caching=True)
                device = _PageTexts(rsrcmgr, layout)
                interpreter = PDFPageInterpreter(rsrcmgr, device)
                for page in PDFPage.create_pages(document):
                    interpreter.process_page(page)
            except (PDFPasswordIncorrect, PDFEncryptionError):
                raise ExtractionError("encrypted (password protected) PDF") from None
            except ExtractionError:
                raise
            except Exception:
                # pdfminer raises PSEOF, PDFSyntaxError, KeyError, TypeError,
                # AssertionError ... on damaged files: all mean the same here.
                raise ExtractionError("damaged or truncated PDF") from None
    pages = [normalize_text(text) for text in device.pages]
    if not device.pages:
        raise ExtractionError("damaged or truncated PDF (no pages)")
    if not any(page.strip() for page in pages):
        raise ExtractionError("no text layer (scanned image?)")
    return Extracted(
        pages=pages,
        page_count=len(pages),
        title=title,
        encoding=None,
        warnings=list(warnings),
    )


def _info_title(document: PDFDocument) -> str | None:
    for info in document.info:
        value = resolve1(info.get("Title"))
        if isinstance(value, bytes):
            return decode_text(value)
        if isinstance(value, str):
            return value
    return None


_FILE_NAME_RE = re.compile(
    r"\.(?:docx?|xlsx?|pptx?|pdf|txt|rtf|jtd|jtdc|odt|ods|odp|html?|xml|indd|ai|eps|ps|tiff?|jpe?g|png|bmp|csv)$",
    re.IGNORECASE,
)
_APPLICATION_RE = re.compile(
    r"^(?:microsoft\s*(?:word|excel|powerpoint)|word|excel|powerpoint|一太郎|acrobat)\s*-", re.IGNORECASE
)
# Placeholder titles: document numbering in a meeting's handouts (資料1,
# 参考資料2-1, 別紙), application defaults (無題, PowerPoint プレゼンテーション).
_PLACEHOLDER_RE = re.compile(
    r"^(?:(?:参考|配布|会議|説明)?資料|別紙|別添|別記|別表|参考|添付|様式|付録|付属|議事次第|次第"
    r"|スライド|ページ|文書|ドキュメント|document|slide|page|untitled|no\s*title|無題|タイトルなし"
    r"|powerpoint\s*プレゼンテーション|プレゼンテーション|presentation)"
    r"\s*(?:no\.?|第)?\s*[0-9０-９一二三四五六七八九十]*(?:[-ー－‐の][0-9０-９]+)*\s*(?:号)?$",
    re.IGNORECASE,
)
_MEANINGFUL_CHAR_RE = re.compile(r"[^\W\d_]")


def _meaningful_title(raw: str | None, path: Path) -> str | None:
    """The /Title metadata if it names the document, else None."""
    if not raw:
        return None
    title = " ".join(unicodedata.normalize("NFKC", raw).split())
    if not title or not title.isprintable() or "\ufffd" in title:
        return None  # mis-encoded metadata
    if _APPLICATION_RE.match(title) or _FILE_NAME_RE.search(title):
        return None
    if "\\" in title or title.startswith("/"):
        return None  # a path
    if title.casefold() == unicodedata.normalize("NFKC", path.stem).casefold():
        return None
    if _PLACEHOLDER_RE.match(title) or not _MEANINGFUL_CHAR_RE.search(title):
        return None
    return title
