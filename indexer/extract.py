"""Turn a PDF or text file into normalized page texts.

``extract()`` is the entry point and dispatches by file suffix: text files are
decoded here, PDFs are read by :mod:`indexer.pdf` (PDFium, pdfminer.six as the
fallback, Tesseract for scanned pages; see that module for which reader reads
what, and why).
"""

from __future__ import annotations

import re
import zipfile
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ExtractionError
from .formats import HTML_HEADS, MAX_TEXT_CHARS, READERS, SUPPORTED_SUFFIXES, cap_text, check_supported
from .formats import read as read_format
from .lazy import LazyPattern
from .normalize import normalize_text

__all__ = ["Extracted", "extract", "read_text_file", "SUPPORTED_SUFFIXES"]


@dataclass(frozen=True)
class Extracted:
    pages: list[str]
    page_count: int | None
    title: str | None
    encoding: str | None
    warnings: list[str] = field(default_factory=list)
    #: 1-based numbers of the pages whose text was read by OCR.
    ocr_pages: list[int] = field(default_factory=list)
    #: A web page's breadcrumb trail (ホーム > 報道資料 > 令和6年度): not in the text, read by the metadata.
    trail: str | None = None
    #: A web page's publisher as its site names itself (高知県): not in the text, read by the metadata.
    site: str | None = None
    #: A web page's own address (absolute http(s)), kept as the document's url and read for its place.
    url: str | None = None
    #: Where in the page the address was written (<link rel="canonical"> …), for `show`.
    url_from: str | None = None


def extract(path: Path, *, ocr: bool = True) -> Extracted:
    """Extract and normalize the text of one file; ExtractionError on failure.

    ``ocr=False``: PDF pages without a text layer are not read by Tesseract.
    """
    path = Path(path)
    check_supported(path)
    suffix = path.suffix.lower()
    if suffix in READERS:
        return read_format(path, suffix)
    if suffix == ".pdf":
        from .pdf import read_pdf

        try:
            return read_pdf(path, ocr=ocr)  # cut at MAX_TEXT_CHARS as it reads, as every reader is
        except OSError as exc:
            raise ExtractionError(f"cannot read file: {exc.strerror or exc}") from None
    warnings: list[str] = []
    text, encoding = read_text_path(path, warnings)
    text = strip_stray_markup(text)
    pages = text_pages(text)
    if len(pages) > 1:
        # pdftotext's output (and a printer's text): a page a form feed, read as a PDF's pages are.
        from .furniture import remove_furniture

        pages = [normalize_text(page) for page in remove_furniture(pages)]
    else:
        pages = [normalize_text(text)]
    if not any(page.strip() for page in pages):
        raise ExtractionError("no text")
    return Extracted(pages=pages, page_count=len(pages) if len(pages) > 1 else None, title=None,
                     encoding=encoding, warnings=warnings)


def text_pages(text: str) -> list[str]:
    """A text file's pages: split at its form feeds (\\f, the page break pdftotext writes after every
    page, a blank page an empty one), the one after the last page closing it, not opening another.
    One page, the text, when it holds none."""
    if "\f" not in text:
        return [text]
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages


# ---------------------------------------------------------------- text files


#: HTML tags left in a text file copied from a web page (情報通信白書 sections of ../shared/corpus hold
#: 「…を基に作成<br />（出典）…」, links around 「データ2」, <U>M</U>ultiplexing, I<SUB>t</SUB>): they showed in
#: snippets and indexed the link's address as words.  Only tags of running text, links and blocks, by name,
#: written as HTML writes them: a closing tag, <br>, a tag whose attributes are name="value" pairs, or a bare
#: tag closed later on its line.  So text that merely holds 「<」 and 「>」 stays: a formula (a<b かつ c>d),
#: a mail address in brackets (<a.tanaka@example.jp>, <b-suzuki@…>), labels (案<A>と案<B>, <Table 1>,
#: <TD-LTE方式>), a legend (<b>：基地局), and a guideline's tag named as such (<h1>タグ, 「<br>」, <img>要素).
_TAG_NAMES = r"(?:a|b|i|u|em|strong|span|font|sub|sup|small|big|ruby|rb|rt|rp|nobr|img|p|div|li|ul|ol|tr|td|th|table|h[1-6]|br)"
_TAG_ATTRIBUTE = r"""[ \t]+[a-z_:][-a-z0-9_:.]*[ \t]*=[ \t]*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s"'<>]+)"""
_STRAY_TAG_RE = LazyPattern(
    rf"<(?:(?P<close>/){_TAG_NAMES}[ \t]*|(?P<name>{_TAG_NAMES})(?P<attrs>(?:{_TAG_ATTRIBUTE})*)[ \t]*/?)>",
    re.IGNORECASE)
_CLOSING_TAG_RE = LazyPattern(rf"</({_TAG_NAMES})[ \t]*>", re.IGNORECASE)
#: What follows a tag a guideline names (<h1>タグ, <img>要素の alt 属性).
_TAG_NAMED_RE = LazyPattern(r"[ \t]*(?:タグ|要素|属性|エレメント)")
#: The tags that end a line where they stand (<br />, </p>, </div> …); the others are removed in place.
_LINE_TAG_RE = LazyPattern(r"<(?:br\b|/?(?:p|div|li|ul|ol|tr|table|h[1-6])\b)", re.IGNORECASE)


def strip_stray_markup(text: str) -> str:
    """A text file's text without the HTML tags a copy from a web page left in it (_STRAY_TAG_RE):
    a line-ending tag becomes a line break, the others nothing; the text unchanged when it holds none."""
    if "<" not in text or not _STRAY_TAG_RE.search(text):
        return text
    closings: dict[str, list[int]] = {}  # a tag's name -> where its closing tags stand, read once
    for c in _CLOSING_TAG_RE.finditer(text):
        closings.setdefault(c[1].casefold(), []).append(c.start())
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]

    def closed_on_its_line(name: str, end: int) -> bool:
        at = closings.get(name.casefold(), ())
        k = bisect_left(at, end)
        n = bisect_left(newlines, end)
        return k < len(at) and (n == len(newlines) or at[k] < newlines[n])

    def replaced(m: re.Match) -> str:
        name = m.group("name")
        if not m.group("attrs"):
            if _TAG_NAMED_RE.match(text, m.end()) or (
                    text[m.start() - 1:m.start()] in "「『“" and text[m.end():m.end() + 1] in "」』”"):
                return m.group()  # a guideline's tag, named or quoted: 「<br>」で改行
            if name and name.casefold() != "br" and not closed_on_its_line(name, m.end()):
                # A bare <b>, <U>, <p> is a tag only when closed later on its line (<U>M</U>), not a label
                # (<B>案).  (Looked up in positions read once: searching the rest of the line for each
                # bare tag cost a one-line text of 40,000 of them 2.4 s, growing with the square.)
                return m.group()
        return "\n" if _LINE_TAG_RE.match(m.group()) else ""

    return _STRAY_TAG_RE.sub(replaced, text)


def read_text_path(path: Path, warnings: list[str]) -> tuple[str, str]:
    """(text, encoding) of a text file (read_text_file), of its first MAX_TEXT_BYTES at most; the
    CSV reader (indexer.formats.csvfile) reads its files through it too."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_TEXT_BYTES + 1)
    except OSError as exc:
        raise ExtractionError(f"cannot read file: {exc.strerror or exc}") from None
    if (kind := _binary_kind(data[:512])) is not None:
        kind, hint = _what_to_do(data, kind)
        raise ExtractionError(f"{kind} under a {path.suffix} name, not text{hint}")
    cut = len(data) > MAX_TEXT_BYTES
    if cut:
        data = _whole_characters(data[:MAX_TEXT_BYTES])
    text, encoding = read_text_file(data, warnings)
    del data
    # The same cap as Office and HTML text, before normalizing: indexing costs
    # about 0.25 KB of memory per character (a 3.7 M-character text file took
    # 0.9 GB and two minutes), so a 100 MB log file left in a folder must not
    # be read whole.
    text = cap_text([text], warnings)[0]
    if cut and not any(w.startswith("text cut") for w in warnings):
        warnings.append(f"text cut at {MAX_TEXT_BYTES:,} bytes")
    return text, encoding


#: What a file under a text name (.txt, .md, .csv, .tsv) really is, by its first bytes: a PDF saved
#: as 資料.txt, a zip or program renamed, got 「not text: undecodable in UTF-8, … (UTF-8: byte 0xd0 at
#: offset 24; …)」, which names no cause.  (A text file never opens with these bytes: all but %PDF-
#: are control characters, and a text saying "%PDF-1.7" first would be a curiosity.)
_SIGNATURES = (
    (b"%PDF-", "a PDF file", ".pdf"),
    (b"PK\x03\x04", "a zip archive", None),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old binary Office file (.doc, .xls, .ppt)", None),
    (b"\x7fELF", "a program (Linux executable)", None),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", None),
    (b"\xff\xd8\xff", "a JPEG image", None),
    (b"GIF8", "a GIF image", None),
    (b"\x1f\x8b", "a gzip archive", None),
)


def what_it_really_is(path: Path, head: bytes) -> str:
    """What a file whose name promises a PDF really is, with what to do, from its first bytes (`head`,
    a KB or so) — 「: a Word file under a .pdf name: rename it to .docx」 — or "" when they do not say."""
    name = f" under a {path.suffix} name"
    if (kind := _binary_kind(head[:512])) is not None:
        if kind == "a zip archive":
            try:
                with zipfile.ZipFile(path) as zf:
                    names = zf.namelist()
            except (OSError, zipfile.BadZipFile, ValueError, EOFError, NotImplementedError, RuntimeError):
                names = []
            from .formats import _PACKAGE_FOLDERS

            for office, (folder, target) in _PACKAGE_FOLDERS.items():
                if any(n.startswith(folder) for n in names):
                    return f": {'an' if office[0] in 'AEIOU' else 'a'} {office} file{name}: rename it to {target}"
            return f": {kind}{name}: unpack it and index its files"
        return f": {kind}{name}"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(HTML_HEADS):  # a site's error or sign-in page a download saved under a .pdf name
        return f": a web page (HTML){name}, as a download saves a site's error or sign-in page: download it again"
    try:
        read_text_file(_whole_characters(head) if len(head) >= 1024 else head)
    except ExtractionError:
        return ""
    return f": a text file{name}: rename it to .txt"


def _binary_kind(head: bytes) -> str | None:
    """What a file is by its first bytes when they say it is no text (_SIGNATURES), else None."""
    for magic, kind, _ in _SIGNATURES:
        if head.startswith(magic):
            return kind
    if head.startswith(b"MZ") and b"\x00" in head[:64]:
        return "a Windows program (.exe)"
    return None


def _what_to_do(data: bytes, kind: str) -> tuple[str, str]:
    """(kind, what to do) for a file _binary_kind named: rename a PDF or an Office file (a zip of
    Word's, Excel's or PowerPoint's parts) to its own ending."""
    if kind == "a PDF file":
        return kind, ": rename it to .pdf"
    if kind == "a zip archive":
        import io
        import zipfile

        from .formats import _PACKAGE_FOLDERS

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = zf.namelist()
        except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError, RuntimeError):
            return kind, ""  # cut short (past what is read of a text file): its parts are not known
        for office, (folder, target) in _PACKAGE_FOLDERS.items():
            if any(n.startswith(folder) for n in names):
                return f"{'an' if office[0] in 'AEIOU' else 'a'} {office} file", f": rename it to {target}"
        return kind, ": unpack it and index its files"
    return kind, ""


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    # UTF-32's before UTF-16's: its little-endian BOM (FF FE 00 00) starts as UTF-16's does, and
    # read as UTF-16 its text was every other character a NUL, "not text: binary data".
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_UNDECODABLE = "not text: undecodable in UTF-8, UTF-16 (BOM), CP932 or EUC-JP"
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
#: Bytes read from a text file at most: enough for MAX_TEXT_CHARS characters in any encoding
#: read here (at most 4 bytes a character, UTF-8), so that a log file of gigabytes left among
#: the documents is not read whole (an index run over a 400 MB one peaked at 1.36 GB when it was).
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS


def _whole_characters(data: bytes) -> bytes:
    """`data`, cut from a longer file, ending at a line end near its end, so that the strict
    decoding below is not failed by a character cut in two.

    In UTF-8, CP932 and EUC-JP no byte of a multi-byte character is a line feed, and a byte
    below 0x80 ends a character (it is one, or a CP932 trail byte); UTF-16 (BOM) is cut at
    its own line feed, on a 2-byte boundary, UTF-32 (BOM) on a 4-byte one.  Only the last 64 KB are looked at: what is cut
    off is nothing beside the 12 MB kept.
    """
    tail_start = max(0, len(data) - 65536)
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # UTF-32: its own line feed, on 4 bytes
        newline = b"\n\x00\x00\x00" if data.startswith(b"\xff\xfe") else b"\x00\x00\x00\n"
        end = data.rfind(newline, tail_start)
        while end > 0 and end % 4:
            end = data.rfind(newline, tail_start, end + 3)
        return data[: end + 4] if end > 0 else data[: len(data) - len(data) % 4]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        newline = b"\n\x00" if data.startswith(b"\xff\xfe") else b"\x00\n"
        end = data.rfind(newline, tail_start)
        while end > 0 and end % 2:
            end = data.rfind(newline, tail_start, end + 1)
        return data[: end + 2] if end > 0 else data[: len(data) - len(data) % 2]
    end = data.rfind(b"\n", tail_start)
    if end < 0:
        ascii_bytes = list(re.finditer(rb"[\x00-\x7f]", data[tail_start:]))
        end = tail_start + ascii_bytes[-1].start() if ascii_bytes else -1
    if end < 0:
        # No ASCII byte at all: end on a UTF-8 character boundary (continuation bytes are 10xxxxxx).
        end = len(data) - 1
        while end > 0 and data[end] & 0xC0 == 0x80:
            end -= 1
        end -= 1
    return data[: end + 1]


_CLOSING_CTRL_Z = re.compile(r"\x1a[\x1a\r\n]*\Z")


#: What a UTF-8 file cut short in the middle of its last character is indexed with.
CUT_UTF8 = "the file ends in the middle of a UTF-8 character (cut short?): the text before it is indexed"


def read_text_file(data: bytes, warnings: list[str] | None = None) -> tuple[str, str]:
    """Decode a text file strictly: BOM, else ISO-2022-JP (escape sequences), UTF-8, else CP932 or EUC-JP.

    UTF-16 is used with a BOM, or without one only when the bytes hold a NUL and read as
    everyday Japanese text in one byte order (any even-length input "decodes" as UTF-16;
    _utf16_without_bom), and nothing is ever decoded lossily, but for the one character a UTF-8 file
    cut short (a copy interrupted) ends in the middle of: the text before it is
    taken, and CUT_UTF8 added to `warnings`.  A file of UTF-8 lines and CP932 (or
    EUC-JP) lines, two files joined, is read line by line, each in its own encoding,
    and a warning (_mixed_encodings) says where the encoding changes.
    """
    if not data:
        raise ExtractionError("empty file")
    text, encoding, note = _decode(data)
    if note and warnings is not None:
        warnings.append(note)
    # Ctrl-Z (0x1A) closing the file is MS-DOS's end-of-file mark, which editors of that era
    # (and `copy /a`) still leave on Shift_JIS text files: the end, not binary data; so with the
    # line break a later editor added after it.
    text = _CLOSING_CTRL_Z.sub("", text)
    if _CONTROL_RE.search(text):
        # NUL and other C0 controls do not occur in text files; a binary file
        # can still be valid UTF-8 (all ASCII bytes are).
        raise ExtractionError("not text: binary data (control characters)")
    if not text.strip():
        raise ExtractionError("no text")
    return text, encoding


def _utf8_cut_short(data: bytes, e: UnicodeDecodeError, start: int = 0) -> str | None:
    """The text of a UTF-8 file whose only flaw is its last character cut in two, else None.

    Only where the bytes before the cut hold UTF-8 characters beyond ASCII: ASCII text
    ending in a CP932 kanji (鍵 is E5 AE, a UTF-8 lead and continuation) is CP932."""
    if e.reason != "unexpected end of data" or e.end != len(data) - start:
        return None
    head = data[start:start + e.start]
    return None if head.isascii() else head.decode("utf-8")


def _decode(data: bytes) -> tuple[str, str, str | None]:
    """(text, encoding, a note for the warnings: CUT_UTF8 when a UTF-8 file's cut last character
    was left out, or where a file of mixed encodings changes encoding)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, None
            except UnicodeDecodeError as e:
                if encoding == "utf-8-sig" and (text := _utf8_cut_short(data, e, len(bom))) is not None:
                    return text, encoding, CUT_UTF8
                # The BOM decided the encoding: nothing else was tried, and the offset finds the damage.
                name = {"utf-8-sig": "UTF-8", "utf-32": "UTF-32"}.get(encoding, "UTF-16")
                raise ExtractionError(f"not text: undecodable in {name} (BOM): {broke_at(data, e, len(bom))}") from None
    if b"\x00" in data and (utf16 := _utf16_without_bom(data)) is not None:
        return utf16
    # Where each encoding tried broke, for the error: in a large file one damaged byte (a CP932
    # memo with a byte lost) is found only by its offset.
    broke: list[str] = []
    if b"\x1b$" in data:
        # ISO-2022-JP (JIS, as mail and old text tools save it) is 7-bit, so
        # it also "decodes" as UTF-8, escape sequences and all; its ESC $ B /
        # ESC $ @ sequences and a strict decode tell it apart.
        try:
            return data.decode("iso2022_jp"), "iso2022_jp", None
        except UnicodeDecodeError as e:
            broke.append(f"ISO-2022-JP: {broke_at(data, e)}")
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as e:
        if (text := _utf8_cut_short(data, e)) is not None:
            return text, "utf-8", CUT_UTF8
        broke.append(f"UTF-8: {broke_at(data, e)}")
    decoded = []
    for encoding, name in (("cp932", "CP932"), ("euc_jp", "EUC-JP")):
        try:
            decoded.append((data.decode(encoding), encoding))
        except UnicodeDecodeError as e:
            broke.append(f"{name}: {broke_at(data, e)}")
    mixed = _mixed_encodings(data)
    # Both decode now and then (EUC-JP kana bytes are valid CP932 half-width
    # katakana); the wrong reading is full of rare characters.  Ties go to
    # CP932, the commoner of the two, and to one encoding over a mixture.
    best = min(decoded, key=lambda pair: _rarity(pair[0])) if decoded else None
    if mixed and (best is None or _rarity(mixed[0]) < _rarity(best[0])):
        return mixed
    if best is None:
        raise ExtractionError(f"{_UNDECODABLE} ({'; '.join(broke)})")
    return (*best, None)


_ENCODING_NAMES = {"utf-8": "UTF-8", "cp932": "CP932", "euc_jp": "EUC-JP"}

#: Most a UTF-16 reading without a BOM may hold of characters outside everyday Japanese (_rarity):
#: measured on 200 White Paper sections, text read in its own byte order is at most 0.055 (median
#: 0.016); read in the other order, and .so, .mo and PDF files read as UTF-16, at least 0.80.
UTF16_RARITY = 0.2


def _utf16_without_bom(data: bytes) -> tuple[str, str, str] | None:
    """(text, encoding, warning) of UTF-16 saved without its BOM (a program's export, a text
    written by .NET's or Java's UTF-16 writers), else None.  Only for bytes holding a NUL, which
    no text in another encoding read here holds: such a file was "binary data (control
    characters)", or undecodable in every encoding, though its text is plain.  The byte order is
    the one whose reading is everyday Japanese text, and only where it has no control characters."""
    even = data[: len(data) - len(data) % 2]
    readings = []
    for encoding, name in (("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")):
        try:
            text = even.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text.strip() and not _CONTROL_RE.search(text) and (rarity := _rarity(text)) <= UTF16_RARITY:
            readings.append((rarity, text, encoding, name))
    if not readings:
        return None
    _, text, encoding, name = min(readings)
    return text, encoding, f"{name} without a byte order mark (BOM)"


def _mixed_encodings(data: bytes) -> tuple[str, str, str] | None:
    """(text, the first part's encoding, the warning) of a file whose lines are UTF-8 and CP932
    or EUC-JP (a UTF-8 export and a Shift_JIS log joined with `cat`), each line read in its own
    encoding; None when no line beyond ASCII is UTF-8, or the other lines are neither.

    Read whole as CP932 it "decoded", its UTF-8 half garbled (ファイル as 繝輔ぃ繧､繝ｫ) and no
    word said; the caller keeps this reading only when it is less rare (_rarity) than reading the
    whole in one encoding, so a CP932 line that happens to be valid UTF-8 changes nothing.
    """
    lines = data.split(b"\n")
    kinds: list[str | None] = []
    for line in lines:
        if line.isascii():
            kinds.append(None)  # the same in every encoding read here
            continue
        try:
            line.decode("utf-8")
            kinds.append("utf-8")
        except UnicodeDecodeError:
            kinds.append("other")
    if "utf-8" not in kinds or "other" not in kinds:
        return None
    rest = b"\n".join(line for line, kind in zip(lines, kinds) if kind == "other")
    readings = []
    for encoding in ("cp932", "euc_jp"):
        try:
            readings.append((rest.decode(encoding), encoding))
        except UnicodeDecodeError:
            pass
    if not readings:
        return None
    reading, other = min(readings, key=lambda pair: _rarity(pair[0]))
    if _rarity(reading) >= _rarity(rest.decode("utf-8", "replace")):
        # UTF-8 lines with a byte damaged, not another encoding: read as CP932 they are rarer
        # characters still than with their damage replaced.  Reported as before, not guessed.
        return None
    parts: list[str] = []
    changes: list[tuple[str, int]] = []  # (encoding, byte offset of the line where it starts)
    offset = 0
    for line, kind in zip(lines, kinds):
        encoding = "utf-8" if kind == "utf-8" else other if kind else "ascii"
        parts.append(line.decode(encoding))
        if kind and (not changes or changes[-1][0] != encoding):
            changes.append((encoding, offset))
        offset += len(line) + 1
    shown = [f"{_ENCODING_NAMES[enc]} from byte {at:,}" if i else _ENCODING_NAMES[enc]
             for i, (enc, at) in enumerate(changes[:4])]
    more = f" and {len(changes) - 4} more changes" if len(changes) > 4 else ""
    note = f"mixed encodings, each line read in its own: {', then '.join(shown)}{more}"
    return "\n".join(parts), changes[0][0], note


def broke_at(data: bytes, e: UnicodeDecodeError, skipped: int = 0) -> str:
    """Where a strict decoding of `data` failed, as the error and warning lines say it: the offset
    in the file (a codec that drops a BOM counts from after it: `skipped` is the BOM's length)."""
    at = e.start + skipped
    return f"byte 0x{data[at]:02x} at offset {at}" if at < len(data) else f"the end ({e.reason})"


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


# ------------------------------------------------ PDF /Title (read by indexer.pdf)

_FILE_NAME_RE = re.compile(
    r"\.(?:docx?|xlsx?|pptx?|pdf|txt|rtf|jtd|jtdc|odt|ods|odp|html?|xml|indd|ai|eps|ps|tiff?|jpe?g|png|bmp|csv)$",
    re.IGNORECASE,
)
_APPLICATION_RE = re.compile(
    r"^(?:microsoft\s*(?:word|excel|powerpoint)|word|excel|powerpoint|一太郎|acrobat)\s*-", re.IGNORECASE
)
# Placeholder titles: document numbering in a meeting's handouts (資料1,
# 参考資料2-1, 別紙), application defaults (無題, PowerPoint プレゼンテーション, Excel's Book1 and
# Sheet1, the names Windows gives a new file (Microsoft Excel ワークシート), Google's 無題のドキュメント
# in the PDFs it exports; ReportLab's document templates write "(anonymous)" when the maker sets no title).
_PLACEHOLDER_RE = re.compile(
    r"^(?:(?:参考|配布|会議|説明)?資料|別紙|別添|別記|別表|参考|添付|様式|付録|付属|議事次第|次第"
    r"|スライド|ページ|文書|ドキュメント|document|slide|page|untitled|\(anonymous\)|no\s*title|無題|タイトルなし"
    r"|powerpoint\s*プレゼンテーション|プレゼンテーション|presentation|book|sheet|ブック|シート"
    r"|(?:新規\s*)?microsoft\s*(?:excel\s*ワークシート|word\s*文書|powerpoint\s*プレゼンテーション)"
    r"|無題の(?:ドキュメント|スプレッドシート|プレゼンテーション|フォーム)|untitled\s*(?:document|spreadsheet|presentation))"
    r"\s*(?:no\.?|第)?\s*[0-9０-９一二三四五六七八九十]*(?:[-ー－‐の][0-9０-９]+)*\s*(?:号)?$",
    re.IGNORECASE,
)
_MEANINGFUL_CHAR_RE = re.compile(r"[^\W\d_]")


#: A year or a meeting's number in a title: what a file saved again from last year's changes in its text
#: and leaves in its title property.
_TITLE_NUMBER_RE = re.compile(
    r"(?:令和|平成|昭和|[RrHh])\s*(?:[0-9]{1,2}|元)(?:\s*年度?)?|(?:19|20)[0-9]{2}(?:\s*年度?)?|第\s*[0-9]+\s*回"
)
#: Lines of the first page looked at for the title's own version (a cover's title, date and issuer).
_OWN_VERSION_LINES = 10


def own_version(title: str | None, text: str) -> str | None:
    """The title property, or the first page's version of it when the property is a copy with other years.

    A file saved again from last year's (「令和4年度 地域ICT推進協議会 事業計画」 in /Title or the Office title
    property, the cover reading 「令和6年度 …」) kept the old title, which named the document and gave it its
    年度 (breaker41's f14: fiscal year 2022, year none, for a plan of 令和6年度 dated 令和6年5月15日).  Taken only
    when a line of the first page reads as the title with its years or 第N回 masked, and differs in them."""
    if not title or not _TITLE_NUMBER_RE.search(title):
        return title
    squashed = "".join(unicodedata.normalize("NFKC", title).split())
    masked = _TITLE_NUMBER_RE.sub("#", squashed)
    if len(masked.replace("#", "")) < 4:
        return title
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_OWN_VERSION_LINES]
    if any("".join(line.split()) == squashed for line in lines):
        # The page writes the property's own title (its cover): a line of another year below it (「令和5年度 …事業計画」
        # recalled under 「1 前年度の振り返り」) is last year's document named, not this one's (sceptic43).
        return title
    for line in lines:
        own = "".join(line.split())
        if own != squashed and _TITLE_NUMBER_RE.sub("#", own) == masked:
            return line
    return title


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
