"""Query phrasings review38 left wrong (query38): each read as a user of a search tool means it.

- 「東京以外のテレワーク」 required 東京: a place or year the query reads, followed by 以外, is left out
  as -東京 leaves it out, and a note says so (それ以外, 想定以外 stay text).
- 「2018-2020 テレワーク」, 「2018〜2020 テレワーク」 required the words 2018 and 2020, while --year 2018-2020
  and 2018..2020 were a range: two years of the pages (1990–2035) joined by a dash or a wave are one.
- 「テレワーク - 東京」 required 東京: a dash typed alone before a word is refused with what to type.
- 「デジ田」 was offered 電電 (its reading guessed デジデン, one kana from デンデン), and 「テレワーク推新」
  nothing: a near reading must share a character with the word, and a long word with one unknown unit
  is offered with that unit's best suggestion (テレワーク推進).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import realdocs_index, write

FROZEN_BELOW = 4100


@pytest.fixture(scope="module")
def telework(tmp_path_factory):
    """The real pages of bench/realdocs writing テレワーク (r001-r4099)."""
    return realdocs_index(tmp_path_factory, "query38", "テレワーク", FROZEN_BELOW, 100)


@pytest.fixture(scope="module")
def years(tmp_path_factory):
    """Reports on テレワーク of 平成29 up to 令和3年度, one a year, and a page of a phone number."""
    from ictsearch.indexer import build_index

    root = tmp_path_factory.mktemp("years38")
    reports = {
        "h29": "平成29年度 テレワーク推進事業の報告\n\n平成29年度は、中小企業のテレワーク導入の相談会を開いた。\n",
        "h30": "平成30年度 テレワーク推進事業の報告\n\n平成30年度は、地方自治体のテレワーク導入を支援した。\n",
        "r01": "令和元年度 テレワーク推進事業の報告\n\n令和元年度は、テレワーク・デイズに合わせて実証を行った。\n",
        "r02": "令和2年度 テレワーク推進事業の報告\n\n令和2年度は、新型コロナウイルス感染症の拡大を受け、テレワーク相談窓口を拡充した。\n",
        "r03": "令和3年度 テレワーク推進事業の報告\n\n令和3年度は、サテライトオフィスでのテレワークを支援した。\n",
        "tel": "テレワーク相談センター\n\nお問い合わせは 電話 03-5253-2024（平日9時から17時）まで。\n",
    }
    for name, text in reports.items():
        write(root / "docs" / f"{name}.txt", text)
    summary = build_index([root / "docs"], root / "idx", jobs=1)
    assert summary.added == len(reports)
    return root / "idx"


def _search(index, query, **kw):
    from ictsearch.search import open_index

    with open_index(index) as idx:
        return idx.search(query, limit=kw.pop("limit", 200), explain=True, **kw)


def _texts(result):
    return [Path(h.path).read_text(encoding="utf-8") for h in result.hits]


# -- 1. X以外 ------------------------------------------------------------------


@pytest.mark.parametrize("query", ["東京以外のテレワーク", "テレワーク 東京以外"])
def test_a_place_before_igai_is_left_out_as_minus_leaves_it_out(telework, query):
    minus = _search(telework, "テレワーク -東京")
    asked = _search(telework, query)
    assert 50 <= asked.total == minus.total < _search(telework, "テレワーク").total
    assert not any("東京" in text for text in _texts(asked))
    assert "東京以外 was read as -東京: pages writing 東京 are left out" in asked.notes


def test_places_listed_before_igai_are_all_left_out(telework):
    asked = _search(telework, "東京・大阪以外のテレワーク")
    assert asked.total == _search(telework, "テレワーク -東京 -大阪").total > 0
    assert not any("東京" in text or "大阪" in text for text in _texts(asked))


def test_a_year_before_igai_is_left_out_as_minus_leaves_it_out(telework):
    asked = _search(telework, "令和4年度以外のテレワーク")
    assert asked.total == _search(telework, "テレワーク -令和4年度").total
    assert all(h.fiscal_year != 2022 for h in asked.hits)
    assert any("令和4年度以外 was read as -令和4年度" in n for n in asked.notes)


@pytest.mark.parametrize("query", ["それ以外のテレワーク", "想定以外のテレワーク"])
def test_igai_after_a_word_that_is_no_place_or_year_stays_text(telework, query):
    result = _search(telework, query)
    assert "以外" in result.explain["words"][0]["terms"]
    assert not any(str(w["word"]).startswith("-") for w in result.explain["words"])
    assert not any("以外 was read as" in n for n in result.notes)


# -- 2. year spans without 年度 -----------------------------------------------------


@pytest.mark.parametrize("query", ["2018-2020 テレワーク", "2018〜2020 テレワーク", "2018～2020 テレワーク",
                                   "2018~2020 テレワーク", "テレワーク 2018 - 2020", "2018〜2020のテレワーク",
                                   "平成30〜令和2年 テレワーク"])
def test_two_years_joined_by_a_dash_or_a_wave_are_a_range_as_with_year(years, query):
    asked = _search(years, query)
    assert sorted(h.fiscal_year for h in asked.hits) == [2018, 2019, 2020]
    assert sorted(h.fiscal_year for h in _search(years, "テレワーク", fiscal_year="2018-2020").hits) == [2018, 2019, 2020]
    assert "fiscal_year 2018..2020" in [w.get("read_as") for w in asked.explain["words"]]


def test_numbers_that_are_no_years_of_the_pages_stay_text(years):
    from ictsearch.search.understand import understood

    # A phone number's 5253-2024 and a span reaching before the pages (1980-2020) are searched as typed.
    assert understood("5253-2024") is None and understood("1980-2020") is None
    assert [Path(h.path).stem for h in _search(years, "テレワーク 03-5253-2024").hits] == ["tel"]


def test_two_years_typed_backwards_are_refused_as_a_backwards_span_is():
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.query import compile_query, parse

    with pytest.raises(BadQuery, match="runs backwards"):
        compile_query(parse("テレワーク 2020-2018"))


# -- 3. a lone dash ---------------------------------------------------------------


@pytest.mark.parametrize(("query", "instead"), [("テレワーク - 東京", "-東京"), ("テレワーク ー 東京", "-東京"),
                                                ('テレワーク - "東京都"', '-"東京都"')])
def test_a_dash_typed_alone_before_a_word_is_refused_with_what_to_type(query, instead):
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.query import parse

    with pytest.raises(BadQuery, match="with a space after it is no minus") as err:
        parse(query)
    assert f"write {instead} (no space)" in str(err.value)


def test_a_dash_left_without_a_word_or_in_a_query_asked_again_is_dropped(telework):
    from ictsearch.search.query import And, Not, Word, parse

    assert parse("テレワーク -") == Word("テレワーク")
    # A pasted release title's subtitle between two dashes typed apart is no minus either (test_adv23).
    assert not any(isinstance(n, Not) for n in parse("光ファイバ整備を支援 − 「高度無線環境整備推進事業」の補助金交付を決定 −").nodes)
    assert parse("テレワーク - 東京", typed=False) == And((Word("テレワーク"), Word("東京")))
    assert _search(telework, "テレワーク -").total == _search(telework, "テレワーク").total


# -- 4. suggestions ----------------------------------------------------------------


@pytest.fixture(scope="module")
def vocabulary_index(tmp_path_factory):
    """Pages on 電電公社's privatisation and on the promotion of テレワーク."""
    from ictsearch.indexer import build_index

    root = tmp_path_factory.mktemp("suggest38")
    write(root / "docs" / "denden.txt", "情報通信の歩み\n\n昭和60年、日本電信電話公社（電電公社）が民営化され、"
                                        "電電公社の業務は日本電信電話株式会社に引き継がれた。\n")
    write(root / "docs" / "telework.txt", "テレワーク推進事業\n\n総務省は、地方公共団体におけるテレワーク推進のため、"
                                          "専門家による無料の相談を実施している。\n")
    build_index([root / "docs"], root / "idx", jobs=1)
    return root / "idx"


def test_a_sound_alike_of_a_guessed_reading_sharing_nothing_with_the_word_is_not_offered(vocabulary_index):
    from ictsearch.search.suggest import suggest

    result = _search(vocabulary_index, "デジ田")
    assert result.total == 0
    assert "電電" not in result.suggestions
    # The index holds 電電, and the same reading near it still reaches a word that shares a kanji.
    assert _search(vocabulary_index, "電電").total == 1
    assert suggest("電伝", [("電電", 3), ("情報", 5)]) == ["電電"]


def test_a_long_word_with_one_unit_mistyped_is_offered_with_that_unit_corrected(vocabulary_index):
    result = _search(vocabulary_index, "テレワーク推新")
    assert result.total == 0
    assert result.suggestions[:1] == ("テレワーク推進",)
    assert _search(vocabulary_index, result.suggestions[0]).total == 1
