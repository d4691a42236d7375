"""The place matcher finds exactly what the trie pattern it replaced found.

regions._PlaceMatcher scans with sets of words instead of compiling one
regular expression of 2,800 names at every start; these tests compile that
expression once and hold the two to the same matches.
"""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ictsearch.indexer.metadata import regions
from ictsearch.indexer.metadata.regions import _CHUGOKU, _COMPASS_AFTER, _first_chars, _place_re, _trie_pattern


@pytest.fixture(scope="module")
def names():
    return sorted(_place_re().words)


@pytest.fixture(scope="module")
def pattern(names):
    words = set(names)
    compass = "|".join(_COMPASS_AFTER)  # 東北部, 東北東: a direction, not the block
    return re.compile(f"(?={_first_chars(words | {'中国'})})"
                      f"(?:{_CHUGOKU}|(?!東北(?:{compass}))(?:{_trie_pattern(words)})(?!アジア|道))")


def spans(matches):
    return [(m.group(), m.span()) for m in matches]


@pytest.mark.parametrize(
    "text, found",
    [
        ("東京都と京都府", ["東京都", "京都府"]),  # longest first: 京都 is not found inside 東京都
        ("東北アジアの東北", ["東北"]),  # 東北アジア is not a region
        ("県東北部と東北東かがわ市", ["東かがわ市"]),  # 東北 as a compass point is not the block
        ("東海道新幹線", []),
        ("中国地方と中国語", ["中国"]),  # 中国 only in its region compounds
        ("中国・四国", ["中国", "四国"]),
        ("北九州市と九州", ["北九州市", "九州"]),
        ("", []),
    ],
)
def test_known_texts(text, found, pattern):
    assert [m.group() for m in _place_re().finditer(text)] == found
    assert spans(_place_re().finditer(text)) == spans(pattern.finditer(text))


SEPARATORS = ["", "と", "・", "、", "アジア", "道", "地方", "四国", "5県", "市", "大学", "\n", " "]


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_same_matches_as_the_pattern(data, names, pattern):
    # Place words, their prefixes and the words that change a match, run together.
    pieces = data.draw(st.lists(st.one_of(
        st.sampled_from(names),
        st.sampled_from(names).map(lambda w: w[:-1]),
        st.sampled_from(SEPARATORS),
        st.sampled_from(["中国", "東北", "東海", "北海道", "東北部", "東北東", "東北町"]),
    ), max_size=12))
    text = "".join(pieces)
    assert spans(_place_re().finditer(text)) == spans(pattern.finditer(text))


def test_real_text(pattern):
    text = regions.__doc__ + "宮城県多賀城市、岩手県、東北総合通信局、関西・首都圏、府中市（東京都）"
    assert spans(_place_re().finditer(text)) == spans(pattern.finditer(text))
