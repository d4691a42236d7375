"""Write the Office and HTML test fixtures in tests/data/ (run once; the output is checked in).

    python tests/data/make_office_fixtures.py

Needs python-docx, openpyxl and python-pptx (the project's own dependencies).
Each fixture holds words found in one place only, so a test can prove that
place is read: a Word table cell (ワーケーション), the second sheet of a
workbook (スマート農業), a text box inside a group on a slide (ドローン物流).
The hand-written HTML fixture with heavy page furniture is
html/tohoku-press-furniture.html; the Shift_JIS page is written here because
it must be encoded.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2024, 4, 1, 9, 0, 0)


def make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "Microsoft Word - 文書1"  # an application default: must not become the title
    d.core_properties.created = d.core_properties.modified = FIXED_TIME
    section = d.sections[0]
    section.header.paragraphs[0].text = "総務省 信越総合通信局"
    section.footer.paragraphs[0].text = "取扱注意（部外秘）"
    d.add_paragraph("令和5年度 信越地域テレワーク推進計画（案）", style="Title")
    d.add_paragraph("令和5年4月1日", style="Normal")
    d.add_heading("1 目的", level=1)
    d.add_paragraph(
        "長野県及び新潟県の中山間地域において、テレワークの導入を通じて地域企業の人材確保と"
        "移住・定住の促進を図る。本計画は、令和5年度に信越総合通信局が実施する取組をまとめたものである。"
    )
    d.add_heading("2 重点施策", level=1)
    table = d.add_table(rows=3, cols=3)
    rows = [
        ("施策", "対象", "予算（千円）"),
        ("サテライトオフィス整備支援", "長野県内の市町村", "12,000"),
        ("ワーケーション受入体制の実証", "新潟県佐渡市", "8,500"),
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    d.add_paragraph(
        "上記の施策については、地域の関係者と連携して効果を検証し、次年度以降の展開につなげる。"
    )
    d.add_heading("3 スケジュール", level=1)
    d.add_paragraph("第1四半期に説明会を開催し、第2四半期から順次実証を開始する。")
    d.save(path)


def make_xlsx(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.title = "令和4年度 九州ICT利活用調査 集計表"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = "概要"
    ws.append(["令和4年度 九州地域におけるICT利活用状況調査 集計表"])
    ws.append(["調査主体", "九州総合通信局"])
    ws.append(["調査期間", dt.datetime(2022, 10, 3), "～", dt.datetime(2022, 11, 30)])
    ws.append(["回答数", 1234.0])
    ws.append([])
    ws.append(["備考", "詳細は「市町村別」シートを参照"])
    ws2 = wb.create_sheet("市町村別")
    ws2.append(["県名", "市町村", "回答団体数", "導入率", "事業費（円）", "主な取組"])
    data = [
        ("熊本県", "熊本市", 42, 0.125, 1234567, "スマート農業の実証"),
        ("福岡県", "北九州市", 37, 0.5, 98000, "遠隔教育"),
        ("大分県", "別府市", 12, 0.0833, 4500000.0, "観光DX"),
    ]
    for row in data:
        ws2.append(list(row))
    for r in range(2, 2 + len(data)):
        ws2.cell(r, 4).number_format = "0.0%"
        ws2.cell(r, 5).number_format = "#,##0"
    wb.save(path)


def make_pptx(path: Path) -> None:
    import pptx
    from pptx.util import Inches, Pt

    prs = pptx.Presentation()
    prs.core_properties.title = "PowerPoint プレゼンテーション"
    prs.core_properties.created = prs.core_properties.modified = FIXED_TIME
    s1 = prs.slides.add_slide(prs.slide_layouts[0])
    s1.shapes.title.text = "東海総合通信局 令和3年度の主な取組"
    s1.placeholders[1].text = "令和3年6月\n東海総合通信局"

    s2 = prs.slides.add_slide(prs.slide_layouts[5])  # title only
    s2.shapes.title.text = "地域課題解決に向けたICT実証"
    rows = [("県", "実証テーマ", "実施主体"), ("愛知県", "自動運転バスの遠隔監視", "豊田市"),
            ("静岡県", "茶園の生育センシング", "牧之原市")]
    table = s2.shapes.add_table(3, 3, Inches(0.5), Inches(1.5), Inches(9), Inches(2)).table
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value

    s3 = prs.slides.add_slide(prs.slide_layouts[5])
    s3.shapes.title.text = "今後の展開"
    group = s3.shapes.add_group_shape()
    box = group.shapes.add_textbox(Inches(1), Inches(2), Inches(4), Inches(1))
    box.text_frame.text = "山間部におけるドローン物流の社会実装"
    box.text_frame.paragraphs[0].runs[0].font.size = Pt(20)
    group.shapes.add_textbox(Inches(5), Inches(2), Inches(4), Inches(1)).text_frame.text = "岐阜県・三重県へ展開"
    s3.notes_slide.notes_text_frame.text = "説明：関係自治体との調整状況を口頭で補足する。"
    prs.save(path)


SJIS_PAGE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>近畿総合通信局：平成30年度 近畿地域情報化推進会議の開催結果</title>
</head>
<body>
<a name="pagetop"></a>
<div class="skip"><a href="#honbun">本文へ移動</a></div>
<table width="100%"><tr>
<td><img src="/img/kinki_logo.gif" alt="総務省 近畿総合通信局"></td>
<td align="right">文字サイズ <a href="#">小</a> <a href="#">中</a> <a href="#">大</a></td>
</tr></table>
<p class="hidden">ここからサイトの主なメニューです</p>
<table width="100%"><tr><td>
<a href="/kinki/index.html">トップ</a> ｜ <a href="/kinki/press/">報道発表</a> ｜
<a href="/kinki/denpa/">電波関係</a> ｜ <a href="/kinki/tsushin/">電気通信</a> ｜
<a href="/kinki/housou/">放送</a> ｜ <a href="/kinki/about/">局の案内</a>
</td></tr></table>
<table width="100%"><tr>
<td width="180" valign="top">
<ul>
<li><a href="/kinki/press/2018.html">平成30年度の報道発表</a></li>
<li><a href="/kinki/press/2017.html">平成29年度の報道発表</a></li>
<li><a href="/kinki/press/2016.html">平成28年度の報道発表</a></li>
<li><a href="/kinki/press/2015.html">平成27年度の報道発表</a></li>
</ul>
</td>
<td valign="top">
<a name="honbun"></a>
<p class="hidden">ここから本文です</p>
<h1>平成30年度 近畿地域情報化推進会議の開催結果</h1>
<p align="right">平成30年6月1日<br>近畿総合通信局</p>
<p>近畿総合通信局は、平成30年5月25日（金）、大阪府大阪市において「近畿地域情報化推進会議」を開催しました。</p>
<p>会議では、京都府及び兵庫県の自治体から、公衆無線LAN整備と観光客向け多言語案内の取組について報告があり、髙橋座長の進行のもと意見交換を行いました。</p>
<p>主な報告事項</p>
<p>① 訪日外国人向け無線LANの相互接続<br>② 災害時の通信確保に向けた事業者間連携<br>③ 地域IoT実装計画の進捗</p>
<p><a href="#pagetop">ページの先頭へ</a></p>
</td>
</tr></table>
<hr>
<p>総務省 近畿総合通信局　〒540-8795 大阪市中央区大手前1-5-44 大阪合同庁舎第1号館</p>
<p>Copyright (c) Kinki Bureau of Telecommunications</p>
</body>
</html>
"""


def make_sjis_html(path: Path) -> None:
    path.write_bytes(SJIS_PAGE.replace("\n", "\r\n").encode("cp932"))


def main() -> None:
    make_docx(HERE / "shinetsu-telework-plan.docx")
    make_xlsx(HERE / "kyushu-ict-survey.xlsx")
    make_pptx(HERE / "tokai-briefing.pptx")
    (HERE / "html").mkdir(exist_ok=True)
    make_sjis_html(HERE / "html" / "kinki-meeting-sjis.html")
    for p in sorted(p for p in HERE.iterdir() if p.suffix in (".docx", ".xlsx", ".pptx")) + sorted((HERE / "html").iterdir()):
        print(f"{p.relative_to(HERE)}  {p.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
