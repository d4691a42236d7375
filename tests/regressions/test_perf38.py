"""perf38: bad input never hangs a run.  The metadata rules read long lines and long texts in
linear time (a line's test done once per line, a neighbour looked for near a place, a term's
positions indexed once); these tests hold that the values stay what the slower code gave.
(No timings here: the project measures speed in bench/.)"""

from __future__ import annotations

import csv
from pathlib import Path

from ictsearch.indexer.analysis import analyze
from ictsearch.indexer.metadata import DATA_DIR, derive_metadata, dates, eras, themes


def _derived(text: str, title: str = "全国の市区町村一覧") -> tuple:
    m = derive_metadata(text, title=title, path=Path("page.txt"))
    return m.fiscal_year, m.year, m.region, m.prefecture, tuple(k for k, _ in m.themes), m.organization


def _towns() -> list[str]:
    rows = (line for line in (DATA_DIR / "municipalities.tsv").read_text("utf-8").splitlines()
            if line and not line.startswith("#"))
    return [r[1] + r[0] for r in csv.reader(rows, delimiter="\t")][1:]  # 北海道えりも町


def test_a_national_list_of_towns_on_one_line_reads_as_the_same_list_one_town_a_line():
    # A national list of towns saved from a PDF without its line breaks (北海道札幌市、北海道函館市、…
    # on one line of 40,000 characters): each town's line was read whole once per town to see whether
    # it was a heading, and an ambiguous town's nearby prefecture looked for among every prefecture
    # named.  The line is read once now, and only the prefectures within reach: the same places.
    towns = _towns()[:2400]
    one_line = "全国の市区町村一覧\n" + "、".join(towns) + "\n"
    broken = "全国の市区町村一覧\n" + "、\n".join(towns) + "\n"
    assert len(one_line) > 20_000
    got = _derived(one_line)
    assert got == _derived(broken)
    assert "全国" in got[2]


def test_a_page_of_two_bare_full_width_fiscal_year_headings_runs_over_several_years():
    # 「令和５年度」 and 「令和６年度」 alone on their lines head a page's yearly sections: neither is its
    # own 年度.  The heading is matched in the folded text now (full-width digits read as ASCII), not
    # each line folded again for every 年度 on it.
    text = ("地域情報化の取組\n\n令和５年度\n光ファイバ整備事業の補助金を交付しました。\n"
            "令和６年度\n５Ｇ基地局の整備を支援しています。\n")
    assert derive_metadata(text, title="地域情報化の取組", path=Path("page.txt")).fiscal_year is None
    one = ("地域情報化の取組\n\n令和５年度\n光ファイバ整備事業の補助金を交付しました。\n"
           "令和５年度の実績は次のとおりです。\n")
    assert derive_metadata(one, title="地域情報化の取組", path=Path("page.txt")).fiscal_year == 2023
    assert dates._BARE_FY_LINE.fullmatch(eras.fold("令和５年度"))


def test_fold_turns_full_width_digits_and_brackets_and_leaves_other_text_as_it_is():
    assert eras.fold("令和５年（２０２３年）１２月１日") == "令和5年(2023年)12月1日"
    assert eras.fold("ＦＹ２０２４　Ｒ６") == "FY2024 R6"
    plain = "総務省は、地域の情報通信基盤の整備を支援しています。"
    assert eras.fold(plain) == plain
    assert eras.fold("") == ""


def _positions_reading_every_term(terms, forms):
    """themes._positions as it was: every term read once per paired word."""
    pats = themes.taxonomy().patterns
    out = []
    for i, t in enumerate(terms):
        for form in forms:
            if t == form[0] and (end := themes._matches(terms, i, form)):
                if not any(len(o) > len(form) and themes._matches(terms, i, o) > end for o, *_ in pats.get(t, ())):
                    out.append(i)
                break
    return out


def test_a_paired_words_partners_stand_where_reading_every_term_finds_them():
    text = ("市では、ケーブルテレビの伝送路を光化し、インターネットの高速化を進めています。"
            "庁内の職員が生成AIを業務に活用できるよう、自治体向けの利用指針を定めました。"
            "大雨で河川が氾濫するおそれがあるときは、ケーブルテレビとインターネットでお知らせします。"
            "ひとり暮らしの高齢者には緊急通報装置を貸し出しています。") * 20
    terms = [t.text for t in analyze(text)]
    tax = themes.taxonomy()
    paired = [*(tax.needs or {}).values(), *(tax.shuns or {}).values()]
    at: dict[str, list[int]] = {}
    found = 0
    for forms in paired:
        expected = _positions_reading_every_term(terms, forms)
        assert themes._positions(terms, forms, at) == expected
        assert themes._positions(terms, forms) == expected
        found += bool(expected)
    assert found >= 3  # the text names the partners of several paired words


def _topics(sep: str) -> str:
    # A topics page under its 更新日 (a Wednesday in 2021) whose entries are written with the weekdays of
    # the year after, as r4345's are: the page reports what came after the date it was given.
    days = ["11月1日(火)", "11月8日(火)", "11月15日(火)", "11月22日(火)", "11月29日(火)", "12月6日(火)"]
    entries = [f"{d}に高齢者向けスマートフォン教室を開催しました。" for d in days] * 40
    return "トピックス\n更新日:2021年11月10日\n" + sep.join(entries)


def test_a_topics_page_of_weekday_entries_on_one_line_moves_its_year_as_one_entry_a_line_does():
    # later_weekday_year read each day's line from its start and to its end (and its filler) for every
    # day: on one line of entries that was the whole text each time.  The same year either way.
    one_line, broken = _topics(""), _topics("\n")
    assert len(one_line.splitlines()) == 3
    a = derive_metadata(one_line, title="トピックス", path=Path("page.txt"))
    b = derive_metadata(broken, title="トピックス", path=Path("page.txt"))
    assert (a.year, a.fiscal_year) == (b.year, b.fiscal_year) == (2022, 2022)


def test_a_line_of_filler_and_dashes_is_read_as_before():
    # _FILLER_ONLY says at once what LINE_FILLER's substitution and a strip of ・-－ said.
    for text, alone in [("（月）", True), ("・－ 【 】", True), ("- ＊", True), ("", True),
                        ("に開催", False), ("(水)第2回", False), ("・x", False)]:
        assert bool(dates._FILLER_ONLY.fullmatch(text)) is alone
        assert (not dates.LINE_FILLER.sub("", text).strip("・-－")) is alone
