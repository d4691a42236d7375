"""review33: a sceptic's review of session 33's changes as a new user meets them."""

from __future__ import annotations

import pytest

from conftest import write


@pytest.fixture(scope="module")
def tohoku_index(tmp_path_factory):
    from ictsearch.indexer import build_index

    root = tmp_path_factory.mktemp("review33")
    write(root / "docs" / "a.txt", "東北総合通信局 デジタル推進\n\n仙台市のデジタル化を支援する。データを公開する。")
    write(root / "docs" / "b.txt", "東北総合通信局 防災\n\n盛岡市の防災無線を更新する。デモを行う。")
    build_index([root / "docs"], root / "idx", jobs=1)
    return root / "idx"


def test_a_word_read_as_nothing_is_refused_with_filters_too(tohoku_index):
    # でーた, でも, ですが are read by Sudachi as particles and auxiliaries only, none indexed, but
    # their analysis marks no word dropped (でじたる's does): 「でーた --region 東北」 listed every
    # 東北 document as if nothing had been typed, exit 0, where でじたる was refused.
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search import open_index

    with open_index(tohoku_index) as ix:
        with pytest.raises(BadQuery, match="no searchable words.*did you mean データ"):
            ix.search("でーた", region="東北")
        for query in ("でも", "ですが", '"でも"', "NOT でも", "title:でも"):
            with pytest.raises(BadQuery, match="no searchable words"):
                ix.search(query, region="東北")
        # Symbols are still no words: with a filter they browse it.
        assert ix.search("*", region="東北").total == 2
        assert ix.search("ー", region="東北").total == 2
        assert ix.search("、", region="東北").total == 2


def test_a_function_word_refused_is_not_offered_a_near_term_or_its_katakana(tohoku_index):
    # 「で --region 東北」 was asked "did you mean デ?" (で's katakana, a term of some page), and once
    # でした was refused it would have been offered data's and tomorrow's near terms: a particle
    # typed means no word; only a loanword's exact katakana term is worth offering.
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search import open_index

    with open_index(tohoku_index) as ix:
        for query in ("で", "です", "でした", "ました", "までに"):
            with pytest.raises(BadQuery) as caught:
                ix.search(query, region="東北")
            assert "did you mean" not in str(caught.value), (query, str(caught.value))
        with pytest.raises(BadQuery, match="did you mean デジタル"):
            ix.search("でじたる", region="東北")


def test_path_with_a_quoted_value_points_to_the_path_filter():
    # path:"資料 2023" (a file name with a space, quoted as title:"…" is) was searched as the text
    # path: and a phrase and found nothing, where path:2023 is answered with --path; and the
    # answer's --path *.pdf, typed as shown, is globbed by the shell: it is quoted for it.
    from ictsearch.indexer.errors import BadQuery
    from ictsearch.search.parse import parse

    with pytest.raises(BadQuery, match=r"--path '資料 2023' \(path= in Python\)"):
        parse('path:"資料 2023"')
    with pytest.raises(BadQuery, match=r"--path 'a b'"):
        parse("テレワーク path:「a b」")
    with pytest.raises(BadQuery, match=r"--path '\*\.pdf' \(path= in Python\)"):
        parse("path:*.pdf")
    with pytest.raises(BadQuery, match=r"--path 2023/ \(path= in Python\)"):
        parse("path:2023/")


def test_show_on_an_empty_name_or_a_folder_outside_the_index_says_so(tohoku_index, tmp_path, monkeypatch):
    # `ictsearch show ""` (a shell variable left empty) was told "'' is a folder: name one document
    # in it" (the current folder), and `show /tmp` to name a document in a folder the index holds
    # none of.  A folder that holds indexed documents is still answered as one.
    from ictsearch.indexer.errors import DocumentNotFound
    from ictsearch.search import open_index

    monkeypatch.chdir(tmp_path)
    with open_index(tohoku_index) as ix:
        with pytest.raises(DocumentNotFound, match="the name is empty"):
            ix.get("")
        with pytest.raises(DocumentNotFound, match="the name is empty"):
            ix.similar(" ")
        with pytest.raises(DocumentNotFound, match="is a folder, and the index holds no document in it"):
            ix.get(str(tmp_path))
        with pytest.raises(DocumentNotFound, match="is a folder: name one document in it"):
            ix.get(str(tohoku_index.parent / "docs"))


def test_a_hiragana_word_opening_with_de_and_a_content_word_keeps_its_kana_cut_reading():
    # Read as the particle で and the rest (667b1d5, for 「…」である), でまえこうざ (出前講座 in kana,
    # で|まー|えー|こう|ざ to Sudachi) required two of まー, えー, こう and found 146 shared-corpus pages
    # of こう, and でかける found 394 of かける; before, both were the phrase pages cutting them write.
    # である, all function words after the particle, is still no word to require.
    from ictsearch.search.query import word_query

    info: dict = {}
    assert str(word_query("でまえこうざ", info=info)) == '((title:"で まー えー こう ざ") OR (body:"で まー えー こう ざ"))'
    assert str(word_query("でかける")) == '((title:"で かける") OR (body:"で かける"))'
    info = {}
    assert word_query("である", info=info) is None and info["dropped"] == ["である"]
    info = {}
    assert word_query("であった", info=info) is None and info["dropped"] == ["であった"]


def test_a_nendo_filled_below_its_threshold_as_the_years_day_says_so():
    # `show` printed 「fiscal_year 2023 ← inferred by the date ranker (p=0.91) …」 for a 年度 filled
    # as the 年度 of the day the year came from (_same_date), where the README and FILL_MIN have
    # the 年度 filled at p ≥ 0.95: the user auditing it read a threshold broken.
    from pathlib import Path

    from ictsearch.indexer.metadata import derive_metadata
    from ictsearch.indexer.metadata.date_ranker import FILL_MIN
    from test_fill32 import EVENT

    m = derive_metadata(EVENT, title="スマートフォン教室", path=Path("page.html.txt"), terms=[])
    assert m.fiscal_year == 2023 and m.year == 2023
    fy = m.sources["fiscal_year"]
    p = float(fy.split("(p=")[1][:4])
    assert p < FILL_MIN["fiscal_year"]  # the case itself: filled below the 年度's own threshold
    assert fy.startswith(f"inferred by the date ranker (p={p:.2f}; the 年度 of the day the year was filled from)"), fy
    assert "the 年度 of the day" not in m.sources["year"]
