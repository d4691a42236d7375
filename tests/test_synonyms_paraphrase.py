"""Everyday words of a talk-like question meet the kango of policy pages (issue 17):
Sudachi's flag-1 members and the JMdict-derived paraphrases (search/synonyms.py, weak expansion)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer import build_index
from ictsearch.search import feedback, open_index, synonyms
from ictsearch.search.query import compile_query, parse
from ictsearch.search.synonyms import expand, word_terms

from conftest import write


def test_flag_1_word_expands_only_when_asked_weakly():
    # Sudachi marks 教える flag 1 in its group with 指導: never a trigger on its own.
    assert expand(word_terms("教える")) is None
    weak = expand(word_terms("教える"), weak=True)
    assert weak.targets == () and ("指導",) in weak.weak


def test_weak_expansion_never_turns_a_noun_into_a_verb():
    # 支援 stands on 助ける's verb line as a target only.
    expansion = expand(word_terms("支援"), weak=True)
    assert ("助ける",) not in expansion.targets + expansion.weak


def test_everyday_words_pair_with_the_kango_their_glosses_share():
    assert expand(word_terms("手伝う")) is None
    assert ("支援",) in expand(word_terms("手伝う"), weak=True).weak
    assert ("表彰",) in expand(word_terms("褒める"), weak=True).weak
    assert ("開始",) in expand(word_terms("始める"), weak=True).weak


def test_paraphrase_data_is_keyed_by_the_analyzers_terms():
    # Every everyday word and every target is one normalized term, as the query looks it up.
    lines = [line for line in synonyms.PARAPHRASES_PATH.read_text("utf-8").splitlines() if not line.startswith("#")]
    assert 1_000 < len(lines) < 5_000
    for line in lines[::97]:
        word, *targets = line.split("\t")
        assert word_terms(word) == (word,), word
        assert targets and all(word_terms(t) == (t,) for t in targets), line


@pytest.fixture(scope="module")
def idx(tmp_path_factory):
    d = tmp_path_factory.mktemp("paraphrase")
    docs = d / "docs"
    write(docs / "award.txt", "功労者の表彰\n\n地域の防災に貢献した功労者を表彰しました。")
    write(docs / "elderly.txt", "高齢者のデジタル活用支援\n\n市は高齢者向けのスマートフォン講習会を支援します。")
    write(docs / "road.txt", "道路工事のお知らせ\n\n市道の舗装工事を行います。功労者の皆様へ。")
    build_index([docs], d / "idx", jobs=1)
    with open_index(d / "idx") as ix:
        yield ix


def names(result) -> list[str]:
    return [Path(h.path).stem for h in result.hits]


def test_question_in_everyday_words_finds_the_page_in_kango(idx):
    assert names(idx.search("功労者を褒める"))[:1] == ["award"]
    assert names(idx.search("高齢者を手伝う"))[:1] == ["elderly"]
    compiled = compile_query(parse("功労者を褒める"))
    # The typed reading stays as it was; the paraphrased one is built apart, for a thin question.
    assert "表彰" not in str(compiled.query) and "paraphrases" not in compiled.words[0]
    assert "表彰" in str(compiled.paraphrased)
    assert "表彰" in compiled.words[0]["paraphrases"]


def test_without_the_paraphrases_the_question_misses(idx, monkeypatch):
    monkeypatch.setattr(synonyms, "PARAPHRASES", False)
    # The pages shown then hold only some of its words, and say which they leave out (search/relax.py
    # question_words): no page answers the question whole.
    assert idx.search("功労者を褒める").dropped_words == ("褒める",)
    assert idx.search("高齢者を手伝う").dropped_words == ("手伝う",)


def test_a_word_typed_alone_means_that_word(idx):
    # A keyword is not a question: no weak expansion.
    assert names(idx.search("手伝う")) == []
    compiled = compile_query(parse("褒める"))
    assert "paraphrases" not in compiled.words[0] and compiled.paraphrased is None


def test_where_the_typed_words_find_enough_pages_the_paraphrases_stay_out(idx, monkeypatch):
    # Like feedback: a question whose own words find many pages keeps their ranking.
    monkeypatch.setattr(feedback, "THIN", 0)
    assert idx.search("高齢者を手伝う").dropped_words == ("手伝う",)  # shown only as leaving out 手伝う
