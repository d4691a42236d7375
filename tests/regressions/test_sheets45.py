"""sheets45: a hit in an Excel workbook names its sheet (breaker46: 「p.3」 where the user thinks in 工程表,
総括表, 明細).  The name is the page's first line as the xlsx reader writes it, read at search time (an index
built before gives it too); ``Hit.page_name`` and the JSON's and CSV's ``page_name`` are added, nothing
renamed; ``show --page`` takes a sheet's name as well as a number.  PDFs', slide decks' and text files'
pages stay numbers."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from ictsearch.cli import cli
from ictsearch.indexer.document import join_pages
from ictsearch.search.results import page_name
from ictsearch.indexer.extract import extract

from conftest import write


def _workbook(path, sheets):
    """A workbook of (sheet name, rows) in tab order."""
    import openpyxl

    book = openpyxl.Workbook()
    first = True
    for name, rows in sheets:
        sheet = book.active if first else book.create_sheet()
        first = False
        sheet.title = name
        for row in rows:
            sheet.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


_PLAN = [
    ("総括表", [["事業名", "予算額", "担当"], ["地域イントラネット更新", 1200, "情報政策課"]]),
    ("工程表", [["工程", "時期"], ["防災行政無線のデジタル化工事", "令和6年度"]]),
    ("2024", [["ローカル5Gを活用した遠隔医療の実証"]]),
    ("明細", [["光ファイバ網の保守委託", 350]]),
]


@pytest.fixture(scope="module")
def plan_index(tmp_path_factory):
    root = tmp_path_factory.mktemp("sheets45")
    book = _workbook(root / "docs" / "令和6年度情報化計画.xlsx", _PLAN)
    # pdftotext's text of a PDF: a page a form feed, numbered only.
    memo = write(root / "docs" / "防災無線の整備方針.txt",
                 "防災行政無線の整備方針\n\n本市の方針を定める。\f防災行政無線のデジタル化工事は令和6年度に行う。\n")
    index = root / "idx"
    result = CliRunner().invoke(cli, ["index", str(root / "docs"), "--index", str(index), "-q"])
    assert result.exit_code == 0, result.output
    return index, book, memo


def _search(index, *args):
    result = CliRunner().invoke(cli, ["search", *args, "--index", str(index)])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_hit_in_a_workbook_names_its_sheet_beside_its_page_and_a_text_files_page_is_a_number(plan_index):
    index, book, memo = plan_index
    out = _search(index, "デジタル化工事")
    lines = out.splitlines()
    book_line = next(line for line in lines if str(book) in line)
    memo_line = next(line for line in lines if str(memo) in line)
    assert f"{book}  p.2「工程表」" in book_line
    assert f"{memo}  p.2" in memo_line and "「" not in memo_line


def test_json_and_the_python_hit_carry_page_name_added_beside_every_field_kept(plan_index):
    index, book, memo = plan_index
    data = json.loads(_search(index, "デジタル化工事", "--json"))
    by_path = {h["path"]: h for h in data["hits"]}
    assert (by_path[str(book)]["page"], by_path[str(book)]["page_name"]) == (2, "工程表")
    assert (by_path[str(memo)]["page"], by_path[str(memo)]["page_name"]) == (2, None)
    # Added, not in place of anything: every key a hit had is there.
    for key in ("doc_id", "path", "title", "score", "page", "snippet", "highlights", "gone", "changed"):
        assert key in by_path[str(book)]
    from ictsearch.search import open_index

    with open_index(index) as idx:
        hit = next(h for h in idx.search("遠隔医療").hits if h.path == str(book))
    # A sheet named as a number is its name, not the first cell or a page number.
    assert (hit.page, hit.page_name) == (3, "2024")


def test_csv_gains_the_sheet_as_its_last_column_and_fields_takes_its_label(plan_index):
    index, book, _ = plan_index
    rows = list(csv.reader(io.StringIO(_search(index, "光ファイバ網", "--format", "csv"))))
    header = rows[0]
    # Last, after the columns a script may read by their place.
    assert header[-3:] == ["gone", "changed", "page_name"]
    row = next(r for r in rows[1:] if r[header.index("path")] == str(book))
    assert (row[header.index("page")], row[-1]) == ("4", "明細")
    assert "4\t明細" in _search(index, "光ファイバ網", "--fields", "ページ,シート").splitlines()


def test_show_page_takes_a_sheets_name_and_still_its_number(plan_index):
    index, book, memo = plan_index
    runner = CliRunner()

    def show(*args):
        return runner.invoke(cli, ["show", str(book), "--index", str(index), *args])

    by_name = show("--page", "工程表")
    assert by_name.exit_code == 0, by_name.output
    assert by_name.output.rstrip().endswith("工程表\n工程\t時期\n防災行政無線のデジタル化工事\t令和6年度")
    assert show("--page", "2").output == by_name.output
    assert show("--page", "２").output == by_name.output  # typed full width
    # 2024 is past the workbook's 4 pages: it is the sheet of that name.
    data = json.loads(show("--page", "2024", "--json").output)
    assert (data["page"], data["page_name"], data["page_text"]) == (3, "2024", "2024\nローカル5Gを活用した遠隔医療の実証")
    missing = show("--page", "見積書")
    assert missing.exit_code == 2
    assert "no sheet named '見積書'" in missing.output and "2 (工程表)" in missing.output
    numbered = runner.invoke(cli, ["show", str(memo), "--index", str(index), "--page", "工程表"])
    assert numbered.exit_code == 2 and "pages have no names" in numbered.output
    assert show("--page", "0").exit_code == 2
    assert show("--page", "5").exit_code == 2  # out of range 1..4, as before


def test_the_first_line_of_a_sheets_page_is_exactly_its_name(tmp_path):
    """A name ending in 、 ran on into the sheet's first row (資料1、事業名), and a name of a 全角 space left no
    line, the first row taking its place: page_name would have named the sheet by its first cell."""
    book = _workbook(tmp_path / "調査票.xlsx", [
        ("２０２４", [["回答数", 12]]),
        ("資料1、", [["事業名"], ["テレワーク推進"]]),
        ("\u3000", [["光回線"]]),
        ("空", []),
    ])
    pages = extract(book).pages
    assert [p.split("\n")[0] for p in pages] == ["2024", "資料1、", "", "空"]
    assert pages[1] == "資料1、\n事業名\nテレワーク推進"
    text, starts = join_pages(pages)
    assert [page_name(str(book), text, starts, n) for n in range(1, 5)] == ["2024", "資料1、", None, "空"]


def test_page_name_is_none_for_pages_that_are_numbers_and_for_a_row_left_in_a_names_place():
    text, starts = join_pages(["防災計画\n本文", "工程表\n工程"])
    assert page_name("資料/計画.xlsx", text, starts, 2) == "工程表"
    assert page_name("資料/計画.XLSX", text, starts, 2) == "工程表"
    for path in ("資料/計画.pdf", "資料/計画.pptx", "資料/計画.txt"):
        assert page_name(path, text, starts, 2) is None
    assert page_name("資料/計画.xlsx", text, None, 1) is None
    # An index built before the reader kept a blank name's line holds the first row there.
    text, starts = join_pages(["事業名\t予算額\n光回線\t300"])
    assert page_name("資料/計画.xlsx", text, starts, 1) is None


def test_a_slide_decks_hit_keeps_its_slide_number(tmp_path):
    import pptx

    deck = pptx.Presentation()
    for title in ("本市のDX推進", "スマート農業の実証"):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = f"{title}について説明する。"
    (tmp_path / "docs").mkdir()
    deck.save(tmp_path / "docs" / "説明資料.pptx")
    index = tmp_path / "idx"
    assert CliRunner().invoke(cli, ["index", str(tmp_path / "docs"), "--index", str(index), "-q"]).exit_code == 0
    hit = json.loads(_search(index, "スマート農業", "--json"))["hits"][0]
    assert (hit["page"], hit["page_name"]) == (2, None)
    where = next(line for line in _search(index, "スマート農業").splitlines() if "説明資料.pptx" in line)
    assert where.strip().endswith("説明資料.pptx  p.2") or "説明資料.pptx  p.2 " in where
    assert "「" not in where
