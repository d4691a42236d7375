"""Review 22: a prefecture's 情報政策課 / a town's DX推進室 searches from the terminal every day, and breaks it."""

from __future__ import annotations

import pytest

from conftest import write


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    """A ministry's call for comments with its dates, and a town's notice of a system it introduced."""
    from ictsearch import build_index, open_index

    root = tmp_path_factory.mktemp("notices")
    docs = root / "docs"
    write(docs / "local5g.txt", "ローカル5G導入に関するガイドラインの改定案に対する意見募集\n\n"
          "総務省は、「ローカル5G導入に関するガイドライン」の改定案について、"
          "令和2年10月15日(木)から同年11月16日(月)までの間、意見を募集します。\n")
    write(docs / "town.txt", "電子申請システムの導入について\n\n"
          "本町では、令和5年4月から電子申請システムを導入し、住民票の写しの請求をオンラインで受け付けています。\n")
    idx = root / "idx"
    build_index([docs], idx, jobs=1)
    with open_index(idx) as ix:
        yield ix


@pytest.mark.parametrize("query", [
    "令和2年10月15日(木)から同年11月16日(月)までの間、意見を募集します。",  # a sentence pasted from the page
    "から同年11月16日",
    "電子申請 から導入",   # a particle typed after a space, as the officer types it
    "電子申請 で導入",
])
def test_a_particle_that_begins_a_typed_word_is_not_required(notices, query):
    # Sudachi reads a particle at the start of what it is given (から同年, まで同年, で導入) as a
    # conjunction or a filler, not as the particle it is in the sentence, so the query required the
    # term から (or で, まー), which no document holds: the parentheses of a pasted sentence
    # (…15日(木)から同年…) start such a word, and the sentence from the page found nothing.
    result = notices.search(query)
    assert result.total >= 1, query
    words = notices.search(query, explain=True).explain["words"]
    assert not any(t in ("から", "で", "まー") for w in words for t in w["terms"] if "dropped" not in w
                   or t not in w["dropped"]), words


@pytest.mark.parametrize("query", ["テレワーク AND OR 導入", "テレワーク OR AND 導入", "テレワーク AND | 導入"])
def test_and_beside_or_is_refused_not_read_as_or(query):
    # AND was dropped as a space is, so 「テレワーク AND OR 導入」 silently searched either word:
    # 336 real pages for an officer who typed AND, against 35 that hold both.
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.parse import parse

    with pytest.raises(BadQuery, match="AND and OR"):
        parse(query)


@pytest.mark.parametrize("query", ["テレワーク AND 導入", "テレワーク AND NOT 東京", "テレワーク AND -東京", "(テレワーク AND 導入) OR 在宅勤務"])
def test_and_still_means_both(query):
    from ictsearch.search.parse import Or, parse

    node = parse(query)
    assert node is not None and (not isinstance(node, Or) or query.startswith("("))


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    """A town's telework plans of three fiscal years, each writing its own 年度."""
    from ictsearch import build_index, open_index

    root = tmp_path_factory.mktemp("plans")
    docs = root / "docs"
    for n in (3, 4, 5):
        write(docs / f"r{n}.txt", f"令和{n}年度 テレワーク推進事業の実施計画\n\n"
              f"令和{n}年度は、町内のサテライトオフィスでテレワークの体験会を開催します。\n")
    idx = root / "idx"
    build_index([docs], idx, jobs=1)
    with open_index(idx) as ix:
        yield ix


@pytest.mark.parametrize("query", ["テレワーク 令和4・5年度", "テレワーク 令和4、5年度", "令和4・5年度のテレワーク",
                                   "テレワーク R4・5年度", "テレワーク 令和4年度・5年度"])
def test_era_years_listed_with_one_era_are_either_year(plans, query):
    # Documents write two years of one era as 令和4・5年度 (令和4・5年度入札参加資格); the
    # query read 令和4 as fiscal year 2022 and left 5年度 as text to require, so 「テレワーク
    # 令和4・5年度」 found 12 realdocs pages where 「テレワーク 令和4年度・令和5年度」 finds 25.
    from pathlib import Path

    assert sorted(Path(h.path).stem for h in plans.search(query).hits) == ["r4", "r5"], query
    read = [w.get("read_as") for w in plans.search(query, explain=True).explain["words"]]
    assert "fiscal_year 2022" in read and "fiscal_year 2023" in read, read


@pytest.mark.parametrize("query", ["organization:総務省 テレワーク", "doctype:予算 光ファイバ", "Organization:信越総合通信局"])
def test_a_result_field_typed_as_a_filter_says_it_is_none(query):
    # A hit shows organization and doctype beside region and fiscal_year; typed as a filter the way
    # region:東北 is, organization:総務省 became the text オーガニゼーション and 総務省 and found
    # nothing on 2,396 real pages, with no word of why.
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.parse import parse

    with pytest.raises(BadQuery, match="no field to search or filter by"):
        parse(query)


@pytest.mark.parametrize("query", ['"organization:総務省"', "URL:https://www.soumu.go.jp", "TEL:03-5253-5111"])
def test_other_words_before_a_colon_stay_text_still(query):
    from ictsearch.search.parse import parse

    assert parse(query) is not None


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    """A town council's record of one day, and a ward's plan whose title and text write its first 年度
    in two forms (令和2年度(2020年度)), as 練馬区情報化基本計画 does, among other towns' pages."""
    from ictsearch import build_index, open_index

    root = tmp_path_factory.mktemp("council")
    docs = root / "docs"
    write(docs / "record.txt", "2020/12/16 令和2年議会運営委員会本文(要点)\n\n"
          + "委員長から、議会のタブレット端末導入に向けた協議の経過について報告があった。\n" * 12
          + "次回の委員会は2020/12/16の本会議終了後に開催する。\n")
    write(docs / "plan.txt", "情報化基本計画 令和2年度(2020年度)~令和6年度(2024年度)\n\n令和2年3月 策定\n"
          + "".join(f"令和2年度(2020年度)は、第{n}の施策として窓口のオンライン化を進める。\n" for n in range(1, 5)))
    for n, town in enumerate(("長和町", "売木村", "寒川町", "八千代町", "五ヶ瀬町", "佐呂間町")):
        write(docs / f"town{n}.txt", f"{town}からのお知らせ\n\n令和{n + 1}年度、{town}は防災行政無線の戸別受信機を配布しました。\n")
    idx = root / "idx"
    build_index([docs], idx, jobs=1)
    with open_index(idx) as ix:
        yield ix


@pytest.mark.parametrize("query", ["2020年12月16日", "2020/12/16", "令和2年12月16日 議会"])
def test_a_date_typed_finds_the_page_of_that_day_first(council, query):
    # A date typed whole was read as its fiscal year written in every form (2020年度, 令和2年度,
    # R2年度…), so the page writing 令和2年度 seven times outranked the one of that very day:
    # 「2020/12/16」 on the real pages listed 練馬区情報化基本計画 above 2020/12/16令和2年議会運営委員会本文.
    from pathlib import Path

    hits = council.search(query).hits
    assert hits and Path(hits[0].path).stem == "record", [h.title for h in hits]


@pytest.fixture(scope="module")
def villages(tmp_path_factory):
    """Three pages: fibre in a village, a town's shared TV aerials where reception is poor, a city's fibre plan."""
    from ictsearch import build_index, open_index

    root = tmp_path_factory.mktemp("villages")
    docs = root / "docs"
    write(docs / "fibre.txt", "光ファイバ整備事業について\n\n本村では、光ファイバの未整備地区を解消するため、"
          "国の補助金を活用して村内全域に光ファイバを整備します。\n")
    write(docs / "tv.txt", "難視聴地域の共聴施設について\n\n山間部の難視聴地域では、地区ごとに共聴施設を設け、"
          "テレビ放送を受信しています。町は共聴施設の改修を支援します。\n")
    write(docs / "plan.txt", "情報通信基盤整備計画\n\n市内の未整備地区に光ファイバを整備し、"
          "超高速ブロードバンドを市内全域で利用できるようにします。\n")
    idx = root / "idx"
    build_index([docs], idx, jobs=1)
    with open_index(idx) as ix:
        yield ix


def test_the_word_that_empties_a_search_of_several_is_named(villages):
    # 「光ファイバ 未整備地区 村」 found nothing and said only "Did you mean: 未整備?", though each pair
    # of its words finds pages.  Since officer27 the pages holding all the words but the fewest are
    # shown, and the note names the word they leave out (before: nothing shown, and a note that the
    # word "removes every hit").
    result = villages.search("光ファイバ 未整備地区 難視聴")
    assert result.total == 2 and result.dropped_words == ("難視聴",)
    assert result.notes == ("no document holds every word of 光ファイバ 未整備地区 難視聴: these leave out 難視聴",)
    # A word of several that finds pages on its own is no typo: no "Did you mean" for it
    # (「難視聴 共聴 村」 offered 視聴 and 難聴 for 難視聴, which alone finds 30 real pages).
    assert villages.search("難視聴").total == 1
    result = villages.search("難視聴 光ファイバ")
    assert result.total == 3 and result.suggestions == ()
    assert set(result.dropped_words) == {"難視聴", "光ファイバ"}
    # A word of several that finds nothing on its own still gets its suggestion.
    result = villages.search("共聴施設 難視調")
    assert result.total == 1 and result.suggestions and result.dropped_words == ("難視調",)
    # Asked exactly (an explicit AND), nothing is left out: the note still names the word.
    result = villages.search("共聴施設 AND 難視調")
    assert result.total == 0
    assert result.notes == ("難視調 removes every hit: without it 1 document matches",)


def test_a_town_given_as_a_place_filter_says_it_is_read_as_its_prefecture(villages):
    # `--region 長野市` silently became all of 長野県 (57 real pages, 松本市's among them), and
    # `--region 世田谷区` all of 東京都: documents are placed by prefecture, which only --explain showed.
    note = "長野市 is filtered as 長野県: documents are placed by prefecture, so pages of its other municipalities match too"
    assert note in villages.search("光ファイバ", region="長野市").notes
    assert note in villages.search("光ファイバ", prefecture=["長野市"]).notes
    assert not any("filtered as" in n for n in villages.search("光ファイバ", region="長野").notes)


@pytest.fixture(scope="module")
def budgets(tmp_path_factory):
    """A town's budget pages of two years, written in two forms, and a page on a rain disaster."""
    from ictsearch import build_index, open_index

    root = tmp_path_factory.mktemp("budgets")
    docs = root / "docs"
    write(docs / "r4.txt", "令和4年度予算の概要\n\n令和4年度の当初予算では、光ファイバの整備と防災行政無線のデジタル化に重点を置きました。\n")
    write(docs / "fy2022.txt", "2022年度 情報化関連予算\n\n2022年度は、庁内ネットワークの更新に予算を計上しました。\n")
    write(docs / "r5.txt", "令和5年度補正予算について\n\n令和5年度補正予算で、避難所のWi-Fi整備を行います。\n")
    write(docs / "rain.txt", "平成30年7月豪雨の記録\n\n平成30年7月豪雨では、防災行政無線で避難を呼びかけました。\n")
    idx = root / "idx"
    build_index([docs], idx, jobs=1)
    with open_index(idx) as ix:
        yield ix


def test_a_fiscal_year_typed_solid_with_a_word_is_read_as_a_year(budgets):
    # 「令和4年度予算」 typed solid required the text 令和4年度 (11 real pages, 18 for 「令和4年度 予算」), and
    # 「令和5年度補正予算」 only two of its three parts, so FY2024 pages came second: the fiscal year at
    # the head of a solid word is read as one, as in 「令和4年度の予算」.
    ids = lambda r: {h.path.rsplit("/", 1)[-1] for h in r.hits}  # noqa: E731
    for query in ("令和4年度予算", "R4年度予算", "2022年度予算"):
        result = budgets.search(query, explain=True)
        assert ids(result) == {"r4.txt", "fy2022.txt"}, query
        assert any(w.get("read_as") == "fiscal_year 2022" for w in result.explain["words"]), query
    assert ids(budgets.search("令和5年度補正予算")) == {"r5.txt"}
    # A date glued to a word is a name, and stays text.
    assert ids(budgets.search("平成30年7月豪雨")) == {"rain.txt"}
