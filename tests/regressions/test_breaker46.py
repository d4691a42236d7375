"""breaker46: a 総合通信局 officer's folder as it really is — a web page or an RTF saved under a Word
or Excel name, a PDF whose text layer is a font's glyph numbers — trying to break the file reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer.errors import ExtractionError
from ictsearch.indexer.extract import extract

NOTICE = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">"
          "<head><meta http-equiv=Content-Type content=\"text/html; charset=shift_jis\">"
          "<title>電波利用料の納付について</title></head><body><h1>電波利用料の納付について</h1>"
          "<p>無線局免許人の皆様へ。電波利用料の納付期限は令和5年5月31日です。</p></body></html>")
LIST_TABLE = ("<table border=1><tr><td>都道府県</td><td>無線局数</td></tr>"
              "<tr><td>宮城県</td><td>245,678</td></tr></table>")


def _reason(path: Path) -> str:
    with pytest.raises(ExtractionError) as info:
        extract(path)
    return info.value.reason


# -- what an Office name holds when it is no Office file ---------------------------------------------

@pytest.mark.parametrize("name", ["電波利用料のお知らせ.doc", "電波利用料のお知らせ.docx"])
def test_a_web_page_under_a_word_name_is_named_a_web_page(tmp_path, name):
    # Word's 「Web ページ」 saved as .doc, or a system's notice exported as one, was told 「not
    # supported (old binary .doc file): save as .docx」 (it is no binary file: Word opens it and
    # saving as .docx changes nothing the user understands), and under .docx 「damaged or truncated
    # Word file (not a valid zip)」.
    path = tmp_path / name
    path.write_bytes(NOTICE.encode("cp932"))
    reason = _reason(path)
    assert reason == f"a web page (HTML) under a {path.suffix} name: rename it to .html"


@pytest.mark.parametrize("suffix", [".xls", ".xlsx"])
def test_an_html_table_exported_as_excel_is_named_a_web_page(tmp_path, suffix):
    # Many sites and systems export a list as an HTML table named 一覧.xls (Excel opens it with a
    # warning); one with a UTF-8 BOM and no <html> too.
    path = tmp_path / f"無線局数一覧{suffix}"
    path.write_bytes(b"\xef\xbb\xbf\r\n" + LIST_TABLE.encode("utf-8"))
    assert _reason(path) == f"a web page (HTML) under a {suffix} name: rename it to .html"


def test_an_rtf_and_an_excel_2003_xml_under_office_names_are_named(tmp_path):
    rtf = tmp_path / "議事概要.doc"
    rtf.write_bytes(rb"{\rtf1\ansi\ansicpg932\deff0{\fonttbl{\f0 MS Mincho;}}\f0 \'8b\'63\'8e\'96\'8a\'54\'97\'76}")
    assert _reason(rtf) == "an RTF document under a .doc name: open it in Word and save it as .docx"
    xml = tmp_path / "予算集計.xls"
    xml.write_text('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
                   '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="総括表">'
                   "</Worksheet></Workbook>", encoding="utf-8")
    assert _reason(xml) == "an Excel 2003 XML spreadsheet under a .xls name: open it in Excel and save it as .xlsx"


def test_a_real_old_binary_doc_and_a_damaged_docx_keep_their_lines(tmp_path):
    # The check must not take a real binary .doc or a cut-short .docx for something else.
    doc = tmp_path / "旧様式.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    assert _reason(doc) == "not supported (old binary .doc file): save as .docx"
    cut = tmp_path / "報道資料.docx"
    cut.write_bytes(b"PK\x03\x04" + "東北総合通信局".encode() * 10)
    assert _reason(cut) == "damaged or truncated Word file (not a valid zip)"
    text = tmp_path / "メモ.docx"
    text.write_text("電波利用料の納付期限は令和5年5月31日です。", encoding="utf-8")
    assert _reason(text) == "damaged or truncated Word file (not a valid zip)"


# -- a PDF whose text layer is glyph numbers ------------------------------------------------------

def _write_pdf(path: Path, objects: list[bytes]) -> Path:
    """A PDF file of these objects (numbered from 1, the catalog first) with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def _pdf(path: Path, shows: list[bytes], font: bytes) -> Path:
    """A PDF of one page per content stream, in one font (`font`: its dictionary's entries)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
    kids = []
    for content in shows:
        page = len(objects) + 1
        kids.append(b"%d 0 R" % page)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >>"
                       b" /Contents %d 0 R >>" % (page + 1, page + 2))
        objects.append(font)
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    return _write_pdf(path, objects)


#: A Japanese CID font as some producers embed it: Identity-H, no ToUnicode; its glyph numbers
#: (Adobe-Japan1 kanji, CIDs 1,125–7,477) come out of PDFium as 「ਛభ฿၁ቓ…」.
NO_UNICODE_MAP = (b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+MS-Mincho /Encoding /Identity-H /DescendantFonts"
                  b" [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+MS-Mincho /CIDSystemInfo"
                  b" << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>] >>")
GLYPHS = b"BT /F1 14 Tf 72 720 Td <0A1B0C2D0E3F104112530B7A0D1E0F2F11401C05> Tj ET"


def test_a_pdf_whose_text_is_glyph_numbers_is_not_indexed_as_text(tmp_path):
    # It was indexed silently: title 「ਛభ฿၁ቓ」, text the same, no word of it findable, no warning.
    path = _pdf(tmp_path / "報道資料_文字化け.pdf", [GLYPHS], NO_UNICODE_MAP)
    with pytest.raises(ExtractionError) as info:
        extract(path, ocr=False)
    assert info.value.reason == ("unreadable text layer: fonts without a Unicode map (文字化け when copied); "
                                 "OCR is off (--no-ocr)")


def test_a_garbled_page_among_good_ones_is_left_out_with_a_warning(tmp_path):
    # A report whose 別紙 was pasted in from another producer: its pages are left out, the rest read.
    extracted = extract(_two_fonts(tmp_path / "別紙付き.pdf"), ocr=False)
    assert "Local 5G seminar" in extracted.pages[0]
    assert extracted.pages[1].strip() == ""
    assert "1 of 2 pages in fonts without a Unicode map (文字化け when copied): left out" in extracted.warnings


def _two_fonts(path: Path) -> Path:
    """Page 1 in Helvetica (mapped), page 2 in the CID font without a Unicode map."""
    good = b"BT /F1 14 Tf 72 720 Td (Local 5G seminar, Tohoku Bureau) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % len(good) + good + b"\nendstream",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R >> >> /Contents 8 0 R >>",
               NO_UNICODE_MAP,
               b"<< /Length %d >>\nstream\n" % len(GLYPHS) + GLYPHS + b"\nendstream"]
    return _write_pdf(path, objects)


def test_pages_in_one_foreign_script_are_text_not_glyph_numbers():
    # A multilingual leaflet's Thai, Nepali or Russian page, and a Japanese page with a few Greek
    # letters, stay text; glyph numbers spread over many scripts do not.
    from ictsearch.indexer.pdf import _garbled

    assert not _garbled("避難所のご案内\nสถานที่หลบภัย กรุณาไปยังโรงเรียนประถมที่ใกล้ที่สุด")
    assert not _garbled("आश्रय स्थल नजिकैको प्राथमिक विद्यालयमा जानुहोस्")
    assert not _garbled("Убежище: пожалуйста, идите в ближайшую начальную школу")
    assert not _garbled("周波数帯域Δfと減衰定数αの関係は式(3)のとおり。")
    assert not _garbled("こんにちは 안녕하세요 Xin chào สวัสดี नमस्ते Здравствуйте")
    assert _garbled("ਛభ฿၁ቓ୺ആༀᄀᰅ")
    assert _garbled("(cid:2587)(cid:3117)(cid:3647)(cid:4161)(cid:4691)\n")


# -- a budget sheet in 千円 ------------------------------------------------------------------------------

def test_a_budget_column_in_thousands_reads_as_the_sheet_shows_it(tmp_path):
    # A 予算 sheet keeps yen and shows 千円 by a comma after the digits (#,##0,): 12,345,678 shows
    # 12,346, the figure printed in the 報道資料.  The text held 12,345,678, so 12,346 was not found.
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "総括表"
    sheet.append(["令和5年度 東北総合通信局 予算総括表"])
    sheet.append(["事業名", "予算額（千円）", "前年度比（百万円）"])
    sheet.append(["テレワーク普及展開推進事業", 12345678, -98765432])
    sheet.append(["電波遮へい対策事業", 250000000, 1234567])
    for row in (3, 4):
        sheet.cell(row, 2).number_format = "#,##0,"
        sheet.cell(row, 3).number_format = '#,##0.0,,"百万円";"▲"#,##0.0,,"百万円"'
    path = tmp_path / "令和5年度予算.xlsx"
    book.save(path)
    text = extract(path).pages[0]
    assert "テレワーク普及展開推進事業\t12,346\t▲98.8" in text
    assert "電波遮へい対策事業\t250,000\t1.2" in text
    assert "12,345,678" not in text


# -- a footer drawn after the running head and before the body ------------------------------------------

def _report_with_head_and_footer(path: Path, pages: int) -> Path:
    """A report as Word's or reportlab's PDF draws each page: the running head, then the page number
    and the footer, then the body."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "HeiseiMin-W3" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    bodies = ["令和5年度 東北地域における電波利用の現状", "携帯電話の人口カバー率は東北地域全体で99%を超えている。",
              "一方、山間部の道路トンネルでは不感地帯が残っている。", "電波遮へい対策事業により順次解消を図る。"]
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    for page in range(1, pages + 1):
        c.setFont("HeiseiMin-W3", 9)
        c.drawString(40, 810, "東北地域 電波利用の現状と課題")
        c.drawString(285, 30, f"- {page} -")
        c.drawString(40, 45, "本資料の無断転載を禁じます。問合せ先 東北総合通信局 電波監理部")
        c.setFont("HeiseiMin-W3", 10.5)
        y = 770
        for line in (bodies if page == 1 else bodies[1:]):
            c.drawString(40, y, line.replace("令和5年度", f"第{page}章 令和5年度") if page > 1 else line)
            y -= 18
        c.showPage()
    c.save()
    return path


def test_a_footer_drawn_after_the_running_head_goes_to_the_page_end(tmp_path):
    # The head stood first, so the footer drawn after it was not taken for one: it stayed between the
    # head and the body, and the report was titled 「本資料の無断転載を禁じます。問合せ先…」.
    from ictsearch.indexer.document import derive_title

    path = _report_with_head_and_footer(tmp_path / "電波利用の現状.pdf", 1)
    extracted = extract(path)
    lines = [line for line in extracted.pages[0].splitlines() if line.strip()]
    assert lines[0] == "東北地域電波利用の現状と課題"
    assert lines[1].startswith("令和5年度東北地域における電波利用の現状")
    assert lines[-1].startswith("本資料の無断転載を禁じます。")
    assert "無断転載" not in derive_title(extracted.pages[0], extracted.title, path)


def test_a_body_without_a_footer_keeps_its_order(tmp_path):
    # The head pass-over must not move a body whose first lines stand above the rest, nor a page
    # whose footer is drawn last as usual.
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "HeiseiMin-W3" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    path = tmp_path / "通知.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("HeiseiMin-W3", 16)
    c.drawString(40, 780, "無線局免許人の皆様へ")
    c.setFont("HeiseiMin-W3", 10.5)
    for k, line in enumerate(["電波利用料の納付期限は令和5年5月31日です。", "納付書は4月下旬に送付します。",
                              "口座振替をご利用の方は手続不要です。"]):
        c.drawString(40, 740 - 18 * k, line)
    c.setFont("HeiseiMin-W3", 9)
    c.drawString(40, 45, "東北総合通信局 電波利用料課")
    c.showPage()
    c.save()
    lines = [line for line in extract(path).pages[0].splitlines() if line.strip()]
    assert lines[0] == "無線局免許人の皆様へ"
    assert lines[1].startswith("電波利用料の納付期限は")
    assert lines[-1] == "東北総合通信局電波利用料課"


def test_a_single_file_web_page_under_a_doc_name_is_named(tmp_path):
    # Word's 「単一ファイル Web ページ」 (.mht) renamed .doc, as a system attaches its notices.
    path = tmp_path / "周知文書.doc"
    path.write_bytes(b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01D9"\r\n\r\n'
                     + "電波利用料の納付について".encode("cp932"))
    assert _reason(path) == "a single-file web page (MHTML) under a .doc name: open it in Word and save it as .docx"
    sheet = tmp_path / "申請一覧.xls"
    sheet.write_bytes(b"MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\n\r\n")
    assert _reason(sheet) == "a single-file web page (MHTML) under a .xls name: open it in Excel and save it as .xlsx"
