"""The other part of speech of a query word: 受付 (noun) ↔ 受け付ける (verb).

Sudachi's normalized form folds okurigana variants within one part of speech
(受付 = 受け付け = 受付け as nouns, 受け付けて = 受付けて as verbs), but a query typed
as the noun does not meet a document that writes the verb: 「情報を受付けております」
is indexed as 受け付ける.  Words of this kind — a verb and its 連用形 noun — are
the usual spelling-variant misses (受付, 立上げ, 問合せ, 取組), so the query side
also searches the other form.
"""

from __future__ import annotations

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
