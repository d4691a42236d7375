"""docs-bq (bench/realdocs/README.md): 37 government pages labelled blind on 2026-12-05 as a check of the
thirty-second session's start (34785307), for the kinds recent batches took least of: 総合通信局 pages in other
phrasings (電波適正利用推進員, 情報通信月間, amateur licences, relay-station licences, reception trouble), 非常通信 council
and award pages, White Papers other than 情報通信白書 (消費者白書), towns' 防災行政無線 digitalisation and 個人情報 reform
pages, with dates in varied forms (更新日 / 最終更新日 / 掲載日 / 公開日 lines, an as-of line, a change announced from a
day, a White Paper's edition, a 年度 with no day).
Only the label files and the texts are read; nothing is derived, so these hold whatever the metadata rules do:
a row that is not a whole page, sits in the wrong split, repeats a page the set has, or is dated or placed by
words its text does not carry fails here."""

import re

from conftest import (check_batch_rows, check_date_lines, check_issue_days, check_undated, fiscal_of, realdocs_batch,
                      realdocs_repeats, realdocs_rows, realdocs_text, western)

FIRST, LAST = 4950, 4986


def _batch():
    return realdocs_batch(FIRST, LAST)


def _labels():
    return {r["id"]: r for r in realdocs_rows("labels")}


def test_docs_bq_rows_are_whole_pages_with_labels_in_the_split_of_their_address():
    docs = check_batch_rows(FIRST, LAST, heldout=11)
    assert len(docs) == 37
    kinds = {}
    for d in docs:
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    assert kinds == {"other-gov": 11, "municipal": 9, "bureau-press": 7, "council": 4, "whitepaper": 3,
                     "ministry-press": 2, "bureau-event": 1}


def test_no_docs_bq_page_repeats_the_opening_of_a_page_already_in_the_set():
    # Four bureaus' 電波適正利用推進員 pages explain the same scheme in near the same words, and 平塚市's and 横須賀市's
    # 個人情報 reform pages share a paragraph: each opens on its own words, and none is a copy of a page the set has.
    assert realdocs_repeats({d["id"] for d in _batch()}) == []


def test_a_docs_bq_page_dated_by_its_date_line_carries_that_line():
    # 「公開日:2019年10月31日 (FY2019; 更新日:2024年4月1日 is a later update …)」, 「最終更新日:2022年3月7日 (FY2021)」,
    # 「掲載日:2015年2月27日更新 (FY2014)」: the line is in the text and gives the April–March 年度.
    assert check_date_lines(_batch()) == 5
    # No reason of this batch opens on 「dated …」: the press releases are dated 「… under the title」 or 「under 報道資料」.
    assert check_issue_days(_batch()) == 0


def test_a_docs_bq_page_dated_by_an_as_of_line_or_an_announced_change_carries_it():
    # labels38: a page with no date line is dated by an as-of line of its own (「令和2年8月31日現在」) or a change it
    # announces from a day (「令和5年9月25日から…同時申請が可能となっています」, 「平成20年4月1日から、アマチュア局の電子申請は
    # 手軽になりました」): the day is in the text, and the year and the April–March 年度 are its own.
    labels = _labels()
    checked = 0
    for d in _batch():
        lab = labels[d["id"]]
        m = re.match(r"no (?:page date|date line): 「([^」]+)」", lab["reason"])
        if not m or not lab["year"]:
            # 「no date line: 「今年度は、令和3年7月豪雨において…」 → the award of FY2021, year empty」 quotes a 年度, not a day.
            continue
        when = re.search(r"(平成|令和)(元|\d+)年(\d{1,2})月(\d{1,2})日", m.group(1))
        assert when, d["id"]
        assert when.group(0) in realdocs_text(d["id"]), d["id"]
        year = western(when.group(1), when.group(2))
        assert (lab["year"], lab["fiscal_year"]) == (str(year), str(fiscal_of(year, int(when.group(3))))), d["id"]
        checked += 1
    assert checked == 3


def test_a_docs_bq_white_paper_section_named_by_its_edition_takes_the_edition_rule():
    # 「平成25年版消費者白書」 and the breadcrumb's 「27年版」 (情報通信白書, whose breadcrumb drops 平成) name editions 版:
    # year = the edition's, fiscal year = year − 1 (README).  The 2017 消費者白書 section names no edition in its text
    # (only its address does), so it has no year at all.
    labels = _labels()
    dated = 0
    for d in _batch():
        if d["kind"] != "whitepaper":
            continue
        lab = labels[d["id"]]
        editions = re.findall(r"(平成|令和)?(元|\d+)年版", realdocs_text(d["id"]))
        if not editions:
            assert (lab["year"], lab["fiscal_year"]) == ("", ""), d["id"]
            continue
        era, y = editions[0]
        year = western(era or "平成", y)
        assert (lab["year"], lab["fiscal_year"]) == (str(year), str(year - 1)), d["id"]
        dated += 1
    assert dated == 2


def test_a_docs_bq_relay_station_release_lists_the_prefectures_it_is_labelled_with():
    # The digital-TV relay-station releases of 東北 and 九州 give a table row per prefecture: the labels hold exactly
    # the prefectures the tables write (labels32: a prefecture whose row is not in the excerpt is not added from the
    # block), e.g. 九州's 2009 table cut in 大分県's first row keeps 大分県 but not 宮崎県 or 鹿児島県.
    labels = _labels()
    prefectures = {"青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "福岡県", "佐賀県", "長崎県", "熊本県",
                   "大分県", "宮崎県", "鹿児島県"}
    for rid in ("r4957", "r4958", "r4959", "r4960"):
        text = realdocs_text(rid)
        written = {p for p in prefectures if p in text}
        assert set(labels[rid]["prefecture"].split("|")) == written, rid
        assert labels[rid]["themes"] == "放送", rid


def test_a_docs_bq_page_naming_a_group_of_prefectures_takes_the_block_only():
    # labels32: 「管内(近畿2府4県)」, 「1都7県」, 「5県」 give the block, not its prefectures.
    labels = _labels()
    for rid, group, block in (("r4951", "近畿2府4県", "近畿"), ("r4952", "近畿2府4県", "近畿"),
                              ("r4963", "1都7県", "関東"), ("r4965", "5県", "中国")):
        assert group in realdocs_text(rid), rid
        assert (labels[rid]["region"], labels[rid]["prefecture"]) == (block, ""), rid


def test_a_docs_bq_page_without_a_year_of_its_own_has_none():
    # Standing guidance pages (the 推進員 scheme, amateur-licence FAQs, a reception-trouble page), a class with
    # 「8月10日(土)」 and no year, a White Paper section whose edition only the address names and an award release
    # saying 「今年度は、令和3年7月豪雨において…」 are left without a year; a 年度 the page presents as its own (the
    # works 「令和3年度内」, that award's 年度) gives the fiscal year alone, written in the text as a 年度 or a month of it.
    undated, with_fiscal = check_undated(_batch(), r"^no (own date|date line|year in the excerpt|edition or date)")
    assert len(undated) == 11
    assert len(with_fiscal) == 2
