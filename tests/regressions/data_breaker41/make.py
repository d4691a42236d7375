"""Build the breaker41 files: Office and PDF documents in the styles of real government ones.

    /work/main/.venv/bin/python tests/regressions/data_breaker41/make.py

Every file is written by this script (python-pptx, python-docx, openpyxl, reportlab with its CID font
HeiseiKakuGo-W5 / HeiseiMin-W3, not embedded), with fixed document properties and timestamps so a rebuild gives the
same text.  The texts were written for these tests; the places, bodies and programmes are real kinds, the
figures invented.  labels.tsv beside them holds what a reader reads off each file (bench/realdocs/README.md's
conventions), written before ictsearch ran on them.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)


# --- PowerPoint ----------------------------------------------------------------------------------

def _placeholders(slide, number: int, footer: str | None, date: str | None, auto_date: bool) -> None:
    """Footer, date and slide-number placeholders as PowerPoint writes them on a slide when 「ヘッダーとフッター」
    is applied to all slides: copies of the layout's, holding the text and the fields' last values."""
    import copy

    from pptx.enum.shapes import PP_PLACEHOLDER

    ns = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    for ph in slide.slide_layout.placeholders:
        kind = ph.placeholder_format.type
        if kind not in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE):
            continue
        if kind == PP_PLACEHOLDER.FOOTER and not footer or kind == PP_PLACEHOLDER.DATE and not date:
            continue
        el = copy.deepcopy(ph.element)
        slide.shapes._spTree.append(el)
        runs = el.iter(ns + "t")
        t = next(runs, None)
        if kind == PP_PLACEHOLDER.SLIDE_NUMBER and t is not None:
            t.text = str(number)
        elif kind == PP_PLACEHOLDER.DATE and t is not None:
            t.text = date
            if not auto_date:  # a fixed date: plain text, not a field
                fld = t.getparent()
                if fld.tag == ns + "fld":
                    fld.tag = ns + "r"
                    for key in list(fld.attrib):
                        del fld.attrib[key]
        elif kind == PP_PLACEHOLDER.FOOTER:
            body = el.find(".//" + ns + "p")
            r = body.makeelement(ns + "r", {})
            tt = r.makeelement(ns + "t", {})
            tt.text = footer
            r.append(tt)
            body.append(r)


def pptx(name: str, slides: list[dict], *, footer: str | None = None, numbers: bool = True, wide: bool = True,
         ph_footer: str | None = None, ph_date: str | None = None, auto_date: bool = False):
    from pptx import Presentation
    from pptx.util import Emu, Pt

    prs = Presentation()
    if wide:
        prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    width, height = prs.slide_width, prs.slide_height
    for i, spec in enumerate(slides, 1):
        if spec.get("boxcover"):  # a designed cover: a blank layout, the title and lines in text boxes
            slide = prs.slides.add_slide(prs.slide_layouts[6])
            box = slide.shapes.add_textbox(Emu(600000), Emu(2000000), Emu(width - 1200000), Emu(1200000))
            box.text_frame.text = spec["title"]
            box.text_frame.paragraphs[0].runs[0].font.size = Pt(36)
            for k, line in enumerate(spec.get("lines", [])):
                box = slide.shapes.add_textbox(Emu(600000), Emu(3600000 + 500000 * k), Emu(width - 1200000),
                                               Emu(450000))
                box.text_frame.text = line
        elif spec.get("cover"):
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = spec["title"]
            slide.placeholders[1].text = "\n".join(spec.get("lines", []))
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[1] if spec.get("lines") else prs.slide_layouts[5])
            slide.shapes.title.text = spec["title"]
            if spec.get("lines"):
                body = slide.placeholders[1].text_frame
                body.text = spec["lines"][0]
                for line in spec["lines"][1:]:
                    body.add_paragraph().text = line
        if spec.get("table"):
            rows = spec["table"]
            shape = slide.shapes.add_table(len(rows), len(rows[0]), Emu(600000), Emu(1700000),
                                           Emu(width - 1200000), Emu(400000 * len(rows)))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    shape.table.cell(r, c).text = value
        if footer and not spec.get("cover"):
            box = slide.shapes.add_textbox(Emu(300000), Emu(height - 450000), Emu(5000000), Emu(350000))
            box.text_frame.text = footer
            box.text_frame.paragraphs[0].runs[0].font.size = Pt(10)
        if numbers:
            box = slide.shapes.add_textbox(Emu(width - 900000), Emu(height - 450000), Emu(600000), Emu(350000))
            box.text_frame.text = str(i)
        if ph_footer or ph_date:
            _placeholders(slide, i, ph_footer, ph_date, auto_date)
        if spec.get("notes"):
            slide.notes_slide.notes_text_frame.text = spec["notes"]
    prs.core_properties.title = ""
    prs.core_properties.author = ""
    prs.core_properties.last_modified_by = ""
    prs.core_properties.created = prs.core_properties.modified = FIXED
    prs.save(HERE / name)


# --- Word ------------------------------------------------------------------------------------------

def _field(paragraph, instruction: str, shown: str) -> None:
    """A field as Word stores it (w:fldSimple), holding the value Word last computed for it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def docx(name: str, blocks: list[tuple], *, header: list[str] = (), footer: list[str] = (),
         header_field: tuple[str, str] | None = None):
    from docx import Document
    from docx.enum.text import WD_BREAK

    doc = Document()
    section = doc.sections[0]
    if header_field:
        _field(section.header.paragraphs[0], *header_field)
    for i, line in enumerate(header):
        p = section.header.paragraphs[0] if i == 0 and not header_field else section.header.add_paragraph()
        p.text = line
    for i, line in enumerate(footer):
        p = section.footer.paragraphs[0] if i == 0 else section.footer.add_paragraph()
        p.text = line
    for kind, *rest in blocks:
        if kind == "title":
            doc.add_paragraph(rest[0], style="Title")
        elif kind == "h1":
            doc.add_heading(rest[0], level=1)
        elif kind == "h2":
            doc.add_heading(rest[0], level=2)
        elif kind == "p":
            doc.add_paragraph(rest[0])
        elif kind == "right":
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            doc.add_paragraph(rest[0]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "center":
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            doc.add_paragraph(rest[0]).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "table":
            rows = rest[0]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        elif kind == "big":  # a cover's title set by hand: centred, 20 pt, bold, in the Normal style
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            from docx.shared import Pt
            paragraph = doc.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(rest[0])
            run.bold = True
            run.font.size = Pt(20)
        elif kind == "box":  # a cover's title framed in a one-cell table
            table = doc.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            table.cell(0, 0).text = rest[0]
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    props = doc.core_properties
    props.title = rest_title = ""
    del rest_title
    props.author = props.last_modified_by = ""
    props.created = props.modified = FIXED
    doc.save(HERE / name)


# --- Excel -----------------------------------------------------------------------------------------

def xlsx(name: str, sheets: list[tuple[str, list[list]]], *, formats: dict | None = None):
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        for (sheet, ref), fmt in (formats or {}).items():
            if sheet == title:
                ws[ref].number_format = fmt
    wb.properties.creator = wb.properties.lastModifiedBy = ""
    wb.properties.created = wb.properties.modified = FIXED
    wb.save(HERE / name)


# --- PDF -------------------------------------------------------------------------------------------

def pdf(name: str, pages: list, *, head: str | None = None, foot: str | None = None, numbers: str | None = None,
        slides: bool = False, title: str | None = None, furniture_last: bool = False):
    """pages: each a list of (style, text) lines, or ("cols", left_lines, right_lines) for two columns.
    head / foot are drawn on every page; numbers is a format such as "- {n} -" or "{n} / {total}"."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    for font in ("HeiseiMin-W3", "HeiseiKakuGo-W5"):
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(font))
    size = landscape(A4) if slides else A4
    w, h = size
    c = canvas.Canvas(str(HERE / name), pagesize=size, invariant=1)
    c.setTitle(title or "")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    styles = {"t": ("HeiseiKakuGo-W5", 18), "h": ("HeiseiKakuGo-W5", 13), "p": ("HeiseiMin-W3", 10.5),
              "r": ("HeiseiMin-W3", 10.5), "c": ("HeiseiKakuGo-W5", 14), "s": ("HeiseiMin-W3", 9)}
    if slides:
        styles.update({"t": ("HeiseiKakuGo-W5", 28), "h": ("HeiseiKakuGo-W5", 22), "p": ("HeiseiKakuGo-W5", 16),
                       "c": ("HeiseiKakuGo-W5", 20), "r": ("HeiseiKakuGo-W5", 16)})
    margin = 56

    def wrap(text: str, font: str, pt: float, width: float) -> list[str]:
        out, line = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(line + ch, font, pt) > width:
                out.append(line)
                line = ch
            else:
                line += ch
        return out + [line]

    def column(lines, x0, width, y):
        for style, text in lines:
            if style == "table":
                cols = len(text[0])
                cw = width / cols
                for row in text:
                    for k, cell in enumerate(row):
                        c.setFont("HeiseiMin-W3", 9.5)
                        c.drawString(x0 + k * cw + 3, y - 12, cell)
                        c.rect(x0 + k * cw, y - 17, cw, 17)
                    y -= 17
                y -= 8
                continue
            font, pt = styles[style]
            c.setFont(font, pt)
            for part in wrap(text, font, pt, width):
                if style == "r":
                    c.drawRightString(x0 + width, y - pt, part)
                elif style in ("c", "t"):
                    c.drawCentredString(x0 + width / 2, y - pt, part)
                else:
                    c.drawString(x0, y - pt, part)
                y -= pt * 1.6
            y -= pt * 0.4
        return y

    total = len(pages)

    def furniture(n):
        if head:
            c.setFont("HeiseiMin-W3", 9)
            c.drawRightString(w - margin, h - 30, head)
        if foot:
            c.setFont("HeiseiMin-W3", 9)
            c.drawString(margin, 24, foot)
        if numbers:
            c.setFont("HeiseiMin-W3", 9)
            c.drawCentredString(w / 2, 24, numbers.format(n=n, total=total))

    for n, page in enumerate(pages, 1):
        if not furniture_last:  # reportlab's and Word's order; LibreOffice draws them after the body
            furniture(n)
        y = h - 70
        if page and page[0] == "cols":
            _, top, left, right = page
            y = column(top, margin, w - 2 * margin, y)
            gutter = 24
            cw = (w - 2 * margin - gutter) / 2
            column(left, margin, cw, y)
            column(right, margin + cw + gutter, cw, y)
        else:
            column(page, margin, w - 2 * margin, y)
        if furniture_last:
            furniture(n)
        c.showPage()
    c.save()


# --- the documents -------------------------------------------------------------------------------

def build():
    # p01: a bureau's 説明資料, a slide per topic, the cover dated and signed
    pptx("p01_local5g_tohoku.pptx", [
        {"cover": True, "title": "ローカル5Gの導入に向けて", "lines": ["～地域課題解決のための活用事例と支援制度～",
                                                                "令和5年2月", "東北総合通信局 無線通信部"]},
        {"title": "ローカル5Gとは", "lines": ["地域や産業の個別のニーズに応じて、企業や自治体が自らの建物や敷地内で構築する5Gシステム",
                                          "4.6-4.9GHz帯及び28GHz帯を使用", "免許申請は東北総合通信局で受け付けています"]},
        {"title": "管内の導入事例", "table": [["県", "導入主体", "用途"], ["宮城県", "製造業A社", "工場内の映像伝送"],
                                            ["山形県", "農業法人B", "遠隔での農機監視"], ["福島県", "C市", "河川監視カメラ"]]},
        {"title": "支援制度", "lines": ["課題解決型ローカル5G等の実現に向けた開発実証（令和5年度予算案）",
                                     "地域デジタル基盤活用推進事業", "詳しくは総務省ホームページをご覧ください"]},
        {"title": "お問い合わせ", "lines": ["東北総合通信局 無線通信部 陸上第二課", "〒980-8795 仙台市青葉区本町3-2-23",
                                         "電話 022-221-0672"]},
    ], footer="東北総合通信局")

    # p02: a bureau's seminar slides, the date only in a text box of the cover
    pptx("p02_dx_seminar_kyushu.pptx", [
        {"cover": True, "title": "自治体DXの推進について", "lines": ["令和6年度 自治体DX推進セミナー in 熊本",
                                                             "令和6年11月20日", "九州総合通信局 情報通信部"]},
        {"title": "自治体DX推進計画の概要", "lines": ["書かない窓口の導入", "行政手続のオンライン化",
                                                 "情報システムの標準化・共通化（令和7年度末までの移行）"]},
        {"title": "熊本県内の取組", "lines": ["熊本市：オンライン申請の拡充", "菊池市：窓口のキャッシュレス化",
                                           "宇城市：AI-OCRによる業務効率化"]},
        {"title": "総務省の支援", "lines": ["地域情報化アドバイザーの派遣", "自治体DX推進手順書の改定"]},
    ], footer="九州総合通信局")

    # p03: a ministry's explanation deck, national
    pptx("p03_soumu_security.pptx", [
        {"cover": True, "title": "地方公共団体における情報セキュリティポリシーに関するガイドラインの改定について",
         "lines": ["令和5年3月", "総務省 自治行政局 地域情報化企画室"]},
        {"title": "改定の背景", "lines": ["クラウドサービスの利用拡大", "テレワークの普及に伴うリスクの変化",
                                       "ランサムウェア被害の増加"]},
        {"title": "主な改定内容", "lines": ["クラウドサービス利用時の対策の明確化", "インシデント対応体制（CSIRT）の強化",
                                         "職員研修の充実"]},
        {"title": "今後のスケジュール", "lines": ["令和5年4月 改定版の公表", "令和5年度中 各団体におけるポリシーの見直し"]},
    ])

    # p04: a bureau's campaign deck; the bureau only in the slide footer
    pptx("p04_denpa_shikoku.pptx", [
        {"cover": True, "title": "電波利用環境保護周知啓発強化期間", "lines": ["令和6年6月1日～6月10日"]},
        {"title": "不法無線局の現状", "lines": ["管内で措置した不法無線局は令和5年度に123局",
                                          "不法に開設された無線局は、携帯電話や消防・救急無線に妨害を与えるおそれがあります"]},
        {"title": "電波を正しく使うために", "lines": ["技適マークの付いた無線機を使いましょう",
                                            "アマチュア無線は免許を受けて運用しましょう"]},
        {"title": "問い合わせ先", "lines": ["四国総合通信局 電波監理部 監視調査課", "電話 089-936-5056"]},
    ], footer="四国総合通信局")

    # p05: a prefecture's deck, slide numbers and speaker notes naming last 年度
    pptx("p05_nagano_dx.pptx", [
        {"cover": True, "title": "長野県DX戦略の推進状況", "lines": ["令和6年7月", "長野県 企画振興部 DX推進課"]},
        {"title": "県内市町村のDX推進", "lines": ["77市町村のうち52団体がDX推進計画を策定",
                                              "先端技術活用推進協議会による共同調達"],
         "notes": "令和5年度末時点の数値。令和4年度は38団体。"},
        {"title": "信州ITバレー構想", "lines": ["IT人材の育成と企業誘致", "松本市・塩尻市・伊那市に拠点"]},
        {"title": "今後の取組", "lines": ["行政手続のオンライン化率 90%（令和8年度）", "県と市町村のシステム共同化"]},
    ])

    # p06: a bureau's deck with a table of years before its cover date
    pptx("p06_broadband_hokkaido.pptx", [
        {"cover": True, "title": "北海道における光ファイバ整備の状況", "lines": ["令和6年3月", "北海道総合通信局"]},
        {"title": "整備率の推移", "table": [["年度", "2019年度", "2020年度", "2021年度", "2022年度"],
                                         ["整備率", "97.1%", "98.3%", "99.0%", "99.4%"]]},
        {"title": "未整備地域", "lines": ["条件不利地域（離島・山間部）に残る", "稚内市・礼文町・利尻町の一部",
                                         "高度無線環境整備推進事業による支援"]},
    ], footer="北海道総合通信局")

    # p07: a bureau's telework case book, the date on the last slide only
    pptx("p07_telework_kanto.pptx", [
        {"cover": True, "title": "テレワーク導入事例集", "lines": ["～管内中小企業の取組～", "関東総合通信局"]},
        {"title": "事例1 株式会社D（群馬県前橋市）", "lines": ["全社員のテレワーク化により通勤時間を削減",
                                                       "クラウド型勤怠管理を導入"]},
        {"title": "事例2 E税理士事務所（栃木県宇都宮市）", "lines": ["顧客対応をWeb会議に移行", "育児中の職員の継続雇用"]},
        {"title": "お問い合わせ先", "lines": ["関東総合通信局 情報通信部 情報通信連携推進課",
                                           "電話 03-6238-1690", "令和6年1月作成"]},
    ], footer="関東総合通信局")

    # p08: a prefecture's HQ meeting material
    pptx("p08_tottori_hq.pptx", [
        {"cover": True, "title": "資料1 令和6年度 鳥取県デジタル推進本部会議",
         "lines": ["令和6年8月5日", "鳥取県 総務部 デジタル改革推進課"]},
        {"title": "令和5年度の取組実績", "lines": ["電子申請手続数 1,250件（前年度比 +320件）", "テレワーク実施職員 延べ4,100人"]},
        {"title": "令和6年度の重点取組", "lines": ["生成AIの全庁導入", "市町村との共同調達（鳥取市・米子市・倉吉市・境港市）"]},
    ], footer="鳥取県デジタル推進本部会議")

    # p09: a bureau's deck with PowerPoint's own footer, date and slide-number placeholders on every slide,
    # the date an automatic field whose last value is the day the file was last saved
    pptx("p09_kinki_bousai.pptx", [
        {"cover": True, "title": "災害時における通信手段の確保について", "lines": ["令和6年10月", "近畿総合通信局 防災対策推進室"]},
        {"title": "臨時災害放送局", "lines": ["災害時に市町村が開設する臨時のFMラジオ局", "近畿総合通信局で機器を貸し出しています"]},
        {"title": "移動通信機器の貸与", "lines": ["簡易無線機、衛星携帯電話を無償で貸し出します", "令和5年度は和歌山県、奈良県に貸与"]},
        {"title": "連絡先", "lines": ["近畿総合通信局 防災対策推進室 電話 06-6942-8506"]},
    ], numbers=False, ph_footer="近畿総合通信局", ph_date="2025/1/15", auto_date=True)

    # p10: a prefecture's deck whose date placeholder holds a fixed date and its footer the meeting's name
    pptx("p10_ehime_council.pptx", [
        {"cover": True, "title": "愛媛県におけるデジタル人材の育成", "lines": ["愛媛県 企画振興部 デジタル戦略局"]},
        {"title": "現状と課題", "lines": ["県内企業の7割がデジタル人材の不足を感じている", "市町のDX担当職員が少ない"]},
        {"title": "主な取組", "lines": ["デジタル人材育成講座（松山市・今治市・新居浜市で開催）", "市町職員向けDX研修"]},
    ], numbers=False, ph_footer="第2回 愛媛県デジタル推進会議 資料3", ph_date="令和6年11月12日")

    # p11: a designed deck: the cover's title in a text box, no title placeholder on the cover
    pptx("p11_okinawa_design.pptx", [
        {"boxcover": True, "title": "離島における遠隔医療の推進", "lines": ["令和6年9月", "沖縄総合通信事務所"]},
        {"title": "現状", "lines": ["宮古島市、石垣市の診療所と本島の病院をオンラインで結ぶ", "専門医の不足を補う"]},
        {"title": "支援制度", "lines": ["地域デジタル基盤活用推進事業", "遠隔医療の実証に補助"]},
    ], footer="沖縄総合通信事務所")

    # x09: a workbook whose first sheet is a cover (表紙), its data on the next sheets
    xlsx("x09_yamagata_cover.xlsx", [
        ("表紙", [[], [], [None, "令和6年度 山形県情報通信基盤整備状況調査"], [], [None, "令和6年12月"],
                  [None, "山形県 みらい企画創造部"]]),
        ("光ファイバ", [["市町村", "世帯カバー率"], ["山形市", "100.0%"], ["鶴岡市", "99.2%"], ["小国町", "96.5%"]]),
        ("携帯電話", [["市町村", "不感地区数"], ["西川町", 2], ["大蔵村", 1]]),
    ])

    # x10: a sheet whose 年度 is a label and value pair in two cells, under a merged title
    xlsx("x10_gifu_form.xlsx", [
        ("様式1", [
            ["地域情報化推進事業 実績報告書"],
            ["年度", "令和5年度", None, "報告日", "令和6年4月26日"],
            ["団体名", "岐阜県高山市"],
            ["事業名", "観光Wi-Fi整備事業"],
            ["事業費（円）", 8400000],
            ["成果", "古い町並み周辺の12か所に公衆無線LANを整備し、外国人観光客の利用が月平均3,200件となった。"],
        ]),
    ])

    # x01: a prefecture's 事業一覧, 年度 in a header cell, 市町村 in a column
    xlsx("x01_shizuoka_jigyo.xlsx", [
        ("R5事業一覧", [
            ["令和5年度 市町村情報化関連事業一覧"],
            ["静岡県 デジタル戦略局"],
            [],
            ["No.", "市町村名", "事業名", "事業費（千円）", "分野"],
            [1, "浜松市", "オンライン申請システム拡充", 45000, "行政DX"],
            [2, "沼津市", "公衆無線LAN整備", 12000, "観光"],
            [3, "富士市", "GIGAスクール端末更新", 98000, "教育"],
            [4, "掛川市", "AIチャットボット導入", 6500, "行政DX"],
            [5, "伊豆市", "防災情報システム更新", 30000, "防災"],
        ]),
    ])

    # x02: a bureau's 交付決定一覧, the as-of date in a cell
    xlsx("x02_kinki_area.xlsx", [
        ("交付決定", [
            ["携帯電話等エリア整備事業 交付決定一覧"],
            ["令和6年7月1日現在", None, None, None, "近畿総合通信局"],
            [],
            ["府県", "市町村", "整備地区", "交付決定額（円）", "事業主体"],
            ["京都府", "南丹市", "美山町芦生", 23500000, "南丹市"],
            ["兵庫県", "香美町", "小代区", 18200000, "香美町"],
            ["奈良県", "十津川村", "上湯川", 31000000, "十津川村"],
            ["和歌山県", "田辺市", "龍神村", 15750000, "田辺市"],
        ]),
    ], formats={("交付決定", "D5"): "#,##0", ("交付決定", "D6"): "#,##0", ("交付決定", "D7"): "#,##0",
                ("交付決定", "D8"): "#,##0"})

    # x03: a prefecture's budget sheet, the coming 年度 and this 年度 in columns
    xlsx("x03_iwate_budget.xlsx", [
        ("予算総括", [
            ["令和7年度当初予算（案）主要事業一覧", None, None, None],
            ["岩手県 ふるさと振興部 科学・情報政策室", None, None, "令和7年2月"],
            ["事業名", "令和7年度予算額", "令和6年度予算額", "増減"],
            ["携帯電話不感地域解消事業", 120000, 98000, 22000],
            ["県立学校ICT環境整備事業", 340000, 355000, -15000],
            ["デジタル人材育成事業", 25000, 18000, 7000],
            ["行政手続オンライン化推進事業", 56000, 40000, 16000],
        ]),
    ])

    # x04: a prefecture's survey results, two sheets
    xlsx("x04_tottori_telework_survey.xlsx", [
        ("集計", [
            ["令和5年度 県内企業のテレワーク導入状況調査 結果"],
            ["調査時点：令和5年10月1日現在"],
            ["鳥取県 商工労働部"],
            [],
            ["区分", "回答数", "導入済", "導入率"],
            ["全体", 512, 148, 0.289],
            ["従業員50人以上", 121, 67, 0.554],
        ]),
        ("市町村別", [
            ["市町村", "回答数", "導入済"],
            ["鳥取市", 210, 71], ["米子市", 160, 49], ["倉吉市", 62, 14], ["境港市", 40, 8],
        ]),
    ], formats={("集計", "D6"): "0.0%", ("集計", "D7"): "0.0%"})

    # x05: a bureau's course record, its date a date cell shown in 和暦
    xlsx("x05_e_net_kyushu.xlsx", [
        ("実績", [
            ["e-ネットキャラバン 開催実績（令和5年度）"],
            ["九州総合通信局", None, None, dt.datetime(2024, 3, 29)],
            [],
            ["開催日", "県", "会場", "受講者数"],
            [dt.datetime(2023, 6, 14), "福岡県", "北九州市立小学校", 120],
            [dt.datetime(2023, 9, 7), "佐賀県", "鳥栖市立中学校", 85],
            [dt.datetime(2023, 11, 22), "長崎県", "佐世保市PTA連合会", 60],
            [dt.datetime(2024, 2, 2), "大分県", "別府市立小学校", 140],
        ]),
    ], formats={("実績", "D2"): 'ggge"年"m"月"d"日"', ("実績", "A5"): "yyyy/m/d", ("実績", "A6"): "yyyy/m/d",
                ("実績", "A7"): "yyyy/m/d", ("実績", "A8"): "yyyy/m/d"})

    # x06: a prefecture's Wi-Fi spot list, no date
    xlsx("x06_okinawa_wifi.xlsx", [
        ("一覧", [
            ["沖縄県 公衆無線LAN（Be.Okinawa Free Wi-Fi）設置箇所一覧"],
            [],
            ["No.", "市町村", "施設名", "住所", "SSID"],
            [1, "那覇市", "県庁前バス停", "那覇市泉崎1丁目", "Be.Okinawa_Free_Wi-Fi"],
            [2, "石垣市", "離島ターミナル", "石垣市美崎町", "Be.Okinawa_Free_Wi-Fi"],
            [3, "宮古島市", "平良港ターミナル", "宮古島市平良字下里", "Be.Okinawa_Free_Wi-Fi"],
            [4, "名護市", "道の駅許田", "名護市許田", "Be.Okinawa_Free_Wi-Fi"],
        ]),
    ])

    # x07: a table from its first row, the file's name the title
    xlsx("x07_R6_fukuoka_dx_jigyo.xlsx", [
        ("Sheet1", [
            ["事業名", "予算額（千円）", "担当課", "概要"],
            ["福岡県DX推進プラットフォーム運営", 15000, "デジタル政策課", "企業と自治体のマッチング"],
            ["県内市町村DX支援", 30000, "市町村支援課", "専門人材の派遣"],
            ["スマート農業普及", 22000, "農林水産政策課", "ドローン・センサー導入支援"],
        ]),
    ])

    # x08: a bureau's statistics sheet, years down a column, its own date on the top row
    xlsx("x08_shinetsu_fuhou.xlsx", [
        ("推移", [
            ["不法無線局の措置件数の推移", None, "令和6年5月 信越総合通信局"],
            [],
            ["年度", "措置件数", "うち不法アマチュア無線"],
            ["平成30年度", 420, 61], ["令和元年度", 388, 55], ["令和2年度", 351, 40],
            ["令和3年度", 330, 38], ["令和4年度", 296, 31], ["令和5年度", 270, 27],
        ]),
    ])

    # d01: a town's 情報化計画, the span on the cover
    docx("d01_fujimi_plan.docx", [
        ("title", "第3次富士見町地域情報化計画"),
        ("center", "計画期間 令和6年度～令和10年度"),
        ("center", "令和6年3月"),
        ("center", "長野県富士見町"),
        ("break",),
        ("h1", "第1章 計画の策定にあたって"),
        ("p", "本町では、平成31年3月に第2次地域情報化計画を策定し、行政手続のオンライン化や光ファイバ網の整備を進めてきました。"),
        ("p", "この間、国では令和2年12月に自治体DX推進計画が策定され、情報システムの標準化・共通化が求められています。"),
        ("h1", "第2章 基本方針"),
        ("p", "1 行政のデジタル化による住民サービスの向上"),
        ("p", "2 テレワークやワーケーションを活かした地域活性化"),
        ("p", "3 高齢者等のデジタルデバイド対策"),
    ], footer=["富士見町地域情報化計画"])

    # d02: a city's 会議録 with header and footer
    docx("d02_karatsu_minutes.docx", [
        ("title", "令和5年度 第2回唐津市情報化推進委員会 会議録"),
        ("table", [["日時", "令和5年11月20日（月）14時00分～15時30分"], ["場所", "唐津市役所 本庁舎 4階 会議室"],
                   ["出席者", "委員8名、事務局（情報政策課）4名"]]),
        ("h1", "1 開会"),
        ("h1", "2 議事"),
        ("p", "（1）令和6年度情報化推進事業について"),
        ("p", "事務局から、令和6年度に予定する庁内ネットワーク更新と電子申請の拡充について説明した。"),
        ("p", "委員：高齢者がオンライン申請を使えるよう、スマートフォン教室を続けてほしい。"),
        ("p", "事務局：公民館でのスマホ講座を継続します。"),
        ("h1", "3 閉会"),
    ], header=["唐津市情報化推進委員会"], footer=["唐津市 総務部 情報政策課"])

    # d03: a bureau's 報道資料 from Word, the date in the header
    docx("d03_hokuriku_press.docx", [
        ("title", "「北陸ICTセミナー2024」の開催"),
        ("p", "北陸総合通信局は、北陸情報通信協議会と共催で、生成AIの地域での活用をテーマに「北陸ICTセミナー2024」を開催します。"),
        ("h2", "1 日時"),
        ("p", "令和6年11月12日（火）13時30分から16時30分まで"),
        ("h2", "2 会場"),
        ("p", "金沢市 石川県地場産業振興センター"),
        ("h2", "3 内容"),
        ("p", "基調講演「生成AIが変える地域の仕事」、富山県及び福井県の企業による事例紹介"),
        ("p", "連絡先"),
        ("p", "北陸総合通信局 情報通信部 情報通信連携推進課 電話 076-233-4431"),
    ], header=["報道資料", "令和6年10月2日", "北陸総合通信局"])

    # d04: a prefecture's 交付要綱 with its 附則
    docx("d04_aichi_yoko.docx", [
        ("title", "愛知県中小企業テレワーク導入支援補助金交付要綱"),
        ("p", "（趣旨）"),
        ("p", "第1条 この要綱は、県内中小企業のテレワーク導入を促進するため、予算の範囲内において補助金を交付することに関し、必要な事項を定める。"),
        ("p", "（補助対象経費）"),
        ("p", "第2条 補助対象経費は、テレワーク用機器の購入費、クラウドサービス利用料その他知事が必要と認める経費とする。"),
        ("p", "（補助率）"),
        ("p", "第3条 補助率は補助対象経費の2分の1以内とし、上限額は100万円とする。"),
        ("p", "附 則"),
        ("p", "この要綱は、令和5年4月1日から施行する。"),
        ("p", "附 則"),
        ("p", "この要綱は、令和6年4月1日から施行する。"),
    ])

    # d05: an association's 事業報告, results of the 年度 before its date
    docx("d05_hokkaido_kyogikai.docx", [
        ("title", "令和5年度 事業報告書"),
        ("center", "北海道地域情報化推進協議会"),
        ("h1", "1 総会"),
        ("p", "令和5年5月25日、札幌市において令和5年度通常総会を開催し、事業計画及び予算を承認した。"),
        ("h1", "2 セミナーの開催"),
        ("p", "令和5年10月に旭川市、令和6年1月に函館市で、自治体職員向けDXセミナーを開催した（参加者計186名）。"),
        ("h1", "3 地域情報化アドバイザーの派遣"),
        ("p", "帯広市、北見市へ専門家を派遣し、オープンデータの公開について助言を行った。"),
        ("right", "令和6年5月24日"),
    ])

    # d06: a call for proposals, an old template date in the footer
    docx("d06_chiba_koubo.docx", [
        ("title", "令和5年度 千葉県スマート農業実証事業 公募要領"),
        ("right", "令和5年4月10日"),
        ("right", "千葉県 農林水産部"),
        ("h1", "1 事業の目的"),
        ("p", "IoTセンサーやドローンを活用したスマート農業技術を県内の生産現場で実証し、普及を図る。"),
        ("h1", "2 公募期間"),
        ("p", "令和5年4月10日（月）から令和5年5月12日（金）まで"),
        ("h1", "3 対象"),
        ("p", "県内に事業所を有する農業法人、農業協同組合等"),
    ], footer=["様式改定 令和2年12月"])

    # d07: a form that opens with its number and a table
    docx("d07_kumamoto_hokoku.docx", [
        ("p", "様式第5号（第10条関係）"),
        ("title", "地域情報化アドバイザー派遣 実施報告書"),
        ("right", "令和6年2月28日"),
        ("p", "九州総合通信局長 殿"),
        ("right", "熊本県人吉市長"),
        ("table", [["派遣日", "令和6年2月9日"], ["アドバイザー", "○○大学 准教授"],
                   ["テーマ", "人吉球磨地域の防災情報伝達とデジタル活用"]]),
        ("p", "派遣の成果：災害時の情報伝達手段として、防災アプリと防災行政無線の連携について助言を得た。"),
    ])

    # d08: a city's 施政方針 for the coming 年度
    docx("d08_kurashiki_shisei.docx", [
        ("title", "令和7年度 施政方針"),
        ("right", "令和7年2月21日"),
        ("right", "倉敷市長"),
        ("p", "令和7年2月定例市議会の開会にあたり、令和7年度当初予算案をはじめ諸議案のご審議をお願いするとともに、市政運営の基本方針を申し述べます。"),
        ("h1", "デジタル市役所の実現"),
        ("p", "書かない窓口を本庁と水島支所に広げ、マイナンバーカードを使ったオンライン申請を拡充します。"),
        ("h1", "防災力の強化"),
        ("p", "平成30年7月豪雨の教訓を踏まえ、真備地区の防災行政無線の戸別受信機を更新します。"),
    ], footer=["倉敷市"])

    # d09: a ministry's 事務連絡, national
    docx("d09_soumu_jimurenraku.docx", [
        ("right", "事務連絡"),
        ("right", "令和6年1月19日"),
        ("p", "各都道府県 情報政策担当課 御中"),
        ("p", "（市区町村担当課経由）"),
        ("right", "総務省自治行政局地域情報化企画室"),
        ("title", "地方公共団体におけるサイバーセキュリティ対策の徹底について"),
        ("p", "昨今、地方公共団体を標的としたランサムウェアによる被害が相次いでいます。"),
        ("p", "つきましては、別添の留意事項を踏まえ、バックアップの確保及び職員研修の徹底をお願いします。"),
        ("p", "（別添）ランサムウェア対策の留意事項"),
    ])

    # d10: a 広報 article from Word, headers naming the issue
    docx("d10_tokai_kouhou.docx", [
        ("title", "電波の日・情報通信月間 表彰式を開催"),
        ("p", "東海総合通信局は、令和6年6月3日、名古屋市内で「電波の日・情報通信月間」東海総合通信局長表彰式を開催しました。"),
        ("p", "今年度は、電波の適正な利用や地域の情報化に貢献した12の個人・団体を表彰しました。"),
        ("p", "受賞者の一覧は別紙のとおりです。"),
        ("p", "別紙 受賞者一覧"),
        ("table", [["受賞者", "所在地"], ["F無線クラブ", "岐阜県高山市"], ["G株式会社", "三重県四日市市"],
                   ["H氏", "静岡県浜松市"]]),
    ], header=["東海総合通信局 広報誌 とうかい 2024年7月号"])

    # d11: a city's notice whose header holds Word's DATE field (today's date wherever it is opened or printed),
    # its last value the day the file was last saved
    docx("d11_kobe_notice.docx", [
        ("right", "令和6年6月3日"),
        ("right", "神戸市 デジタル戦略部"),
        ("title", "スマート窓口の開設について"),
        ("p", "令和6年7月1日から、東灘区役所と北区役所で、申請書を書かずに手続ができるスマート窓口を開設します。"),
        ("p", "マイナンバーカードを読み取ることで、氏名や住所の記入が不要になります。"),
    ], header_field=('DATE \\@ "yyyy年M月d日"', "2025年1月15日"))

    # d12: a town's plan whose cover title is set by hand (no Title or heading style), 資料番号 above it
    docx("d12_minamiaso_plan.docx", [
        ("right", "資料2"),
        ("big", "南阿蘇村デジタル田園都市構想総合戦略"),
        ("center", "令和6年3月"),
        ("center", "熊本県南阿蘇村"),
        ("break",),
        ("p", "第1章 策定の趣旨"),
        ("p", "本村は、熊本地震からの創造的復興を進めるとともに、デジタル技術を活用して、観光と農業の振興、子育て支援の充実を図る。"),
        ("p", "第2章 基本目標"),
        ("p", "基本目標1 観光DXによる交流人口の拡大"),
    ])

    # d13: a committee's report whose cover title is framed in a one-cell table
    docx("d13_kagawa_report.docx", [
        ("box", "香川県スマート農業推進検討会 報告書"),
        ("center", "令和7年1月"),
        ("center", "香川県スマート農業推進検討会"),
        ("p", "1 はじめに"),
        ("p", "県内の農業者の高齢化と担い手不足に対応するため、ドローンや自動走行トラクタ、水田の水位センサーの導入について検討した。"),
    ])

    # f14: a PDF whose /Title is the template's, two 年度 old
    pdf("f14_stale_title.pdf", [
        [("t", "令和6年度 地域ICT推進協議会 事業計画"), ("r", "令和6年5月15日"), ("r", "北海道地域ICT推進協議会"),
         ("h", "1 基本方針"),
         ("p", "道内市町村の自治体DXと地域のデジタル人材の育成を支援する。"),
         ("h", "2 主な事業"),
         ("p", "(1) 自治体職員向け研修 (2) 地域情報化セミナーの開催 (3) 会員への情報提供")],
    ], title="令和4年度 地域ICT推進協議会 事業計画")

    # f15: a bureau's 報道資料 exported by LibreOffice: its header (date and issuer) drawn after the body
    pdf("f15_shikoku_lo.pdf", [
        [("t", "「四国情報通信セミナー」の開催"),
         ("p", "四国総合通信局は、四国情報通信懇談会と共催で、地域のサイバーセキュリティ対策をテーマにセミナーを開催します。"),
         ("h", "1 日時"), ("p", "令和6年11月27日（水）13時30分から"),
         ("h", "2 会場"), ("p", "松山市 愛媛県美術館講堂"),
         ("s", "連絡先 四国総合通信局 情報通信部 電話 089-936-5061")],
    ], head="報道資料 令和6年11月1日 四国総合通信局", furniture_last=True)

    # f01: a ministry's 報道資料 PDF, 別紙 on page 2, 問い合わせ先 box
    pdf("f01_soumu_press.pdf", [
        [("r", "令和6年5月24日"), ("r", "総務省"), ("t", "「デジタル活用支援推進事業」の実施団体の決定"),
         ("p", "総務省は、高齢者等のデジタル活用を支援する「デジタル活用支援推進事業」について、令和6年度の講習会を実施する団体を決定しました。"),
         ("h", "1 概要"),
         ("p", "携帯ショップのない地域を含め、全国の公民館等でスマートフォンの使い方の講習会を開催します。"),
         ("h", "2 実施団体"),
         ("p", "別紙のとおり"),
         ("s", "（連絡先）総務省 情報流通行政局 情報活用支援室 担当：山田、鈴木 電話：03-5253-5743")],
        [("h", "別紙"), ("c", "実施団体一覧"),
         ("table", [["地域", "団体名"], ["全国", "携帯電話事業者4社"], ["北海道", "一般社団法人I"],
                    ["九州", "NPO法人J"]])],
    ])

    # f02: a 予算資料 PDF with a table of two years
    pdf("f02_budget.pdf", [
        [("t", "令和7年度 情報通信関係予算（案）の概要"), ("r", "令和6年12月"), ("r", "総務省 情報流通行政局"),
         ("table", [["事項", "令和6年度予算額", "令和7年度予算案"],
                    ["携帯電話等エリア整備事業", "14.5億円", "16.0億円"],
                    ["地域デジタル基盤活用推進事業", "32.0億円", "35.0億円"],
                    ["Beyond 5G研究開発", "150.0億円", "150.0億円"],
                    ["デジタル活用支援推進事業", "12.0億円", "11.2億円"]]),
         ("s", "※計数は四捨五入のため一致しない場合がある。")],
    ], numbers="{n}")

    # f03: a prefecture's progress report, its 年度 only in the running head of every page
    pdf("f03_miyagi_progress.pdf", [
        [("t", "宮城県DX推進計画 進捗状況報告"), ("r", "宮城県 企画部 デジタルみやぎ推進課"),
         ("h", "1 計画の概要"),
         ("p", "本県では令和4年3月に宮城県DX推進計画を策定し、行政、産業、暮らしの各分野でデジタル化を進めている。")],
        [("h", "2 行政分野の進捗"),
         ("p", "電子申請の対象手続は1,024件となり、目標の1,000件を達成した。県と市町村の共同調達で、仙台市を除く34市町村が参加した。")],
        [("h", "3 産業分野の進捗"),
         ("p", "県内中小企業のDX支援として、専門家派遣を48社に行った。石巻市、気仙沼市の水産加工業でのIoT活用を支援した。")],
        [("h", "4 今後の課題"),
         ("p", "デジタル人材の確保と、市町村間の取組の差の解消が課題である。")],
    ], head="令和5年度 宮城県DX推進計画 進捗状況", numbers="- {n} -")

    # f04: a bureau's 広報誌, two columns
    pdf("f04_tokai_kouhou.pdf", [
        ("cols", [("t", "東海総合通信局 広報誌 2024年秋号")],
         [("h", "局長あいさつ"),
          ("p", "秋も深まり、管内各地で防災訓練が行われる季節となりました。当局では、令和6年9月に岐阜県と合同で非常通信訓練を実施し、災害時の通信確保の手順を確認しました。"),
          ("p", "引き続き、関係機関と連携して災害に強い情報通信基盤の整備に取り組んでまいります。")],
         [("h", "トピックス"),
          ("p", "三重県伊勢市で、ローカル5Gを活用した観光案内の実証が始まりました。伊勢神宮周辺の混雑情報を配信し、観光客の分散を図ります。"),
          ("p", "静岡県では、移動通信鉄塔の整備により、南アルプスの登山道で携帯電話が使えるようになりました。")]),
    ], foot="東海総合通信局 〒461-8795 名古屋市東区白壁1-15-1")

    # f05: slides saved as PDF, a page per slide, footer and slide numbers on each
    pdf("f05_shinetsu_iot.pdf", [
        [("t", "地域におけるIoT活用事例"), ("c", "令和5年10月"), ("c", "信越総合通信局")],
        [("h", "事例1 水位センサーによる河川監視（長野県飯山市）"),
         ("p", "LPWAを使った水位センサーで、千曲川支流の水位を常時監視")],
        [("h", "事例2 スマート農業（新潟県南魚沼市）"),
         ("p", "水田の水管理センサーで見回り作業を削減")],
        [("h", "事例3 見守りサービス（長野県上田市）"),
         ("p", "高齢者宅の電力センサーによる見守り")],
    ], foot="信越総合通信局", numbers="{n}", slides=True)

    # f06: a city's two-page notice, page numbers "1/2", a print stamp on each page
    pdf("f06_sapporo_notice.pdf", [
        [("t", "札幌市 行政手続オンライン化の拡充について"), ("r", "令和6年4月1日"), ("r", "札幌市 デジタル戦略推進局"),
         ("p", "令和6年4月1日から、住民票の写しなど新たに58の手続がオンラインで申請できるようになりました。"),
         ("p", "マイナンバーカードをお持ちの方は、スマートフォンから24時間申請できます。")],
        [("h", "オンライン申請できる主な手続"),
         ("table", [["分類", "手続名"], ["戸籍・住民票", "住民票の写しの交付請求"], ["税", "課税証明書の交付請求"],
                    ["子育て", "児童手当の現況届"]])],
    ], foot="印刷日 2025/01/15", numbers="{n}/{total}")

    # f07: a bureau's briefing on a project in one prefecture, the bureau's own address in the contact box
    pdf("f07_kinki_wakayama.pdf", [
        [("r", "令和6年9月13日"), ("r", "近畿総合通信局"), ("t", "和歌山県串本町における携帯電話の不感地域解消"),
         ("p", "近畿総合通信局は、和歌山県串本町の潮岬地区において、携帯電話等エリア整備事業により整備された基地局の運用が開始されたことをお知らせします。"),
         ("p", "これにより、約120世帯で携帯電話が利用できるようになりました。"),
         ("h", "別添"), ("p", "整備地区の位置図"),
         ("s", "問い合わせ先 近畿総合通信局 無線通信部 移動通信課 〒540-8795 大阪市中央区大手前1-5-44 電話 06-6942-8584")],
    ])

    # f08: a bureau's call for the coming 年度, issued in March
    pdf("f08_chugoku_koubo.pdf", [
        [("r", "令和6年3月29日"), ("r", "中国総合通信局"),
         ("t", "令和6年度「地域情報化アドバイザー」派遣申請の受付開始"),
         ("p", "中国総合通信局では、ICTを活用した地域課題の解決に取り組む地方公共団体等に、専門家を派遣する地域情報化アドバイザー制度の令和6年度の申請受付を開始します。"),
         ("h", "受付期間"), ("p", "令和6年4月1日（月）から令和7年1月31日（金）まで"),
         ("h", "対象"), ("p", "管内（鳥取県、島根県、岡山県、広島県、山口県）の地方公共団体等")],
    ])

    # f09: a disaster report of one bureau, one prefecture's towns
    pdf("f09_hokuriku_noto.pdf", [
        [("t", "令和6年能登半島地震における通信の被害と復旧の状況"), ("r", "令和6年3月"), ("r", "北陸総合通信局"),
         ("h", "1 被害の状況"),
         ("p", "1月1日の地震により、輪島市、珠洲市、能登町、穴水町を中心に携帯電話基地局の停波が最大で約800局に及んだ。")],
        [("h", "2 復旧の状況"),
         ("p", "移動電源車や可搬型基地局、船上基地局の活用により、1月末までに応急復旧をおおむね終えた。"),
         ("h", "3 臨時災害放送局"),
         ("p", "珠洲市及び輪島市に臨時災害放送局の免許を付与した。")],
        [("h", "4 今後の取組"),
         ("p", "停電に強い基地局の整備と、衛星通信の活用を進める。")],
    ], head="北陸総合通信局", numbers="- {n} -")

    # f10: a seminar flyer, one page, the event date its only date
    pdf("f10_matsue_flyer.pdf", [
        [("c", "参加無料"), ("t", "サイバーセキュリティセミナー in 松江"),
         ("c", "中小企業のためのランサムウェア対策"),
         ("h", "日時 令和6年11月15日（金）14:00～16:30"),
         ("h", "会場 くにびきメッセ（島根県松江市）"),
         ("p", "主催 中国総合通信局、島根県警察、中国サイバーセキュリティ推進協議会"),
         ("p", "申込 QRコードまたは下記URLからお申し込みください。")],
    ])

    # f11: the PDF of a Word 議事要旨 with a date in the running head (the meeting's) and page numbers
    pdf("f11_council_gijiyoshi.pdf", [
        [("t", "四国情報通信懇談会 第18回総会 議事要旨"),
         ("p", "1 日時 令和5年6月21日（水）14:00～15:30"),
         ("p", "2 場所 高松市 JRホテルクレメント高松"),
         ("p", "3 議事 （1）令和4年度事業報告及び決算 （2）令和5年度事業計画及び予算")],
        [("p", "4 概要"),
         ("p", "令和4年度事業報告及び決算、令和5年度事業計画及び予算が原案どおり承認された。徳島県、愛媛県の会員から、過疎地域の光ファイバ維持について意見があった。")],
        [("p", "5 講演"),
         ("p", "「四国におけるデジタル田園都市国家構想の取組」 四国総合通信局長")],
    ], head="第18回総会 議事要旨", numbers="{n}")

    # f12: a plan PDF with the span on its cover and the plan's own date
    pdf("f12_kochi_plan.pdf", [
        [("t", "高知県デジタル化推進計画"), ("c", "（令和6年度～令和9年度）"), ("c", "令和6年3月"), ("c", "高知県")],
        [("h", "第1章 計画の趣旨"),
         ("p", "県は、中山間地域の暮らしを守るため、デジタル技術の活用を進める。遠隔医療、オンライン教育、スマート農業を重点分野とする。")],
        [("h", "第2章 推進体制"),
         ("p", "知事を本部長とする高知県デジタル化推進本部が計画の進捗を管理する。")],
    ], numbers="{n}")


if __name__ == "__main__":
    build()
    print("written", len([p for p in HERE.iterdir() if p.suffix in (".pptx", ".docx", ".xlsx", ".pdf")]), "files",
          file=sys.stderr)
