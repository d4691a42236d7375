"""docs-bj (bench/realdocs/README.md): 43 pages labelled blind on 2026-12-05 as the blind check of the
thirtieth session's rules: 一部事務組合 and 広域 bodies, 議会 pages (online committees, streaming), 例規 of
towns and villages, electronic bidding and voting, a 公立大学, a 農政局 and 農研機構, 全国知事会's policy bank.
Only the label files and the texts are read; nothing is derived, so these hold whatever the metadata rules do:
a row that is not a whole page, sits in the wrong split, repeats a page the set has, or dates a 例規 by
something other than its enactment line fails here."""

import hashlib
import re
import unicodedata
from pathlib import Path

from conftest import realdocs_repeats, realdocs_rows

REALDOCS = Path(__file__).resolve().parents[2] / "bench" / "realdocs"
THEMES = Path(__file__).resolve().parents[2] / "indexer" / "metadata" / "data" / "themes.toml"
ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
FIRST, LAST = 4683, 4725


def _batch():
    return [d for d in realdocs_rows("documents")
            if len(d["id"]) == 5 and f"r{FIRST}" <= d["id"] <= f"r{LAST}"]


def _text(rid: str) -> str:
    return (REALDOCS / "docs" / f"{rid}.txt").read_text(encoding="utf-8")


def test_docs_bj_rows_are_whole_pages_with_labels_in_the_split_of_their_address():
    docs = _batch()
    labels = {r["id"]: r for r in realdocs_rows("labels")}
    names = set(re.findall(r'^name = "(.+)"', THEMES.read_text(encoding="utf-8"), re.M))
    assert len(docs) == 43
    assert {d["id"] for d in docs} == {f"r{n}" for n in range(FIRST, LAST + 1)}
    for d in docs:
        assert len(_text(d["id"])) > 300, d["id"]
        split = "heldout" if int(hashlib.sha1(d["url"].encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"
        assert d["split"] == split, d["id"]
        lab = labels[d["id"]]
        assert set(filter(None, lab["themes"].split("|"))) <= names, d["id"]
        assert re.search(r"; doc: [^;]+$", lab["reason"]), d["id"]
        if "place only in the address" in lab["reason"]:
            # 「place only in the address (city.choshi.chiba: 銚子市, 千葉県): the text writes 本市 only」
            assert (lab["region"], lab["prefecture"]) == ("", ""), d["id"]


def test_no_docs_bj_page_repeats_the_opening_of_a_page_already_in_the_set():
    # The pages corpus returned 佐賀県立図書館's digitisation page twice (its own site and a hosted copy, only
    # the own site taken) and the same 共聴 要綱 kinds under many towns; the address check alone lets a
    # second copy in.  Known before docs-bj: none among these.
    assert realdocs_repeats({d["id"] for d in _batch()}) == []


def test_a_docs_bj_rule_is_dated_by_its_enactment_line():
    # 「条例 平成23年3月15日条例第4号 (FY2010)」, 「訓令 令和7年3月18日議会訓令第3号 (FY2024)」: a 例規 row's year is
    # the date of the line that gives its number, never a cited law, 要綱 or amendment note.
    labels = {r["id"]: r for r in realdocs_rows("labels")}
    checked = 0
    for d in _batch():
        lab = labels[d["id"]]
        if not re.search(r"doc: 例規 \((条例|要綱|規則|規程|規約)\)$", lab["reason"]):
            continue
        head = unicodedata.normalize("NFKC", "\n".join(_text(d["id"]).splitlines()[:8]))
        m = re.search(r"(明治|大正|昭和|平成|令和)(\d+|元)年(\d+)月(\d+)日\s*\S*?第\d+号", head)
        assert m, d["id"]
        year = ERAS[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2)))
        fiscal = year if int(m.group(3)) >= 4 else year - 1
        assert (lab["year"], lab["fiscal_year"]) == (str(year), str(fiscal)), d["id"]
        checked += 1
    assert checked == 16


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
