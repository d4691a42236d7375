"""Snippet building on its own: sentence choice, trimming, highlight offsets."""

from __future__ import annotations

from ictsearch.search.snippets import make_snippet, mark


def test_the_sentence_with_most_query_words_is_kept():
    text = "AはBである。XとYとZがある。"
    snip = make_snippet(text, [(0, 1), (7, 8), (9, 10), (11, 12)])
    assert "XとYとZ" in snip.text
    assert mark(snip.text, snip.highlights).count("【") == len(snip.highlights)


def test_a_second_sentence_only_when_it_adds_a_word():
    text = "テレワークの推進。地域課題の解決とテレワーク。迷惑メール対策。"

    def span(word, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = text.index(word, i + 1)
        return (i, i + len(word))

    spans = [span("テレワーク"), span("地域課題"), span("テレワーク", 1)]
    assert make_snippet(text, spans, fragments=2).text == "地域課題の解決とテレワーク。"
    spans.append(span("迷惑メール"))
    assert make_snippet(text, spans, fragments=2).text == "地域課題の解決とテレワーク。 … 迷惑メール対策。"


def test_long_sentences_are_trimmed_around_the_match():
    text = "前置き" * 100 + "ワーケーション" + "後書き" * 100 + "。"
    start = text.index("ワーケーション")
    snip = make_snippet(text, [(start, start + 7)], max_chars=60)
    assert snip.text.startswith("…") and snip.text.endswith("…") and len(snip.text) <= 62
    s, e = snip.highlights[0]
    assert snip.text[s:e] == "ワーケーション"


def test_list_markers_are_not_the_start_of_a_snippet():
    text = "- ・テレワークの推進\n"
    snip = make_snippet(text, [(4, 9)])
    assert snip.text.startswith("テレワーク")
