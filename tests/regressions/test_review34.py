"""review34: the search side's rough edges, and what a new user dropping a folder of mixed files met."""

from __future__ import annotations

import json

import pytest

from conftest import write


def _plans(tmp_path):
    """Three short municipal pages, written as towns write them (である調 and です・ます調)."""
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    write(docs / "keikaku.txt", "みどり市地域情報化計画\n\n"
          "本計画は、市民の誰もが情報通信技術の恩恵を受けられる地域社会を実現するための指針である。")
    write(docs / "oshirase.txt", "防災行政無線の更新について\n\n"
          "令和5年度に防災行政無線のデジタル化を行います。工事期間中は放送が聞き取りにくい場合があります。")
    write(docs / "kaigi.txt", "テレワーク推進会議の開催\n\n"
          "市内企業のテレワーク導入を支援するため、推進会議を開催しました。")
    build_index([docs], tmp_path / "idx", jobs=1)
    return tmp_path / "idx"


def _names(result) -> list[str]:
    return sorted(h.path.rsplit("/", 1)[1] for h in result.hits)


def test_a_quoted_phrase_of_grammatical_words_finds_what_it_unquoted_finds_and_says_why(tmp_path):
    # 「"である"」 found nothing (read as で|或る, a phrase no page holds), while である unquoted found
    # every page writing ある, under a note that no document wrote である "as typed".
    import ictsearch

    with ictsearch.open_index(_plans(tmp_path)) as idx:
        quoted, plain, bracketed = idx.search('"である"'), idx.search("である"), idx.search("「である」")
    assert _names(quoted) == _names(plain) == _names(bracketed) == ["keikaku.txt", "oshirase.txt"]
    for res in (quoted, plain):
        assert any("only grammatical words" in n and "ある" in n for n in res.notes), res.notes
        assert not any("as typed" in n for n in res.notes), res.notes
    # A content word beside it is a phrase as before, and no note.
    with ictsearch.open_index(tmp_path / "idx") as idx:
        res = idx.search('"指針である"')
    assert _names(res) == ["keikaku.txt"] and not res.notes


def test_a_quoted_compound_particle_is_refused_as_it_is_unquoted(tmp_path):
    # について unquoted has no searchable words; quoted it searched 付く and listed pages at random.
    import ictsearch
    from ictsearch.indexer.errors import BadQuery

    with ictsearch.open_index(_plans(tmp_path)) as idx:
        for typed in ("について", '"について"', "「について」"):
            with pytest.raises(BadQuery, match="no searchable words"):
                idx.search(typed)


@pytest.mark.parametrize("typed", ["-path:pdf", "テレワーク -path:pdf", 'テレワーク NOT path:"資料 2023"',
                                   "テレワーク -(path:pdf OR 東京)"])
def test_leaving_out_by_path_is_not_answered_with_the_option_that_keeps_it(typed):
    # -path:pdf was told "filter … with --path pdf", which keeps only what the user meant to leave out.
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.parse import parse

    with pytest.raises(BadQuery) as caught:
        parse(typed)
    message = str(caught.value)
    assert "cannot be left out" in message and "--path pdf" not in message, message


def test_path_typed_to_keep_still_points_to_path():
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.parse import parse

    with pytest.raises(BadQuery, match="with --path pdf"):
        parse("テレワーク path:pdf")
    with pytest.raises(BadQuery, match=r"with --path pdf"):
        parse("-(東京) path:pdf")


def test_a_shown_only_field_left_out_is_offered_as_a_word_left_out():
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.parse import parse

    with pytest.raises(BadQuery, match=r"leave out 総務省 as a word \(-総務省\)"):
        parse("テレワーク -organization:総務省")
    with pytest.raises(BadQuery, match="search 総務省 as a word"):
        parse("organization:総務省")
