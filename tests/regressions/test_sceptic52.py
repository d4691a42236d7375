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
    ("中部", "中国"),      # 中部地方 (東海・北陸・甲信), not 中国地方
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


def test_a_mistyped_year_of_digits_is_still_answered():
    assert "did you mean 2023年度" in _message("fiscal_year", "20233")
