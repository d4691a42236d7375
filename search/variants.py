"""The other part of speech of a query word: 受付 (noun) ↔ 受け付ける (verb).

Sudachi's normalized form folds okurigana variants within one part of speech
(受付 = 受け付け = 受付け as nouns, 受け付けて = 受付けて as verbs), but a query typed
as the noun does not meet a document that writes the verb: 「情報を受付けております」
is indexed as 受け付ける.  Words of this kind — a verb and its 連用形 noun — are
the usual spelling-variant misses (受付, 立上げ, 問合せ, 取組), so the query side
also searches the other form.

A word opening with a run of hiragana Sudachi does not know (うるう秒, みんつく予算) has a
second kind of variant: the run is cut by what stands around it, so a query and the
pages that write the word cut it differently (:func:`kana_cuts`).
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

_local = threading.local()

# 五段 verbs: the 連用形 ends in the い-row kana of the dictionary form's う-row.
_GODAN_I = dict(zip("うくぐすつぬぶむる", "いきぎしちにびみり"))


def _tokenizer():
    tok = getattr(_local, "tok", None)
    if tok is None:
        from sudachipy import SplitMode

        from ictsearch.indexer.analysis import sudachi_dictionary

        tok = _local.tok = sudachi_dictionary().tokenizer(SplitMode.C)
    return tok


def _has_kanji(s: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in s)


def _kana_ended(twin: str, form: str) -> str | None:
    """The twin when it too is kanji with okurigana (組む → 組 is another word, not a spelling)."""
    return twin if twin != form and _has_kanji(twin) and "\u3041" <= twin[-1] <= "\u3093" else None


@lru_cache(maxsize=4096)
def other_form(form: str) -> str | None:
    """The normalized form of the same word as verb or as noun, or None.

    `form` is a normalized form from the analyzer (受け付け, 立ち上げる).  Only
    words with a kanji stem and kana okurigana qualify: a bare kana or kanji
    word has no such twin worth searching.
    """
    if len(form) < 2 or not _has_kanji(form) or not ("\u3041" <= form[-1] <= "\u3093"):
        return None
    tok = _tokenizer()
    ms = tok.tokenize(form)
    if len(ms) != 1:
        return None
    pos = ms[0].part_of_speech()
    if pos[0] == "名詞":
        # noun → verb: the noun followed by ます reads as the verb's 連用形 when it is one.
        ms = tok.tokenize(form + "ます")
        if len(ms) == 2 and ms[0].part_of_speech()[0] == "動詞" and ms[0].surface() == form and ms[1].surface() == "ます":
            return _kana_ended(ms[0].normalized_form(), form)
        return None
    if pos[0] == "動詞" and ms[0].surface() == form:
        # verb → noun: its 連用形, when the dictionary has that as a noun.
        kind = pos[4]
        if kind.startswith(("上一段", "下一段")) and form.endswith("る"):
            stem = form[:-1]
        elif kind.startswith("五段") and form[-1] in _GODAN_I:
            stem = form[:-1] + _GODAN_I[form[-1]]
        else:
            return None
        ns = tok.tokenize(stem)
        if len(ns) == 1 and ns[0].part_of_speech()[0] == "名詞" and ns[0].surface() == stem:
            return _kana_ended(ns[0].normalized_form(), form)
    return None


#: A word made of a run of three or more hiragana and then only kanji, katakana, letters or
#: digits (うるう秒, みんつく予算, or the run alone): no particle in it, so not a phrase typed
#: the way people talk (「どうやって申請する」).
_KANA_LED = re.compile(r"([\u3041-\u3096ー]{3,})([^\u3041-\u3096]*)")
#: Where pages write a word: alone, in brackets, after a comma, before a particle.  Sudachi cuts
#: an unknown hiragana run by its neighbours: うるう秒 typed alone is うー|るう|秒, and
#: 「うるう秒」 on the pages of NICT is 得る|うー|秒 (read うる|う|秒).
_CONTEXTS = ("{}", "「{}」", "、{}", "『{}』", "（{}）", "{}の", "{}を", "{}は", "{}が", "{}。")


@lru_cache(maxsize=1024)
def kana_cuts(word: str) -> tuple[tuple[str, ...], ...]:
    """The term sequences a page may index `word` as, when it opens with a hiragana run the
    analyzer cuts into two or more terms (an unknown word: みんつく → 見る|つく, うるう → うー|るう);
    empty otherwise.

    The cuts are the analyzer's own, of the word in each context of :data:`_CONTEXTS` (the
    typed one first), each kept only when its terms cover the whole word; the query matches
    the word as a phrase in any of them.  Searched as its terms, the cut pieces were dropped as
    function words (見る, つく: みんつく予算 found every page on 予算) or missed the pages'
    cut (うるう秒 found nothing).
    """
    from ictsearch.indexer.analysis import analyze

    m = _KANA_LED.fullmatch(word)
    if m is None:
        return ()
    run_end = m.end(1)

    def cut(text: str, offset: int) -> tuple[str, ...] | None:
        terms = [t for t in analyze(text) if not t.sub]
        inside = [t for t in terms if offset <= t.start and t.end <= offset + len(word)]
        if not inside or inside[0].start != offset or inside[-1].end != offset + len(word):
            return None
        # By identity in a set: a list lookup per term made a pasted run of 20,000 kana take 10 s.
        kept = set(map(id, inside))
        if any(id(t) not in kept and t.start < offset + len(word) and t.end > offset for t in terms):
            return None  # a term runs over the word's edge: the context changed the word
        return tuple(t.text for t in inside)

    typed = [t for t in analyze(word) if not t.sub]
    if sum(1 for t in typed if t.end <= run_end) < 2:
        return ()
    cuts: list[tuple[str, ...]] = []
    for context in _CONTEXTS:
        text = context.format(word)
        found = cut(text, text.index(word))
        if found is not None and found not in cuts:
            cuts.append(found)
    return tuple(cuts)
