"""Extracted text cached by content hash, so a rebuild does not re-run pdfminer.

The key is the SHA-256 of the file's bytes plus the extractor's version, so a
file whose content changed can never be served stale text, and a change to
the extraction settings invalidates every entry at once.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import re
import zlib
from pathlib import Path

from .errors import IndexLocationError


#: Bump when extraction or normalization output changes.
#: 10: a saved web page's own address (url, url_from) beside its text.
#: 11: a site's top as canonical or og:url gives way to a later source naming the page itself.
#: 12: Word: a table cell's text boxes read (after its row); tracked moves read once, where they went;
#:     Excel: a half rounded away from zero, as Excel shows it; HTML: a source line break is a space;
#:     Word: footnotes and endnotes after the body; PowerPoint and Word: SmartArt's text;
#:     Excel: a sheet's text boxes; HTML: an unnamed trail is its block's first line, not the block's list items;
#:     Word, PowerPoint, Excel, HTML: lines never joined for their width (normalize_text(wrapped=False)).
#: 13: Word: a text box or SmartArt deleted or moved away under Track Changes is not read;
#:     Excel: a number of 27 digits or more under a format with decimals is read (the workbook was refused);
#:     Word, PowerPoint: a SmartArt's assistant boxes (an organization chart's 事務局) are read;
#:     HTML: a <pre>'s lines wrapped by hand are joined as a text file's.
#: 14: Excel: hidden and veryHidden sheets are not read; a negative number under a format with a
#:     section for negatives is shown by it (▲1,234 under #,##0;"▲"#,##0, not -1,234).
#: 15: HTML: a <br> inside a sentence (総務省の地域情報化<br>アドバイザー派遣制度を活用し、…。) does not break it.
#: 16: HTML: a <br> in preformatted text is a break again (15 dropped it).
#: 17: HTML: a question left without its ？ (…受け取れますか<br>市民課の窓口で…。) ends at its <br>.
#: 18: HTML: an address line (霞が関2丁目1番2号…<br>最寄り駅は…。) ends at its <br>, whatever hiragana its place names hold.
#: 19: Excel: a workbook whose only data is in hidden sheets is read from them (with a warning), not refused.
#: 20: HTML: a heading ending in について, お知らせ, ご案内 (…の交付について<br>本市では…。) ends at its <br>.
#: 21: HTML: a breadcrumb trail in a <nav> (<nav aria-label="パンくずリスト">) is read before <nav> goes.
#: 22: PDF: ReportLab's placeholder /Title "(anonymous)" is no title.
#: 23: PDF: a page number between dashes (「- 1 -」) goes from a one-page document too.
#: 24: Word: a page header's date line (「令和5年10月2日」, 「掲載日:…」) opens the text instead of following the body.
#: 25: Word: a Subtitle paragraph right under the Title is the title's second line.
#: 26: PDF: an empty line where the layout starts a paragraph (a gap wider than the line pitch, a change of size).
#: 27: PDF: a head set full width over two columns is joined where it wraps.
#: 28: PowerPoint: the first slide's title placeholder is read as a text's first lines (no ○ before it,
#:     none when it holds a skip link, a trail or a date line, a long sentence cut).
#: 29: Word: the Title paragraph (and its Subtitle) is read as a text's first lines (a sentence cut, a date line none).
#: 30: HTML: the <h1> is read as a text's first lines (a sentence cut, a date line none: the <title> then).
#: 31: a reader's title (<h1>, Word's Title, a cover) goes through derive_title, which now passes over a site's
#:     name, greeting or menu section over a heading (「知事室へようこそ」, 「会議資料・開催案内等」).
#:     and reads a trail set one step a line (「山ノ内町 / > / 総務課 / > / …」) as one trail.
#:     and starts at a site's mark of the content (「ここから本文です。」) when a heading follows it.
#:     A print link and stamp run on to a heading (…について印刷用ページを表示する掲載日…) leave its title. An image's caption (写真:…) is no title. Nor a link back to an index (インデックスへ).
#: 32: HTML: the warning of a page whose declared charset breaks says where (byte, offset) and what it was read as.
#: 33: CSV: a first row as wide as the rows below it is the header, no title (the file's name is).
#: 34: CSV: the separator is its header line's (a tab-separated file of amounts 12,345,678 was read as comma-separated).
#: 35: Word: a ruby's reading (w:rt) is left out, its base text kept.
#: 36: Excel and CSV: a run of more than 10 empty cells in a row is one (formats.row_line).
#: 37: HTML: a ruby's reading and brackets (rt, rp) are left out.
#: 38: Word and Excel: charts by their words (formats.charts), chart sheets as pages.
#: 39: Word: an unfilled content control's prompt (w:showingPlcHdr) is left out.
#: 40: Excel: a date under a format with era codes is written as the sheet shows it (令和5年4月1日, R5.4.1).
#: 41: HTML: a <form> wrapping the page's heading or half its text (ASP.NET) is not dropped as a form.
#: 42: Excel: the title is read from the first sheet's first rows as a text's are (様式第1号 over the name passed).
#: 43: HTML: a heading drawn as a picture in the content is its alt text.
#: 44: PowerPoint: the text drawn on the layouts and masters the slides show, once after the last slide.
#: 45: Word: the numbers Word draws before numbered paragraphs (第1章, 1.2, (1), ア).
#: 46: a title property or /Title of Book1, Sheet1, 無題のドキュメント, Microsoft Excel ワークシート is no title.
#: 47: the text of one file is cut at 3 M characters, not 20 M (a PDF's too); a text file of UTF-8 and
#:     CP932 lines joined is read line by line, each in its own encoding (it was read whole as CP932).
#: 48: Word's hidden text (w:vanish) is left out; pictures' alternative text (HTML alt, Word's and
#:     PowerPoint's descr) is read after its paragraph or slide; a PDF's pages past the cap are not read.
#: 49: HTML: a <title> that is only the site's name (○○市ホームページ, 総務省) gives way to the content's
#:     first heading, and a text <h1> naming the site (an old page's logo) is no title; a text file
#:     in UTF-16 without a BOM is read (it failed, so no cache entry holds it: nothing to redo for it);
#:     soft hyphens and the marks of writing direction are removed from the text as zero-width spaces are.
#: 50: a text file's form feeds (pdftotext's page breaks) divide it into pages, read as a PDF's are
#:     (furniture removed, `show --page N`); a text file in UTF-32 with its BOM is read (it failed).
#: 51: an .html file holding no markup is read as the text file it is (its lines ran into one); an entry
#:     records the name's reader (`reader`: .txt, .html, .csv …) and serves only a file read the same way.
#: 52: HTML tags left in a text file copied from a web page (<br />, <a href=…>, <img …>) are removed,
#:     a line-ending one made a line break (extract.strip_stray_markup).
#: 53: only text written as HTML writes tags is taken for one (closing tags, <br>, name="value" attributes, a
#:     bare tag closed on its line): a formula a<b かつ c>d, <a.tanaka@example.jp>, 案<A>, <TD-LTE方式> had been cut.
#: 54: a run of more than 16 tabs or spaces (全角 ones too) is cut to 16 (normalize.LONG_BLANK_RUN).
#: 55: PDF: a footer drawn before the body (reportlab, Word) is read at the page's end (pdf._footer_last);
#:     lines set apart by a gap or a size (now 1.05×) are never joined across it (pdf._PARAGRAPH_BREAK); a
#:     notice's field label (「会場 …」) opens an item after a line that ends (normalize._FIELD_LABELS).
#:     PowerPoint: footer placeholders once after the last slide, a fixed date's opening the deck, slide
#:     numbers and automatic dates not read (formats.pptx._furniture).
#:     Word: the values of DATE, PRINTDATE, SAVEDATE, TIME and page-number fields in headers and footers
#:     are not read (formats.docx._without_running_fields).
#:     A title property (PDF /Title, Office's) that is last year's copy of the first page's title gives way to
#:     the page's (extract.own_version).
#: 56: PDF: a line that fills the usual width, starts where the one above starts and ends no sentence is wrapped:
#:     a first character up to 1.2× larger or smaller (an emphasised word) no longer ends its paragraph (sceptic43).
#:     PowerPoint: the footer placeholders' text is read once under the first slide, not after the last (sceptic43).
#: 57: PDF: a page whose text layer is glyph numbers (a font without a Unicode map: 「ਛభ฿၁ቓ」, 「(cid:2587)」) is
#:     left out and read by OCR (pdf._garbled), not indexed as text (breaker46).
#:     Excel: a comma after a number format's digits scales the number as the sheet shows it (#,##0, in thousands).
#:     PDF: a footer drawn after the running head and before the body goes to the page's end (pdf._footer_last).
#: 58: PDF: a page of several foreign scripts, each word in one (a multilingual shelter sign), is text again, not glyph
#:     numbers left out for OCR (pdf.MIXED_RUN_SCRIPTS, review45).
#:     Excel: a sheet's name is its page's first line whatever it is (a name ending in 、 ran into the first
#:     row, a blank one left no line): a hit's page_name reads it (sheets45; only such names' pages change).
EXTRACTOR_VERSION = 58


#: An entry's name (``<sha256>.v<EXTRACTOR_VERSION>.json.gz``) and the temporary file `put` writes it as.
_ENTRY = re.compile(r"[0-9a-f]{64}\.v\d+\.json\.gz(\.\d+\.tmp)?")
#: The folders entries go in: the first two hex digits of their hash.
_BUCKET = re.compile(r"[0-9a-f]{2}")


def is_own_cache(directory: Path) -> bool:
    """Whether `directory` (an index's cache/) holds nothing but what ExtractCache writes: folders
    named by two hex digits (and hidden names).  A documents folder that is its own index
    (`ictsearch index 資料 --index 資料`) may hold a user's own folder named cache."""
    try:
        return all(_BUCKET.fullmatch(n) or n.startswith(".") for n in os.listdir(directory))
    except OSError:
        return False


class ExtractCache:
    def __init__(self, directory: Path):
        self.directory = directory

    def _path(self, content_hash: str) -> Path:
        return self.directory / content_hash[:2] / f"{content_hash}.v{EXTRACTOR_VERSION}.json.gz"

    def get(self, content_hash: str) -> dict | None:
        """The cached extraction, or None when there is none or it cannot be used (it is then re-extracted)."""
        try:
            with gzip.open(self._path(content_hash), "rt", encoding="utf-8") as f:
                entry = json.load(f)
        except (OSError, ValueError, EOFError, zlib.error):
            # Unreadable, truncated, damaged inside the deflate stream, not JSON.
            return None
        return entry if _well_formed(entry) else None

    def put(self, content_hash: str, entry: dict) -> None:
        path = self._path(content_hash)
        tmp = path.with_name(path.name + f".{id(entry)}.tmp")
        try:
            # Inside: a folder that cannot be made (a file in its place, a full disk) failed the document.
            path.parent.mkdir(parents=True, exist_ok=True)
            # One compress call: json.dump into a gzip text stream writes (and
            # compresses) each of thousands of small pieces on its own.
            tmp.write_bytes(gzip.compress(json.dumps(entry, ensure_ascii=False).encode("utf-8"), compresslevel=3))
            tmp.replace(path)
        except OSError:
            # A cache that cannot be written only costs speed next time.
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)

    def clear(self) -> int:
        """Remove every entry; return how many there were.

        An entry that cannot be removed (a read-only disk, no permission) is an
        IndexLocationError: `--clear-cache` is asked for to force extraction again,
        so reporting a cache as emptied when it is not would mislead.
        """
        if not self.directory.exists():
            return 0
        # Only what `put` wrote: in a documents folder that is its own index, cache/ may be a
        # user's folder of their own files (which the whole folder was deleted with).
        buckets = [b for b in self.directory.iterdir() if _BUCKET.fullmatch(b.name) and b.is_dir()
                   and not b.is_symlink()]
        entries = [e for b in buckets for e in b.iterdir() if _ENTRY.fullmatch(e.name) and e.name.endswith(".gz")]
        removed, error = 0, None
        for entry in entries:
            try:
                entry.unlink()
                removed += 1
            except FileNotFoundError:
                pass  # removed meanwhile
            except OSError as e:
                error = error or e
        if error is not None:
            raise IndexLocationError(
                f"cannot empty the extraction cache at {self.directory}: {error.strerror or error} "
                f"({removed} of {len(entries)} entries removed)"
            )
        for bucket in buckets:  # the emptied folders, stray temporary files: nothing else
            for stray in bucket.iterdir():
                if _ENTRY.fullmatch(stray.name):
                    with contextlib.suppress(OSError):
                        stray.unlink()
            with contextlib.suppress(OSError):
                bucket.rmdir()  # not empty: it holds a file of someone else's, which stays
        with contextlib.suppress(OSError):
            self.directory.rmdir()
        return removed


def _well_formed(entry) -> bool:
    """An entry as `put` writes it: anything else (an old layout, a half-written file) is ignored."""
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("pages"), list)
        and all(isinstance(p, str) for p in entry["pages"])
        and isinstance(entry.get("page_count"), (int, type(None)))
        and isinstance(entry.get("title"), (str, type(None)))
        and isinstance(entry.get("encoding"), (str, type(None)))
        and isinstance(entry.get("warnings"), list)
        and isinstance(entry.get("trail"), (str, type(None)))
        and isinstance(entry.get("site"), (str, type(None)))
        and isinstance(entry.get("url"), (str, type(None)))
        and isinstance(entry.get("url_from"), (str, type(None)))
    )
