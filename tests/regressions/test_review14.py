"""Review 14: files nobody tuned the tool on — Word, Excel, PowerPoint, HTML and PDF files written
for this review in the manner of prefectural and bureau documents, indexed, searched, changed and
broken.  Every text here is made up."""

from pathlib import Path

import pytest

from ictsearch import Index, build_index
from ictsearch.indexer.document import derive_title
from ictsearch.indexer.normalize import normalize_text


def title(text: str) -> str:
    return derive_title(normalize_text(text), None, Path("cover.pdf"))


BODY = "\n\n取組状況\n青森県八戸市でローカル5Gを活用した港湾監視の実証を実施した。\n"


# A deck's or report's cover gives the month it is dated and its issuer under the title, often on
# the same text block (a PDF of slides, a PowerPoint cover without a title placeholder).  The title
# was 「東北地域における地域DXの推進について 令和5年2月 東北総合通信局」.
@pytest.mark.parametrize("cover", [
    "東北地域における地域DXの推進について\n令和5年2月\n東北総合通信局",
    "東北地域における地域DXの推進について\n令和5年2月 東北総合通信局",
    "東北地域における地域DXの推進について\n総務省 東北総合通信局\n令和5年2月",
    "東北地域における地域DXの推進について\n2023年2月\n総務省東北総合通信局",
    "令和5年2月\n東北総合通信局\n\n東北地域における地域DXの推進について",
])
def test_a_covers_month_and_issuer_are_not_part_of_the_title(cover):
    assert title(cover + BODY) == "東北地域における地域DXの推進について"


def test_a_title_set_on_lines_or_naming_a_month_keeps_them():
    assert title("2023年度\nICT利活用地域イノベーション委員会\n活動方針" + BODY) == \
        "2023年度 ICT利活用地域イノベーション委員会 活動方針"
    assert title("地域DX推進セミナー\n令和5年2月開催分の資料" + BODY) == "地域DX推進セミナー 令和5年2月開催分の資料"
    assert title("令和5年2月 定例記者会見" + BODY) == "令和5年2月定例記者会見"


def test_a_powerpoint_cover_without_a_title_placeholder_gives_its_title_not_its_date(tmp_path):
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank: text boxes only
    slide.shapes.add_textbox(Inches(0.5), Inches(2), Inches(9), Inches(1.5)).text_frame.text = \
        "新潟県 地域情報化セミナー資料"
    slide.shapes.add_textbox(Inches(0.5), Inches(5), Inches(9), Inches(1)).text_frame.text = \
        "令和4年11月 信越総合通信局"
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    slide.shapes.add_textbox(Inches(0.5), Inches(1), Inches(9), Inches(3)).text_frame.text = \
        "佐渡市におけるテレワーク拠点の整備状況"
    docs = tmp_path / "docs"
    docs.mkdir()
    prs.save(docs / "seminar.pptx")
    build_index([docs], tmp_path / "index", jobs=1)
    doc = Index(tmp_path / "index").get(str(docs / "seminar.pptx"))
    assert doc.title == "新潟県地域情報化セミナー資料"


# A sentence broken by hand after 、 (a line break typed in Word, Shift+Enter or Enter, or in a text
# file) was two lines, and a line break ends a phrase: 「"漁協とも連携し、水産業への展開"」 found nothing.
@pytest.mark.parametrize("text, joined", [
    ("今後は、釜石市及び大船渡市の漁協とも連携し、\n水産業への展開を検討する。",
     "今後は、釜石市及び大船渡市の漁協とも連携し、水産業への展開を検討する。"),
    ("本事業では，\n水田の水位センサーを遠隔監視した。", "本事業では,水田の水位センサーを遠隔監視した。"),
    ("各行事の詳しい内容は、\n別紙をご覧ください。", "各行事の詳しい内容は、別紙をご覧ください。"),
])
def test_a_line_ending_with_a_comma_runs_on(text, joined):
    assert normalize_text(text) == joined


@pytest.mark.parametrize("text", [
    "その結果、\n・株式会社NTTドコモ",                  # an item below stays an item
    "課題を解決するため、\n1.スマート農業技術の活用",
    "総会を開催し、\n1 総会の開催",
    "実証で培われた技術を有する生産者、\n(ア)実証の成果",
])
def test_an_item_below_a_comma_stays_on_its_line(text):
    assert normalize_text(text) == text


def test_a_phrase_across_a_line_break_typed_in_word_is_found(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("岩手県IoT活用実証事業 実施報告書", style="Title")
    d.add_paragraph("今後は、釜石市及び大船渡市の漁協とも連携し、\n水産業への展開を検討する。")  # a <w:br/>
    d.add_paragraph("本事業では、県内の農業法人と連携し、")
    d.add_paragraph("水田の水位センサーを遠隔監視する実証を行った。")  # Enter in mid-sentence
    docs = tmp_path / "docs"
    docs.mkdir()
    d.save(docs / "report.docx")
    build_index([docs], tmp_path / "index", jobs=1)
    index = Index(tmp_path / "index")
    assert index.search('"漁協とも連携し、水産業への展開"').total == 1
    assert index.search('"農業法人と連携し、水田の水位センサー"').total == 1


def test_a_short_word_with_a_kana_ending_is_not_reduced_to_its_kana_part(tmp_path):
    # 浜通り → 浜 | 通り: 浜, one kanji, was a slight unit that only adds to the score, so the query
    # was 通り and found every page writing 「次のとおり」.
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "budget.txt").write_text("令和6年度 予算の概要\n\n福島県浜通り地域の復興に資する事業を含む。\n", encoding="utf-8")
    (docs / "rules.txt").write_text("政令の改正\n\n法第五十一条の政令で定めるものは、次に掲げるとおりとする。\n", encoding="utf-8")
    (docs / "coast.txt").write_text("海岸の清掃\n\n浜の清掃活動を大通りの商店街と行った。\n", encoding="utf-8")
    build_index([docs], tmp_path / "index", jobs=1)
    hits = Index(tmp_path / "index").search("浜通り").hits
    assert [Path(h.path).name for h in hits] == ["budget.txt"]


def test_a_page_that_breaks_its_declared_charset_says_where(tmp_path):
    # A page declaring UTF-8 with a stray byte in it (cut in the middle of a character, or saved
    # again in another encoding) was refused with the cascade's message alone, which does not say
    # that the page declared UTF-8 nor where it stops being UTF-8.
    from ictsearch.indexer.errors import ExtractionError
    from ictsearch.indexer.extract import extract

    page = tmp_path / "page.html"
    page.write_bytes('<html><head><meta charset="utf-8"></head><body><p>'.encode() + b"\xff\xfe\x82\xa0"
                     + "大崎市の窓口</p></body></html>".encode())
    with pytest.raises(ExtractionError) as error:
        extract(page)
    reason = str(error.value)
    assert reason.startswith("not text: undecodable in UTF-8")
    assert "declares utf-8, byte 0xff at offset 50 is not utf-8" in reason
