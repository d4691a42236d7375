"""review36: a new user's first day, and a developer embedding ictsearch, and what broke."""

from __future__ import annotations

import pytest

from conftest import write


def _towns(tmp_path):
    """Two short municipal pages, written as towns write them."""
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    write(docs / "telework.txt", "テレワーク推進会議の開催\n\n"
          "市内企業のテレワーク導入を支援するため、推進会議を開催しました。")
    write(docs / "bousai.txt", "防災行政無線の更新について\n\n"
          "令和5年度に防災行政無線のデジタル化を行います。在宅勤務中の方にもテレワーク用の案内を配布します。")
    build_index([docs], tmp_path / "idx", jobs=1)
    return tmp_path / "idx"


def test_the_title_label_before_a_colon_searches_titles(tmp_path):
    # 地域:東北 works, and results label the title タイトル (--fields タイトル): タイトル:テレワーク was
    # searched as the words タイトル and テレワーク, and found nothing without a word of why.
    import ictsearch

    with ictsearch.open_index(_towns(tmp_path)) as idx:
        assert [h.path.rsplit("/", 1)[1] for h in idx.search("タイトル:テレワーク").hits] == ["telework.txt"]
        assert idx.search("タイトル:テレワーク").hits == idx.search("title:テレワーク").hits
        assert idx.search("ﾀｲﾄﾙ:防災行政無線").total == 1  # half-width, as some input methods type it
        assert idx.search('タイトル:"防災行政無線 更新"').total == 1


@pytest.mark.parametrize("typed, said", [
    ("発行元:総務省", "発行元: is shown in results but is no field to search or filter by"),
    ("文書種別:予算", "文書種別: is shown in results but is no field"),
    ("パス:2023", "パス: is no query field: filter by the file's name or folder with --path 2023"),
])
def test_the_labels_of_columns_no_query_filters_are_answered_as_their_fields_are(typed, said):
    # organization:総務省 is refused with what to type; 発行元:総務省, its label, was searched as text.
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.parse import parse

    with pytest.raises(BadQuery, match=said):
        parse(typed)


def test_a_word_before_a_colon_that_labels_nothing_is_still_text():
    # A pasted form's 件名:… or 日時:… is text, as before.
    from ictsearch.search.parse import Word, parse

    assert parse("件名:テレワーク") == Word("件名:テレワーク")
