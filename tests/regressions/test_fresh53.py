"""docs-br (bench/realdocs/README.md): 30 government pages labelled blind on 2026-12-05 as the thirty-second session's
last check of the metadata derivation, for kinds recent batches took few of: towns' counter and web services (コンビニ交付,
facility booking systems, 電子入札, a LINE account, Live119, letters and mails to the mayor), a governor's press
conferences, 総務省's 通信利用動向調査 releases, White Paper and report sections, national programme pages, with dates in
varied forms (更新日 / 掲載日 lines, a release's 発表 line, a record's day, a White Paper's edition, a leaflet's 年度 版,
a start or a schedule the page announces, an incident's day, none at all).
Only the label files and the texts are read; nothing is derived, so these hold whatever the metadata rules do:
a row that is not a whole page, sits in the wrong split, repeats a page the set has, or is dated or placed by
words its text does not carry fails here."""

import re

from conftest import (check_batch_rows, check_date_lines, check_issue_days, check_undated, fiscal_of, realdocs_batch,
                      realdocs_repeats, realdocs_rows, realdocs_text, western)

FIRST, LAST = 5000, 5029


def _batch():
    return realdocs_batch(FIRST, LAST)


def _labels():
    return {r["id"]: r for r in realdocs_rows("labels")}


def test_docs_br_rows_are_whole_pages_with_labels_in_the_split_of_their_address():
    docs = check_batch_rows(FIRST, LAST, heldout=11)
    assert len(docs) == 30
    kinds = {}
    for d in docs:
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    assert kinds == {"municipal": 17, "prefecture": 4, "other-gov": 3, "whitepaper": 3, "ministry-press": 2,
                     "bureau-event": 1}


def test_no_docs_br_page_repeats_the_opening_of_a_page_already_in_the_set():
    # 総務省's two 通信利用動向調査 releases open on the same breadcrumb but name their own year at once; four towns'
    # facility-booking pages explain one kind of system in their own words.
    assert realdocs_repeats({d["id"] for d in _batch()}) == []


def test_a_docs_br_page_dated_by_its_date_line_or_its_issue_day_carries_it():
    # 「更新日:2025年10月21日」, 「掲載日:2015年4月1日更新」 …: the line is in the text and gives the April–March 年度; a
    # mail-and-answer page (「回答(令和4年7月15日)」, 「回答した月 令和5年3月」) keeps its posting stamp as r4586 and r4918 did.
    assert check_date_lines(_batch()) == 4
    # 「令和2年4月28日発表のプレスリリースです」, an e-コムフォ item's 令和5年6月13日 and a press conference's record day
    # 平成31年1月8日 (its 更新日:2019年6月29日 is a later stamp): the day is in the text and gives year and 年度.
    assert check_issue_days(_batch()) == 3


def test_a_docs_br_page_placed_only_by_its_address_names_no_place_in_its_text():
    # Eleven pages (9 dev) write 本市, 県, 市役所本庁 or a facility's name: the town the address names is not in the
    # text, so region and prefecture stay empty (check_batch_rows) and the reason names the address's place.
    labels = _labels()
    only_address = []
    for d in _batch():
        m = re.search(r"place only in the address \([^():]+: ([^(),]+)", labels[d["id"]]["reason"])
        if not m:
            continue
        stem = re.sub(r"(市|町|村|県|府)$", "", m.group(1))
        assert stem not in realdocs_text(d["id"]), d["id"]
        only_address.append(d["id"])
    assert len(only_address) == 11
    assert sum(d["split"] == "dev" for d in _batch() if d["id"] in only_address) == 9


def test_a_docs_br_white_paper_section_named_by_its_edition_takes_the_edition_rule():
    # 「令和6年版」 and 「令和元年版」 name editions 版: year = the edition's, fiscal year = year − 1 (README); 内閣府's
    # regional-economy section names no edition in its text (only its address, cr22), so it has no year at all.
    labels = _labels()
    dated = 0
    for d in _batch():
        if d["kind"] != "whitepaper":
            continue
        lab = labels[d["id"]]
        editions = re.findall(r"(平成|令和)(元|\d+)年版", realdocs_text(d["id"]))
        if not editions:
            assert (lab["year"], lab["fiscal_year"]) == ("", ""), d["id"]
            continue
        year = western(*editions[0])
        assert (lab["year"], lab["fiscal_year"]) == (str(year), str(year - 1)), d["id"]
        dated += 1
    assert dated == 2


def test_a_docs_br_page_without_a_year_of_its_own_has_none():
    # A Q&A, guides to booking systems and コンビニ交付 with 「10月1日システム停止」 and no year, a press conference's
    # 「9月10日質問事項6」, a column citing a 閣議決定 and a section without its edition have no year; a 年度 the page
    # presents as its own — 「令和7年度より電子入札システムを段階的に導入します」, 「令和5年度より…本格的に事業を開始」, a
    # leaflet's 「平成15年度版」 — gives the fiscal year alone, written in the text as a 年度.
    undated, with_fiscal = check_undated(_batch(), r"^no (own date|date line|date|year in the excerpt|edition or date)")
    assert len(undated) == 13
    assert len(with_fiscal) == 3


def test_a_docs_br_page_dated_by_a_start_schedule_or_incident_day_carries_that_day():
    # labels38 and the incident pages of the set: a start the page announces from a day (「平成29年2月6日から開始しました」),
    # an agreement's day (「令和元年10月31日、…協定を締結しました」) or an incident's (「発生日:令和5年2月28日」) dates a page
    # with no date line: the day is in the text, and the year and the April–March 年度 are its own.
    labels = _labels()
    checked = 0
    for d in _batch():
        lab = labels[d["id"]]
        # The day is the first of the reason's opening clause (before its first bracket); a clause with a 年度 or a
        # month only (「令和7年2月~3月」, the title's 令和元年度) is dated otherwise and is not counted here.
        m = re.match(r"no (?:page date|date line): ([^(]*)", lab["reason"])
        when = m and re.search(r"(平成|令和)(元|\d+)年(\d{1,2})月(\d{1,2})日", m.group(1))
        if not when or not lab["year"]:
            continue
        assert when.group(0) in realdocs_text(d["id"]), d["id"]
        year = western(when.group(1), when.group(2))
        assert (lab["year"], lab["fiscal_year"]) == (str(year), str(fiscal_of(year, int(when.group(3))))), d["id"]
        checked += 1
    assert checked == 3
