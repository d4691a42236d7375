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


@pytest.mark.parametrize("facet, typed", [("region", "火星"), ("fiscal_year", "テレワーク"), ("fiscal_year", "2300")])
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
