import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ictsearch.search.suggest import Vocabulary, as_vocabulary, distance, suggest, to_katakana

# Normalized forms as analyze() puts them in the index, with made-up document
# frequencies; 照れ and ワーク are what Sudachi makes of てれわーく.
VOCAB = [
    ("テレワーク", 40),
    ("テレワーカー", 3),
    ("ワーク", 5),
    ("照れ", 1),
    ("迷惑メール", 12),
    ("メール", 60),
    ("電子メール", 20),
    ("人工知能", 30),
    ("自治体", 80),
    ("総務省", 90),
    ("市場", 25),
    ("情報通信", 70),
    ("ブロードバンド", 15),
    ("ict", 50),
    ("ai", 30),
]


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary(VOCAB)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("てれわーく", "テレワーク"),  # hiragana of a katakana term
        ("テレワーグ", "テレワーク"),  # typo
        ("テレワク", "テレワーク"),  # dropped character
        ("めいわくめーる", "迷惑メール"),  # kana for a kanji term: reading メイワクメール
        ("じんこうちのう", "人工知能"),  # Sudachi splits this one into じん|巧緻|のう
        ("じちたい", "自治体"),
        ("しじょう", "市場"),  # second reading of 市場 (イチバ / シジョウ)
        ("総務署", "総務省"),  # kanji typo, same reading but one
        ("ブロードバント", "ブロードバンド"),
    ],
)
def test_best_suggestion(vocab, word, expected):
    assert suggest(word, vocab)[0] == expected


def test_exact_reading_beats_a_more_frequent_near_miss(vocab):
    # メール is far more frequent but two edits away from メイワクメール.
    assert suggest("めいわくめーる", vocab, limit=5)[0] == "迷惑メール"


def test_ties_go_to_the_more_frequent_term():
    vocab = Vocabulary([("テレワーカー", 3), ("テレワーク", 40)])
    assert suggest("テレワーケ", vocab, limit=2) == ["テレワーク", "テレワーカー"]


@pytest.mark.parametrize("word", ["テレワーク", "自治体", "AI", "ＡＩ", "ICT", "ｉｃｔ"])
def test_no_suggestion_for_a_word_in_the_vocabulary(vocab, word):
    assert suggest(word, vocab) == []


@pytest.mark.parametrize("word", ["ぬぬぬぬぬぬ", "量子暗号通信網", "xyzzy", "", "  "])
def test_no_suggestion_far_from_everything(vocab, word):
    assert suggest(word, vocab) == []


def test_limit(vocab):
    assert len(suggest("てれわーく", vocab, limit=1)) == 1
    assert suggest("てれわーく", vocab, limit=0) == []
    assert len(suggest("てれわーく", vocab, limit=10)) <= 10


def test_plain_pairs_are_accepted_and_cached_by_identity():
    pairs = list(VOCAB)
    assert suggest("てれわーく", pairs)[0] == "テレワーク"
    assert as_vocabulary(pairs) is as_vocabulary(pairs)
    assert suggest("てれわーく", iter(VOCAB))[0] == "テレワーク"


def test_stored_readings_replace_dictionary_lookups():
    vocab = Vocabulary([("情報通信", 5, "ジョウホウツウシン"), ("通信", 9, "ツウシン")])
    assert suggest("じょうほうつうしん", vocab) == ["情報通信"]


def test_to_katakana():
    assert to_katakana("てれわーく") == "テレワーク"
    assert to_katakana("ぁゖゝゞ") == "ァヶヽヾ"
    assert to_katakana("迷惑めーる ABC") == "迷惑メール ABC"


@pytest.mark.parametrize(
    ("a", "b", "d"),
    [
        ("テレワーク", "テレワーク", 0),
        ("テレワーク", "テレワーグ", 1),
        ("テレワーク", "テレーワク", 1),  # transposition
        ("テレワーク", "テワーク", 1),
        ("テレワーク", "テレビ", 3),
    ],
)
def test_distance(a, b, d):
    assert distance(a, b, 5) == d


def _reference_osa(a: str, b: str) -> int:
    rows = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]


@settings(max_examples=300, deadline=None)
@given(st.text("アイウエ", max_size=7), st.text("アイウエ", max_size=7), st.integers(0, 3))
def test_distance_with_early_exit_agrees_with_full_table(a, b, limit):
    assert distance(a, b, limit) == min(_reference_osa(a, b), limit + 1)
