"""Readers for the office and web formats, and the one list of what is picked up.

Each reader module (docx, xlsx, pptx, html) has ``read(path) -> Extracted`` and
is imported only when a file of its kind is read, so discovery and a no-change
update never import openpyxl, python-docx, python-pptx or the HTML parser.

This module stays light on purpose: `indexer.discover` imports the suffix
lists from here.
"""

from __future__ import annotations

import importlib
import itertools
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ExtractionError

if TYPE_CHECKING:
    from ..extract import Extracted

#: Read by a module of this package, by file name ending (lower case).
READERS = {
    ".docx": "docx",
    ".xlsx": "xlsx",
    ".pptx": "pptx",
    ".html": "html",
    ".htm": "html",
    ".csv": "csvfile",
    # A data export saved as tab-separated values (Excel's "テキスト (タブ区切り)", a system's dump):
    # the same table as a .csv, whose reader already takes tabs.
    ".tsv": "csvfile",
}

#: Everything `ictsearch index` indexes.
SUPPORTED_SUFFIXES = (".pdf", ".txt", ".md", *READERS)

#: Picked up so that the user is told why they are not indexed (not skipped silently):
#: old binary Office formats and macro-enabled files, with the format to save them as.
NOT_SUPPORTED = {
    ".doc": ".docx",
    ".xls": ".xlsx",
    ".ppt": ".pptx",
    ".docm": ".docx",
    ".xlsm": ".xlsx",
    ".pptm": ".pptx",
}

#: What discovery lists: the supported files and the ones that get a "not supported" line.
DISCOVERED_SUFFIXES = SUPPORTED_SUFFIXES + tuple(NOT_SUPPORTED)

# -- limits (README "Limits") ------------------------------------------------
#: Sum of the uncompressed sizes of an Office file's parts.  The largest real
#: files in a policy folder (a 300-slide deck with images, a 50-sheet budget
#: workbook) stay far below it; a zip bomb does not.
MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024
#: An Office file whose parts expand more than this many times (and to more
#: than 64 MB) is refused as a zip bomb: Office XML deflates about 5-20x, a
#: bomb by a thousand times and more.
MAX_COMPRESSION_RATIO = 200
#: Characters of text kept from one file of any format (a 1,000-page report is about
#: 1.5 M characters).  Past it the rest is cut with a warning.  Indexing costs about 5 s
#: of CPU and 180 MB of memory a million characters (a 3 M-character slice of a Japanese
#: text file: 16 s, 683 MB peak; bench/HISTORY.md, bigfile27): at 20 M a 50 MB text file
#: took 11 minutes and 3.7 GB, a near-hang on a laptop.
MAX_TEXT_CHARS = 3_000_000

# An OOXML file saved with a password is not a zip at all but an OLE compound
# file holding an "EncryptionInfo" stream (its name in UTF-16LE).
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")


def not_supported_reason(suffix: str) -> str | None:
    """The one-line message for a format that is discovered but not read."""
    target = NOT_SUPPORTED.get(suffix)
    if target is None:
        return None
    kind = "macro-enabled" if suffix.endswith("m") else "old binary"
    return f"not supported ({kind} {suffix} file): save as {target}"


#: What an Office name often holds that is no Office package at all, by its first bytes (after a BOM
#: and spaces, lower-cased): a web page (Word's 「Web ページ」 saved under a .doc name, and the HTML
#: table that many systems and sites export as 一覧.xls), Word's 「単一ファイル Web ページ」 (MHTML), an RTF
#: document (WordPad's, renamed .doc),
#: and Office 2003's XML formats.  Each was told 「not supported (old binary .doc file): save as
#: .docx」 or 「damaged or truncated Word file (not a valid zip)」, neither of which it is.
#: (HTML_HEADS: a web page's first bytes, which extract.what_it_really_is reads under a .pdf name too.)
HTML_HEADS = (b"<!doctype html", b"<html", b"<head", b"<meta", b"<title", b"<body", b"<table", b"<!--")


def _not_office(path: Path) -> str | None:
    """What a file under an Office name (.doc … .pptx) really is when its bytes show it is no Office
    file of either kind, with what to do; None when they do not say."""
    try:
        with open(path, "rb") as fp:
            head = fp.read(2048)
    except OSError:
        return None
    raw = head
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head[2:].replace(b"\x00", b"")  # UTF-16 (Excel's 「Unicode テキスト」): its ASCII tags without the NULs
    start = head.lstrip(b" \t\r\n").lower()
    name = f"under a {path.suffix} name"
    if start.startswith(b"mime-version:") or (start.startswith(b"from:") and b"\nmime-version:" in start):
        app, target = {"x": ("Excel", ".xlsx"), "p": ("PowerPoint", ".pptx")}.get(path.suffix.lower()[1:2], ("Word", ".docx"))
        return f"a single-file web page (MHTML) {name}: open it in {app} and save it as {target}"
    if start.startswith(b"{\\rtf"):
        return f"an RTF document {name}: open it in Word and save it as .docx"
    if start.startswith(b"<?xml"):
        if b"excel.sheet" in start or b"office:spreadsheet" in start:
            return f"an Excel 2003 XML spreadsheet {name}: open it in Excel and save it as .xlsx"
        if b"word.document" in start or b"office/word/2003/wordml" in start:
            return f"a Word 2003 XML document {name}: open it in Word and save it as .docx"
        start = start[start.find(b"?>") + 2:].lstrip(b" \t\r\n") if b"?>" in start else start
    if start.startswith(HTML_HEADS):
        return f"a web page (HTML) {name}: rename it to .html"
    if path.suffix.lower() in (".doc", ".xls", ".ppt") and (text := _plain_text(raw)) is not None:
        # A text file under an old Office name: a system's export saved as 一覧.xls (CSV, or Excel's 「Unicode
        # テキスト」, UTF-16 with tabs), a memo renamed .doc.  It was told 「not supported (old binary .xls file): save
        # as .xlsx」, which it is not (review46).  (Under a .docx name it is still 「damaged or truncated Word file」:
        # test_breaker46 keeps that line.)
        lines = [line for line in text.splitlines()[:5] if line.strip()]
        if path.suffix.lower().startswith(".xls") and lines and all("\t" in line for line in lines):
            return f"a tab-separated text file {name}: rename it to .tsv"
        if path.suffix.lower().startswith(".xls") and lines and all("," in line for line in lines):
            return f"a CSV text file {name}: rename it to .csv"
        return f"a text file {name}: rename it to .txt"
    return None


#: The control characters a text file holds (tab, line breaks, form feed); any other marks binary bytes.
_BINARY_BYTES = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _plain_text(head: bytes) -> str | None:
    """The text of a file's first bytes when they are plain text (UTF-8, UTF-16 with its BOM, CP932 or EUC-JP, read
    strictly, no control characters but tabs and line breaks), else None.  A character cut at the end of `head` is
    dropped: up to three bytes are tried off."""
    if not head or head.startswith(_OLE_MAGIC):
        return None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings, head = ("utf-16",), head[: len(head) - len(head) % 2]
    else:
        encodings = ("utf-8-sig", "cp932", "euc-jp")
    for encoding in encodings:
        for cut in range(4):
            try:
                text = head[: len(head) - cut].decode(encoding)
            except UnicodeDecodeError:
                continue
            return None if _BINARY_BYTES.search(text) else text
    return None


def check_supported(path: Path) -> None:
    """ExtractionError with the one-line reason when `path`'s format is not read.

    Checked before the extraction cache is consulted: a macro-enabled copy of a
    workbook has the same bytes as the .xlsx, and must still be refused.
    """
    suffix = path.suffix.lower()
    if suffix in (".doc", ".xls", ".ppt"):
        # A .docx renamed .doc is no old binary file: saving it as .docx tells the user nothing.
        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
        except (OSError, zipfile.BadZipFile, ValueError):
            names = []
        for kind, (folder, target) in _PACKAGE_FOLDERS.items():
            if any(name.startswith(folder) for name in names):
                article = "an" if kind[0] in "AEIOU" else "a"
                raise ExtractionError(f"{article} {kind} file under a {path.suffix} name: rename it to {target}")
        if (what := _not_office(path)) is not None:
            raise ExtractionError(what)
    if suffix not in SUPPORTED_SUFFIXES:
        raise ExtractionError(not_supported_reason(suffix) or f"unsupported file type ({suffix or 'no extension'})")


def read(path: Path, suffix: str) -> "Extracted":
    """Extract a file with the reader for `suffix` (a key of READERS)."""
    module = importlib.import_module(f"{__name__}.{READERS[suffix]}")
    return module.read(path)


def check_office_zip(path: Path, kind: str) -> None:
    """Refuse, with a one-line reason, what the Office libraries should never open.

    A password-protected file, an old binary file or a PDF renamed, another kind's Office
    file under this kind's name, a damaged or
    truncated zip, and a zip bomb: by the sizes its directory declares, then
    by inflating each part in small steps, which stops at the declared size
    (a part that holds more fails its checksum there).  The Office libraries
    inflate a part in one call, so a part lying about its size would
    otherwise be inflated whole in memory.
    """
    try:
        with open(path, "rb") as fp:
            head = fp.read(8)
            if not head:
                raise ExtractionError("empty file")
            if head == _OLE_MAGIC:
                if _is_encrypted_package(fp):
                    raise ExtractionError(f"encrypted (password protected) {kind} file")
                raise ExtractionError(
                    f"an old binary Office file under a {path.suffix} name: open it and save it as {path.suffix.lower()}"
                )
            if head.startswith(b"%PDF-"):
                raise ExtractionError(f"a PDF file under a {path.suffix} name: rename it to .pdf")
            if not head.startswith(b"PK") and (what := _not_office(path)) is not None:
                raise ExtractionError(what)
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _wrong_kind(infos, kind, path)
            _check_declared_sizes(infos)
            for info in infos:
                with zf.open(info) as part:
                    while part.read(_INFLATE_STEP):
                        pass
    except ExtractionError:
        raise
    except OSError as exc:
        raise ExtractionError(f"cannot read file: {exc.strerror or exc}") from None
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        if "CRC" in str(exc):
            raise ExtractionError(f"damaged {kind} file (a part holds more or other data than it declares)") from None
        raise ExtractionError(f"damaged or truncated {kind} file (not a valid zip)") from None


#: The folder of each kind's parts in its package, and the name ending that kind is saved with.
_PACKAGE_FOLDERS = {"Word": ("word/", ".docx"), "Excel": ("xl/", ".xlsx"), "PowerPoint": ("ppt/", ".pptx")}


def _wrong_kind(infos, kind: str, path: Path) -> None:
    """Refuse an intact Office file of another kind under this kind's name (a workbook named
    .docx), naming what it is, rather than calling it damaged when its reader finds no document."""
    names = [info.filename for info in infos]
    if any(name.startswith(_PACKAGE_FOLDERS[kind][0]) for name in names):
        return
    for other, (folder, suffix) in _PACKAGE_FOLDERS.items():
        if other != kind and any(name.startswith(folder) for name in names):
            article = "an" if other[0] in "AEIOU" else "a"
            raise ExtractionError(f"{article} {other} file under a {path.suffix} name: rename it to {suffix}")


#: Bytes inflated per step when checking an Office file's parts.
_INFLATE_STEP = 1 << 20


def _check_declared_sizes(infos) -> None:
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ExtractionError(
            f"too large: {total // 2**20} MB uncompressed (limit {MAX_UNCOMPRESSED_BYTES // 2**20} MB)"
        )
    if packed and total > 64 * 1024 * 1024 and total / packed > MAX_COMPRESSION_RATIO:
        raise ExtractionError(f"refused: parts expand {total // packed}x (a zip bomb?)")


def _is_encrypted_package(fp) -> bool:
    """Whether an OLE compound file holds an EncryptionInfo stream (a password-protected OOXML file).

    The stream names are in the compound file's directory, whose first sector
    the header names; small files keep it near the start anyway.
    """
    fp.seek(0)
    header = fp.read(512)
    if _ENCRYPTION_INFO in header + fp.read(64 * 1024):
        return True
    if len(header) < 0x34:
        return False
    sector_size = 1 << int.from_bytes(header[0x1E:0x20], "little")
    first_directory_sector = int.from_bytes(header[0x30:0x34], "little")
    if not 128 <= sector_size <= 4096 or first_directory_sector >= 0xFFFFFFFA:
        return False
    fp.seek((first_directory_sector + 1) * sector_size)
    return _ENCRYPTION_INFO in fp.read(4 * sector_size)


def damaged(kind: str) -> ExtractionError:
    return ExtractionError(f"damaged {kind} file (cannot be parsed)")


def cap_text(pages: list[str], warnings: list[str]) -> list[str]:
    """Cut the pages at MAX_TEXT_CHARS in all, with a warning."""
    total = 0
    for i, page in enumerate(pages):
        if total + len(page) > MAX_TEXT_CHARS:
            warnings.append(f"text cut at {MAX_TEXT_CHARS:,} characters")
            return pages[:i] + [page[: MAX_TEXT_CHARS - total]]
        total += len(page)
    return pages


#: Empty cells in a row kept as they stand (a tab each), so the columns of a table with gaps still line
#: up in `show`; a longer run is one tab.  About the columns an A4 page of a sheet prints at Excel's
#: default width.  A sheet with a note typed in a far column (a cell of column DKJ in every row) was
#: thousands of tabs a row: its snippets and `show` a screen of blanks, and its text mostly tabs.
MAX_EMPTY_CELLS = 10


def row_line(values: list[str]) -> str:
    """A sheet's or a CSV's row as a line: cells by tabs, trailing empty cells dropped, a run of more
    than MAX_EMPTY_CELLS empty cells written as one empty cell."""
    cells: list[str] = []
    for filled, run in itertools.groupby(values, key=bool):
        run = list(run)
        cells.extend(run if filled or len(run) <= MAX_EMPTY_CELLS else [""])
    while cells and not cells[-1]:
        cells.pop()
    return "\t".join(cells)


#: A cell that is a number, not a label (a table's title or header is read from its labels).
NUMBER = re.compile(r"[-+]?[\d,.]+%?")


def normalize_capped(text: str, warnings: list[str]) -> str:
    """normalize_text(text, wrapped=False), cut at MAX_TEXT_CHARS with a warning: cut before it is
    normalized too, so that a 40 MB web page is not normalized whole for the 3 M characters kept
    (its 14 M characters took 1.3 GB)."""
    from ..normalize import normalize_text

    cut = len(text) > MAX_TEXT_CHARS
    page = cap_text([normalize_text(text[:MAX_TEXT_CHARS] if cut else text, wrapped=False)], warnings)[0]
    if cut and not any(w.startswith("text cut") for w in warnings):
        warnings.append(f"text cut at {MAX_TEXT_CHARS:,} characters")
    return page



#: Alternative text that says nothing of its picture: an authoring tool's or a template's word for
#: any picture (画像, 写真, 図 3, image1), a link icon's (PDF, 別ウィンドウで開きます), or marks alone.
_NO_ALT = re.compile(
    r"(?:画像|写真|図|図表|イメージ|グラフ|アイコン|ロゴ|image|img|picture|pic|photo|figure|fig|icon|logo|spacer"
    r"|dummy|blank|alt|no\s*image|pdf|pdfファイル|(?:別|新しい|新規)ウィンドウ(?:で開きます|が開きます)?|外部リンク"
    r"|external\s*link)?[\W\d_０-９]*",
    re.IGNORECASE,
)
#: A file name or path left as the alternative text (Word writes the inserted file's path).
_FILE_NAME_ALT = re.compile(r"\.(?:png|jpe?g|gif|bmp|svg|webp|tiff?|emf|wmf|ico)$|^[a-z]:\\|^/|\\", re.IGNORECASE)
#: Word's and PowerPoint's guess at a picture (「テキスト が含まれている画像 自動的に生成された説明」): a
#: machine's caption, not the author's words.
_GENERATED_ALT = re.compile(r"自動的に生成された説明|description automatically generated", re.IGNORECASE)


def alt_text(raw: str | None) -> str | None:
    """A picture's alternative text (HTML alt, Word's and PowerPoint's descr) when it says what the
    picture shows, on one line: not empty, not a file name, not 「画像」 or 「写真」 alone, not a
    link icon's word nor a tool's generated guess (None then).  A chart or a scanned notice saved as
    a picture holds its words only there."""
    text = " ".join((raw or "").split())
    if (len(text) < 2 or _NO_ALT.fullmatch(text) or _FILE_NAME_ALT.search(text)
            or _GENERATED_ALT.search(text)):
        return None
    return text


def table_title(first_row: list[str], path: Path) -> str | None:
    """A table's title from its first non-empty row (a sheet's, a CSV's): the row's first text
    when it holds fewer than three (「令和5年度 派遣実績」 over the table), else the file's name: a
    row of three labels or more is a table's header (事業名 | 予算額 | 担当), and the file's name
    says more than 「事業名」."""
    texts = [v for v in first_row if v and not NUMBER.fullmatch(v)]
    if not texts:
        return None
    return texts[0].strip() if len(texts) < 3 else path.stem


def own_version(title: str | None, text: str) -> str | None:
    """The title property, or the text's version of it when the property is last year's (extract.own_version)."""
    from ..extract import own_version as own

    return own(title, text)


def core_title(raw: str | None, path: Path) -> str | None:
    """The document properties' title if it names the document (same rules as a PDF's /Title)."""
    from ..extract import _meaningful_title

    return _meaningful_title(raw, path)
