"""Reading order of column layouts, page furniture, and which PDF reader reads what."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from ictsearch.indexer import pdf
from ictsearch.indexer.columns import Line, column_order
from ictsearch.indexer.extract import extract
from ictsearch.indexer.furniture import remove_furniture
from ictsearch.indexer.normalize import normalize_text

from conftest import SHARED, needs_shared

LEFT = ["令和5年度は、テレワークの普及展開と地域課題", "解決のためのマッチング支援を全国の自治体と", "連携して実施する。あわせて、ICTを活用した",
        "地域の取組を紹介するセミナーを各地で開催する。"]
RIGHT = ["迷惑メール対策として、相談窓口の運営と啓発", "活動を継続し、関係省庁等との連絡会を通じて", "情報共有を進めるとともに、先進事例の横展開",
         "を図ることとした。"]


def two_columns(title: bool = True) -> list[Line]:
    """Lines as a top-to-bottom reader returns them: the columns interleaved row by row."""
    lines = []
    if title:
        lines.append(Line(60, 780, 535, 796, "令和5年度 地域ICT推進事業報告"))
    for row, (a, b) in enumerate(zip(LEFT, RIGHT)):
        y = 740 - row * 18
        # the last line of a paragraph is short
        lines.append(Line(60, y, 60 + (220 if row < 3 else 150), y + 10, a))
        lines.append(Line(315, y, 315 + (220 if row < 3 else 60), y + 10, b))
    lines.append(Line(60, 100, 535, 110, "以上の取組により、地域のデジタル化を推進する。"))
    return lines


def test_two_columns_are_read_column_by_column():
    ordered = [line.text for line in column_order(two_columns())]
    assert ordered == ["令和5年度 地域ICT推進事業報告", *LEFT, *RIGHT, "以上の取組により、地域のデジタル化を推進する。"]


def test_a_page_number_in_the_gutter_does_not_close_it():
    # A centred page number sits between the columns, where no line of text crosses.
    lines = [*two_columns(title=False), Line(295, 40, 301, 50, "1")]
    ordered = [line.text for line in column_order(lines)]
    assert ordered[:len(LEFT) + len(RIGHT)] == [*LEFT, *RIGHT]


def test_three_columns():
    lines, texts = [], [LEFT, RIGHT, LEFT[::-1]]
    for row in range(4):
        for col in range(3):
            lines.append(Line(50 + col * 170, 700 - row * 15, 200 + col * 170, 710 - row * 15, texts[col][row]))
    assert [line.text for line in column_order(lines)] == [*LEFT, *RIGHT, *LEFT[::-1]]


def test_a_table_is_not_taken_for_columns():
    # date | place | subject: unequal widths, short cells; stays row by row
    rows = [("4月10日", "オンライン開催", "テレワーク普及展開推進事業の説明"), ("5月11日", "仙台市青葉区", "地域課題解決マッチング"),
            ("6月12日", "さいたま市", "迷惑メール対策の相談"), ("7月13日", "東京都千代田区", "セミナー開催")]
    lines = []
    for row, cells in enumerate(rows):
        y = 700 - row * 20
        lines += [Line(60, y, 100, y + 10, cells[0]), Line(150, y, 150 + 10 * len(cells[1]), y + 10, cells[1]),
                  Line(260, y, 260 + 10 * len(cells[2]), y + 10, cells[2])]
    assert column_order(lines) is None


def test_one_column_page_keeps_the_reader_order():
    lines = [Line(60, 700 - i * 15, 535, 710 - i * 15, text) for i, text in enumerate(LEFT + RIGHT)]
    assert column_order(lines) is None


# ------------------------------------------------------------ page furniture

BODY = ["令和2年9月15日(火)、オンラインにより定期総会を開催した。", "テレワーク・ワーケーション勉強会を開催した。",
        "ICT東京フォーラム2020を調布市で開催した。", "ジョブラボシンポジウム2021を群馬で開催した。"]


def test_running_head_stays_once_and_page_numbers_are_removed():
    head = "関東ICT推進NPO連絡協議会 令和2年度事業報告"
    pages = [f"{head}\n{text}\n{BODY[i - 1]}\n- {i + 1} -" for i, text in enumerate(BODY)]
    got = remove_furniture(pages)
    # The head names the issuer and the 年度: kept where it first stands, not repeated in the body.
    assert got == [(f"{head}\n" if i == 0 else "") + f"{text}\n{BODY[i - 1]}" for i, text in enumerate(BODY)]


def test_page_numbers_drawn_first_and_bare():
    # PDFium returns furniture first when the producer drew it first (reportlab, Word)
    pages = [f"{i + 3}\n{text}" for i, text in enumerate(BODY)]
    assert remove_furniture(pages) == BODY


def test_numbers_that_do_not_run_with_the_pages_stay():
    # the last cell of a table on every page is "100", not a page number
    pages = [f"{text}\n100" for text in BODY]
    assert remove_furniture(pages) == pages


def test_a_heading_on_half_the_pages_stays_and_a_single_page_is_untouched():
    pages = [f"事業の概要\n{text}" if i % 2 else text for i, text in enumerate(BODY)]
    assert remove_furniture(pages) == pages
    assert remove_furniture(["事業報告\n本文。\n1"]) == ["事業報告\n本文。\n1"]


def test_a_dashed_page_number_goes_from_a_single_page():
    # A one-page 報道資料 with Word's 「- 1 -」 footer, which reportlab and Word draw before the body:
    # the 「- N -」 shape is a page number alone; a bare number on a single page may be data and stays.
    head = "令和5年10月2日\n信越総合通信局\n地域DX推進セミナーの開催について\n信越総合通信局は、長野市においてセミナーを開催します。"
    assert remove_furniture([f"- 1 -\n{head}"]) == [head]
    assert remove_furniture([f"{head}\n－ 3 －"]) == [head]  # a page printed from a longer document
    assert remove_furniture([f"{head}\n1"]) == [f"{head}\n1"]
    # Dashed numbers that do not run with the pages are not page numbers.
    two = [f"- 5 -\n{BODY[0]}", f"- 5 -\n{BODY[1]}"]
    assert remove_furniture(two) == two


# ------------------------------------------------------------ generated layouts, both readers

def similarity(source: str, pages: list[str]) -> float:
    squash = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    return difflib.SequenceMatcher(None, squash(normalize_text(source)), squash("".join(pages)),
                                   autojunk=False).ratio()


@pytest.fixture(scope="module")
def layouts(tmp_path_factory) -> Path:
    make = pytest.importorskip("bench.make_layouts")
    out = tmp_path_factory.mktemp("layouts")
    for name in ("two-columns-2.0", "two-columns-title-header-footer", "table", "two-columns-interleaved-stream"):
        (out / f"{name}.txt").write_text(make.LAYOUTS[name](out / f"{name}.pdf"), encoding="utf-8")
    return out


@pytest.mark.parametrize("name", ["two-columns-2.0", "two-columns-title-header-footer", "table",
                                  "two-columns-interleaved-stream"])
def test_generated_layouts_read_in_order(layouts, name):
    source = (layouts / f"{name}.txt").read_text(encoding="utf-8")
    path = layouts / f"{name}.pdf"
    assert similarity(source, extract(path).pages) >= 0.97
    if name != "table":  # pdfminer reads the ruled table's cells column-wise (0.91)
        pages, title, warnings = pdf.read_with_pdfminer(path, pdf.LAYOUT)
        assert similarity(source, pdf._finish(path, pages, title, warnings, ocr=False).pages) >= 0.97


def test_running_head_is_not_in_the_body(layouts):
    got = extract(layouts / "two-columns-title-header-footer.pdf")
    assert got.page_count == 4
    assert not any("関東ICT推進NPO連絡協議会 令和5年度事業報告" in page for page in got.pages)
    assert not any(re.search(r"^- ?\d+ ?-$", page, re.M) for page in got.pages)


@needs_shared
@pytest.mark.parametrize("name", ["jo.pdf", "kampo.pdf"])
def test_vertical_fonts_go_to_pdfminer(name):
    data = (SHARED / "pdf" / "real" / name).read_bytes()
    assert pdf._has_vertical_fonts(data, SHARED / "pdf" / "real" / name)


@needs_shared
def test_horizontal_pdfs_stay_with_pdfium():
    for path in sorted((SHARED / "pdf" / "generated").glob("*.pdf")):
        assert not pdf._has_vertical_fonts(path.read_bytes(), path), path.name


def test_fragmented_text_is_recognised():
    assert pdf._fragmented("地域課題名解決\n岩手\n県金ケ崎町①除雪\n機\n械\nの\n自動運\n転\n化")
    assert not pdf._fragmented("令和5年度は、テレワークの普及展開を図る。\n・迷惑メール対策\n1\n・")


@needs_shared
def test_pages_pdfium_fragments_are_relined():
    # Impress table cells: PDFium returns 「岩手\n県金ケ崎町①除雪\n機\n械…」; lines rebuilt from the boxes
    got = extract(SHARED / "pdf" / "generated" / "tohoku-bureau-fy2023-ict-policy-slides.pdf")
    assert "岩手県金ケ崎町" in got.pages[2] and "除雪機械の自動運転化" in got.pages[2]


def test_columns_written_row_by_row_are_detected_and_reread(layouts):
    import pypdfium2 as pdfium

    for name, across in (("two-columns-interleaved-stream", True), ("two-columns-2.0", False), ("table", False)):
        document = pdfium.PdfDocument(str(layouts / f"{name}.pdf"))
        textpage = document[0].get_textpage()
        assert pdf._reads_across(textpage, textpage.get_text_range()) is across, name


# ------------------------------------------------------------ paragraphs from the layout

def notice_pdf(path: Path, *, gaps: bool = True) -> Path:
    """A bureau's notice as ReportLab sets it: date and issuer right-aligned, a 16 pt title
    centred and wrapped on two lines, then the body in a narrow column, so that the line ends fall
    inside words (「…総務省の地域情報 / 化アドバイザー…」)."""
    pytest.importorskip("reportlab")
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    body = ParagraphStyle("body", fontName="HeiseiMin-W3", fontSize=10.5, leading=16, wordWrap="CJK")
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT)
    title = ParagraphStyle("title", fontName="HeiseiKakuGo-W5", fontSize=16, leading=22, wordWrap="CJK",
                           alignment=TA_CENTER)
    space = [Spacer(1, 16)] if gaps else []
    SimpleDocTemplate(str(path), leftMargin=20 * mm, rightMargin=595 - 20 * mm - 14 * 10.5 - 3).build([
        Paragraph("令和5年10月2日", right), Paragraph("信越総合通信局", right), *space,
        Paragraph("地域DX推進セミナーの開催", title), *space,
        Paragraph("本市では、総務省の地域情報化アドバイザー派遣制度を活用し、行政手続のオンライン化に取り組んでいます。", body),
        Paragraph("セミナーでは、先進自治体の事例を紹介します。", body),
    ])
    return path


def test_a_title_set_apart_by_size_and_space_is_a_paragraph_of_its_own(tmp_path):
    from ictsearch.indexer.document import derive_title, join_pages

    got = extract(notice_pdf(tmp_path / "notice.pdf"))
    text = join_pages(got.pages)[0]
    # The title's two lines stay one paragraph; the issuer above it and the body below are others.
    assert "信越総合通信局\n\n地域DX推進セミナー\nの開催\n\n本市では" in text
    # (derive_title joins a title's lines with a space after a noun, as it does in a .txt)
    assert derive_title(text, got.title, tmp_path / "notice.pdf").replace(" ", "") == "地域DX推進セミナーの開催"


def test_a_title_set_apart_by_size_alone_is_a_paragraph_of_its_own(tmp_path):
    got = extract(notice_pdf(tmp_path / "notice.pdf", gaps=False))
    assert "信越総合通信局\n\n地域DX推進セミナー\nの開催\n\n本市では" in got.pages[0]


def test_a_phrase_broken_by_a_line_end_is_still_one(tmp_path):
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    # The body's lines are one paragraph: no break goes between them, and the phrase the line end
    # cuts (「地域情報 / 化アドバイザー」) is found as a phrase and shown whole in the snippet.
    docs = tmp_path / "docs"
    docs.mkdir()
    notice_pdf(docs / "notice.pdf")
    assert "総務省の地域情報化アドバイザー派遣制度を活用し、" in extract(docs / "notice.pdf").pages[0]
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as idx:
        hits = idx.search('"地域情報化アドバイザー"').hits
    assert [Path(h.path).name for h in hits] == ["notice.pdf"]
    assert "地域情報化アドバイザー" in re.sub(r"\s+", "", re.sub(r"<[^>]+>|\[|\]", "", hits[0].snippet))


def test_a_head_set_full_width_over_columns_keeps_its_wrapped_lines_together(tmp_path):
    make = pytest.importorskip("bench.make_layouts")
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, FrameBreak, NextPageTemplate, Paragraph

    from ictsearch.indexer.document import derive_title, join_pages

    # A council's minutes saved from its site: the trail wraps across the full width of the head,
    # the title under it, the body in two columns.  normalize_text joins lines as wide as the
    # columns; the trail's second line was read as a line of its own and taken for the title.
    trail = ("ホーム > 政策について > 審議会・研究会等 > 情報通信審議会(情報通信政策部会) > "
             "第52回情報通信審議会情報通信政策部会議事録(2023年11月28日)")
    title = "第52回情報通信審議会情報通信政策部会議事録"
    body = make.style(10.5, 1.6)
    head = [Paragraph(trail, body), Paragraph(title, make.style(14, 1.4, make.GOTHIC))]
    width, height = A4
    head_h = sum(p.wrap(width - 40 * make.mm, height)[1] + p.getSpaceAfter() for p in head) + 22
    templates, _, _ = make.column_templates(2, head_h, make.furniture())
    BaseDocTemplate(str(tmp_path / "minutes.pdf"), pagesize=A4, pageTemplates=templates).build(
        [*head, FrameBreak(), NextPageTemplate("rest"), *[Paragraph(p, body) for p in make.take(0, 6)]])
    text = join_pages(extract(tmp_path / "minutes.pdf").pages)[0]
    assert re.sub(r" ", "", text.split("\n\n")[0]) == trail.replace(" ", "")  # one line
    assert derive_title(text, None, tmp_path / "minutes.pdf") == title
