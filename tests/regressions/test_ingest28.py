"""Regressions of ingest28: an officer indexing a department's shared drive, where a statistical
annex of thousands of pages, a Word draft with hidden notes, pages whose figures carry their words
only as alternative text, and a share that numbers its inodes afresh on each mount all sit together.

A 5,000-page PDF had every page read before its text was cut at the cap; hidden Word text was
indexed as body text; a figure's alt text was never read; and a --rebuild forgot that the share
renumbers its inodes, so the next update read every file again.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conftest import REALDOCS, ROOT, write


def _huge_pdf_module():
    spec = importlib.util.spec_from_file_location("huge_pdf", ROOT / "bench" / "huge_pdf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _annex(folder: Path, pages: int) -> Path:
    """A PDF of `pages` pages of 100 characters (2 lines of 50), every page different."""
    huge = _huge_pdf_module()
    path = folder / "統計資料編.pdf"
    path.write_bytes(huge.build(huge.page_lines(pages, 100)))
    return path


@pytest.fixture(scope="module")
def annex(tmp_path_factory) -> Path:
    return _annex(tmp_path_factory.mktemp("annex"), 5000)


# -- a PDF of thousands of pages ------------------------------------------------------------------


def test_a_pdf_of_thousands_of_pages_is_read_only_up_to_the_text_cap(annex, monkeypatch):
    from ictsearch.indexer import formats, pdf
    from ictsearch.indexer.extract import extract

    monkeypatch.setattr(formats, "MAX_TEXT_CHARS", 2_000)
    read: list[int] = []
    real = pdf._paragraphed
    monkeypatch.setattr(pdf, "_paragraphed", lambda textpage, text: read.append(1) or real(textpage, text))
    ex = extract(annex)
    assert len(read) < 30  # 20 pages hold the 2,000 characters: not 5,000 read and cut away
    assert ex.page_count == 5000
    assert sum(map(len, ex.pages)) == 2_000
    assert ex.warnings == [f"text cut at 2,000 characters, in page {len(ex.pages)} of 5,000"]
    assert ex.pages[0].startswith("令和8年1月5日明けましておめでとうございます。")


def test_pdfminer_reads_only_up_to_the_text_cap_too(tmp_path, monkeypatch):
    # A document PDFium cannot read (vertical fonts, a file it refuses) is laid out by pdfminer,
    # page by page, ten times slower: it stops at the cap too, and still counts the pages.
    from ictsearch.indexer import formats, pdf

    monkeypatch.setattr(formats, "MAX_TEXT_CHARS", 2_000)
    ex = pdf.read_pdf(_annex(tmp_path, 1000), reader="pdfminer")
    assert ex.page_count == 1000
    assert len(ex.pages) < 30 and sum(map(len, ex.pages)) == 2_000
    assert ex.warnings == [f"text cut at 2,000 characters, in page {len(ex.pages)} of 1,000"]


def test_a_pdf_under_the_cap_is_read_whole_without_a_note(annex):
    from ictsearch.indexer.extract import extract

    ex = extract(ROOT / "tests" / "data" / "sample-ja.pdf")
    assert ex.page_count == len(ex.pages) == 2 and ex.warnings == []


# -- the metadata rules read what they need -------------------------------------------------------


def test_the_metadata_rules_read_a_huge_documents_first_pages_only(monkeypatch):
    # A 3 M-character annex spent 6 s in the date, place and theme rules reading all of it, more
    # than analysing it; they read its first METADATA_CHARS characters, and the terms of as much.
    from ictsearch.indexer.metadata import derive, regions, themes

    head = (REALDOCS / "r001.txt").read_text("utf-8")
    filler = "".join(p.read_text("utf-8") for p in sorted(REALDOCS.glob("r1*.txt"))[:100])
    text = head + "\n" + (filler * (1 + 300_000 // len(filler)))[:300_000]
    seen: dict[str, list] = {}
    for module, name in ((derive, "derive_years"), (regions, "regions_of"), (themes, "explain_themes")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name,
                            lambda *a, _real=real, _name=name, **k: seen.setdefault(_name, []).append(a) or _real(*a, **k))
    terms = ["地域"] * 150_000
    derive.derive_metadata(text, title="年頭のご挨拶", path=Path("/tmp/年頭.txt"), terms=terms)
    read = seen["explain_themes"][0][2]
    assert text.startswith(read) and derive.METADATA_CHARS * 0.9 <= len(read) <= derive.METADATA_CHARS
    assert all(a[0] == read for a in seen["derive_years"] + seen["regions_of"])
    assert len(seen["explain_themes"][0][0]) == 150_000 * len(read) // len(text)


def test_a_document_under_the_bound_is_read_whole():
    from ictsearch.indexer.metadata.derive import METADATA_CHARS, _bounded

    text = (REALDOCS / "r001.txt").read_text("utf-8")
    terms = ["東北"] * 10
    assert len(text) < METADATA_CHARS and _bounded(text, terms) == (text, terms)


# -- Word's hidden text ---------------------------------------------------------------------------


def _hide(element) -> None:
    """w:vanish in an element's run properties (a run's w:rPr, or a paragraph mark's w:pPr/w:rPr)."""
    from docx.oxml import OxmlElement

    if element.tag.endswith("}p"):
        element = element.get_or_add_pPr()
    rpr = element.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rPr")
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        element.insert(0, rpr)
    rpr.append(OxmlElement("w:vanish"))


def test_word_hidden_text_is_not_indexed(tmp_path):
    # A draft's hidden notes (Ctrl+Shift+H: 「【内部メモ】…」) are neither shown nor printed; indexed,
    # they put a place and words the document never says into its metadata and search.
    import docx

    from ictsearch.indexer.extract import extract

    document = docx.Document()
    document.add_paragraph("令和5年度 東北総合通信局 事業計画", style="Title")
    p = document.add_paragraph("仙台市でローカル5Gの実証を行う。")
    _hide(p.add_run("【内部メモ：那覇市の案件は保留】")._r)
    hidden = document.add_paragraph("【削除予定】沖縄県での説明会は中止。")
    for run in hidden.runs:
        _hide(run._r)
    _hide(hidden._p)  # its mark hidden too: the whole paragraph is gone, no empty line
    # A character style that hides its text (a template's 「非表示メモ」).
    style = document.styles.add_style("非表示メモ", docx.enum.style.WD_STYLE_TYPE.CHARACTER)
    style.font.hidden = True
    p = document.add_paragraph("テレワークの推進を支援する。")
    p.add_run("（要確認：那覇市）").style = style
    # A paragraph whose mark alone is hidden runs on into the next, as Word shows it.
    half = document.add_paragraph("地域情報化アドバイザーの")
    _hide(half._p)
    document.add_paragraph("派遣を継続する。")
    path = tmp_path / "事業計画.docx"
    document.save(str(path))

    page = extract(path).pages[0]
    assert "那覇" not in page and "沖縄" not in page and "削除予定" not in page
    assert page.split("\n") == ["令和5年度東北総合通信局事業計画", "仙台市でローカル5Gの実証を行う。",
                                "テレワークの推進を支援する。", "地域情報化アドバイザーの派遣を継続する。"]


# -- a picture's alternative text -----------------------------------------------------------------

def _png() -> bytes:
    """A 1x1 white PNG."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


PNG = _png()
CHART_ALT = "東北地方の光ファイバ整備率の推移、令和元年度から令和5年度"


def test_a_web_pages_figure_is_read_by_its_alternative_text(tmp_path):
    from ictsearch.indexer.extract import extract

    page = write(tmp_path / "page.html", (
        '<html><head><meta charset="utf-8"><title>整備状況｜東北総合通信局</title></head><body><main>'
        "<h1>光ファイバの整備状況</h1>"
        f'<p>整備率は次の図のとおりです。<img src="fig1.png" alt="{CHART_ALT}">詳しくは資料をご覧ください。</p>'
        '<p><a href="siryo.pdf">資料<img src="pdf.gif" alt="PDFファイル"></a></p>'
        '<p><img src="a.png" alt="画像"><img src="b.png" alt="写真"><img src="c.png" alt="IMG_0012.JPG">'
        '<img src="d.png" alt=""><img src="e.png"></p>'
        '<figure><img src="f.jpg" alt="ローカル5G実証の会場"><figcaption>ローカル5G実証の会場</figcaption></figure>'
        "</main></body></html>"))
    assert extract(page).pages[0].split("\n") == [
        "光ファイバの整備状況", "", "整備率は次の図のとおりです。詳しくは資料をご覧ください。", "", CHART_ALT,
        "", "資料", "", "ローカル5G実証の会場"]


def test_a_word_pictures_alternative_text_follows_its_paragraph(tmp_path):
    import io

    import docx

    from ictsearch.indexer.extract import extract

    document = docx.Document()
    p = document.add_paragraph("整備率は次の図のとおり。")
    p.add_run().add_picture(io.BytesIO(PNG))
    document.add_paragraph("詳しくは資料を参照。")
    q = document.add_paragraph("")
    q.add_run().add_picture(io.BytesIO(PNG))
    q.add_run().add_picture(io.BytesIO(PNG))
    docprs = document.element.body.findall(".//{*}docPr")
    docprs[0].set("descr", CHART_ALT)
    docprs[1].set("descr", "C:\\Users\\soumu\\Pictures\\図1.png")
    docprs[2].set("descr", "テキスト が含まれている画像\n\n自動的に生成された説明")
    path = tmp_path / "整備状況.docx"
    document.save(str(path))
    assert extract(path).pages[0].split("\n") == ["整備率は次の図のとおり。", CHART_ALT, "詳しくは資料を参照。"]


def test_a_slides_pictures_alternative_text_is_read_before_its_notes(tmp_path):
    import io

    import pptx

    from ictsearch.indexer.extract import extract

    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "光ファイバの整備状況"
    picture = slide.shapes.add_picture(io.BytesIO(PNG), 0, 0)
    picture._element.nvPicPr.cNvPr.set("descr", CHART_ALT)
    other = slide.shapes.add_picture(io.BytesIO(PNG), 0, 0)
    other._element.nvPicPr.cNvPr.set("descr", "図 3")
    slide.notes_slide.notes_text_frame.text = "令和5年度の数値は速報値。"
    path = tmp_path / "整備状況.pptx"
    deck.save(str(path))
    assert extract(path).pages[0].split("\n") == ["光ファイバの整備状況", CHART_ALT, "", "令和5年度の数値は速報値。"]


def test_alternative_text_is_searched(tmp_path):
    from ictsearch import Index
    from ictsearch.indexer import build_index

    docs = tmp_path / "docs"
    write(docs / "page.html", (
        '<html><head><meta charset="utf-8"><title>整備状況</title></head><body><main><h1>整備状況</h1>'
        f'<p>次の図のとおり。<img src="fig1.png" alt="{CHART_ALT}"></p></main></body></html>'))
    build_index([docs], tmp_path / "idx", jobs=1)
    assert Index(tmp_path / "idx").search("光ファイバ整備率").total == 1


# -- a rebuild of a share that renumbers its inodes -----------------------------------------------


def _share(tmp_path) -> Path:
    docs = tmp_path / "share" / "資料"
    for name, text in (("tohoku.txt", "令和5年度 東北総合通信局 事業計画\n\n仙台市でローカル5Gの実証を行う。"),
                       ("kanto.txt", "令和4年度 関東総合通信局 報告\n\nテレワークの普及を支援した。"),
                       ("kyushu.txt", "令和3年度 九州総合通信局 資料\n\n福岡市で防災行政無線を整備した。")):
        write(docs / name, text)
    return docs


def test_a_rebuild_keeps_the_note_that_a_share_renumbers_its_inodes(tmp_path, monkeypatch):
    # The share was noted once as numbering its inodes afresh on each mount; after `index --rebuild`
    # the index had forgotten it, and the next update read every file again (and noted it again).
    from ictsearch.indexer import build_index
    from regressions.test_maint27 import _planned, _renumber

    docs = _share(tmp_path)
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    runs = _planned(monkeypatch)
    _renumber(monkeypatch, 1_000_000)
    assert build_index([docs], idx, jobs=1).renumbered == ((str(docs), 3),)
    summary = build_index([docs], idx, jobs=1, rebuild=True)
    assert summary.added == 3 and summary.renumbered == ()  # noted already: not said again
    _renumber(monkeypatch, 2_000_000)
    summary = build_index([docs], idx, jobs=1)
    assert (summary.unchanged, summary.renumbered, runs[-1]) == (3, (), [])


def test_a_rebuild_sees_a_renumbering_since_the_last_run(tmp_path, monkeypatch):
    # The share mounted again between the last update and the rebuild: the rebuild reads every file
    # anyway, and compares their numbers with the previous index's, so the next update does not.
    from ictsearch.indexer import build_index
    from regressions.test_maint27 import _planned, _renumber

    docs = _share(tmp_path)
    idx = tmp_path / "idx"
    build_index([docs], idx, jobs=1)
    runs = _planned(monkeypatch)
    _renumber(monkeypatch, 1_000_000)
    assert build_index([docs], idx, jobs=1, rebuild=True).renumbered == ((str(docs), 3),)
    _renumber(monkeypatch, 2_000_000)
    summary = build_index([docs], idx, jobs=1)
    assert (summary.unchanged, summary.renumbered, runs[-1]) == (3, (), [])


def test_a_rebuild_that_leaves_the_share_out_drops_its_note(tmp_path, monkeypatch):
    import json

    from ictsearch.indexer import build_index
    from regressions.test_maint27 import _renumber

    docs = _share(tmp_path)
    other = tmp_path / "local"
    write(other / "memo.txt", "令和5年度 テレワーク推進の覚書")
    idx = tmp_path / "idx"
    build_index([docs, other], idx, jobs=1)
    _renumber(monkeypatch, 1_000_000)
    build_index([docs, other], idx, jobs=1)
    build_index([other], idx, jobs=1, rebuild=True)
    [manifest] = idx.glob("*/manifest.json")
    assert json.loads(manifest.read_text("utf-8"))["renumbered"] == []
