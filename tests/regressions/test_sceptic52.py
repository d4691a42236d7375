"""sceptic52: what a sceptic's reading of search44 found — a filter value that is a word of its own answered
with a place a character off (中部 → 中国, 本州 → 九州, 東海道 → 北海道), and a second near value two
characters off beside a first one off (愛知件 → 愛知県, 高知県)."""

from __future__ import annotations

import pytest

from ictsearch.indexer.errors import UnknownFacetValue
from ictsearch.search.facets import FACETS_BY_NAME


def _message(facet: str, typed: str) -> str:
    with pytest.raises(UnknownFacetValue) as e:
        FACETS_BY_NAME[facet].query(typed)
    return str(e.value).split("; valid regions")[0]


@pytest.mark.parametrize("typed, wrong", [
    ("中東", "中国"),      # the Middle East (中部 was this case before it became an area: test_lead45)
    ("本州", "九州"),
    ("東海道", "北海道"),
])
def test_a_word_of_its_own_is_not_answered_with_a_place_a_character_off(typed, wrong):
    assert wrong not in _message("region", typed)


@pytest.mark.parametrize("typed, meant", [("東海道", "東海"), ("近畿圏", "近畿"), ("大坂", "大阪府"),
                                          ("東比", "東北"), ("九洲", "九州")])
def test_a_value_written_inside_it_or_read_as_it_is_still_offered(typed, meant):
    assert f"did you mean {meant}" in _message("region", typed)


@pytest.mark.parametrize("typed, meant, further", [("愛知件", "愛知県", "高知県"), ("郡馬県", "群馬県", "富山県")])
def test_a_second_value_further_off_than_the_first_is_not_offered(typed, meant, further):
    message = _message("region", typed)
    assert f"did you mean {meant}?" in message and further not in message


@pytest.mark.parametrize("typed, wrong", [
    ("令和20年渡", "令和10年度"),    # out of range, and 度 as 渡: another year is no spelling of it
    ("令和20年渡", "昭和20年度"),    # nor another era
    ("2038年渡", "2008年度"),
    ("平成40年渡", "平成10年度"),
    ("令和五年渡", "令和2年度"),     # 五 was two edits from 2 as from 5
])
def test_a_year_is_not_answered_with_another_year(typed, wrong):
    assert wrong not in _message("fiscal_year", typed)


@pytest.mark.parametrize("typed, meant", [("令和五年渡", "令和5年度"), ("二〇二三年度", "2023年度"), ("2O23年度", "2023年度"),
                                          ("令話5年度", "令和5年度"), ("平成三十年渡", "平成30年度")])
def test_a_year_mistyped_otherwise_is_still_answered(typed, meant):
    assert f"did you mean {meant}?" in _message("fiscal_year", typed)


@pytest.mark.parametrize("typed, meant", [("沖繩", "沖縄"), ("沖繩県", "沖縄県"), ("廣島県", "広島県"), ("神奈川縣", "神奈川県")])
def test_a_place_in_old_kanji_is_answered_with_its_name(typed, meant):
    # The analyzer reads 繩 as 縄: suggest() took the value for a word already known and offered nothing.
    assert f"did you mean {meant}?" in _message("region", typed)


# A 総合通信局 page in the style of a subsidy notice: its title writes 松本市 alone, its address writes
# 長野県松本市大手, one word to Sudachi.
NOTICE = (
    "松本市テレワークオフィス設置支援事業補助金\n"
    "市内にテレワークオフィスを設置する事業者に対し、その経費の一部を補助します。\n"
    "問い合わせ先 〒390-0874 長野県松本市大手3丁目8番13号 商工課\n"
)


def test_a_town_is_lit_inside_an_address_though_the_page_writes_it_alone_elsewhere(tmp_path):
    import ictsearch

    docs = tmp_path / "資料"
    docs.mkdir()
    (docs / "補助金.txt").write_text(NOTICE, encoding="utf-8")
    ictsearch.build_index([str(docs)], str(tmp_path / "idx"))
    with ictsearch.open_index(str(tmp_path / "idx")) as idx:
        hit = idx.search("松本市 長野県").hits[0]
    lit = [(s, e) for s, e in hit.highlights]
    address = hit.snippet.index("長野県松本市大手")
    town = (address + 3, address + 6)
    assert any(s <= town[0] and town[1] <= e for s, e in lit), [hit.snippet[s:e] for s, e in lit]
    assert not any(s <= address + 6 < e for s, e in lit)  # 大手 stays unlit



@pytest.mark.parametrize("body, lit", [
    # 長野 and 県 stand at successive positions in 「長野、県内の」 (positions pass over the 、): search44 lit
    # 【長野、県】 as the 長野県 typed, where the page never writes it.
    ("長野、県内の各地から松本、市街地へ向かう路線バスを案内する。", "長野"),
    # Where the page writes it whole elsewhere, that sentence is shown with it lit.
    ("長野、県内の各地から松本、市街地へ向かう路線バスを案内する。松本市は長野県の中央にある。", "長野県"),
])
def test_a_compounds_parts_across_a_comma_are_not_lit_as_the_word(tmp_path, body, lit):
    import ictsearch

    docs = tmp_path / "資料"
    docs.mkdir()
    (docs / "観光.txt").write_text(f"松本市の観光案内\n{body}\n", encoding="utf-8")
    ictsearch.build_index([str(docs)], str(tmp_path / "idx"))
    with ictsearch.open_index(str(tmp_path / "idx")) as idx:
        hit = idx.search("長野県 観光").hits[0]
    shown = [hit.snippet[s:e] for s, e in hit.highlights]
    assert "長野、県" not in shown and lit in shown, shown
