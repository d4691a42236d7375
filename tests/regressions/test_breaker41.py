"""breaker41: the metadata and title of documents in the forms real collections hold and bench/realdocs (saved web
pages as text) has few of: PowerPoint decks, Excel sheets, Word files and PDFs, run through the real extraction.

breaker38 and breaker40 wrote pages as text; these are files, built by data_breaker41/make.py (python-pptx,
python-docx, openpyxl, reportlab) in the styles of real ones (a 総合通信局's 説明資料 with a slide per topic, a
prefecture's 事業一覧 with 年度 in a header cell, a town's 情報化計画 with its span on the cover, a ministry's 報道資料
with 別紙 and 連絡先, a 予算資料 with a table, a 会議録 with running heads, slides saved as PDF, a flyer).  Their
labels (data_breaker41/labels.tsv, bench/realdocs/README.md's conventions, a reason saying "judgement call" one a
second reader may read otherwise) were committed before ictsearch first ran on them.

On 42285756, 27 of the 38 files differed from their labels somewhere (titles compared after NFKC, spaces
ignored), 15 of them in a date or a place.  The tests below are the ones fixed here and the files written for
each fix to leave alone."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data_breaker41"
SUFFIXES = (".pptx", ".docx", ".xlsx", ".pdf")


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """The 48 files indexed as `ictsearch index` indexes them."""
    import ictsearch

    root = tmp_path_factory.mktemp("breaker41")
    docs = root / "docs"
    docs.mkdir()
    for path in DATA.iterdir():
        if path.suffix in SUFFIXES:
            shutil.copy(path, docs / path.name)
    summary = ictsearch.build_index([docs], root / "idx", jobs=1, ocr=False)
    assert not summary.failed
    with ictsearch.open_index(root / "idx") as idx:
        yield {Path(d.path).name: d for d in idx.documents()}


def doc(index, doc_id: str):
    return next(d for name, d in index.items() if name.startswith(doc_id + "_"))


def years(d) -> tuple[str, str]:
    return (str(d.fiscal_year or ""), str(d.year or ""))


def test_every_file_has_a_label_and_the_labels_name_real_themes():
    from ictsearch.indexer.metadata.themes import THEMES
    with open(DATA / "labels.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    files = sorted(p.name for p in DATA.iterdir() if p.suffix in SUFFIXES)
    assert sorted(r["file"] for r in rows) == files and len(files) == 48
    assert all(t in set(THEMES) for r in rows for t in r["themes"].split("|") if t)
    assert all((DATA / name).stat().st_size < 60_000 for name in files)


# --- a PDF's footer drawn before its body ----------------------------------------------------------

def test_a_print_stamp_in_the_footer_is_not_the_documents_date_nor_its_title(index):
    d = doc(index, "f06")  # two pages; footer 「印刷日 2025/01/15 1/2」 drawn first; dated 令和6年4月1日
    assert d.title == "札幌市行政手続オンライン化の拡充について"
    assert years(d) == ("2024", "2024")
    assert d.text.splitlines()[0] == d.title


def test_a_newsletters_address_footer_does_not_run_into_its_title(index):
    d = doc(index, "f04")  # one page, two columns, footer 「東海総合通信局 〒461-8795 名古屋市東区…」 drawn first
    assert d.title == "東海総合通信局広報誌2024年秋号"
    assert "愛知県" not in d.prefecture


def test_slides_saved_as_pdf_are_titled_by_the_cover_not_the_footer(index):
    d = doc(index, "f05")  # each page: footer 「信越総合通信局」 and the slide's number, drawn first
    assert d.title == "地域におけるIoT活用事例"
    assert years(d) == ("2023", "2023")


def _pdf(path: Path, draw) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "HeiseiMin-W3" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    draw(c)
    c.showPage()
    c.save()
    return path


def _read(path: Path) -> list[str]:
    from ictsearch.indexer.pdf import read_pdf
    return [line for line in read_pdf(path, ocr=False).pages[0].splitlines() if line.strip()]


def test_a_running_head_drawn_first_stays_at_the_top(tmp_path):
    # Above the body, where it is read first: its date and issuer are the document's (a 報道資料's head).
    def draw(c):
        c.setFont("HeiseiMin-W3", 9)
        c.drawRightString(540, 810, "令和6年10月2日 北陸総合通信局")
        c.setFont("HeiseiMin-W3", 16)
        c.drawString(60, 760, "北陸ICTセミナーの開催について")
        c.setFont("HeiseiMin-W3", 10.5)
        c.drawString(60, 730, "生成AIの地域での活用をテーマにセミナーを開催します。")
        c.drawString(60, 712, "参加費は無料です。")
    lines = _read(_pdf(tmp_path / "head.pdf", draw))
    assert lines[0] == "令和6年10月2日北陸総合通信局"


def test_body_lines_drawn_bottom_first_are_not_moved_when_one_line_follows(tmp_path):
    # A caption under a figure drawn before the figure's one label: two lines are no footer and body.
    def draw(c):
        c.setFont("HeiseiMin-W3", 10.5)
        c.drawString(60, 400, "図1 光ファイバ整備率の推移")
        c.drawString(60, 600, "整備率(%)")
    assert _read(_pdf(tmp_path / "fig.pdf", draw)) == ["図1光ファイバ整備率の推移", "整備率(%)"]


def test_a_footer_drawn_last_stays_last(tmp_path):
    def draw(c):
        c.setFont("HeiseiMin-W3", 16)
        c.drawString(60, 760, "デジタル活用支援推進事業の実施団体の決定")
        c.setFont("HeiseiMin-W3", 10.5)
        c.drawString(60, 730, "総務省は、令和6年度の講習会を実施する団体を決定しました。")
        c.drawString(60, 712, "全国の公民館等で講習会を開催します。")
        c.setFont("HeiseiMin-W3", 9)
        c.drawString(60, 30, "印刷日 2025/01/15")
    lines = _read(_pdf(tmp_path / "last.pdf", draw))
    assert lines[0].startswith("デジタル活用支援推進事業") and lines[-1] == "印刷日2025/01/15"


# --- a flyer's lines, each its own paragraph ---------------------------------------------------------

def test_a_flyers_event_date_is_read_when_its_lines_are_about_one_width(index):
    # 18 pt title, 14 pt subtitle, 13 pt 「日時 …」 and 「会場 …」: no issue date, so the event's day dates it.
    d = doc(index, "f10")
    assert years(d) == ("2024", "2024")
    lines = d.text.splitlines()
    assert "日時令和6年11月15日(金)14:00~16:30" in lines and "会場くにびきメッセ(島根県松江市)" in lines
    assert "中小企業のためのランサムウェア対策" in lines


def test_a_paragraph_wrapped_in_one_size_is_still_joined(tmp_path):
    body = ("総務省は、携帯電話の不感地域を解消するため、基地局を整備する地方公共団体に対して、その費用の一部を補助して"
            "います。令和6年度は、全国で百二十の地区で整備を予定しています。この事業により、山間部や離島でも携帯電話が使えるようになります。")
    def draw(c):
        c.setFont("HeiseiMin-W3", 10.5)
        y = 760
        for k in range(0, len(body), 40):
            c.drawString(60, y, body[k:k + 40])
            y -= 17
    assert _read(_pdf(tmp_path / "para.pdf", draw)) == [body]


def test_field_labels_open_items_only_where_the_line_above_ends():
    from ictsearch.indexer.normalize import normalize_text
    flyer = "\n".join(["中小企業のためのランサムウェア対策セミナー", "日時 令和6年11月15日（金）14:00～16:30",
                        "会場 くにびきメッセ（島根県松江市）大展示場", "申込 下記URLからお申し込みください（先着順）"])
    lines = normalize_text(flyer).splitlines()
    # 「会場」 after a line ending in a time opens an item; 「日時」 and 「申込」 after lines that run on (a
    # kanji at the end) are joined as before: a label only blocks where a bare number would.
    assert lines == ["中小企業のためのランサムウェア対策セミナー日時令和6年11月15日(金)14:00~16:30",
                     "会場くにびきメッセ(島根県松江市)大展示場申込下記URLからお申し込みください(先着順)"]


# --- an as-of day in a sheet's header cell ---------------------------------------------------------

def test_an_as_of_day_alone_in_its_cell_dates_the_sheet(index):
    d = doc(index, "x02")  # row 「令和6年7月1日現在 | | | | 近畿総合通信局」 over the grant table
    assert years(d) == ("2024", "2024")


def _derived(text: str):
    from ictsearch.indexer.document import derive_title
    from ictsearch.indexer.metadata import derive_metadata
    path = Path("一覧.xlsx")
    return derive_metadata(text, title=derive_title(text, None, path), path=path)


@pytest.mark.parametrize("row", ["令和6年7月1日現在\t\t\t\t近畿総合通信局", "近畿総合通信局\t\t\t令和6年7月1日現在",
                                 "(令和6年7月1日現在)\t\t(単位:千円)"])
def test_as_of_cells_in_their_forms(row):
    text = f"一覧\n携帯電話等エリア整備事業 交付決定一覧\n{row}\n府県\t市町村\t交付決定額\n京都府\t南丹市\t23,500,000\n"
    assert (_derived(text).fiscal_year, _derived(text).year) == (2024, 2024)


@pytest.mark.parametrize("text", [
    # a town's population box set in cells: a count the sheet borrows, not its day
    "市の概要\n人口\t令和6年4月1日現在\t12,345人\n世帯数\t5,000世帯\n",
    # an as-of day inside a column's header: the figures of one column
    "市町村別の整備状況\n市町村\t人口(令和6年4月1日現在)\t整備率\n松江市\t195,000\t99.1%\n",
    # inside a cell's sentence: one figure's day
    "事業の概要\n対象\t令和6年4月1日現在で県内に住所を有する者\n",
])
def test_as_of_days_that_do_not_date_a_sheet(text):
    assert _derived(text).year is None


# --- PowerPoint's footer, date and slide-number placeholders -------------------------------------

def test_slide_footers_numbers_and_automatic_dates_are_not_read_on_every_slide(index):
    d = doc(index, "p09")  # footer 近畿総合通信局, slide number, automatic date last saved 2025/1/15
    lines = d.text.splitlines()
    assert "2025/1/15" not in d.text
    assert not any(line.strip().isdigit() for line in lines)
    # once, under the first slide (sceptic43: where a footer naming a meeting types the deck)
    assert lines.count("近畿総合通信局") == 1 and lines.index("近畿総合通信局") < lines.index("近畿総合通信局で機器を貸し出しています")
    assert years(d) == ("2024", "2024")


def test_a_fixed_date_in_the_date_placeholder_opens_the_deck(index):
    d = doc(index, "p10")  # no date in the slides; 令和6年11月12日 typed into the date placeholder
    assert d.text.splitlines()[0] == "令和6年11月12日"
    assert d.title == "愛媛県におけるデジタル人材の育成"
    assert years(d) == ("2024", "2024")
    assert d.text.splitlines().count("第2回 愛媛県デジタル推進会議資料3") == 1  # once, under the first slide (sceptic43)


def _deck(tmp_path, **options):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_breaker41", DATA / "make.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    make.HERE = tmp_path
    make.pptx("deck.pptx", [
        {"cover": True, "title": "地域DXの推進に向けた取組", "lines": ["信越総合通信局"]},
        {"title": "管内の事例", "lines": ["長野県塩尻市のAIオンデマンドバス", "新潟県三条市の書かない窓口"]},
        {"title": "今後の予定", "lines": ["地域DXセミナーを開催します"]},
    ], **options)
    from ictsearch.indexer.extract import extract
    return extract(tmp_path / "deck.pptx")


def test_an_automatic_dates_last_value_does_not_date_a_deck(tmp_path):
    from ictsearch.indexer.metadata import derive_metadata
    got = _deck(tmp_path, numbers=False, ph_footer="信越総合通信局", ph_date="2025/3/20", auto_date=True)
    text = "\n\n".join(got.pages)
    assert "2025/3/20" not in text
    assert derive_metadata(text, title=got.title, path=tmp_path / "deck.pptx").year is None


def test_text_boxes_drawn_on_each_slide_stay_on_each_slide(tmp_path):
    # Not placeholders: a text box the author placed on each slide is the slide's text, as before.
    got = _deck(tmp_path, footer="信越総合通信局", numbers=False)
    assert [page.splitlines()[-1] for page in got.pages[1:]] == ["信越総合通信局", "信越総合通信局"]


# --- Word's running fields in headers and footers -------------------------------------------------

def test_a_date_field_in_the_header_does_not_date_the_notice(index):
    d = doc(index, "d11")  # header: DATE field, last value 2025年1月15日; the notice dated 令和6年6月3日
    assert "2025年1月15日" not in d.text
    assert years(d) == ("2024", "2024")


def test_a_typed_date_in_the_header_still_opens_the_text(index):
    d = doc(index, "d03")  # header 「報道資料 / 令和6年10月2日 / 北陸総合通信局」, typed
    assert d.text.splitlines()[:2] == ["報道資料", "令和6年10月2日"]
    assert years(d) == ("2024", "2024")


def _complex_field(paragraph, instruction: str, shown: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run(child):
        r = OxmlElement("w:r")
        r.append(child)
        paragraph._p.append(r)

    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, shown), ("end", None)):
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run(char)
        else:
            t = OxmlElement("w:instrText" if text == instruction else "w:t")
            t.text = text
            run(t)


def test_complex_date_and_page_fields_in_header_and_footer(tmp_path):
    from docx import Document

    from ictsearch.indexer.extract import extract

    document = Document()
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.add_run("印刷日 ")
    _complex_field(header, ' PRINTDATE \\@ "yyyy/MM/dd" ', "2025/02/03")
    _complex_field(section.footer.paragraphs[0], " PAGE ", "1")
    section.footer.add_paragraph("富山県 情報政策課")
    document.add_paragraph("令和6年5月10日")
    document.add_paragraph("富山県デジタル化推進計画の改定について", style="Title")
    document.add_paragraph("作成者:")
    _complex_field(document.paragraphs[-1], " AUTHOR ", "情報政策課")
    document.save(tmp_path / "notice.docx")
    text = extract(tmp_path / "notice.docx").pages[0]
    assert "2025/02/03" not in text and "\n1\n" not in text + "\n"
    assert text.splitlines()[0] == "令和6年5月10日"
    assert "富山県情報政策課" in text and "作成者:情報政策課" in text  # a body's field keeps its value


# --- a title property saved from last year's file --------------------------------------------------

def test_a_pdfs_stale_title_gives_way_to_its_first_pages_version(index):
    d = doc(index, "f14")  # /Title 「令和4年度 地域ICT推進協議会 事業計画」, the page 「令和6年度 …」, 令和6年5月15日
    assert d.title == "令和6年度地域ICT推進協議会事業計画"  # the page's line, as normalized
    assert years(d) == ("2024", "2024")


@pytest.mark.parametrize("title, text, expected", [
    # the property and the page agree: the property stands
    ("令和6年度 事業計画", "令和6年度 事業計画\n令和6年5月15日\n", "令和6年度 事業計画"),
    # the page names more than the property: not a copy of it
    ("令和4年度 事業報告", "令和4年度 事業報告の概要\n令和5年6月\n", "令和4年度 事業報告"),
    # a title without a year or number is never replaced
    ("地域ICT推進協議会 事業計画", "令和6年度 地域ICT推進協議会 事業計画\n", "地域ICT推進協議会 事業計画"),
    # a year alone is too little to match on
    ("2022年度", "2024年度\n", "2022年度"),
    # a meeting's number is stale as a year is
    ("第3回 地域DX推進会議 資料", "第4回 地域DX推進会議 資料\n令和6年10月2日\n", "第4回 地域DX推進会議 資料"),
    # the page's version far below its cover is not looked for
    ("令和4年度 事業計画", "\n".join(["表紙"] * 10 + ["令和6年度 事業計画"]), "令和4年度 事業計画"),
])
def test_own_version_in_its_forms(title, text, expected):
    from ictsearch.indexer.extract import own_version
    assert own_version(title, text) == expected


def test_an_office_title_property_from_last_year_gives_way_too(tmp_path):
    from openpyxl import Workbook

    from ictsearch.indexer.extract import extract

    wb = Workbook()
    ws = wb.active
    ws.title = "一覧"
    for row in (["令和6年度 公衆無線LAN整備箇所一覧"], ["市町村", "施設名"], ["高山市", "高山駅前"]):
        ws.append(row)
    wb.properties.title = "令和5年度 公衆無線LAN整備箇所一覧"
    wb.save(tmp_path / "wifi.xlsx")
    assert extract(tmp_path / "wifi.xlsx").title == "令和6年度公衆無線LAN整備箇所一覧"
