"""docs-bn (bench/realdocs/README.md): 30 pages labelled blind on 2026-12-05 as the third blind check of the
thirty-first session's rules: issuers docs-bl and docs-bm had few of (two prefectural police cyber pages, a union of
a prefecture's towns and a fire union running digital fire radio, fire unions' drones, two public universities, the
national library, UR都市機構, J-LIS, a prefectural test centre, two 地方整備局 port offices, school pages) and dates in
varied forms (最終更新日, a 年度 with no day, a start announced 「…から運用を開始しました」, an issue named by its year only,
a page stamp at the foot).
Only the label files and the texts are read; nothing is derived, so these hold whatever the metadata rules do:
a row that is not a whole page, sits in the wrong split, repeats a page the set has, or is dated by a line
its text does not carry fails here."""

from conftest import (check_batch_rows, check_date_lines, check_issue_days, check_undated, realdocs_batch, realdocs_repeats,
                      realdocs_rows)

FIRST, LAST = 4818, 4847


def _batch():
    return realdocs_batch(FIRST, LAST)


def _labels():
    return {r["id"]: r for r in realdocs_rows("labels")}


def test_docs_bn_rows_are_whole_pages_with_labels_in_the_split_of_their_address():
    docs = check_batch_rows(FIRST, LAST, heldout=11)
    assert len(docs) == 30


def test_no_docs_bn_page_repeats_the_opening_of_a_page_already_in_the_set():
    # 茨城県警察's two consultation pages (r2510 and r4820) and 秋田県立大学's drone drill of two years share their
    # headings: the address check alone would let a copy in (only the 令和6年度 drill was taken).
    assert realdocs_repeats({d["id"] for d in _batch()}) == []


def test_a_docs_bn_page_dated_by_its_date_line_carries_that_line():
    # 「更新日:2015年3月16日 (FY2014)」, 「最終更新日 2023年3月20日 (FY2022)」, 「更新日:2024年12月1日 and the title's 令和6年度」:
    # a row whose reason opens on the page's own date line has that line in its text, and its year and fiscal
    # year are that date's (April–March).
    assert check_date_lines(_batch()) == 6


def test_a_docs_bn_page_dated_by_its_issue_day_carries_the_day():
    # 「dated 令和3年1月22日 (FY2020; 令和2年11月27日 is the signing it reports)」, 「dated 2019年08月22日 (FY2019; 7月28日 is
    # the test it reports)」: the page's own issue day is in the text and gives the year and the April–March 年度, not
    # the day of the event it reports.
    assert check_issue_days(_batch()) == 2


def test_a_docs_bn_page_without_a_year_of_its_own_has_none():
    # A police consultation page, a port office's duties, a FAQ, a union's history (平成24年度から…), a school's 「本日」
    # and a city's classes whose days carry no year are left undated; a 年度 the page presents as its own (a programme's
    # 2020年度, a call for the 令和8年度 subsidy, a case of the 令和6年度 project) gives the fiscal year alone (labels38),
    # and that 年度 is written in the text.
    undated, with_fiscal = check_undated(_batch(), r"year empty|year and fiscal year empty")
    assert len(undated) == 9
    assert len(with_fiscal) == 3
