"""docs-bm (bench/realdocs/README.md): 30 pages labelled blind on 2026-12-05 as the second blind check of the
thirty-first session's rules: issuers docs-bl had few of (ministries other than 総務省 — 国交省, 経産省, 文科省, 厚労省 —,
関東地方整備局, 中国経済産業局, JST, IPA, NISC, two national colleges, a fire-command 協議会, prefectures' DX-training
calls and plans) and dates in varied forms (a 2月 budget issue with no year, calls known only by their 公募期間, a
column of a named month, pages whose only year is a calendar year with no day).
Only the label files and the texts are read; nothing is derived, so these hold whatever the metadata rules do:
a row that is not a whole page, sits in the wrong split, repeats a page the set has, or is dated by a line
its text does not carry fails here."""

import re

from conftest import (check_batch_rows, check_date_lines, check_issue_days, realdocs_batch, realdocs_repeats, realdocs_rows,
                      realdocs_text, western)

FIRST, LAST = 4788, 4817


def _batch():
    return realdocs_batch(FIRST, LAST)


def _labels():
    return {r["id"]: r for r in realdocs_rows("labels")}


def test_docs_bm_rows_are_whole_pages_with_labels_in_the_split_of_their_address():
    docs = check_batch_rows(FIRST, LAST, heldout=18)
    assert len(docs) == 30


def test_no_docs_bm_page_repeats_the_opening_of_a_page_already_in_the_set():
    # 文科省's 大臣会見録 and JST's 共創の場 pages share their opening lines from one page to the next, and two
    # addresses of one 高専 greeting exist (only www2's later text was taken): the address check alone would let a
    # copy in.
    assert realdocs_repeats({d["id"] for d in _batch()}) == []


def test_a_docs_bm_page_dated_by_its_date_line_carries_that_line():
    # 「更新日:2022年5月16日 (FY2022)」, 「掲載日:2025年3月27日 (FY2024 …)」, 「更新日:2026年01月07日 (FY2025 …)」: a row
    # whose reason opens on the page's own date line has that line in its text, and its year and fiscal year are
    # that date's (April–March).
    assert check_date_lines(_batch()) == 4


def test_a_docs_bm_page_dated_by_its_issue_day_or_its_record_carries_the_day():
    # 「dated 令和6年4月5日 and the title names 令和6年度」, 「dated 2019年02月20日 (FY2018)」, 「record of the press conference
    # 令和3年3月16日 (FY2020)」, 「record of the meeting 令和元年9月30日」: the day is in the text and gives the year, and the
    # fiscal year is its April–March 年度 (a title's 年度 agrees on every such row of the batch).
    assert check_issue_days(_batch()) == 8


def test_a_docs_bm_page_without_a_date_of_its_own_has_no_year():
    # Policy pages whose only dates are a past case, a cited document, a calendar year with no day or month (「2021年も…
    # 実施します」, 「2020年からは…選定します」) or a date only in the address are left undated; a 年度 with no day (a call
    # named 令和4年度, a budget issue of 令和7年度, 「平成28年度から…組織変更」, a selection of 令和6年度) gives the fiscal year
    # alone (labels38), and that 年度 is written in the text.
    labels = _labels()
    undated = [d["id"] for d in _batch() if not labels[d["id"]]["year"]]
    assert len(undated) == 10
    with_fiscal = 0
    for rid in undated:
        lab = labels[rid]
        assert re.search(r"year empty|year and fiscal year empty", lab["reason"]), rid
        if lab["fiscal_year"]:
            years = {western(e, y) for e, y in re.findall(r"(平成|令和)(元|\d+)年度", realdocs_text(rid))}
            assert int(lab["fiscal_year"]) in years, rid
            with_fiscal += 1
    assert with_fiscal == 4
