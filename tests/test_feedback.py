"""Pseudo-relevance feedback (search/feedback.py) and verb synonyms on small real-language pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer import build_index
from ictsearch.search import feedback, open_index
from ictsearch.search.query import compile_query, parse
from ictsearch.search.synonyms import expand, word_terms

from conftest import write

QUESTION = "地震の被災地を手伝う取り組み"


@pytest.fixture(scope="module")
def idx(tmp_path_factory):
    d = tmp_path_factory.mktemp("feedback")
    docs = d / "docs"
    # Says what the question says, in its words.
    write(docs / "volunteer.txt", "ボランティアの取り組み\n\n地震の被災地を手伝うボランティアを募集します。"
          "避難所の運営や給水の支援を通じて、被災者の生活再建と復興を後押しします。")
    # Answers it in other words: no 地震, no 被災地, no 手伝う, no 取り組み.
    write(docs / "support.txt", "能登半島への支援について\n\n県は避難所の運営と給水の支援のため職員を派遣した。"
          "被災者の生活再建と復興に向けて、長期的な支援を続ける。")
    write(docs / "award.txt", "電波の日の表彰\n\n電波の日に功労者を表彰し、記念式典を開催した。")
    write(docs / "telework.txt", "テレワークの推進\n\n県内の企業にテレワークの導入を呼びかけ、セミナーを開催した。")
    write(docs / "drone.txt", "スマート農業\n\n水田でのドローンの使用について実証を行った。")
    build_index([docs], d / "idx", jobs=1)
    with open_index(d / "idx") as ix:
        yield ix


def names(result) -> list[str]:
    return [Path(h.path).stem for h in result.hits]


def test_question_finds_the_page_in_other_words_through_its_best_hits_terms(idx):
    found = names(idx.search(QUESTION))
    # The page holding the typed words stays first; the one sharing its vocabulary follows.
    assert found[:2] == ["volunteer", "support"]
    assert "award" not in found and "telework" not in found


def test_without_feedback_the_page_in_other_words_is_missed(idx, monkeypatch):
    monkeypatch.setattr(feedback, "ENABLED", False)
    assert names(idx.search(QUESTION)) == ["volunteer"]


def test_keyword_queries_get_no_feedback(idx):
    # Words typed apart mean exactly those words.
    assert names(idx.search("地震 被災地")) == ["volunteer"]
    assert compile_query(parse("地震被災地")).words[0].get("talk") is None
    assert compile_query(parse(QUESTION)).words[0]["talk"] is True


def test_many_matches_get_no_feedback(idx, monkeypatch):
    # Where the typed words already find enough pages, their own ranking stands.
    monkeypatch.setattr(feedback, "THIN", 1)
    assert names(idx.search(QUESTION)) == ["volunteer"]


def test_verb_expands_to_its_groups_nouns_but_not_the_other_way():
    targets = set(expand(word_terms("使う")).targets)
    assert {("使用",), ("利用",)} <= targets
    assert ("使う",) not in set(expand(word_terms("利用")).targets)


def test_question_with_a_verb_meets_the_pages_noun(idx):
    # 使う → 使用: the page writes ドローンの使用.
    assert names(idx.search("田んぼでドローンを使う")) == ["drone"]
    assert names(idx.search("田んぼでドローンを使う", synonyms=False)) == []
