"""review35: what a new user and a developer embedding ictsearch met, trying to break it."""

from __future__ import annotations

import pytest

from conftest import write


def _towns(tmp_path):
    """Short municipal pages, written as towns write them."""
    from ictsearch.indexer import build_index

    docs = tmp_path / "資料"
    write(docs / "telework.txt", "テレワーク推進会議の開催\n\n"
          "市内企業のテレワーク導入を支援するため、推進会議を開催しました。")
    write(docs / "bousai.txt", "防災行政無線の更新について\n\n"
          "令和5年度に防災行政無線のデジタル化を行います。工事期間中は放送が聞き取りにくい場合があります。")
    build_index([docs], tmp_path / "idx", jobs=1)
    return tmp_path / "idx"


@pytest.mark.parametrize("typed, said", [
    ("テレワーク AND", "nothing follows it"),
    ("AND テレワーク", "nothing comes before it"),
    ("テレワーク AND AND 導入", "typed twice"),
    ("(テレワーク AND) 導入", "inside the parentheses"),
    ("テレワーク NOT AND 東京", "NOT comes before it"),
])
def test_an_and_without_a_word_on_one_side_is_refused(typed, said):
    # 「テレワーク AND」 searched テレワーク alone and said nothing, as if the second word had been read.
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.parse import parse

    with pytest.raises(BadQuery, match=f"AND needs a word on both sides: .*{said}"):
        parse(typed)


def test_and_between_words_groups_and_not_still_parse():
    from ictsearch.search.parse import And, Not, Word, parse

    assert parse("テレワーク AND 導入") == And((Word("テレワーク"), Word("導入")))
    assert parse("(テレワーク) AND (導入)") == And((Word("テレワーク"), Word("導入")))
    assert parse("テレワーク AND -東京") == And((Word("テレワーク"), Not(Word("東京"))))


def test_a_word_no_page_holds_beside_and_is_still_named_as_the_cause(tmp_path):
    # The search asks again without each word; 「テレワーク AND ほげふが」 without ほげふが leaves an AND
    # alone, which must not turn the word's note into nothing.
    import ictsearch

    with ictsearch.open_index(_towns(tmp_path)) as idx:
        res = idx.search("テレワーク AND ほげふが")
        assert res.total == 0
        assert any(n.startswith("ほげふが removes every hit: without it 1 document") for n in res.notes), res.notes


def test_the_cli_says_so_in_one_line_with_exit_2(tmp_path):
    from click.testing import CliRunner

    from ictsearch.cli import cli

    idx = _towns(tmp_path)
    out = CliRunner().invoke(cli, ["search", "テレワーク AND", "--index", str(idx)])
    assert out.exit_code == 2
    assert "AND needs a word on both sides" in out.output and "Traceback" not in out.output
