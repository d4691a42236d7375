"""review45: a fresh reading of the code merged on 2026-12-05 (78b66f87..d3104d65)."""

from __future__ import annotations

import time

from ictsearch.indexer.metadata import derive


def test_evening_counters_read_the_state_offices_once():
    # A town's list of its branches' evening counters, a 年金事務所 named at the end: the state's offices were looked
    # for over the whole text once for each counter (20,000 counters on 220,000 characters: 19 s).
    page = "".join(f"第{i}支所 夜間窓口 木曜 17:15～19:00\n" for i in range(1, 7000)) + "年金のご相談は年金事務所へ\n"
    start = time.process_time()
    assert derive._to_the_office(page) is False
    assert time.process_time() - start < 1.0
    # What it says is unchanged: a town's counter, a state office's, and 来庁 whatever else the page names.
    assert derive._to_the_office("平日の夜間窓口は市民課で受け付けます。") is True
    assert derive._to_the_office("年金事務所では毎週月曜日に夜間窓口を開設しています。") is False
    assert derive._to_the_office("ご来庁の際は年金事務所の夜間窓口ではなく市役所へ。") is True
    assert derive._to_the_office("マイナンバーカードの申請方法") is False


#: A shelter sign's page in the languages a town prints them in, each word in its own script.
SHELTER_SIGN = """避難所 Evacuation Shelter
Nơi lánh nạn
ที่หลบภัย
आश्रय स्थल
ဘေးလွတ်ရာနေရာ
ទីជម្រក
ආරක්ෂිත ස්ථානය
Убежище
避難場所 Evacuation Area
Nơi sơ tán
สถานที่อพยพ
सुरक्षित स्थान
ဘေးကင်းရာနေရာ
កន្លែងជម្លៀស
Место эвакуации
"""


def test_a_multilingual_sign_is_text_not_glyph_numbers():
    # Its foreign words are most of its characters and spread over seven scripts: it was taken for a font's glyph
    # numbers, left out of the index and read by OCR.
    from ictsearch.indexer.pdf import _garbled

    assert not _garbled(SHELTER_SIGN)
    assert not _garbled(SHELTER_SIGN.replace("\n", " / "))
    # Glyph numbers still are: each character in a script of its own, with or without breaks.
    assert _garbled("ਛభ฿၁ቓ୺ആༀᄀᰅ")
    assert _garbled("ਛభ฿၁ቓ\n୺ആༀᄀᰅ\nਛభ฿၁ቓ୺ആ")
    assert _garbled("".join(chr(1125 + (k * 2654435761) % 6352) for k in range(300)))


def test_a_web_page_under_a_pdf_name_starting_with_its_table(tmp_path):
    # A system's export saved as 一覧.pdf that is an HTML table (「<table>」 first, no <html>): named a web page, as
    # under an Office name (one list of a web page's first bytes, formats.HTML_HEADS, where two had been kept).
    from ictsearch.indexer.errors import ExtractionError
    from ictsearch.indexer.extract import extract

    path = tmp_path / "補助金交付先一覧.pdf"
    path.write_text("<table><tr><td>長野市</td><td>光ファイバ整備</td></tr></table>\n", encoding="utf-8")
    try:
        extract(path, ocr=False)
    except ExtractionError as e:
        reason = str(e)
    else:
        raise AssertionError("extracted")
    assert "a web page (HTML) under a .pdf name" in reason


def test_show_and_the_export_look_at_no_indexed_file(tmp_path, monkeypatch):
    # status's changed and gone files look at every indexed file (0.7 s for 50,000 on a local disk, far more on a
    # share); `show` (its failing row) and the export asked index_status for the kept versions alone and paid it.
    from ictsearch.indexer import status
    from ictsearch.indexer.pipeline import build_index
    from ictsearch.search.export import kept_failures

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "テレワーク推進計画.txt").write_text("長野市テレワーク推進計画\n\n令和6年度の取組を定めます。\n", encoding="utf-8")
    (docs / "防災訓練.txt").write_text("静岡県防災訓練\n\n渡邉部長が挨拶しました。\n", encoding="utf-8")
    build_index([docs], tmp_path / "idx")
    looked = []
    real = status._stamp
    monkeypatch.setattr(status, "_stamp", lambda path: looked.append(path) or real(path))
    assert kept_failures(tmp_path / "idx") == {}
    assert looked == []
    (docs / "防災訓練.txt").unlink()
    st = status.index_status(tmp_path / "idx")
    assert len(looked) == 2 and st.gone == (str(docs / "防災訓練.txt"),)
