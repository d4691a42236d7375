"""rank23: the misses of a second fresh query set (bench/realdocs/queries-fresh2.tsv), fixed in general."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer import build_index
from ictsearch.search import open_index
from ictsearch.search.query import compile_query, parse
from ictsearch.search.synonyms import NEGATED, expand, key_terms, negated_spans

from conftest import write


def names(result) -> list[str]:
    return [Path(h.path).stem for h in result.hits]


def synonyms_of(question: str) -> list[str]:
    return [s for w in compile_query(parse(question)).words for s in w.get("synonyms", ())]


# -- a negated verb is not expanded as the positive one (search/synonyms.py NEGATED) --------------


def test_negated_verbs_are_found_not_the_adjective_after_a_noun():
    assert negated_spans("耳の聞こえない人") == {(2, 5)}
    assert negated_spans("病院に行かずにスマホで") == {(3, 5)}
    assert negated_spans("アプリが使えません") == {(4, 6)}
    # 覚えのない: ない says the thing is absent (an adjective after a noun), no verb is denied.
    assert negated_spans("使ったおぼえのないサイト") == frozenset()
    assert key_terms("聞こえない") == ("聞こえる" + NEGATED,)
    assert key_terms("聞こえる") == ("聞こえる",)


def test_a_negated_verb_expands_to_its_own_pairs_only():
    # 聞こえる (the positive verb) → 聴取; 聞こえない → 難聴, 聴覚障害.
    assert ("聴取",) in expand(key_terms("聞こえる")).targets
    negated = expand(key_terms("聞こえない")).targets
    assert ("難聴",) in negated and ("聴取",) not in negated
    said = synonyms_of("耳の聞こえない人がスマホの文字で救急車を呼ぶ")
    assert "聴覚障害" in said and "聴取" not in said
    assert "聴取" in synonyms_of("夜はラジオの放送がよく聞こえる")
    # A negated verb with no pair of its own expands to nothing (not 使う's 使用, 利用).
    assert not {"使用", "利用"} & set(synonyms_of("古いアプリが使えません"))


@pytest.fixture(scope="module")
def neg_idx(tmp_path_factory):
    d = tmp_path_factory.mktemp("rank23neg")
    docs = d / "docs"
    write(docs / "nanchou.txt", "防災行政無線の難聴地域対策\n\n屋外スピーカーの放送が聞き取りにくい難聴地域に戸別受信機を配布します。")
    write(docs / "choshu.txt", "ラジオの聴取環境\n\nAMラジオの聴取者アンケートの結果をお知らせします。放送をよく聴取しています。")
    build_index([docs], d / "idx", jobs=1)
    with open_index(d / "idx") as ix:
        yield ix


def test_the_negated_question_finds_the_page_on_not_hearing(neg_idx):
    assert names(neg_idx.search("防災無線の放送がよく聞こえない"))[:1] == ["nanchou"]
