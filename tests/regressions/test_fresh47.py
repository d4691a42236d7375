"""docs-bl (bench/realdocs/README.md): 32 pages labelled blind on 2026-12-05 as the blind check of the
thirty-first session's rules: issuers the set has few of (一部事務組合, 広域連合, a national college, NICT, JSPS,
国土地理院's 地方測量部, a board of education, a university centre) and city procedure and fire-service pages (119
caller location, Live119 video calls, public personal-authentication e-certificates, the elderly's 資格確認書 and
マイナ保険証, e-book libraries), with dates in varied forms.
Only the label files and the texts are read; nothing is derived, so these hold whatever the metadata rules do:
a row that is not a whole page, sits in the wrong split, repeats a page the set has, or is dated by a line
its text does not carry fails here."""

import datetime
import re

from conftest import check_batch_rows, check_date_lines, fiscal_of, realdocs_batch, realdocs_repeats, realdocs_rows, realdocs_text

ERAS = {"平成": 1988, "令和": 2018}
FIRST, LAST = 4756, 4787
WEEKDAYS = "月火水木金土日"


def _batch():
    return realdocs_batch(FIRST, LAST)


def _labels():
    return {r["id"]: r for r in realdocs_rows("labels")}


def test_docs_bl_rows_are_whole_pages_with_labels_in_the_split_of_their_address():
    docs = check_batch_rows(FIRST, LAST, heldout=17)
    assert len(docs) == 32


def test_no_docs_bl_page_repeats_the_opening_of_a_page_already_in_the_set():
    # NICT's open-day reports of 2004 (r2738) and 2009/2010 (here) share their form, and cities publish the same
    # 119 caller-location, Live119 and e-certificate wording: the address check alone would let a copy in.
    assert realdocs_repeats({d["id"] for d in _batch()}) == []


def test_a_docs_bl_page_dated_by_its_date_line_carries_that_line():
    # 「更新日:2020年6月13日 (FY2020 …)」, 「掲載日:2010年9月27日 (FY2010 …)」, 「更新日 2016年03月16日 (FY2015)」,
    # 「公開日:2021年6月20日 (FY2021; 更新日 … kept as r720)」: a row whose reason opens on the page's own date line
    # has that line in its text, and its year and fiscal year are that date's (April–March).
    assert check_date_lines(_batch()) == 12


def test_a_docs_bl_page_dated_by_the_start_it_announces_carries_the_day():
    # Pages with no date line dated by the labels38 convention from the day a service starts
    # (「…平成22年5月1日から開始します」, 「運用開始日時:令和6年5月1日8時30分」, 「令和6年5月7日から…可能となります」).
    labels = _labels()
    checked = 0
    for d in _batch():
        lab = labels[d["id"]]
        m = re.search(r" is the start (it|the page) announces", lab["reason"])
        if not m:
            continue
        head = lab["reason"][:m.start()]
        era, y, mo, da = re.findall(r"(平成|令和)(\d+)年(\d+)月(\d+)日", head)[-1]
        year = ERAS[era] + int(y)
        assert f"{era}{y}年{mo}月{da}日" in realdocs_text(d["id"]), d["id"]
        assert (lab["year"], lab["fiscal_year"]) == (str(year), str(fiscal_of(year, int(mo)))), d["id"]
        checked += 1
    assert checked == 3


def test_a_docs_bl_year_read_from_a_weekday_is_the_year_that_weekday_falls_in():
    # Event reports with no year written (NICT's open days, a college's programming event) were dated from a day
    # and its weekday with a clue of the period (皆既日食の直後, 2020年から…必修化されるのを前に, 平成22年度): the day
    # the reason quotes is in the text and falls on that weekday in the labelled year, not in the years beside it.
    labels = _labels()
    checked = 0
    for d in _batch():
        lab = labels[d["id"]]
        m = re.search(r"(\d{1,2})月(\d{1,2})日\(([月火水木金土日])\)", lab["reason"])
        if not m or not lab["year"]:
            continue
        month, day, weekday = int(m.group(1)), int(m.group(2)), m.group(3)
        assert f"{month}月{day}日({weekday})" in realdocs_text(d["id"]), d["id"]
        year = int(lab["year"])
        assert WEEKDAYS[datetime.date(year, month, day).weekday()] == weekday, d["id"]
        assert all(WEEKDAYS[datetime.date(y, month, day).weekday()] != weekday for y in (year - 1, year + 1)), d["id"]
        checked += 1
    assert checked == 3


def test_a_docs_bl_page_without_a_date_of_its_own_has_no_year():
    # Guides whose only dates are a body's history, the end of a provisional rule, a project's start or an image's
    # file name are left undated; a 年度 in the title without a day gives the fiscal year alone (labels38).
    labels = _labels()
    undated = [d["id"] for d in _batch() if not labels[d["id"]]["year"]]
    assert len(undated) == 7
    for rid in undated:
        lab = labels[rid]
        assert re.search(r"no own date|no date line|year empty", lab["reason"]), rid
        if lab["fiscal_year"]:
            assert re.search(r"(令和|平成)\d+年度", realdocs_text(rid)), rid
