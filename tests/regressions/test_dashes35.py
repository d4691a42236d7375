"""A dash written for the long-vowel mark inside a katakana word (インタ-ネット), as old word processors
and PDF text write it, is read as ー; a dash between two words stays a dash."""

from __future__ import annotations

import pytest

from conftest import write


def _forms(text: str) -> list[str]:
    from ictsearch.indexer.analysis import analyze

    return [t.text for t in analyze(text) if not t.sub]


@pytest.mark.parametrize("written, word", [
    ("高齢者のインタ-ネット利用を支援する。", "インターネット"),
    ("スマ-トフォンの操作を学ぶ教室", "スマートフォン"),
    ("行政サ-ビスのオンライン化", "サービス"),
    ("農業用ドロ－ンによる農薬散布", "ドローン"),  # a full-width minus
    ("デジタルトランスフォ-メ-ションの推進", "デジタルトランスフォーメーション"),  # two in one word
    ("地域のイノベ―ション創出", "イノベーション"),  # the horizontal bar
    ("スーパ―シティ構想", "スーパー"),  # a word ending with it
])
def test_a_dash_inside_a_katakana_word_is_its_long_vowel(written, word):
    assert word in _forms(written)


@pytest.mark.parametrize("written, words", [
    ("セブン-イレブンの店舗で", None),  # after ン: never lengthened; Sudachi knows the brand
    ("プロジェクト-イラク人難民対策", ["プロジェクト", "イラク"]),
    ("デジタル-アナログ間で変換する", ["デジタル", "アナログ"]),
    ("ワークスタイル―テレワークの可能性", ["テレワーク"]),
    ("Wi-Fiの整備", ["wi-fi"]),
])
def test_a_dash_between_two_words_stays(written, words):
    from ictsearch.indexer.analysis import long_vowel_marks

    assert long_vowel_marks(written) == written
    for w in words or ():
        assert w in _forms(written)


def test_offsets_stay_and_long_runs_pass_quickly():
    from ictsearch.indexer.analysis import analyze, long_vowel_marks

    text = "市民のインタ-ネット利用"
    [term] = [t for t in analyze(text) if t.text == "インターネット"]
    assert text[term.start:term.end] == "インタ-ネット"  # the stored text is the page's
    # No word is that long: a run of thousands (a table rule of katakana and dashes) is left alone.
    assert long_vowel_marks("ア-" * 5000) == "ア-" * 5000
    assert long_vowel_marks("ア" * 100_000 + "-") == "ア" * 100_000 + "-"


def test_a_search_for_the_word_finds_the_page_that_writes_it_with_a_dash(tmp_path):
    import ictsearch
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    write(docs / "kyoshitsu.txt", "高齢者向けスマ-トフォン教室\n\n"
          "平成27年度、公民館でインタ-ネットの使い方とメ-ルの送り方を学ぶ教室を開きました。")
    write(docs / "konbini.txt", "防災協定の締結\n\nセブン-イレブンと災害時の物資供給に関する協定を結びました。")
    build_index([docs], tmp_path / "idx", jobs=1)
    with ictsearch.open_index(tmp_path / "idx") as idx:
        for typed in ("インターネット", "スマートフォン 教室", '"インタ-ネット"'):
            res = idx.search(typed)
            assert [h.path.rsplit("/", 1)[1] for h in res.hits] == ["kyoshitsu.txt"], typed
        assert "インタ-ネット" in idx.search("インターネット").hits[0].snippet  # the page's own text
        assert [h.path.rsplit("/", 1)[1] for h in idx.search("イレブン").hits] == ["konbini.txt"]


def test_a_query_lengthens_no_katakana_after_n():
    # A dash after ン is no long vowel, typed or written: 「セブン-イレブン」 typed was read セブンー | イレブン,
    # words no page holds.  A dash typed for ー elsewhere is still read as one (テレワ－ク).
    from ictsearch.indexer.normalize import normalize_query

    assert normalize_query("セブン-イレブン") == "セブン-イレブン"
    assert normalize_query("テレワ－ク") == "テレワーク"
