"""The label conventions of bench/realdocs settled by labels32 (bench/realdocs/README.md, "How the
labels were made"), checked on the label files themselves: a row that breaks a written convention
fails here before it moves a figure.  Only the labels, the titles and the texts are read; nothing is
derived, so these hold whatever the rules do."""

import re
import unicodedata
from pathlib import Path

from conftest import realdocs_rows

REALDOCS = Path(__file__).resolve().parents[2] / "bench" / "realdocs"

BLOCKS = {
    "東北": "青森 岩手 宮城 秋田 山形 福島",
    "信越": "新潟 長野",
    "北陸": "富山 石川 福井",
    "東海": "岐阜 静岡 愛知 三重",
    "近畿": "滋賀 京都 大阪 兵庫 奈良 和歌山",
    "中国": "鳥取 島根 岡山 広島 山口",
    "四国": "徳島 香川 愛媛 高知",
    "九州": "福岡 佐賀 長崎 熊本 大分 宮崎 鹿児島",
}
FULL = {"京都": "京都府", "大阪": "大阪府"}
ERA = {"令和": 2018, "平成": 1988}


def _rows():
    titles = {d["id"]: d["title"] for d in realdocs_rows("documents")}
    for r in realdocs_rows("labels"):
        text = (REALDOCS / "docs" / f"{r['id']}.txt").read_text(encoding="utf-8")
        yield r, unicodedata.normalize("NFKC", titles[r["id"]]), unicodedata.normalize("NFKC", text)


def _nendo(s: str) -> list[int]:
    return [ERA[e] + (1 if n == "元" else int(n)) for e, n in re.findall(r"(令和|平成)(元|\d+)年度", s)]


def test_a_title_opening_with_a_nendo_report_is_for_that_nendo():
    # 「平成21年度における…の概要」 released in 平成22年 is a report of 平成21年度 (the README's
    # 平成20年度 example); 「令和6年度 …評価報告書」 of the 年度 before is the title's 年度 all the same.
    # Empty stays allowed: a project's 年度 with no date of its own (事後評価表) gives nothing.
    report = re.compile(r"^(?:【[^】]*】)?\s*((?:令和|平成)(?:元|\d+)年度)[^、。]*?(評価|報告|実績|決算|概要|結果)")
    wrong = []
    for r, title, _ in _rows():
        if (m := report.match(title)) and r["fiscal_year"] not in ("", str(_nendo(m.group(1))[0])):
            wrong.append((r["id"], r["fiscal_year"], title[:40]))
    assert wrong == []


def test_a_group_word_alone_never_gives_the_whole_group():
    # 「北陸3県における…」 is 北陸 without prefectures; the prefectures of the group are labelled only
    # as the text writes them (a town such as 能登町 brings its own prefecture, not the other two).
    group = {b: re.compile(rf"{b}(?:地方|管内)?の?(?:各府?県|[0-9一二三四五六七八九]+県|2府4県)") for b in BLOCKS}
    wrong = []
    for r, _, text in _rows():
        labelled = set(r["prefecture"].split("|"))
        for block, stems in BLOCKS.items():
            whole = {FULL.get(s, s + "県") for s in stems.split()}
            if group[block].search(text) and whole <= labelled:
                if not all(s in text for s in stems.split()):
                    wrong.append((r["id"], block))
    assert wrong == []


def test_a_fiscal_year_after_the_year_is_one_the_reason_names():
    # A 年度 later than the page's own year is a document for a coming 年度 (a 概算要求 dated 平成12年8月
    # for 平成13年度), and the reason names that 年度.  Three rows once had the two columns exchanged
    # against their own reasons ("2023年1月 … (FY2022)" labelled 2023 / 2022).
    wrong = []
    for r, _, _ in _rows():
        fy, year = r["fiscal_year"], r["year"]
        reason = unicodedata.normalize("NFKC", r["reason"])
        if fy and year and int(fy) > int(year) and int(fy) not in _nendo(reason):
            wrong.append((r["id"], fy, year))
    assert wrong == []
