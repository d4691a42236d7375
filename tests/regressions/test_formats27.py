"""formats27: files as government offices save them (Word, Excel, PowerPoint, saved pages), read as a
user who drops them into the folder would have them searched and shown."""

from __future__ import annotations

from pathlib import Path


def _docx_with(tmp_path: Path, *xml_paragraphs: str) -> Path:
    """A Word file whose body holds the given paragraphs' inner XML (runs, rubies, fields)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    for inner in xml_paragraphs:
        document.element.body.insert(len(document.element.body) - 1,
                                     parse_xml(f'<w:p {nsdecls("w")}>{inner}</w:p>'))
    path = tmp_path / "資料.docx"
    document.save(str(path))
    return path


def test_a_word_ruby_gives_its_base_text_not_its_reading(tmp_path):
    # Word writes 振り仮名 as w:ruby, the reading (w:rt) before the base (w:rubyBase), both in runs:
    # 「金ケ崎町」 came out 「かねがさき金ケ崎町」, and 金ケ崎町 was no longer one word in the index.
    from ictsearch.indexer.extract import extract

    ruby = ('<w:ruby><w:rubyPr><w:hps w:val="10"/><w:lid w:val="ja-JP"/></w:rubyPr>'
            '<w:rt><w:r><w:t>かねがさき</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>金ケ崎</w:t></w:r></w:rubyBase></w:ruby>'
            '<w:r><w:t>町における実証事業の報告</w:t></w:r>')
    page = extract(_docx_with(tmp_path, ruby)).pages[0]
    assert "金ケ崎町における実証事業の報告" in page
    assert "かねがさき" not in page


def test_a_note_typed_in_a_far_column_is_not_thousands_of_tabs(tmp_path):
    # A sheet whose 備考 stands in column DKJ (3,000) was written with the empty cells between as tabs:
    # each row thousands of them, so the text was mostly blanks and a hit's snippet showed nothing but
    # the blanks before its word.  A table's own gaps (事業名 | | 予算額) still keep their columns.
    import openpyxl

    from ictsearch import build_index, open_index
    from ictsearch.indexer.extract import extract

    docs = tmp_path / "docs"
    docs.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "集計"
    ws.append(["事業名", None, "予算額"])
    for n, place in enumerate(("遠野市", "釜石市", "奥州市"), start=2):
        ws.cell(row=n, column=1, value=f"{place}テレワーク推進事業")
        ws.cell(row=n, column=3, value=1000 * n)
        ws.cell(row=n, column=3000, value=f"{place}は令和5年度に完了")
    wb.save(docs / "集計表.xlsx")
    page = extract(docs / "集計表.xlsx").pages[0]
    assert "事業名\t\t予算額" in page
    assert "釜石市テレワーク推進事業\t\t3000\t\t釜石市は令和5年度に完了" in page
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        snippet = ix.search("釜石市").hits[0].snippet
    assert " " * 20 not in snippet and "釜石市は令和5年度に完了" in snippet


def test_a_csv_saved_from_such_a_sheet_is_read_the_same_way(tmp_path):
    from ictsearch.indexer.extract import extract

    path = tmp_path / "調査.csv"
    path.write_text("自治体,回答\n" + "遠野市,あり" + "," * 500 + "光回線の整備済み\n", encoding="utf-8")
    assert "遠野市\tあり\t\t光回線の整備済み" in extract(path).pages[0]


def test_a_web_pages_ruby_gives_its_base_text(tmp_path):
    # <ruby>遠野<rp>(</rp><rt>とおの</rt><rp>)</rp></ruby>市 was read 「遠野(とおの)市」, as a browser
    # without ruby shows it: 遠野市 was found in neither the text nor the title.
    from conftest import write

    from ictsearch.indexer.extract import extract

    page = write(tmp_path / "page.html", (
        '<html><head><meta charset="utf-8"><title>派遣事例｜総務省</title></head><body><div id="main">'
        '<h1><ruby>遠野<rp>(</rp><rt>とおの</rt><rp>)</rp></ruby>市の地域情報化</h1>'
        '<p>地域情報化アドバイザーを<ruby><rb>釜石</rb><rt>かまいし</rt></ruby>市にも派遣しました。</p>'
        '</div></body></html>'))
    extracted = extract(page)
    assert extracted.title == "遠野市の地域情報化"
    assert "釜石市にも派遣しました" in extracted.pages[0]
    assert "とおの" not in extracted.pages[0] and "かまいし" not in extracted.pages[0]


def _chart_xml(title: str, series: str, categories: list[str]) -> bytes:
    """A column chart's part as Word and Excel write it: its series name and categories cached."""
    from pptx import Presentation
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches

    data = CategoryChartData()
    data.categories = categories
    data.add_series(series, [0.9] * len(categories))
    slide = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    chart = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, 0, 0, Inches(4), Inches(3), data).chart
    chart.has_title = True
    chart.chart_title.text_frame.text = title
    space = chart._chartSpace
    for external in space.findall("{http://schemas.openxmlformats.org/drawingml/2006/chart}externalData"):
        space.remove(external)  # its workbook stays behind in the deck
    from lxml import etree

    return etree.tostring(space, xml_declaration=True, encoding="UTF-8", standalone=True)


_CHART_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
_CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"


def test_a_chart_in_a_word_report_is_read_by_its_words(tmp_path):
    # A slide's chart gave its title, series and categories, a Word report's the same chart nothing:
    # 「光ファイバ整備率の推移」 by prefecture named no prefecture and was not found by its title.
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    from ictsearch.indexer.extract import extract

    document = docx.Document()
    document.add_paragraph("図1 東北地方の光回線の整備状況")
    part = Part(PackURI("/word/charts/chart1.xml"), _CHART_TYPE,
                _chart_xml("光ファイバ整備率の推移", "整備率", ["岩手県", "宮城県", "秋田県"]), document.part.package)
    rid = document.part.relate_to(part, _CHART_REL)
    document.add_paragraph()._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:drawing>'
        '<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        '<wp:extent cx="5486400" cy="3200400"/><wp:docPr id="1" name="グラフ 1"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{rid}"/>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))
    document.add_paragraph("整備率は年々上昇している。")
    document.save(tmp_path / "報告.docx")
    page = extract(tmp_path / "報告.docx").pages[0]
    assert page.split("\n") == ["図1東北地方の光回線の整備状況", "", "光ファイバ整備率の推移", "整備率",
                                "岩手県、宮城県、秋田県", "整備率は年々上昇している。"]


def test_a_chart_over_a_sheet_and_a_chart_sheet_are_read_on_their_pages(tmp_path):
    # Excel read the text boxes over a sheet but not its charts, and a chart sheet (グラフ1, a tab
    # that is only a chart) not at all: its title found nothing, and page numbers skipped its tab.
    import openpyxl
    from openpyxl.chart import BarChart, Reference

    from ictsearch.indexer.extract import extract

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整備率"
    for row in (["県", "整備率"], ["岩手県", 0.9], ["宮城県", 0.95]):
        ws.append(row)
    over = BarChart()
    over.title = "光ファイバ整備率の推移"
    over.add_data(Reference(ws, min_col=2, min_row=1, max_row=3), titles_from_data=True)
    ws.add_chart(over, "D2")
    alone = BarChart()
    alone.title = "5G基地局数の推移"
    alone.add_data(Reference(ws, min_col=2, min_row=1, max_row=3), titles_from_data=True)
    wb.create_chartsheet("グラフ1").add_chart(alone)
    wb.create_sheet("出典")["A1"] = "総務省調べ"
    wb.save(tmp_path / "整備率.xlsx")
    pages = extract(tmp_path / "整備率.xlsx").pages
    assert [page.split("\n")[0] for page in pages] == ["整備率", "グラフ1", "出典"]
    assert pages[0].endswith("光ファイバ整備率の推移")
    assert pages[1] == "グラフ1\n5G基地局数の推移"


def test_an_unfilled_content_controls_prompt_is_not_the_forms_text(tmp_path):
    # A 申請書 made from a template keeps Word's prompt in each field nobody filled in
    # (w:showingPlcHdr): 「クリックまたはタップしてテキストを入力してください。」 was indexed in every
    # such form, and in a table cell's.  What was typed into a control is read as before.
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from ictsearch.indexer.extract import extract

    prompt = "クリックまたはタップしてテキストを入力してください。"

    def control(text: str, unfilled: bool, block: bool = False) -> str:
        pr = "<w:sdtPr><w:showingPlcHdr/></w:sdtPr>" if unfilled else "<w:sdtPr/>"
        run = f"<w:r><w:t>{text}</w:t></w:r>"
        content = f"<w:p>{run}</w:p>" if block else run
        return f"<w:sdt {nsdecls('w')}>{pr}<w:sdtContent>{content}</w:sdtContent></w:sdt>"

    document = docx.Document()
    p = document.add_paragraph("申請者名:")
    p._p.append(parse_xml(control(prompt, unfilled=True)))
    p = document.add_paragraph("事業名:")
    p._p.append(parse_xml(control("遠野市テレワーク推進事業", unfilled=False)))
    document.element.body.insert(len(document.element.body) - 1, parse_xml(control(prompt, True, block=True)))
    cell = document.add_table(rows=1, cols=2).cell(0, 1)
    cell._tc.append(parse_xml(control(prompt, True, block=True)))
    document.save(tmp_path / "申請書.docx")
    page = extract(tmp_path / "申請書.docx").pages[0]
    assert "遠野市テレワーク推進事業" in page
    assert "テキストを入力" not in page and "申請者名:" in page


def test_a_date_under_a_wareki_format_is_written_as_the_sheet_shows_it(tmp_path):
    # A 和暦 sheet (ggge"年"m"月"d"日") shows 令和5年4月1日; the text said 2023-04-01, so a hit on
    # the day showed the user another form than the sheet's, and 令和元年 was nowhere.  Dates under
    # a western format stay ISO.
    import datetime as dt

    import openpyxl

    from ictsearch.indexer.extract import extract

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "実施状況"
    ws.append(["事業名", "実施日"])
    for name, day, fmt in (("テレワーク相談会", dt.datetime(2023, 4, 1), 'ggge"年"m"月"d"日"'),
                           ("防災訓練", dt.datetime(2019, 5, 1), '[$-ja-JP-x-gannen]ggge"年"m"月"d"日";@'),
                           ("ローカル5G説明会", dt.datetime(2019, 4, 30), "[$-411]ge.m.d"),
                           ("ICT講習会", dt.datetime(2023, 6, 1), "yyyy/m/d")):
        ws.append([name, day])
        ws.cell(row=ws.max_row, column=2).number_format = fmt
    wb.save(tmp_path / "実施状況.xlsx")
    lines = extract(tmp_path / "実施状況.xlsx").pages[0].split("\n")
    assert lines[2:] == ["テレワーク相談会\t令和5年4月1日", "防災訓練\t令和元年5月1日",
                         "ローカル5G説明会\tH31.4.30", "ICT講習会\t2023-06-01"]


def test_a_page_wrapped_in_one_form_as_aspnet_writes_it_keeps_its_content(tmp_path):
    # ASP.NET pages (and the CMSs built on it) put the whole body in <form id="form1">: forms are
    # never content, so the heading and text went with it and the page failed as 「no text (nothing
    # but page furniture)」.  A form of its own (the site's search box under the page) still goes.
    from conftest import write

    from ictsearch.indexer.extract import extract

    for heading in ("<h1>地域情報化の推進について</h1>", "<h2>地域情報化の推進について</h2>"):
        page = write(tmp_path / "page.html", (
            '<html><head><meta charset="utf-8"><title>地域情報化の推進について - ○○県</title></head><body>'
            '<form method="post" action="./page.aspx?id=123" id="form1">'
            '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" value="abc"></div>'
            f'<div class="contents">{heading}<p>県では、市町村と連携して光ファイバの整備を進めています。'
            '令和5年度は遠野市と釜石市で整備を行いました。</p><p>問い合わせ先:情報政策課</p></div></form>'
            '<form action="/search"><input name="q"><p>キーワードでサイト内検索ができます</p></form>'
            '</body></html>'))
        extracted = extract(page)
        assert "令和5年度は遠野市と釜石市で整備を行いました。" in extracted.pages[0]
        assert "キーワード" not in extracted.pages[0]
        assert extracted.title == "地域情報化の推進について"


def test_a_forms_number_over_its_title_is_not_the_title(tmp_path):
    # An Excel 申請書 or 調査票 puts its form number (様式第1号, (様式1)), 別紙1 or a date in A1 and
    # its name below: the workbook was listed as 「様式第1号」, where the same label over a Word or
    # text file's title was passed over (資料1, 別紙1 were; 様式 and 別添 were not, anywhere).
    import openpyxl

    from ictsearch.indexer.document import derive_title
    from ictsearch.indexer.extract import extract

    name = "令和5年度 地域情報化アドバイザー派遣申請書"
    for label in ("様式第1号", "(様式1)", "別紙1", "令和5年4月1日", "別記様式第三号の2"):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws["A1"] = label
        ws["A3"] = name
        ws.append(["団体名", "担当者", "連絡先"])
        ws.append(["遠野市", "山田", "0198-00-0000"])
        wb.save(tmp_path / "申請書.xlsx")
        assert extract(tmp_path / "申請書.xlsx").title == name, label
    assert derive_title(f"様式第1号\n{name}\n\n団体名:遠野市\n", None, tmp_path / "申請書.txt") == name
    # A sheet that opens with its table's header is titled by its file's name, as before.
    wb = openpyxl.Workbook()
    wb.active.append(["団体名", "担当者", "連絡先"])
    wb.save(tmp_path / "派遣先名簿.xlsx")
    assert extract(tmp_path / "派遣先名簿.xlsx").title == "派遣先名簿"


def test_a_heading_drawn_as_a_picture_is_its_alternative_text(tmp_path):
    # Older sites drew headings as images (<h1><img src="title.gif" alt="…"></h1>): the heading's
    # words were in no text, and the page was titled by its <title>, here only the site's name.
    # A logo (an image that links to the site's top) still names the site, not the page.
    from conftest import write

    from ictsearch.indexer.extract import extract

    for content in ('<div id="contents">{}</div>', '<div role="main">{}</div>', "<main>{}</main>"):
        page = write(tmp_path / "page.html", (
            '<html><head><meta charset="utf-8"><title>東北総合通信局</title></head><body>'
            '<div id="header"><h1><a href="/"><img src="logo.gif" alt="東北総合通信局"></a></h1></div>'
            + content.format('<h1><img src="title.gif" alt="地域情報化アドバイザー派遣制度のご案内"></h1>'
                             '<h2><img src="h2.gif" alt="申込方法"></h2>'
                             '<p>派遣を希望する自治体は、令和5年5月31日までに申し込んでください。</p>')
            + "</body></html>"))
        extracted = extract(page)
        assert extracted.title == "地域情報化アドバイザー派遣制度のご案内", content
        assert extracted.pages[0].split("\n")[:4] == [
            "地域情報化アドバイザー派遣制度のご案内", "", "申込方法", ""], content


def _deck_with_master_text(path: Path, master_text: str, hidden: bool = False) -> None:
    """A two-slide deck whose master draws `master_text` on every slide (a text box, not a placeholder)."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    cover = deck.slides.add_slide(deck.slide_layouts[0])
    cover.shapes.title.text = "テレワーク導入支援の取組"
    cover.placeholders[1].text = "令和5年2月"
    box = cover.shapes.add_textbox(Inches(6), Inches(7), Inches(3), Inches(0.4))
    box.text_frame.text = master_text
    box._element.getparent().remove(box._element)
    deck.slide_master.shapes._spTree.append(box._element)
    if hidden:  # both layouts the slides use hide the master's shapes
        for layout in (deck.slide_layouts[0], deck.slide_layouts[1]):
            layout.element.set("showMasterSp", "0")
    body = deck.slides.add_slide(deck.slide_layouts[1])
    body.shapes.title.text = "事業概要"
    body.placeholders[1].text = "中小企業のテレワーク導入を相談窓口で支援する"
    deck.save(str(path))


def test_the_issuer_a_decks_master_draws_on_every_slide_is_read_once(tmp_path):
    # A deck whose template draws 「総務省 東北総合通信局」 on every slide (a text box on the slide
    # master) named its issuer nowhere in the text: no region, no organization, and a search for
    # the bureau missed it.  The master's placeholders (their 「マスター タイトルの書式設定」 prompts) stay out.
    from ictsearch import build_index, open_index
    from ictsearch.indexer.extract import extract

    docs = tmp_path / "docs"
    docs.mkdir()
    _deck_with_master_text(docs / "説明資料.pptx", "総務省 東北総合通信局")
    pages = extract(docs / "説明資料.pptx").pages
    assert pages[-1].endswith("\n\n総務省東北総合通信局")
    assert sum(page.count("東北総合通信局") for page in pages) == 1
    assert not any("Click to edit" in page or "Master" in page for page in pages)
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        hit = ix.search("相談窓口").hits[0]
    assert hit.region == ("東北",) and "東北総合通信局" in hit.organization
    # Layouts that hide the master's shapes (showMasterSp="0") do not show them.
    _deck_with_master_text(tmp_path / "隠す.pptx", "総務省 東北総合通信局", hidden=True)
    assert all("東北" not in page for page in extract(tmp_path / "隠す.pptx").pages)


def test_word_draws_its_list_numbers_and_they_are_read(tmp_path):
    # A report's headings numbered by Word (見出し 1 linked to 「第%1章」, 見出し 2 to 「%1.%2」) and its
    # items numbered (1), (2) and ア, イ keep those numbers outside the text: 「第2章 地域の取組」 was
    # 「地域の取組」, so 第2章 or 2.1 found nothing.  Bullets give no sign; a second list restarting
    # (w:startOverride) counts from its start.
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from ictsearch.indexer.extract import extract

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="第%1章"/><w:suff w:val="space"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
        '<w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>'))
    numbering.insert(1, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="aiueoFullWidth"/><w:lvlText w:val="%2"/>'
        '<w:suff w:val="space"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="・"/></w:lvl>'
        '</w:abstractNum>'))
    for num_id, abstract_id, override in (("90", "90", ""), ("91", "91", ""),
                                          ("92", "91", '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')):
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'))
    for style_id, level in (("Heading1", 0), ("Heading2", 1)):
        style = document.styles.element.find(f'.//{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}style[@{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}styleId="{style_id}"]')
        style.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    def item(text: str, num_id: str, level: int) -> None:
        p = document.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))

    document.add_heading("事業の概要", 1)
    document.add_heading("目的", 2)
    item("テレワークの普及", "91", 0)
    item("相談窓口の設置", "91", 1)
    item("専門家の派遣", "91", 1)
    item("オンライン相談", "91", 2)
    item("セミナーの開催", "91", 0)
    document.add_heading("地域の取組", 1)
    document.add_heading("岩手県の事例", 2)
    item("遠野市の実証", "92", 0)
    document.save(tmp_path / "報告書.docx")
    lines = extract(tmp_path / "報告書.docx").pages[0].split("\n")
    # (the space after 1.1 goes as a typed one does: normalization joins a number to Japanese)
    assert lines == ["第1章 事業の概要", "1.1目的", "(1) テレワークの普及", "ア 相談窓口の設置",
                     "イ 専門家の派遣", "オンライン相談", "(2) セミナーの開催", "第2章 地域の取組",
                     "2.1岩手県の事例", "(1) 遠野市の実証"]


def test_an_applications_default_name_in_the_title_property_is_no_title(tmp_path):
    # A workbook whose title property says Book1 or Sheet1 (left by the tool that wrote it), or a
    # file made from Windows' New menu or Google Docs (Microsoft Excel ワークシート, 無題のドキュメント),
    # was listed under that name, not under its sheet's 「令和5年度 派遣実績」.
    import docx
    import openpyxl

    from ictsearch.indexer.extract import extract

    for default in ("Book1", "Sheet1", "Microsoft Excel ワークシート", "無題のスプレッドシート"):
        wb = openpyxl.Workbook()
        wb.properties.title = default
        wb.active["A1"] = "令和5年度 派遣実績"
        wb.active.append(["派遣先", "人数", "分野"])
        wb.save(tmp_path / "実績.xlsx")
        assert extract(tmp_path / "実績.xlsx").title == "令和5年度 派遣実績", default
    document = docx.Document()
    document.core_properties.title = "無題のドキュメント"
    document.add_paragraph("地域情報化アドバイザー派遣の報告です。")
    document.save(tmp_path / "報告.docx")
    assert extract(tmp_path / "報告.docx").title != "無題のドキュメント"
    # A title that only starts like one is a title.
    wb = openpyxl.Workbook()
    wb.properties.title = "ブックスタート事業の実施状況"
    wb.active["A1"] = "集計"
    wb.save(tmp_path / "集計.xlsx")
    assert extract(tmp_path / "集計.xlsx").title == "ブックスタート事業の実施状況"
