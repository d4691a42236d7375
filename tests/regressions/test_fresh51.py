"""docs-bp (bench/realdocs/README.md): 37 prefecture and municipal pages labelled blind on 2026-12-05 as a check of the
thirty-second session's start (34785307), for the blocks recent batches had missed (信越, 北陸, 四国, 沖縄): towns' and
villages' calls, plans, 例規, fire unions' pages, hazard maps, マイナンバーカード and Live119 pages, and dates in varied
forms (更新日 / 最終更新日 / 掲載日 / 公開日 lines, a 公開日 after its own 更新日, a 年度 call with no day, a start or change the
page announces with no date line, a budget sheet's 年度, a spring budget speech written in kanji numerals).
Only the label files and the texts are read; nothing is derived, so these hold whatever the metadata rules do:
a row that is not a whole page, sits in the wrong split, repeats a page the set has, or is dated by a line
its text does not carry fails here."""

import re
import unicodedata

from conftest import (check_batch_rows, check_date_lines, check_enactment_lines, check_issue_days, check_undated, fiscal_of,
                      realdocs_batch, realdocs_repeats, realdocs_rows, realdocs_text, western)

FIRST, LAST = 4900, 4936


def _batch():
    return realdocs_batch(FIRST, LAST)


def _labels():
    return {r["id"]: r for r in realdocs_rows("labels")}


def test_docs_bp_rows_are_whole_pages_with_labels_in_the_split_of_their_address():
    docs = check_batch_rows(FIRST, LAST, heldout=15)
    assert len(docs) == 37
    # The batch was gathered for prefecture and municipal issuers only (fresh50 took the national ones).
    assert {d["kind"] for d in docs} == {"prefecture", "municipal"}


def test_no_docs_bp_page_repeats_the_opening_of_a_page_already_in_the_set():
    # 金沢市's and 富山市's マイナンバーカード pages both announce the change of 令和6年12月2日, and いの町's two calls for
    # 地域おこし協力隊 open on the same town: the address check alone would not tell a copy from a sister page.
    assert realdocs_repeats({d["id"] for d in _batch()}) == []


def test_a_docs_bp_page_dated_by_its_date_line_carries_that_line():
    # 「更新日:2019年07月12日 (FY2019)」, 「掲載日:2015年7月1日更新 (FY2015)」, 「公開日:2025年7月22日 (FY2025; the 更新日 2025年7月19日
    # three days before it …)」, 「最終更新日:2024年1月7日 (FY2023)」: the line is in the text and gives the April–March 年度.
    assert check_date_lines(_batch()) == 12


def test_a_docs_bp_page_dated_by_its_issue_day_carries_the_day():
    # 「dated 2024年01月11日 (FY2023; 令和5年12月19日 is the signing it reports …)」: the post's own day, not the signing's.
    assert check_issue_days(_batch()) == 1


def test_a_docs_bp_rule_is_dated_by_its_enactment_line():
    # 銚子市's 要綱 (令和3年8月31日 教育委員会告示第13号, amended 令5告示8) and 東洋町's (令和4年9月8日 教委訓令第1号).
    assert check_enactment_lines(_batch()) == 2


def test_a_docs_bp_page_without_a_date_line_dated_by_the_change_it_announces_carries_it():
    # labels38: a standing page with no date line is dated by a start or change it announces as its present
    # (「令和6年4月1日から本格運用を開始しました」, 「2025年4月から…移管しています」, 「令和3年6月にハザードマップの改訂を行いました」):
    # the quoted day or month is in the text, and the year and the April–March 年度 are its own.
    labels = _labels()
    checked = 0
    for d in _batch():
        lab = labels[d["id"]]
        m = re.match(r"no date line[:;] [^「;]*「([^」]+)」", lab["reason"])
        if not m:
            continue
        quote = m.group(1)
        when = re.search(r"(?:(平成|令和)(元|\d+)年|(\d{4})年)(\d{1,2})月", quote)
        assert when, d["id"]
        text = unicodedata.normalize("NFKC", realdocs_text(d["id"]))
        assert when.group(0) in text, d["id"]
        year = western(when.group(1), when.group(2)) if when.group(1) else int(when.group(3))
        assert (lab["year"], lab["fiscal_year"]) == (str(year), str(fiscal_of(year, int(when.group(4))))), d["id"]
        checked += 1
    assert checked == 6


def test_a_docs_bp_page_without_a_year_of_its_own_has_none():
    # Hazard-map and Live119 pages, a FAQ, a tablet-lending page, a head's new-year words with only 「新年」, a press
    # conference's 「本日」 and a fire union's history (平成17年–22年) are left undated; a 年度 the page presents as its own (the
    # 令和7年度 calls, a budget sheet of 令和6年度, staff hired 【令和7年10月1日付】) gives the fiscal year alone (labels38), and
    # that 年度 is written in the text, as a 年度 or as a day of it.
    undated, with_fiscal = check_undated(_batch(), r"year empty|year and fiscal year empty")
    assert len(undated) == 13
    assert len(with_fiscal) == 4
