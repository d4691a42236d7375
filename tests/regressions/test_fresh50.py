"""docs-bo (bench/realdocs/README.md): 30 pages labelled blind on 2026-12-05 as the blind check of the thirty-second
session's rules, for national and other government issuers the set had few of (JST and the nanotechnology platform,
IPA, 国土地理院, 会計検査院, こども家庭庁, 内閣官房, 地震本部, a national college and a national university, a regional
environment office, a local observatory, three 地方整備局 river offices, three 総合通信局 pages on marine radio, two
厚労省 meetings on electronic prescriptions) and dates in varied forms (a 年度 named only by the title, the latest
entry of a page's own list, an issue named by 年月号, 掲載 after the day the page reports, a slash date, days with
no year).
Only the label files and the texts are read; nothing is derived, so these hold whatever the metadata rules do:
a row that is not a whole page, sits in the wrong split, repeats a page the set has, or is dated by a line
its text does not carry fails here."""

import re

from conftest import (check_batch_rows, check_issue_days, check_undated, realdocs_batch, realdocs_repeats, realdocs_rows,
                      realdocs_text)

FIRST, LAST = 4848, 4877


def _batch():
    return realdocs_batch(FIRST, LAST)


def _labels():
    return {r["id"]: r for r in realdocs_rows("labels")}


def test_docs_bo_rows_are_whole_pages_with_labels_in_the_split_of_their_address():
    docs = check_batch_rows(FIRST, LAST, heldout=12)
    assert len(docs) == 30


def test_no_docs_bo_page_repeats_the_opening_of_a_page_already_in_the_set():
    # Two sittings of one 厚労省 meeting (r4861, r4862) and three JST pages (r4853–r4855) open alike in their
    # furniture: the address check alone would not catch a second copy of one of them.
    assert realdocs_repeats({d["id"] for d in _batch()}) == []


def test_a_docs_bo_page_dated_by_its_issue_day_or_its_meeting_carries_the_day():
    # 「dated 平成27年1月23日 (FY2014; 1月16日 is the meeting it reports)」, 「record of the meeting 令和7年3月3日 (FY2024)」,
    # 「dated 2024年1月26日 (掲載, FY2023; 2023年12月21日 is the signing it reports)」: the page's own day is in the text and
    # gives the year and the April–March 年度, not the day of the event it reports.
    assert check_issue_days(_batch()) == 9


def test_a_docs_bo_page_dated_by_the_latest_entry_of_its_own_list_takes_the_latest_day():
    # labels38: a standing page without a date line is dated by the latest entry of its own list of updates or visits
    # (厚労省's お知らせ 2024年11月29日 over 2024年11月22日; 松山地方気象台's visits of 2023年5月16日 and 5月12日): the
    # labelled day is the latest western date the text writes, and its year and 年度 are that day's.
    labels = _labels()
    rows = [d for d in _batch() if "latest entry of its own" in labels[d["id"]]["reason"]]
    assert [d["id"] for d in rows] == ["r4850", "r4863"]
    for d in rows:
        days = [(int(y), int(m), int(dd)) for y, m, dd in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", realdocs_text(d["id"]))]
        year, month, _ = max(days)
        lab = labels[d["id"]]
        assert (lab["year"], lab["fiscal_year"]) == (str(year), str(year if month >= 4 else year - 1)), d["id"]
        assert f"{year}年{month}月" in lab["reason"], d["id"]


def test_a_docs_bo_page_without_a_year_of_its_own_has_none():
    # Days without a year (a college's forum 8月21日(月)から, a university's 10月28日), a call's rules, a standing
    # explanation, an audit whose excerpt gives only the request's dates and a White Paper text without its edition
    # line are left undated; a 年度 the title gives the page as its own (令和6年度ステージゲート評価) gives the fiscal year
    # alone (labels38), and that 年度 is written in the text.
    undated, with_fiscal = check_undated(_batch(), r"year empty|year and fiscal year empty")
    assert len(undated) == 11
    assert with_fiscal == ["r4848"]
