"""Adversarial review 20: today's changes tried as a new user would."""

from __future__ import annotations

import shutil

import pytest

from ictsearch.indexer import build_index
from ictsearch.search import open_index
from ictsearch.search.api import Index

from conftest import CORPUS, write


def test_a_rebuild_switching_right_after_a_thread_reopened_does_not_fail_its_search(tmp_path, monkeypatch):
    # Threads searching an index while `ictsearch index --rebuild` ran (a server, a cron job):
    # a thread reopened the new generation under the lock, then opened its searcher after
    # letting the lock go; a second rebuild switching meanwhile deleted that generation, and
    # the search failed with 「The index … is damaged (EmptyIndexError: Index 'MAIN' does not
    # exist in …/gen-000002)」 though nothing was damaged (3 of 5,164 searches of three threads
    # over six rebuilds in a row).
    src = tmp_path / "src"
    shutil.copytree(CORPUS, src)
    idx_dir = tmp_path / "idx"
    build_index([src], idx_dir, jobs=1)
    reopen = Index._open
    rebuilt = []

    def another_rebuild_lands(self):
        reopen(self)
        if not rebuilt:  # the generation just opened is switched away and deleted
            rebuilt.append(True)
            write(src / "bousai.txt", "令和5年度 事業計画\n\n北海道の防災訓練を実施する。")
            build_index([src], idx_dir, jobs=1, rebuild=True)

    with open_index(idx_dir) as idx:
        idx.search("テレワーク")
        build_index([src], idx_dir, jobs=1, rebuild=True)  # this thread's searcher is stale now
        monkeypatch.setattr(Index, "_open", another_rebuild_lands)
        res = idx.search("防災訓練")
        assert rebuilt
        assert res.total == 1
        assert idx.facets() == Index(idx_dir).facets()


def _docx_with(tmp_path, name: str, paragraphs: list[str]):
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_paragraph("本市は、令和6年度に地域情報化計画を策定した。")
    body = d.element.body
    for i, xml in enumerate(paragraphs):
        body.insert(len(body) - 1 if i else 0, parse_xml(xml))
    path = tmp_path / name
    d.save(path)
    from ictsearch.indexer.extract import extract

    return extract(path).pages[0]


def test_docx_text_box_of_a_paragraph_moved_away_is_read_once(tmp_path):
    # A paragraph with a text box anchored in it, moved with Track Changes on: the box is
    # written at both places, and the one where it was (inside w:moveFrom) was read too, so
    # its note came out twice as the moved paragraph's text did before EXTRACTOR_VERSION 12.
    from test_review21 import BOX_NS, _text_box_run

    box = _text_box_run("注記:光回線の世帯カバー率は九十九パーセント")
    moved = "移動した段落:公衆無線LANの整備を進める。"
    text = _docx_with(tmp_path, "moved_box.docx", [
        f'<w:p {BOX_NS}><w:moveFrom w:id="1" w:author="a"><w:r><w:t>{moved}</w:t></w:r>{box}</w:moveFrom></w:p>',
        f'<w:p {BOX_NS}><w:moveTo w:id="2" w:author="a"><w:r><w:t>{moved}</w:t></w:r>{box}</w:moveTo></w:p>',
    ])
    assert text.count("公衆無線LANの整備を進める") == 1
    assert text.count("光回線の世帯カバー率は九十九パーセント") == 1
    assert text.index("地域情報化計画") < text.index("光回線の世帯カバー率")  # at its new place


def test_docx_deleted_text_box_is_not_read(tmp_path):
    # A text box deleted with Track Changes on (its run inside w:del) is struck out on the
    # page; its words were still indexed, though deleted text is left out.
    from test_review21 import BOX_NS, _text_box_run

    box = _text_box_run("削除した注記:旧計画の光ファイバ整備目標")
    text = _docx_with(tmp_path, "deleted_box.docx", [
        f'<w:p {BOX_NS}><w:del w:id="1" w:author="a">{box}</w:del><w:r><w:t>残る文。</w:t></w:r></w:p>',
    ])
    assert "残る文。" in text
    assert "旧計画の光ファイバ整備目標" not in text


def test_xlsx_a_huge_number_under_a_decimals_format_does_not_refuse_the_workbook(tmp_path):
    # Rounding a half away from zero (EXTRACTOR_VERSION 12) quantizes a Decimal in the default
    # context of 28 digits: a number of 27 digits or more under a format with decimals raised
    # InvalidOperation, and the whole workbook was refused as 「damaged Excel file」 for one cell
    # (IPv6's address space, 2^128 ≈ 3.4×10^38, in a table of addressing schemes).
    import openpyxl

    from ictsearch.indexer.extract import extract
    from ictsearch.indexer.formats.xlsx import format_number

    assert format_number(1234.5, "#,##0.00") == "1,234.50"
    assert format_number(float(2**128), "#,##0.0") == "340,282,366,920,938,000,000,000,000,000,000,000,000.0"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "アドレス空間"
    ws.append(["方式", "アドレス数"])
    ws.append(["IPv4", 2**32])
    ws.append(["IPv6", float(2**128)])
    ws["B3"].number_format = "#,##0.0"
    path = tmp_path / "address.xlsx"
    wb.save(path)
    page = extract(path).pages[0]
    assert "IPv4\t4294967296" in page
    assert "IPv6\t340,282,366,920,938,000,000,000,000,000,000,000,000.0" in page


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A town's plan against disasters, 強靱 written in kana as most towns write it.
        ("国土強じん化地域計画", "国土強じん化地域計画を策定しました\n大規模自然災害が発生しても機能不全に陥らない、"
         "強さとしなやかさを備えた地域づくりを進めるため、国土強じん化地域計画を策定しました。\n計画の概要\n"
         "基本目標\n人命の保護が最大限図られること\nお問い合わせ\n総務課 危機管理係"),
        # A town's land survey, under the 国土調査法 every town's 地籍調査 follows.
        ("地籍調査について", "地籍調査について\n地籍調査とは\n地籍調査は、国土調査法に基づき、一筆ごとの土地について、"
         "その所有者、地番及び地目の調査並びに境界及び地積に関する測量を行うものです。\n調査の進め方\n"
         "土地所有者の方には、境界の立会いをお願いしています。\nお問い合わせ\n建設課 用地係"),
        # A town's own 国土利用計画 (the 市町村計画 the 国土利用計画法 asks of it).
        ("国土利用計画", "国土利用計画(第五次)\n土地利用に関する基本構想\n国土利用計画法第8条の規定に基づき、"
         "土地の利用に関する計画を定めました。\n策定の経緯\nパブリックコメントを経て決定しました。\nお問い合わせ\n企画課"),
    ],
)
def test_a_towns_page_naming_no_place_is_not_national_for_its_kokudo(title, text):
    # 国土 (2026-12-03) makes a page that names no place 全国: a town's page writes it too (its
    # 国土強じん化地域計画 in kana, its 地籍調査 under the 国土調査法, its 国土利用計画) and was
    # labelled 全国, so a --region 全国 search found it.
    from pathlib import Path

    from ictsearch.indexer.metadata import derive_metadata

    m = derive_metadata(text, title=title, path=Path("page.html"))
    assert "全国" not in m.region, m.sources.get("region")


def test_a_page_naming_no_place_that_writes_kokudo_of_the_country_stays_national():
    from pathlib import Path

    from ictsearch.indexer.metadata import derive_metadata

    text = ("電子国土Webシステムの提供について\n電子国土Webシステムは、国土の姿を電子地図で表示する仕組みです。\n"
            "令和5年6月9日に閣議決定されたデジタル社会の実現に向けた重点計画に基づき、提供を続けます。")
    assert derive_metadata(text, title="電子国土Webシステム", path=Path("page.html")).region == ("全国",)


def test_the_current_generation_read_just_before_a_rebuild_switched_is_the_new_one(tmp_path, monkeypatch):
    # ictsearch.json read naming gen-000001, then a --rebuild switched to gen-000002 and deleted
    # gen-000001 before its folder was looked at: a thread's search failed with 「The index …
    # points to a missing generation gen-000007」 (1 of 7,681 searches of three threads over
    # twelve --rebuilds in a row), though the index was whole.
    from ictsearch.indexer.store import IndexStore

    src = tmp_path / "src"
    shutil.copytree(CORPUS, src)
    idx_dir = tmp_path / "idx"
    build_index([src], idx_dir, jobs=1)
    store = IndexStore(idx_dir)
    before = store.read_meta()
    build_index([src], idx_dir, jobs=1, rebuild=True)
    read_meta = IndexStore.read_meta
    calls = []

    def read_before_the_switch(self):
        calls.append(1)
        return before if len(calls) == 1 else read_meta(self)

    monkeypatch.setattr(IndexStore, "read_meta", read_before_the_switch)
    assert store.current_dir().name == read_meta(store)["generation"] != before["generation"]


def _rewrite_part(path, name: str, old: str, new: str) -> None:
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    parts[name] = parts[name].decode().replace(old, new, 1).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def test_pptx_smartart_assistant_box_is_read(tmp_path):
    # An organization chart's assistant box (the 事務局 beside the council, a point of type
    # "asst" in the diagram's data part) holds text as every box does; only type="node" points
    # were read, so the 事務局 of a 推進体制 chart found nothing.
    from ictsearch.indexer.extract import extract
    from test_review21 import _slide_with_smartart

    path = tmp_path / "taisei.pptx"
    _slide_with_smartart(path, "推進体制", ["スマートシティ推進協議会", "事務局:企画政策課", "データ連携部会"])
    _rewrite_part(path, "ppt/diagrams/data1.xml", '<dgm:pt modelId="{2}">', '<dgm:pt modelId="{2}" type="asst">')
    lines = extract(path).pages[0].split("\n")
    for box in ("スマートシティ推進協議会", "事務局:企画政策課", "データ連携部会"):
        assert box in lines


def test_docx_smartart_assistant_box_is_read(tmp_path):
    # The same in Word: a 事業計画's 推進体制 chart with its 事務局 as the assistant box.
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    from ictsearch.indexer.extract import extract
    from test_review21 import W_NS

    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    dgm = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
    d = docx.Document()
    d.add_paragraph("推進体制は次のとおりとする。")
    points = "".join(f'<dgm:pt modelId="{{{i}}}"{kind}><dgm:t><a:bodyPr/><a:p><a:r><a:t>{text}</a:t></a:r></a:p></dgm:t></dgm:pt>'
                     for i, (text, kind) in enumerate([("地域DX推進協議会", ""), ("事務局:情報政策課", ' type="asst"'),
                                                       ("通信事業者部会", "")], 1))
    data = f'<dgm:dataModel xmlns:dgm="{dgm}" xmlns:a="{a}"><dgm:ptLst>{points}</dgm:ptLst></dgm:dataModel>'
    part = Part(PackURI("/word/diagrams/data1.xml"),
                "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml", data.encode(), d.part.package)
    rid = d.part.relate_to(part, RT.DIAGRAM_DATA)
    d.add_paragraph()._p.append(parse_xml(
        f'<w:r {W_NS} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="{a}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:drawing><wp:inline>'
        f'<wp:extent cx="100" cy="100"/><wp:docPr id="1" name="図表 1"/><a:graphic><a:graphicData uri="{dgm}">'
        f'<dgm:relIds xmlns:dgm="{dgm}" r:dm="{rid}" r:lo="" r:qs="" r:cs=""/></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r>"))
    path = tmp_path / "taisei.docx"
    d.save(path)
    lines = [line for line in extract(path).pages[0].split("\n") if line]
    assert lines[lines.index("推進体制は次のとおりとする。") + 1:][:3] == ["地域DX推進協議会", "事務局:情報政策課", "通信事業者部会"]


def test_html_pre_wrapped_by_hand_is_joined_as_a_text_file_is(tmp_path):
    # A press release saved as a page of preformatted text (<pre>), wrapped by hand at one width
    # as its text file was: lines of saved pages are no longer joined for their width
    # (EXTRACTOR_VERSION 12), which is right for blocks and <br>s but not for <pre>, whose lines
    # are a text file's; 「実証を支援\nするものです」 stayed broken and 「支援するもの」 found nothing.
    from ictsearch.indexer.extract import extract

    page = tmp_path / "press.html"
    page.write_text(
        "<html><head><title>報道発表</title></head><body><pre>\n"
        "　総務省では、地域におけるデジタル技術の活用を推進するため、\n"
        "令和６年度「地域デジタル基盤活用推進事業」の提案を公募します。\n"
        "本事業は、地方公共団体等が行う先進的なデジタル技術の実証を支援\n"
        "するものです。応募期間は令和６年４月１日から５月１０日までです。\n"
        "</pre><p>問合せ先</p><p>情報流通振興課</p></body></html>", encoding="utf-8")
    text = extract(page).pages[0]
    assert "先進的なデジタル技術の実証を支援するものです。" in text
    assert text.split("\n")[-3:] == ["問合せ先", "", "情報流通振興課"]  # blocks outside the <pre> stay lines


@pytest.mark.parametrize("query", ["near:駅 Wi-Fi", "Gear:VR 教育", "Dear:市民の皆様"])
def test_an_english_word_before_a_colon_is_text_not_a_misspelt_field(query):
    # A misspelt field name is refused with the field meant (tittle: → title:), but English words
    # one letter from a field at their first letter (near, gear, dear, hear, tear, wear → year) were
    # refused as misspelt year: too, where the parser says other words before a colon are text.
    from ictsearch.search.parse import parse

    parse(query)


@pytest.mark.parametrize(("query", "meant"), [("tittle:予算", "title"), ("yaer:2023", "year"), ("regoin:東北", "region"),
                                              ("yeer:2023", "year")])
def test_a_misspelt_field_is_still_refused(query, meant):
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.parse import parse

    with pytest.raises(BadQuery, match=f"did you mean {meant}:"):
        parse(query)
