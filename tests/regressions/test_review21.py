"""Review 21: a prefecture's office files and saved pages, as they really come (Word text boxes in
tables, tracked moves, Excel budgets rounded as Excel shows them)."""

from __future__ import annotations

import pytest

from ictsearch.indexer.extract import extract
from ictsearch.indexer.formats.xlsx import format_number

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BOX_NS = (W_NS + ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
          ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
          ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
          ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')


def _text_box_run(text: str) -> str:
    """A run anchoring a text box as Word writes it: the DrawingML box, and its VML copy as the fallback."""
    body = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (f'<w:r {BOX_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
            f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f"<wps:wsp><wps:txbx>{body}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
            f"</mc:Choice><mc:Fallback><w:pict>{body}</w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def test_docx_text_box_in_a_table_cell_is_read_once(tmp_path):
    # A 事業計画 whose table carries a note in a text box beside a cell's text: the text box
    # reader covered body paragraphs only, so the note was lost and a search for it found nothing.
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_paragraph("令和6年度 宮城県デジタル田園都市国家構想推進計画", style="Title")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "重点施策"
    cell = table.cell(0, 1).paragraphs[0]
    cell.add_run("キャッシュレス決済の普及")
    cell._p.append(parse_xml(_text_box_run("商店街の加盟店舗数は令和5年度末で四百二十店")))
    path = tmp_path / "plan.docx"
    d.save(path)
    text = extract(path).pages[0]
    assert "重点施策\tキャッシュレス決済の普及" in text
    assert text.count("商店街の加盟店舗数は令和5年度末で四百二十店") == 1


def test_docx_tracked_move_is_read_once(tmp_path):
    # A paragraph moved with Track Changes on is written twice: where it was (w:moveFrom, shown
    # struck through) and where it went (w:moveTo). The old place's runs hold w:t, not w:delText,
    # so the sentence came out twice, like a deletion kept.
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_paragraph("本県は、中山間地域における光ファイバ整備を進める。")
    sentence = "移動した段落:ローカル5Gの実証は農業分野から始める。"
    body = d.element.body
    body.insert(0, parse_xml(f'<w:p {W_NS}><w:moveFrom w:id="1" w:author="a"><w:r><w:t>{sentence}</w:t></w:r>'
                             "</w:moveFrom></w:p>"))
    body.insert(len(body) - 1, parse_xml(f'<w:p {W_NS}><w:moveTo w:id="2" w:author="a"><w:r><w:t>{sentence}'
                                         "</w:t></w:r></w:moveTo></w:p>"))
    path = tmp_path / "moved.docx"
    d.save(path)
    text = extract(path).pages[0]
    assert text.count("ローカル5Gの実証は農業分野から始める") == 1
    assert text.index("光ファイバ整備") < text.index("ローカル5Gの実証")  # at its new place


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (1234.5, "#,##0", "1,235"),   # 千円 budgets: Excel rounds a half away from zero
        (2.5, "0", "3"),
        (-2.5, "0", "-3"),
        (0.125, "0%", "13%"),        # 執行率 12.5 % shown as 13%
        (0.0125, "0.0%", "1.3%"),
        (1.005, "0.00", "1.01"),     # Excel shows 1.01 (the double is 1.00499…: Excel rounds to 15 digits first)
        (1234.0, "#,##0", "1,234"),
    ],
)
def test_xlsx_numbers_are_rounded_as_excel_shows_them(value, fmt, shown):
    # Python's format rounds a half to even (1234.5 → "1,234", 0.125 → "12%"): the text then held a
    # figure the sheet does not show, and a search for the 1,235 printed in the budget found nothing.
    assert format_number(value, fmt) == shown


def test_html_source_line_breaks_inside_a_paragraph_are_not_line_breaks(tmp_path):
    # A hand-written page wraps its source inside <p>; a browser shows one paragraph. The reader kept
    # each source line as a line of text, so the sentence copied from the browser
    # (「令和6年3月末をもって全ての工事を終了しました」) was no phrase of the document and found nothing.
    page = tmp_path / "kanryo.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>お知らせ｜鳥取県</title></head><body><main>\n'
        "<h1>光ファイバ整備事業の完了について</h1>\n"
        "<p>令和5年度に実施した光ファイバ整備事業は\n令和6年3月末をもって\n全ての工事を終了しました。</p>\n"
        "<p>Open Data\nPortal への掲載は<br>来月を予定しています。</p>\n"
        "<pre>様式第1号\n様式第2号</pre>\n"
        "</main></body></html>",
        encoding="utf-8",
    )
    text = extract(page).pages[0]
    assert "令和5年度に実施した光ファイバ整備事業は令和6年3月末をもって全ての工事を終了しました。" in text.split("\n")
    # Words apart stay apart; the <br> inside this sentence no longer breaks it (test_formats.py's
    # test_html_a_br_inside_a_sentence_does_not_break_it has the <br>s that still break).
    assert "Open Data Portalへの掲載は来月を予定しています。" in text.split("\n")
    assert "様式第1号\n様式第2号" in text  # preformatted text keeps its lines


def _with_notes(path, notes: dict[str, str]) -> None:
    """Add word/footnotes.xml and word/endnotes.xml as Word writes them (separators first)."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    rels, types = parts["word/_rels/document.xml.rels"].decode(), parts["[Content_Types].xml"].decode()
    for kind, text in notes.items():  # kind: footnote or endnote
        separators = "".join(f'<w:{kind} w:type="{t}" w:id="{i}"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
                             for i, t in ((-1, "separator"), (0, "continuationSeparator")))
        parts[f"word/{kind}s.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s {W_NS}>{separators}'
                                      f'<w:{kind} w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:{kind}></w:{kind}s>').encode()
        rels = rels.replace("</Relationships>", f'<Relationship Id="rId{kind}" Type="http://schemas.openxmlformats.org/'
                            f'officeDocument/2006/relationships/{kind}s" Target="{kind}s.xml"/></Relationships>')
        types = types.replace("</Types>", f'<Override PartName="/word/{kind}s.xml" ContentType="application/'
                              f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"/></Types>')
    parts["word/_rels/document.xml.rels"], parts["[Content_Types].xml"] = rels.encode(), types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_docx_footnotes_and_endnotes_are_read(tmp_path):
    # A 事業計画 cites its sources in footnotes (※ 総務省「通信利用動向調査」); the reader read the
    # body, text boxes, headers and footers but not word/footnotes.xml or endnotes.xml, so the note
    # was dropped: a search for the survey it names did not find the plan.
    import docx

    d = docx.Document()
    d.add_paragraph("令和5年度 長野県地域情報化計画", style="Title")
    d.add_paragraph("県内世帯のスマートフォン保有率は九割を超えた。")
    path = tmp_path / "notes.docx"
    d.save(path)
    _with_notes(path, {"footnote": "総務省「令和4年通信利用動向調査」による。",
                       "endnote": "用語集:ローカル5Gとは、地域の企業や自治体が自ら構築する5Gである。"})
    got = extract(path)
    text = got.pages[0]
    assert "総務省「令和4年通信利用動向調査」による。" in text
    assert "ローカル5Gとは、地域の企業や自治体が自ら構築する5Gである。" in text
    assert text.index("九割を超えた") < text.index("通信利用動向調査")  # after the body
    assert got.title == "令和5年度 長野県地域情報化計画"


def test_docx_damaged_footnotes_lose_the_notes_not_the_document(tmp_path):
    import zipfile

    import docx

    d = docx.Document()
    d.add_paragraph("令和5年度 長野県地域情報化計画", style="Title")
    path = tmp_path / "notes.docx"
    d.save(path)
    _with_notes(path, {"footnote": "総務省「令和4年通信利用動向調査」による。"})
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    parts["word/footnotes.xml"] = parts["word/footnotes.xml"][:-40]  # cut short
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    got = extract(path)
    assert "長野県地域情報化計画" in got.pages[0]
    assert got.warnings == ["damaged footnotes (word/footnotes.xml): read without them"]


def _slide_with_smartart(path, title: str, nodes: list[str]) -> None:
    """A slide holding a SmartArt graphic as PowerPoint writes it: a graphic frame naming its data
    part (ppt/diagrams/data1.xml), whose points hold the text, plus the drawing PowerPoint caches."""
    import pptx
    from lxml import etree
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI

    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = title
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    dgm = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
    points = "".join(f'<dgm:pt modelId="{{{i}}}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>{text}</a:t></a:r></a:p></dgm:t></dgm:pt>'
                     for i, text in enumerate(nodes, start=1))
    points += ('<dgm:pt modelId="{99}" type="parTrans"><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>'
               '<dgm:pt modelId="{0}" type="doc"><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>')
    data = (f'<dgm:dataModel xmlns:dgm="{dgm}" xmlns:a="{a}"><dgm:ptLst>{points}</dgm:ptLst><dgm:cxnLst/></dgm:dataModel>')
    part = Part(PackURI("/ppt/diagrams/data1.xml"),
                "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml", slide.part.package, data.encode())
    rid = slide.part.relate_to(part, RT.DIAGRAM_DATA)
    frame = etree.fromstring(
        '<p:graphicFrame xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        f'xmlns:a="{a}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<p:nvGraphicFramePr><p:cNvPr id="10" name="図表 1"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>'
        '<p:xfrm><a:off x="0" y="0"/><a:ext cx="100" cy="100"/></p:xfrm><a:graphic>'
        f'<a:graphicData uri="{dgm}"><dgm:relIds xmlns:dgm="{dgm}" r:dm="{rid}" r:lo="" r:qs="" r:cs=""/>'
        '</a:graphicData></a:graphic></p:graphicFrame>')
    slide.shapes._spTree.append(frame)
    deck.save(path)


def test_pptx_smartart_text_is_read(tmp_path):
    # Government decks draw their process and structure charts as SmartArt (計画策定 → 実証 → 横展開).
    # Its text lives in the diagram's data part, not in a text frame, so a slide of SmartArt gave
    # nothing and a search for its steps found nothing.
    path = tmp_path / "dx.pptx"
    _slide_with_smartart(path, "自治体DX推進の流れ", ["現状分析と課題の洗い出し", "庁内推進体制の構築", "RPA導入による業務改善"])
    page = extract(path).pages[0]
    assert page.split("\n")[0] == "自治体DX推進の流れ"
    for step in ("現状分析と課題の洗い出し", "庁内推進体制の構築", "RPA導入による業務改善"):
        assert step in page.split("\n")


@pytest.mark.parametrize(
    ("source", "name", "reason"),
    [
        ("xlsx", "budget.docx", "an Excel file under a .docx name: rename it to .xlsx"),
        ("pptx", "deck.xlsx", "a PowerPoint file under a .xlsx name: rename it to .pptx"),
        ("docx", "plan.pptx", "a Word file under a .pptx name: rename it to .docx"),
        ("pdf", "report.docx", "a PDF file under a .docx name: rename it to .pdf"),
    ],
)
def test_an_office_file_under_another_kinds_name_says_so(tmp_path, source, name, reason):
    # A folder of 事業計画 holds files saved or renamed with the wrong extension. An intact Excel
    # workbook named .docx was reported as 「damaged Word file (cannot be parsed)」 and a PDF named
    # .docx as 「damaged or truncated Word file (not a valid zip)」: the user looked for damage that
    # was not there. The file is named after what it is, as for an old binary file under a new name.
    import docx
    import openpyxl
    import pptx

    from ictsearch.indexer.errors import ExtractionError

    path = tmp_path / name
    if source == "xlsx":
        wb = openpyxl.Workbook()
        wb.active["A1"] = "令和5年度 情報通信関係予算"
        wb.save(path)
    elif source == "pptx":
        deck = pptx.Presentation()
        deck.slides.add_slide(deck.slide_layouts[0]).shapes.title.text = "地域DX推進セミナー"
        deck.save(path)
    elif source == "docx":
        d = docx.Document()
        d.add_paragraph("地域情報化推進事業計画")
        d.save(path)
    else:
        path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    with pytest.raises(ExtractionError) as info:
        extract(path)
    assert str(info.value) == reason


KAMIKATSU = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>地域情報化計画の策定について - 徳島県上勝町</title></head>
<body><table width="760"><tr><td colspan="2"><img src="logo.gif" alt="上勝町ホームページ"></td></tr>
<tr><td width="160" valign="top"><p><a href="/">トップページ</a><br><a href="/kurashi/">くらしの情報</a><br>
<a href="/gyosei/">町政情報</a><br><a href="/kanko/">観光情報</a><br><a href="/sitemap.html">サイトマップ</a></p></td>
<td valign="top"><font size="2"><a href="/">トップ</a> ＞ <a href="/gyosei/">町政情報</a> ＞ 地域情報化計画</font>
<h2>地域情報化計画の策定について</h2>
<p align="right">掲載日：平成30年4月2日</p>
<p>上勝町では、葉っぱビジネスを支えるタブレット端末の活用を進めてきました。このたび、平成30年度から5か年の地域情報化計画を策定しました。</p>
<ul><li>高齢者向けタブレット講習会の開催</li><li>町内全域への光回線の整備</li><li>防災情報の多言語配信</li></ul>
</td></tr></table></body></html>"""


def test_an_unnamed_trail_is_the_trail_not_the_lists_of_the_cell_it_opens(tmp_path):
    # An old table layout writes its trail unmarked at the top of the content cell. The cell's text
    # starts 「トップ ＞」, so the cell was taken for the trail, and its steps were the cell's list
    # items: the metadata read 「高齢者向けタブレット講習会の開催 > 町内全域への光回線の整備 > …」
    # as where the page is filed, and the real trail stayed in the text.
    page = tmp_path / "kamikatsu.html"
    page.write_bytes(KAMIKATSU.encode("cp932"))
    got = extract(page)
    assert got.trail == "トップ>町政情報>地域情報化計画"
    assert "高齢者向けタブレット講習会の開催" in got.pages[0]


def test_an_unnamed_trail_of_list_items_is_still_read(tmp_path):
    page = tmp_path / "kaiken.html"
    page.write_text('<html><head><meta charset="utf-8"><title>知事記者会見 - 山梨県</title></head><body>'
                    '<div><ol><li><a href="/">ホーム</a> &gt;</li><li><a href="/chiji/">知事の部屋</a> &gt;</li>'
                    '<li>知事記者会見(平成24年7月24日)</li></ol></div><div id="main"><h1>知事記者会見</h1>'
                    '<p>リニア活用基本構想の策定に向けて需要予測の結果をとりまとめました。</p></div></body></html>', "utf-8")
    assert extract(page).trail == "ホーム>知事の部屋>知事記者会見(平成24年7月24日)"


def test_a_frameset_page_says_its_text_is_in_its_frames(tmp_path):
    # A site saved from the frames era: index.html is only a frameset; the menu and the content are
    # menu.html and main.html beside it. It was reported as 「no text (nothing but page furniture)」,
    # which says the reader dropped the text; the page has none, its frames have it.
    from ictsearch.indexer.errors import ExtractionError

    page = tmp_path / "index.html"
    page.write_bytes('<html><head><meta charset="Shift_JIS"><title>高知県情報政策課</title></head>'
                     '<frameset cols="200,*"><frame src="menu.html" name="menu"><frame src="main.html" name="main">'
                     '<noframes><body>フレーム対応のブラウザでご覧ください。</body></noframes></frameset></html>'.encode("cp932"))
    with pytest.raises(ExtractionError) as info:
        extract(page)
    assert str(info.value) == "a frameset page: its text is in its frames (menu.html, main.html)"


def test_docx_smartart_text_is_read(tmp_path):
    # A 事業計画's 推進体制 is drawn as SmartArt (an organization chart); its boxes' text lives in
    # the diagram's data part (word/diagrams/data1.xml), so it was dropped: the departments it
    # names found nothing.
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    dgm = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
    d = docx.Document()
    d.add_paragraph("令和5年度 香川県スマートシティ推進事業計画", style="Title")
    d.add_paragraph("推進体制は次のとおりとする。")
    points = "".join(f'<dgm:pt modelId="{{{i}}}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>{text}</a:t></a:r></a:p></dgm:t></dgm:pt>'
                     for i, text in enumerate(["香川県スマートシティ推進協議会", "高松市デジタル推進課", "地元通信事業者"], 1))
    data = f'<dgm:dataModel xmlns:dgm="{dgm}" xmlns:a="{a}"><dgm:ptLst>{points}</dgm:ptLst></dgm:dataModel>'
    part = Part(PackURI("/word/diagrams/data1.xml"),
                "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml", data.encode(), d.part.package)
    rid = d.part.relate_to(part, RT.DIAGRAM_DATA)
    p = d.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {W_NS} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="{a}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:drawing><wp:inline>'
        f'<wp:extent cx="100" cy="100"/><wp:docPr id="1" name="図表 1"/><a:graphic><a:graphicData uri="{dgm}">'
        f'<dgm:relIds xmlns:dgm="{dgm}" r:dm="{rid}" r:lo="" r:qs="" r:cs=""/></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r>"))
    d.add_paragraph("各主体は四半期ごとに進捗を報告する。")
    path = tmp_path / "taisei.docx"
    d.save(path)
    lines = [line for line in extract(path).pages[0].split("\n") if line]
    at = lines.index("推進体制は次のとおりとする。")
    assert lines[at + 1:at + 4] == ["香川県スマートシティ推進協議会", "高松市デジタル推進課", "地元通信事業者"]
    assert lines[at + 4] == "各主体は四半期ごとに進捗を報告する。"


def _with_text_box(path, sheet_file: str, text: str) -> None:
    """Give a worksheet a drawing holding a text box (xdr:sp with a txBody), as Excel saves one."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    parts["xl/drawings/drawing1.xml"] = (
        f'<xdr:wsDr xmlns:xdr="{xdr}" xmlns:a="{a}"><xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff>'
        "<xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff>"
        "<xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro=\"\" textlink=\"\"><xdr:nvSpPr>"
        '<xdr:cNvPr id="2" name="テキスト ボックス 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/>'
        f"<xdr:txBody><a:bodyPr/><a:p><a:r><a:t>{text}</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/>"
        "</xdr:twoCellAnchor></xdr:wsDr>").encode()
    rels_name = f"xl/worksheets/_rels/{sheet_file}.rels"
    parts[rels_name] = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>').encode()
    sheet = parts[f"xl/worksheets/{sheet_file}"].decode()
    sheet = sheet.replace("</worksheet>", '<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                          'relationships" r:id="rId1"/></worksheet>')
    parts[f"xl/worksheets/{sheet_file}"] = sheet.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].decode().replace(
        "</Types>", '<Override PartName="/xl/drawings/drawing1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_xlsx_text_boxes_on_a_sheet_are_read_on_its_page(tmp_path):
    # Prefecture budget sheets and 様式 put their notes in text boxes over the cells
    # (「※補正予算により増額」). openpyxl reads cells only, so the note was dropped.
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "総括表"
    wb.active.append(["令和5年度 情報通信関係予算 総括表"])
    second = wb.create_sheet("内訳")
    second.append(["事業名", "予算額"])
    second.append(["防災行政無線デジタル化", 48000])
    path = tmp_path / "yosan.xlsx"
    wb.save(path)
    _with_text_box(path, "sheet2.xml", "※防災行政無線は9月補正予算により増額")
    got = extract(path)
    assert "※防災行政無線は9月補正予算により増額" not in got.pages[0]
    assert got.pages[1].split("\n") == ["内訳", "事業名\t予算額", "防災行政無線デジタル化\t48000", "※防災行政無線は9月補正予算により増額"]


SLIDE_ITEMS = ["中山間地域における携帯電話の不感地域を解消する", "学校と家庭をつなぐオンライン学習環境を整備する",
               "高齢者向けスマートフォン講習会を県内各地で開く", "防災情報を多言語で配信する仕組みを構築する"]


def test_pptx_bullets_of_like_length_stay_apart(tmp_path):
    # A slide's bullets are paragraphs; PowerPoint draws the bullet, so the text holds none, and
    # government slides write them without 。. Four of about the same length looked like lines
    # wrapped at one width, and normalization glued them into one line
    # (「…解消する学校と家庭を…整備する高齢者向け…」): a snippet ran over the whole slide, and the
    # words of two bullets met as a phrase (「解消する学校」).
    import pptx

    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "令和5年度の取組"
    frame = slide.placeholders[1].text_frame
    frame.text = SLIDE_ITEMS[0]
    for item in SLIDE_ITEMS[1:]:
        frame.add_paragraph().text = item
    path = tmp_path / "torikumi.pptx"
    deck.save(path)
    assert extract(path).pages[0].split("\n") == ["令和5年度の取組", *SLIDE_ITEMS]


def test_docx_paragraphs_of_like_length_stay_apart(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("高齢者向けスマートフォン講習会の開催について", style="Title")
    body = ["高知県では、高齢者のデジタル活用を支援するため講習会を開催します",
            "講習会では、スマートフォンの基本操作とマイナポータルの使い方を学びます",
            "参加費は無料で、会場ではスマートフォンの貸し出しも行っています",
            "申込みは高知県デジタル政策課まで電話またはメールでお願いします"]
    for line in body:
        d.add_paragraph(line)
    d.add_paragraph("講習会の会場は、")  # a sentence broken by hand with Enter still runs on
    d.add_paragraph("高知県立図書館です。")
    path = tmp_path / "koshukai.docx"
    d.save(path)
    lines = extract(path).pages[0].split("\n")
    assert lines == ["高齢者向けスマートフォン講習会の開催について", *body, "講習会の会場は、高知県立図書館です。"]


def test_html_list_items_of_like_length_stay_apart(tmp_path):
    # The same on a saved page: <li>s are the author's items, not lines wrapped at a width.
    page = tmp_path / "torikumi.html"
    page.write_text('<html><head><meta charset="utf-8"><title>令和5年度の取組｜高知県</title></head><body><main>'
                    "<h1>令和5年度の取組</h1><ul>" + "".join(f"<li>{item}</li>" for item in SLIDE_ITEMS) +
                    "</ul></main></body></html>", encoding="utf-8")
    lines = [line for line in extract(page).pages[0].split("\n") if line]
    assert lines == ["令和5年度の取組", *SLIDE_ITEMS]
