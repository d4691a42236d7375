"""docs-bk (bench/realdocs/README.md): 30 pages labelled blind on 2026-12-05 as the blind check of the
thirtieth session's rules: procedure pages of cities and towns (smartphone payment of water charges,
electronic contracts, seals abolished, convenience-store certificates, online consultation), FAX and mail
119 for people who cannot hear or speak, school device pages (GIGA take-home, a prefecture's BYOD), a fire
service's drone, street cameras, two assembly and council records, a 気象台, 農林水産技術会議 and 車座.
Only the label files and the texts are read; nothing is derived, so these hold whatever the metadata rules do:
a row that is not a whole page, sits in the wrong split, repeats a page the set has, or is dated by a line
its text does not carry fails here."""

import re
import unicodedata
from pathlib import Path

from conftest import check_batch_rows, check_date_lines, fiscal_of, realdocs_batch, realdocs_repeats, realdocs_rows

REALDOCS = Path(__file__).resolve().parents[2] / "bench" / "realdocs"
ERAS = {"平成": 1988, "令和": 2018}
FIRST, LAST = 4726, 4755


def _batch():
    return realdocs_batch(FIRST, LAST)


def _text(rid: str) -> str:
    return (REALDOCS / "docs" / f"{rid}.txt").read_text(encoding="utf-8")


def test_docs_bk_rows_are_whole_pages_with_labels_in_the_split_of_their_address():
    docs = check_batch_rows(FIRST, LAST, heldout=7)
    assert len(docs) == 30


def test_no_docs_bk_page_repeats_the_opening_of_a_page_already_in_the_set():
    # 岐阜市's mail-119 page is stored under two addresses (item/14626.htm and 11659.htm, one taken), and
    # many cities publish the same smartphone-payment and 119 FAX wording; the address check alone lets a
    # second copy in.
    assert realdocs_repeats({d["id"] for d in _batch()}) == []


def test_a_docs_bk_page_dated_by_its_date_line_carries_that_line():
    # 「更新日:2025年5月15日 (FY2025 …)」, 「公開日 2015年01月28日 (FY2014; 最終更新日 … kept as r720)」: a row whose
    # reason opens on the page's own date line has that line in its text, and its year and fiscal year are
    # that date's (April–March).
    assert check_date_lines(_batch()) == 7


def test_a_docs_bk_page_dated_by_the_change_it_announces_carries_the_day():
    # Pages with no date line dated by the labels38 convention from 「令和4年7月1日から…できるようになりました」,
    # 「令和3年1月1日から押印を廃止します」: the day is in the text and gives the year and fiscal year.
    labels = {r["id"]: r for r in realdocs_rows("labels")}
    checked = 0
    for d in _batch():
        lab = labels[d["id"]]
        m = re.search(r"「[^」]*?(平成|令和)(\d+)年(\d+)月(\d+)日(から|より)[^」]*」 is the (change|start) it announces",
                      lab["reason"])
        if not m:
            continue
        year = ERAS[m.group(1)] + int(m.group(2))
        day = f"{m.group(1)}{m.group(2)}年{m.group(3)}月{m.group(4)}日"
        assert day in unicodedata.normalize("NFKC", _text(d["id"])), d["id"]
        assert (lab["year"], lab["fiscal_year"]) == (str(year), str(fiscal_of(year, int(m.group(3))))), d["id"]
        checked += 1
    assert checked == 5


def test_a_docs_bk_page_without_a_date_of_its_own_has_no_year():
    # FAQ and procedure pages whose only dates are a count, a device spec, a deadline without its year or a
    # start recounted are left undated; a 年度 announced without a day gives the fiscal year alone.
    labels = {r["id"]: r for r in realdocs_rows("labels")}
    undated = [d["id"] for d in _batch() if not labels[d["id"]]["year"]]
    assert len(undated) == 10
    for rid in undated:
        lab = labels[rid]
        assert re.search(r"no (own |page )?date|no year|no date line|no meeting day", lab["reason"]), rid
        if lab["fiscal_year"]:
            assert re.search(r"(令和|平成)\d+年度", _text(rid)), rid
