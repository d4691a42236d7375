"""search44: what breaker44 found in search — a mistyped filter value answered with a list and no near
value, an OR branch losing its words' side-by-side preference, a place's highlight cut short of the word
as typed."""

from __future__ import annotations

import pytest

from ictsearch.indexer.errors import UnknownFacetValue
from ictsearch.search.facets import FACETS_BY_NAME


@pytest.mark.parametrize("facet, typed, meant", [
    ("region", "東比", "東北"),          # 北 typed as 比
    ("region", "宮域県", "宮城県"),      # 城 as 域
    ("prefecture", "宮域県", "宮城県"),
    ("region", "北海堂", "北海道"),
    ("fiscal_year", "令和５年渡", "令和5年度"),  # 度 as 渡, the digit full-width
    ("fiscal_year", "2023念度", "2023年度"),
])
def test_a_mistyped_filter_value_is_answered_with_the_near_value(facet, typed, meant):
    with pytest.raises(UnknownFacetValue) as e:
        FACETS_BY_NAME[facet].query(typed)
    message = str(e.value)
    head = message.split("valid regions")[0].split(" as a year")[0]
    assert "did you mean" in head and meant in head


@pytest.mark.parametrize("facet, typed", [("region", "火星"), ("fiscal_year", "テレワーク"), ("fiscal_year", "2300"),
                                          ("fiscal_year", "令和100")])  # read, and out of range: said so
def test_a_value_near_nothing_is_offered_nothing(facet, typed):
    with pytest.raises(UnknownFacetValue) as e:
        FACETS_BY_NAME[facet].query(typed)
    assert "did you mean" not in str(e.value)


def test_a_town_typed_without_its_suffix_keeps_its_own_hint():
    with pytest.raises(UnknownFacetValue) as e:
        FACETS_BY_NAME["region"].query("仙台")
    assert str(e.value).count("did you mean") == 1 and "仙台市" in str(e.value)


def test_a_mistyped_theme_is_still_answered():
    with pytest.raises(UnknownFacetValue) as e:
        FACETS_BY_NAME["theme"].query("防災・源災")
    assert "did you mean 防災・減災" in str(e.value)


# Two pages in the White Paper's and a 総合通信局 report's style: the first holds スマホ and 教室, スマートフォン
# and 教室 apart (more often, so it scores higher on the words alone); the second writes スマホ教室.
PROGRAMMING = (
    "学校教育におけるプログラミング教育への期待\n"
    "民間企業等によるプログラミング教室が当てはまり、近年多くの事業者が参入してきている。教室では"
    "パソコン、スマートフォンで遊べるゲーム制作を通じて基礎を身につける。また、スマホアプリ制作、"
    "AI/機械学習など、学びたいことに合わせたプログラミングを学習する教室もある。スマートフォンの"
    "普及により、教室の形も変わりつつある。\n"
)
REPORT = (
    "令和6年度地域DX推進事業実施報告\n"
    "特に、デジタル活用支援員によるスマホ教室を延べ120回開催し、高齢者のデジタルデバイド解消に取り組んだ。\n"
    "追記:令和7年1月に長野県松本市でも開催した。\n"
)


@pytest.fixture(scope="module")
def two_pages(tmp_path_factory):
    import ictsearch

    root = tmp_path_factory.mktemp("search44")
    docs = root / "資料"
    docs.mkdir()
    (docs / "プログラミング教育.txt").write_text(PROGRAMMING, encoding="utf-8")
    (docs / "地域DX推進事業報告.txt").write_text(REPORT, encoding="utf-8")
    ictsearch.build_index([str(docs)], str(root / "idx"))
    with ictsearch.open_index(str(root / "idx")) as idx:
        yield idx


def test_each_side_of_an_or_keeps_the_preference_its_words_get_alone(two_pages):
    alone = two_pages.search("スマホ教室").hits
    assert alone[0].path.endswith("地域DX推進事業報告.txt")
    either = two_pages.search("スマホ教室 OR スマートフォン教室").hits
    assert [h.path.rsplit("/", 1)[-1] for h in either] == ["地域DX推進事業報告.txt", "プログラミング教育.txt"]
    # Nothing is lifted for a page that holds no side as typed: without the OR, the same order.
    assert two_pages.search("スマートフォン教室 OR スマホ教室").hits[0].path.endswith("地域DX推進事業報告.txt")


def test_an_or_with_a_side_of_no_split_word_is_compiled_as_before():
    from ictsearch.search.parse import parse
    from ictsearch.search.query import compile_query

    assert compile_query(parse("スマホ教室 OR テレワーク")).either_typed == []
    assert compile_query(parse("-(スマホ教室 OR スマートフォン教室) 高齢者")).either_typed == []
    sides = compile_query(parse("スマホ教室 OR スマートフォン教室")).either_typed[0]
    assert [side[0][0] for side in sides] == [("スマホ", "教室"), ("スマートフォン", "教室")]


def test_a_place_typed_beside_another_word_is_lit_whole_where_the_text_writes_it_whole(two_pages):
    hit = two_pages.search("スマホ教室 松本市").hits[0]
    shown = [hit.snippet[s:e] for s, e in hit.highlights]
    assert "松本市" in shown and "松本" not in shown


def test_a_compounds_long_part_alone_is_still_lit_where_the_word_is_not_written(two_pages):
    # Where スマホ and 教室 stand apart (スマホアプリ, プログラミング教室), the longer parts are lit as before.
    hit = two_pages.search("スマホ教室 プログラミング").hits[0]
    shown = {hit.snippet[s:e] for s, e in hit.highlights}
    assert "スマホ" in shown or "教室" in shown


def test_computer_is_not_read_as_any_system():
    # コンピューター expanded to システム alone, which nearly every ICT page writes (防災システム, 社会システム):
    # 419 of 687 pages matched it.  情報システム, a computer system as the pages name it, stays.
    from ictsearch.search.synonyms import expand

    targets = {" ".join(t) for t in expand(("コンピューター",)).targets}
    assert "システム" not in targets
    assert {"情報 システム", "電子計算機"} <= targets


def test_computer_finds_an_information_system_page_but_not_a_disaster_warning_system_page(tmp_path):
    import ictsearch

    docs = tmp_path / "資料"
    docs.mkdir()
    (docs / "防災.txt").write_text(
        "防災行政無線の更新について\n市は、全国瞬時警報システム(Jアラート)と連携した防災情報伝達システムを整備し、"
        "屋外拡声子局の更新を進めている。\n", encoding="utf-8")
    (docs / "共同化.txt").write_text(
        "自治体情報システムの共同化\n県内の市町村は、住民記録や税の情報システムを共同で利用し、運用経費の削減に"
        "取り組んでいる。\n", encoding="utf-8")
    ictsearch.build_index([str(docs)], str(tmp_path / "idx"))
    with ictsearch.open_index(str(tmp_path / "idx")) as idx:
        found = [h.path.rsplit("/", 1)[-1] for h in idx.search("コンピューター").hits]
    assert found == ["共同化.txt"]
