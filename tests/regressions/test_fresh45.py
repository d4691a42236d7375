"""docs-bj (bench/realdocs/README.md): 43 pages labelled blind on 2026-12-05 as the blind check of the
thirtieth session's rules: 一部事務組合 and 広域 bodies, 議会 pages (online committees, streaming), 例規 of
towns and villages, electronic bidding and voting, a 公立大学, a 農政局 and 農研機構, 全国知事会's policy bank.
Only the label files and the texts are read; nothing is derived, so these hold whatever the metadata rules do:
a row that is not a whole page, sits in the wrong split, repeats a page the set has, or dates a 例規 by
something other than its enactment line fails here."""

import re

from conftest import check_batch_rows, check_enactment_lines, realdocs_batch, realdocs_repeats, realdocs_rows

FIRST, LAST = 4683, 4725


def _batch():
    return realdocs_batch(FIRST, LAST)


def test_docs_bj_rows_are_whole_pages_with_labels_in_the_split_of_their_address():
    docs = check_batch_rows(FIRST, LAST, heldout=14)
    assert len(docs) == 43


def test_no_docs_bj_page_repeats_the_opening_of_a_page_already_in_the_set():
    # The pages corpus returned 佐賀県立図書館's digitisation page twice (its own site and a hosted copy, only
    # the own site taken) and the same 共聴 要綱 kinds under many towns; the address check alone lets a
    # second copy in.  Known before docs-bj: none among these.
    assert realdocs_repeats({d["id"] for d in _batch()}) == []


def test_a_docs_bj_rule_is_dated_by_its_enactment_line():
    # 「条例 平成23年3月15日条例第4号 (FY2010)」, 「訓令 令和7年3月18日議会訓令第3号 (FY2024)」: a 例規 row's year is
    # the date of the line that gives its number, never a cited law, 要綱 or amendment note.
    assert check_enactment_lines(_batch()) == 16


def test_a_docs_bj_page_without_a_date_of_its_own_has_no_year():
    # Pages whose only dates are a history, a target or a cited start (the fire command centre's 平成8年–28年,
    # 「令和8年4月の運用開始を目指して」, the distance-learning centre's 平成27年度–令和2年度) are left undated,
    # as the labels38 convention for pages without a date line says; a text that gives a date it presents
    # as its present (更新日, an issue date, a start 「令和3年4月1日より…提供いたします」) is dated.
    labels = {r["id"]: r for r in realdocs_rows("labels")}
    undated = [d["id"] for d in _batch() if not labels[d["id"]]["year"]]
    assert len(undated) == 12
    for rid in undated:
        reason = labels[rid]["reason"]
        assert re.search(r"no (own |page )?date|no year|no date line|no date for|with no year", reason), rid
