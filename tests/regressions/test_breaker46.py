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
