"""Phrasings policy staff type around a subject (phrasing37): request furniture is not the subject.

「テレワーク関係」 found 36 of the 135 realdocs pages on テレワーク (115 of 199 White Paper sections):
関係 glued to the subject was a second word every page had to hold.  So were 関連, の状況, 関連資料
typed apart, the 教える of 「…について教えてください」, the 調べる of 「…について調べています」, and the
上期 of 「令和5年度上期」, whose year was read while 上期 stayed required (no page writes it).  These
now only lift the pages writing them (search/query.py REQUEST_NOUNS, ASKING_VERBS, YEAR_PART), and a
word typed apart that is read so is named in a note.  bench/realdocs/queries-fresh5.tsv measures it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import realdocs_index

FROZEN_BELOW = 4100


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """The real pages of bench/realdocs writing テレワーク, スマートシティ, うるう秒 or 防災訓練 (r001-r4099)."""
    return realdocs_index(tmp_path_factory, "phrasing", "テレワーク|スマートシティ|うるう秒|防災訓練", FROZEN_BELOW, 100)


def _search(index, query, **kw):
    from ictsearch.search import open_index

    with open_index(index) as idx:
        return idx.search(query, limit=kw.pop("limit", 10), explain=True, **kw)


def _ids(result):
    return [Path(h.path).stem for h in result.hits]


@pytest.mark.parametrize("query", [
    "テレワーク関係", "テレワーク関連", "テレワーク関連資料", "テレワーク 関連資料", "テレワーク 関連",
    "テレワークの状況", "テレワークに関する情報", "テレワーク施策一覧",
    "テレワークについて教えてください", "テレワークについて調べています", "テレワークの資料を探しています",
])
def test_a_request_around_the_subject_finds_what_the_subject_finds(index, query):
    subject = _search(index, "テレワーク")
    asked = _search(index, query)
    assert subject.total >= 50
    assert asked.total == subject.total, query


def test_furniture_glued_to_the_subject_is_optional_and_said_so_in_the_explanation(index):
    words = _search(index, "テレワーク関係").explain["words"]
    assert words[0]["optional"] == ["関係"]
    assert "関係" not in words[0].get("dropped", [])


def test_a_furniture_word_typed_apart_is_named_in_a_note(index):
    result = _search(index, "テレワーク 関連資料")
    assert any(n.startswith("関連資料 was read as the kind of material asked for") for n in result.notes)


def test_furniture_typed_alone_or_first_in_a_word_is_still_searched(index):
    # 関係機関: 関係 opens the word, it is part of the subject; 資料 alone is the word asked for.
    for query, word in (("関係機関", "関係"), ("資料", "資料")):
        result = _search(index, query, limit=50)
        assert result.total > 0
        assert all(word in Path(h.path).read_text(encoding="utf-8") for h in result.hits), query


def test_a_glued_situation_word_is_the_subject_s_own(index):
    # 状況 and 情報 are furniture only after a particle: 被害状況 / 防災情報 name the subject's own thing.
    words = _search(index, "テレワーク 被害状況").explain["words"]
    assert "optional" not in words[1]
    assert "optional" in _search(index, "テレワークの状況").explain["words"][0]


def test_an_asking_verb_inside_the_sentence_is_kept():
    from ictsearch.search.query import compile_query, parse

    ending = compile_query(parse("プログラミングについて教えてください")).words[0]
    inside = compile_query(parse("子どもにプログラミングを教える授業")).words[0]
    middle = compile_query(parse("アプリで調べて予約もできる")).words[0]
    assert "教える" in ending["dropped"]
    assert "教える" not in inside.get("dropped", [])
    assert "調べる" not in middle.get("dropped", [])


@pytest.mark.parametrize("query", ["令和5年度下期 スマートシティ", "令和5年度上期のスマートシティ",
                                   "スマートシティ 令和5年度 下期", "2023年度第3四半期 スマートシティ"])
def test_a_half_or_quarter_after_a_year_is_read_with_the_year_not_required(index, query):
    result = _search(index, query)
    # r448 (令和5年6月 selection), r234 (令和5年12月 交付式), r1645 (札幌市's 令和5年度 activities)
    assert {"r448", "r234", "r1645"} <= set(_ids(result)), query
    assert any("a part of the 年度 before it" in n for n in result.notes), query


def test_a_half_without_a_year_is_still_a_word():
    from ictsearch.search.query import compile_query, parse

    words = compile_query(parse("スマートシティ 上期")).words
    assert all("optional" not in w for w in words)


@pytest.mark.parametrize("query", ["うるう秒について調べてます", "うるう秒とは", "うるう秒とは？", "うるう秒の資料"])
def test_a_kana_word_before_a_request_is_found_as_pages_cut_it(index, query):
    # うるう秒 is cut otherwise inside a sentence than alone: before the request it found nothing.
    assert {"r3843", "r3844"} <= set(_ids(_search(index, query))[:3]), query


def test_a_short_word_of_subject_and_furniture_finds_what_the_subject_finds(index):
    # 防災関係 (four kanji) was matched as one short word, its parts side by side only.
    assert _search(index, "防災関係").total == _search(index, "防災").total > 20


@pytest.mark.parametrize("query, year", [("令和 4年度 テレワーク", 2022), ("テレワーク 令和3年度 4年度", 2022),
                                         ("テレワーク R3 4年度", 2022), ("平成 30年度 電波監視", 2018)])
def test_a_year_typed_over_two_words_is_read_as_one(query, year):
    from ictsearch.search.query import compile_query, parse

    read = [w.get("read_as") for w in compile_query(parse(query)).words]
    assert f"fiscal_year {year}" in read, query


def test_a_bare_year_is_not_carried_back_into_an_earlier_era():
    from ictsearch.search.query import compile_query, parse

    # 「H30 2年度」 is likelier 令和2年度 than 平成2年度 (1990): the number stays as typed.
    words = compile_query(parse("テレワーク H30 2年度")).words
    assert [w.get("read_as") for w in words] == [None, "fiscal_year 2018", None]
