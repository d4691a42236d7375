"""rank24: everyday questions in general (no pairs fitted to a query of the judged sets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import query as wq

from ictsearch.indexer import build_index
from ictsearch.search import open_index
from ictsearch.search import query as sq
from ictsearch.search.query import compile_query, parse

from conftest import write


def names(result) -> list[str]:
    return [Path(h.path).stem for h in result.hits]


def synonym_boosts(text: str) -> set[float]:
    """The boosts of the terms a compiled query adds as synonyms of its words."""
    compiled = compile_query(parse(text))
    said = {s for w in compiled.words for s in w.get("synonyms", ()) if " " not in s}
    found: set[float] = set()

    def walk(q):
        if isinstance(q, wq.Term) and q.text in said:
            found.add(round(q.boost, 2))
        for sub in getattr(q, "subqueries", None) or ():
            walk(sub)
        for attr in ("a", "b", "child"):
            if isinstance(getattr(q, attr, None), wq.Query):
                walk(getattr(q, attr))

    walk(compiled.query)
    return found


# -- a talk-like question's synonyms weigh as its own words (query.TALK_SYNONYM_BOOST) ------------


def test_a_question_weighs_its_synonyms_as_its_words_a_keyword_does_not():
    assert sq.TALK_SYNONYM_BOOST in synonym_boosts("耳の聞こえない人がスマホの文字で救急車を呼ぶ")
    # Typed as keywords, スマホ's synonyms (スマートフォン) stay below the word typed.
    assert synonym_boosts("スマホ 防災") == {sq.SYNONYM_BOOST}


@pytest.fixture(scope="module")
def talk_idx(tmp_path_factory):
    d = tmp_path_factory.mktemp("rank24talk")
    docs = d / "docs"
    # The answer writes the pages' words (聴覚障害, スマートフォン, 119番通報), none of the question's
    # everyday ones but 文字; the other page writes 耳, 人, スマホ and 救急車 about something else.
    write(docs / "net119.txt", "Net119緊急通報システムの導入\n\n聴覚障害のある方が、スマートフォンの文字入力で119番通報"
          "できるNet119緊急通報システムを導入しました。音声による通報が困難な方の救急要請に対応します。")
    write(docs / "mimi.txt", "耳の日の講演会\n\n3月3日は耳の日です。耳の健康について専門医が講演します。参加された人には記念品を"
          "お渡しします。会場までは救急車の通る道をふさがないようご注意ください。スマホの使いすぎにも気をつけましょう。")
    build_index([docs], d / "idx", jobs=1)
    with open_index(d / "idx") as ix:
        yield ix


def test_the_page_writing_the_official_words_answers_the_everyday_question(talk_idx):
    # At the keyword weight (0.4) the page of 耳の日 ranked first: 11.3 against 8.6 (at 0.7: 11.5 against 12.9).
    assert names(talk_idx.search("耳の聞こえない人がスマホの文字で救急車を呼ぶ"))[0] == "net119"
