"""Adversarial review 20: today's changes tried as a new user would."""

from __future__ import annotations

import shutil

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
