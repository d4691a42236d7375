"""Regressions found by searching as policy staff and as a developer would (review 12): the
bundled corpus and ../shared/corpus indexed, then queried in the forms people type.

Each test names what was typed and what went wrong, and holds the fix.
"""

from __future__ import annotations

import pytest

from conftest import write


@pytest.fixture(scope="module")
def gloss_index(tmp_path_factory):
    import ictsearch

    docs = tmp_path_factory.mktemp("gloss")
    write(docs / "drone.txt", "小型無人機（ドローン）の活用\n\n"
          "中山間地域では、小型無人機（ドローン）を活用した農薬散布の実証を行った。"
          "また、空中線（アンテナ）の設置場所を見直した。\n")
    write(docs / "other.txt", "地域の防災訓練\n\n防災訓練を実施した。\n")
    index_dir = tmp_path_factory.mktemp("gloss-idx") / "idx"
    ictsearch.build_index([docs], index_dir, jobs=1)
    with ictsearch.open_index(index_dir) as idx:
        yield idx


def test_a_word_in_brackets_after_a_kanji_word_is_found(gloss_index):
    # `ictsearch search ドローン` missed whitepaper/h27/0122.txt, which writes
    # 「垂直離着陸無人機（ドローン）」: Sudachi's IgnoreYomiganaPlugin takes up to four kana in
    # brackets after kanji for a reading and drops them, so 無人機（ドローン） was indexed as 無人機
    # alone (and 空中線（アンテナ）, 利用者（ユーザー）, 日本貿易振興機構（ジェトロ）…).
    for word in ("ドローン", "アンテナ"):
        res = gloss_index.search(word)
        assert [h.path.rsplit("/", 1)[-1] for h in res.hits] == ["drone.txt"], word
        hit = res.hits[0]
        assert {hit.snippet[s:e] for s, e in hit.highlights} == {word}
    # The kanji word keeps its own span: its highlight is the word, not the word and the bracket.
    hit = gloss_index.search("無人機").hits[0]
    assert {hit.snippet[s:e] for s, e in hit.highlights} == {"無人機"}
    # A phrase across the gloss still holds (the bracket is punctuation, not a gap).
    assert gloss_index.search('"無人機 ドローン"').total == 1


def test_a_change_of_the_analyzer_makes_the_next_run_analyze_documents_again(monkeypatch):
    from ictsearch.indexer import analysis, metadata

    metadata.rules_version.cache_clear()
    try:
        before = metadata.rules_version()
        monkeypatch.setattr(analysis, "ANALYZER_VERSION", analysis.ANALYZER_VERSION + 1)
        metadata.rules_version.cache_clear()
        assert metadata.rules_version() != before
    finally:
        monkeypatch.undo()
        metadata.rules_version.cache_clear()
