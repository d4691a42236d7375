"""Query understanding: talk-like phrases, synonyms, region and year words, suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer import build_index
from ictsearch.search import open_index

from conftest import write


@pytest.fixture(scope="module")
def idx(tmp_path_factory):
    d = tmp_path_factory.mktemp("understanding")
    docs = d / "docs"
    write(docs / "telework.txt", "テレワーク導入の手引き\n\n中小企業へのテレワーク導入を支援する。テレワークの利用が広がっている。")
    write(docs / "remote.txt", "在宅勤務の実態\n\nリモートワークを始めた社員の声を集めた。")
    write(docs / "ai.txt", "AIの活用事例\n\n自治体におけるAIの導入が進む。")
    write(docs / "jinko.txt", "人工知能の研究\n\n人工知能の基礎研究を進める大学の取組。")
    write(docs / "spam.txt", "迷惑メール対策\n\n携帯電話に届く迷惑メールへの対策を強化する。")
    write(docs / "nagano.txt", "長野県の取組\n\n長野県塩尻市では、地域の中小企業のテレワーク導入を支援した。")
    write(docs / "miyagi.txt", "宮城県の取組\n\n仙台市でテレワーク相談会を開いた。")
    write(docs / "g5.txt", "ローカル5Gの実証\n\n令和4年度 事業計画\n\n工場でローカル5Gを使った実証を行う。")
    write(docs / "scattered5g.txt", "基地局の整備\n\n基地局5か所を整備し、gの単位で計測した。")
    write(docs / "ijime.txt", "ネットいじめ\n\nネットいじめへの対応。学校裏サイトの監視も行う。")
    write(docs / "meeting.txt", "第5回会議\n\n通信の会議を開いた。")
    write(docs / "ijime2.txt", "ネットいじめの相談\n\nネットいじめの相談窓口を設けた。学校のサイトで周知する。")
    build_index([docs], d / "idx", jobs=1)
    with open_index(d / "idx") as ix:
        yield ix


def names(res) -> list[str]:
    return [Path(h.path).stem for h in res.hits]


def test_talk_like_phrase_drops_function_words(idx):
    res = idx.search("携帯電話に届く迷惑メールへの対策", explain=True)
    assert names(res)[0] == "spam"
    res = idx.search("テレワークの利用が広がっている", explain=True)
    assert names(res)[0] == "telework"
    assert "居る" in res.explain["words"][0]["dropped"]


def test_partial_matches_still_rank(idx):
    # 研修 occurs nowhere: a strict AND would return nothing.
    res = idx.search("中小企業のテレワーク導入研修")
    assert res.total and names(res)[0] in ("telework", "nagano")


def test_synonyms_find_and_rank_below_the_word_typed(idx):
    res = idx.search("リモートワーク")
    assert names(res)[0] == "remote"
    assert "telework" in names(res)
    assert idx.search("リモートワーク", synonyms=False).total == 1
    res = idx.search("人工知能")
    assert names(res)[0] == "jinko" and "ai" in names(res)


def test_ambiguous_abbreviation_does_not_expand_by_itself(idx):
    assert set(names(idx.search("AI"))) == {"ai"}


def test_region_and_year_words_are_understood(idx):
    res = idx.search("信越 テレワーク", explain=True)
    assert "nagano" in names(res)  # 長野県 → 信越, although the text never says 信越
    assert res.explain["words"][0]["read_as"] == "region 信越"
    assert "miyagi" in names(idx.search("東北地方 テレワーク"))
    res = idx.search("R4年度 ローカル5G", explain=True)
    assert names(res)[0] == "g5"
    assert res.explain["words"][0]["read_as"] == "fiscal_year 2022"


def test_quoted_region_word_is_text_only(idx):
    assert idx.search('"信越" テレワーク').total == 0


def test_letters_and_digits_match_only_together(idx):
    assert names(idx.search("5G")) == ["g5"]


def test_not_excludes_the_word_not_its_parts(idx):
    assert set(names(idx.search("ネットいじめ -学校裏サイト"))) == {"ijime2"}
    assert set(names(idx.search("ネットいじめ NOT 学校裏サイト"))) == {"ijime2"}


def test_zero_hits_suggest_the_katakana_word(idx):
    res = idx.search("てれわーく")
    assert res.total == 0 and "テレワーク" in res.suggestions


def test_zero_hits_name_the_filter_to_blame(idx):
    res = idx.search("テレワーク", region="沖縄")
    assert res.total == 0
    assert any("region" in n for n in res.notes)


def test_era_year_without_nen_is_a_year(idx):
    res = idx.search("令和4 ローカル5G", explain=True)
    assert res.explain["words"][0]["read_as"] == "fiscal_year 2022"
    assert names(res)[0] == "g5"


def test_unpaired_full_width_parenthesis_is_text(idx):
    assert idx.search("テレワーク（導入").total == idx.search("テレワーク 導入").total > 0


def test_slight_units_do_not_decide_a_match(idx):
    # 第, 5 and 通信 are three of the four units of 第5世代通信, but 第 and 5 are too slight to stand in for 世代.
    assert "meeting" not in names(idx.search("第5世代通信"))
    assert "meeting" in names(idx.search("第5回通信"))


def test_place_words_read_as_metadata_only_when_unambiguous():
    from ictsearch.search.query import understood

    assert understood("東北地方")[1] == "region 東北"
    assert understood("宮城")[1] == "prefecture 宮城県"
    assert understood("中国") is None  # China, more often than the 中国 block
    assert understood("中国地方")[1] == "region 中国"
    assert understood("金沢市") is None  # a city is narrower than 石川県


# -- region and year expressions inside a phrase typed without spaces (issue 18) ----------------


def readings(query: str) -> list[str]:
    from ictsearch.search.query import compile_query, parse

    return sorted(w["read_as"] for w in compile_query(parse(query)).words if w.get("read_as"))


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # at the start, before の
        ("東北のテレワーク施策", ["region 東北"]),
        ("東北地方のテレワーク", ["region 東北"]),
        ("宮城のテレワーク", ["prefecture 宮城県"]),
        ("2019年度のテレワーク", ["fiscal_year 2019"]),
        ("令和元年度の5G", ["fiscal_year 2019"]),
        ("R4のローカル5G", ["fiscal_year 2022"]),
        ("R元のローカル5G", ["fiscal_year 2019"]),  # 元 for 1, as in 令和元年度
        ("令和4のローカル5G", ["fiscal_year 2022"]),
        # after の, で, における; at the end
        ("テレワーク施策で令和4年度のもの", ["fiscal_year 2022"]),
        ("テレワーク施策における東北", ["region 東北"]),
        ("ローカル5Gの実証の令和4年度", ["fiscal_year 2022"]),
        ("九州における平成20年度の携帯電話", ["fiscal_year 2008", "region 九州"]),
        ("東北のテレワーク施策で令和4年度のもの", ["fiscal_year 2022", "region 東北"]),
        # the spaced form's exceptions hold inside a phrase too
        ("中国の5G", []),
        ("中国地方の5G", ["region 中国"]),
        ("金沢市のテレワーク", []),
        # glued to another content word it is part of a name, not a reading
        ("東北地方整備局のテレワーク", []),
        ("平成30年7月豪雨", []),
        # but a bureau's name is its block, the area it serves (regions.bureau_block)
        ("東北総合通信局", ["region 東北"]),
    ],
)
def test_region_and_year_inside_a_phrase(phrase, expected):
    assert readings(phrase) == expected


def test_quoted_phrase_is_not_read():
    assert readings('"東北のテレワーク"') == []


@pytest.mark.parametrize(
    "spaced, phrase",
    [
        ("東北 テレワーク 令和4年度", "東北のテレワーク施策で令和4年度のもの"),
        ("信越 テレワーク", "信越のテレワーク"),
        ("R4年度 ローカル5G", "R4年度のローカル5G"),
        ("2022年度 ローカル5G 実証", "2022年度のローカル5Gの実証"),
    ],
)
def test_spaced_and_unspaced_forms_read_the_same(idx, spaced, phrase):
    a = idx.search(spaced, explain=True)
    b = idx.search(phrase, explain=True)
    read = lambda res: sorted((w["word"], w["read_as"]) for w in res.explain["words"] if w.get("read_as"))  # noqa: E731
    assert read(a) == read(b) and read(a)
    assert names(a)[:1] == names(b)[:1]


def test_phrase_with_a_region_finds_pages_that_never_write_it(idx):
    # 長野県 is in 信越: the text never says 信越, the derived region does.
    assert "nagano" in names(idx.search("信越のテレワーク"))
    assert names(idx.search("令和4年度のローカル5Gの実証"))[0] == "g5"


def test_explain_line_for_a_phrase(idx):
    from click.testing import CliRunner

    from ictsearch.cli import cli

    out = CliRunner().invoke(cli, ["search", "--index", str(idx.path), "--explain", "信越のテレワーク"]).output
    assert "信越 → 信越   also read as region 信越" in out


def test_a_year_word_matches_the_english_abbreviations_of_its_fiscal_year():
    # A budget table heads its columns FY23 or 2023FY: 令和5年度 typed finds the text written so too.
    from ictsearch.search.understand import fiscal_year_forms

    assert {"2023年度", "FY2023", "FY23", "2023FY", "令和5年度", "R5年度"} <= set(fiscal_year_forms(2023))
    assert "FY98" in fiscal_year_forms(1998)


# -- relative and bare years (query27) ------------------------------------------------------------

@pytest.fixture
def dec_2026(monkeypatch):
    """Relative years read from 2026-12-03 (fiscal year 2026), whatever the machine's clock says."""
    import datetime

    from ictsearch.search import understand

    monkeypatch.setattr(understand, "today", lambda: datetime.date(2026, 12, 3))


@pytest.mark.parametrize("word, read_as", [
    ("今年度", "fiscal_year 2026"), ("本年度", "fiscal_year 2026"), ("当年度", "fiscal_year 2026"),
    ("昨年度", "fiscal_year 2025"), ("前年度", "fiscal_year 2025"), ("一昨年度", "fiscal_year 2024"),
    ("来年度", "fiscal_year 2027"), ("次年度", "fiscal_year 2027"), ("再来年度", "fiscal_year 2028"),
    ("今年", "fiscal_year 2026"), ("去年", "fiscal_year 2025"), ("昨年", "fiscal_year 2025"),
    ("一昨年", "fiscal_year 2024"), ("おととし", "fiscal_year 2024"), ("来年", "fiscal_year 2027"),
    ("今年度中", "fiscal_year 2026"),  # a deadline within the year: the year, not a required 中
    ("来年度以降", "fiscal_year 2027.."), ("昨年度まで", "fiscal_year ..2025"),
    ("今年度から来年度", "fiscal_year 2026..2027"),
    ("2024", "fiscal_year 2024"),  # as --year 2024
])
def test_relative_and_bare_years_are_read_as_the_year_typed_out(dec_2026, word, read_as):
    from ictsearch.search.understand import understood

    assert understood(word)[1] == read_as


@pytest.mark.parametrize("word", ["前年度比", "年度末", "新年度", "年末年始", "前年", "翌年度", "1989", "2041", "5000",
                                  "0120", "2024件", "５G"])
def test_words_that_name_no_year_of_their_own_stay_text(dec_2026, word):
    from ictsearch.search.understand import understood

    assert understood(word) is None


def test_the_fiscal_year_of_today_turns_on_the_first_of_april(monkeypatch):
    import datetime

    from ictsearch.search import understand

    for day, this_fy, this_year in [((2025, 3, 31), 2024, 2025), ((2025, 4, 1), 2025, 2025), ((2025, 1, 5), 2024, 2025)]:
        monkeypatch.setattr(understand, "today", lambda day=day: datetime.date(*day))
        assert understand.understood("今年度")[1] == f"fiscal_year {this_fy}"
        assert understand.understood("今年")[1] == f"fiscal_year {this_year}"


@pytest.mark.parametrize("phrase, spans", [
    ("今年度のテレワーク補助金", [("今年度", "fiscal_year 2026")]),
    ("来年度予算", [("来年度", "fiscal_year 2027")]),          # as 令和9年度予算 is
    ("昨年度実績の報告", [("昨年度", "fiscal_year 2025")]),
    ("去年の防災訓練", [("去年", "fiscal_year 2025")]),
    ("今年度中に策定する計画", [("今年度中", "fiscal_year 2026")]),
    ("前年度比の増加", []),   # a change over the year before, said of any year's figures
    ("2024の相談件数", []),   # four digits inside a phrase: a count or a code as often as a year
    ("電話03-5253-2024", []),
])
def test_relative_years_inside_a_phrase(dec_2026, phrase, spans):
    from ictsearch.search.understand import metadata_spans

    assert [(s.text, s.read_as) for s in metadata_spans(phrase)] == spans


@pytest.fixture(scope="module")
def years_idx(tmp_path_factory):
    d = tmp_path_factory.mktemp("years")
    docs = d / "docs"
    write(docs / "r8.txt", "令和8年度 テレワーク導入補助金の公募\n\n令和8年度も中小企業のテレワーク導入を補助します。")
    write(docs / "r7.txt", "令和7年度 テレワーク導入補助金の実績\n\n令和7年度のテレワーク補助金は前年度比で増加した。")
    write(docs / "r6.txt", "2024年度 防災訓練\n\n2024年度の総合防災訓練で衛星通信を使った。今年度中に報告書をまとめる。")
    write(docs / "win.txt", "庁内端末の移行\n\nWindows 2000 の端末を移行する計画。問合せ 03 5253 2024")
    build_index([docs], d / "idx", jobs=1)
    with open_index(d / "idx") as ix:
        yield ix


def test_relative_year_filters_as_the_year_typed_out_and_says_so(years_idx):
    import datetime

    day = datetime.date(2026, 12, 3)
    res = years_idx.search("今年度のテレワーク補助金", today=day, explain=True)
    assert names(res) == ["r8"]
    assert names(years_idx.search("令和8年度のテレワーク補助金")) == ["r8"]
    assert res.explain["words"][0]["read_as"] == "fiscal_year 2026" and res.explain["words"][0]["relative"] == "2026年度"
    assert "今年度 was read as 2026年度 (fiscal_year 2026), counted from 2026-12-03" in res.notes
    assert names(years_idx.search("昨年度 テレワーク", today=day)) == ["r7"]
    # The same words a year on: the day is the API's to give.
    assert names(years_idx.search("昨年度 テレワーク", today=datetime.date(2027, 6, 1))) == ["r8"]
    # A page's own 今年度 is its year, not today's: r6 writes 今年度中 and is of 2024.
    res = years_idx.search("今年度中 防災訓練", today=day)
    assert res.total == 0 and any("removes every hit" in n for n in res.notes)
    assert names(years_idx.search("今年度中 防災訓練", today=datetime.date(2024, 12, 3))) == ["r6"]


def test_relative_years_quoted_or_in_a_comparison_are_text(years_idx):
    import datetime

    day = datetime.date(2026, 12, 3)
    assert names(years_idx.search("前年度比", today=day)) == ["r7"]
    assert names(years_idx.search("「今年度中に報告」", today=day)) == ["r6"]
    assert years_idx.search("今年度", understand=False).total == 1  # r6 writes it


def test_bare_year_is_the_year_unless_a_neighbour_says_it_is_a_number(years_idx):
    res = years_idx.search("2024 防災訓練", explain=True)
    assert names(res) == ["r6"] and res.explain["words"][0]["read_as"] == "fiscal_year 2024"
    assert names(years_idx.search("2026 テレワーク")) == ["r8"]  # writes only 令和8年度
    for typed in ("DX 2024", "2024 5G", "IoT 2024"):  # an acronym or a name with a digit: the year
        assert idx_reads_year(years_idx, typed), typed
    for typed in ("Windows 2000", "Office 2019", "5253 2024", '"2024" 防災訓練', "2030 年までに"):
        res = years_idx.search(typed, explain=True)
        assert not any(w.get("read_as") for w in res.explain["words"]), typed
    assert names(years_idx.search("Windows 2000")) == ["win"]
    assert names(years_idx.search("5253 2024")) == ["win"]


def idx_reads_year(idx, typed: str) -> bool:
    return any(w.get("read_as") for w in idx.search(typed, explain=True).explain["words"])


def test_a_span_named_from_today_is_searched_as_its_years(years_idx):
    import datetime

    res = years_idx.search("昨年度以降 テレワーク", today=datetime.date(2026, 12, 3))
    assert sorted(names(res)) == ["r7", "r8"]
    assert "昨年度以降 was read as 2025年度以降 (fiscal_year 2025..), counted from 2026-12-03" in res.notes
    assert names(years_idx.search("一昨年度まで 防災訓練", today=datetime.date(2026, 12, 3))) == ["r6"]  # ..2024
    assert years_idx.search("昨年度まで テレワーク", today=datetime.date(2026, 12, 3)).total == 1  # r7, not r8


def test_a_letter_and_three_digits_is_a_code_not_an_era_year():
    """R317 (国道317号, a model's number) was read as 令和317 = fiscal year 2335, finding nothing; a letter's
    era year is one or two digits (R5, R99: a year beyond the calendar, said so), 令和317年度 written out
    stays a year."""
    from ictsearch.search.understand import understood

    assert understood("R317") is None and understood("h100") is None
    assert understood("R5")[1] == "fiscal_year 2023"
    assert understood("R99")[1] == "fiscal_year 2117"
    assert understood("令和317年度")[1] == "fiscal_year 2335"
