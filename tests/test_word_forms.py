"""Words written otherwise on the page: noun and verb forms, short words, synonyms of a question's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer import build_index
from ictsearch.search import open_index

from conftest import write


@pytest.fixture(scope="module")
def idx(tmp_path_factory):
    d = tmp_path_factory.mktemp("forms")
    docs = d / "docs"
    write(docs / "verb.txt", "迷惑メール相談\n\n迷惑メールに関する情報を受付けております。")
    write(docs / "noun.txt", "申請について\n\n申請の受付は三月で終了した。")
    write(docs / "portal.txt", "防災の取組\n\n防災ポータルサイトを立ち上げ、十月から情報を発信した。")
    write(docs / "elder.txt", "見守りの取組\n\n地域の高齢者の見守りに携帯電話を使う。")
    write(docs / "office.txt", "無線の話題\n\n無線の免許と、局の所在地について述べる。")
    write(docs / "station.txt", "無線局の開設\n\n無線局の免許を受けた。")
    write(docs / "bureau.txt", "東北総合通信局\n\n電波の日の記念式典を開催した。東北の各県から多くの方が参加した。")
    write(docs / "iwate.txt", "岩手県の電波の日\n\n岩手県で電波の日の記念式典を開催した。岩手県内の放送局が参加した。")
    build_index([docs], d / "idx", jobs=1)
    with open_index(d / "idx") as ix:
        yield ix


def names(res) -> set[str]:
    return {Path(h.path).stem for h in res.hits}


@pytest.mark.parametrize(
    "query, found",
    [
        ("受付", {"verb", "noun"}),  # 受付けております is the verb 受け付ける
        ("受け付け", {"verb", "noun"}),
        ("受け付ける", {"verb", "noun"}),  # and the other way round
        ("立上げ", {"portal"}),
    ],
)
def test_noun_and_verb_forms_meet(idx, query, found):
    assert names(idx.search(query)) == found


def test_other_form_only_for_words_with_okurigana():
    from ictsearch.search.variants import other_form

    assert other_form("受け付け") == "受け付ける"
    assert other_form("取り組む") == "取り組み"
    assert other_form("組む") is None  # 組 is another word
    assert other_form("支援") is None


def test_short_word_needs_its_parts_together(idx):
    # 無線局 analyses as 無線 | 局: a page with both apart is not about a 無線局.
    assert names(idx.search("無線局")) == {"station"}


def test_words_of_a_question_expand_to_synonyms(idx):
    # お年寄りの見守り: 年寄り → 高齢者, though the question as a whole has no synonym group.
    assert "elder" in names(idx.search("お年寄りの見守り"))
    assert "elder" not in names(idx.search("お年寄りの見守り", synonyms=False))


def test_prefecture_word_matches_pages_of_its_block_whose_prefecture_is_unknown(idx):
    bureau = idx.get(str(next(Path(h.path) for h in idx.search("電波の日").hits if Path(h.path).stem == "bureau")))
    iwate = idx.get(str(next(Path(h.path) for h in idx.search("電波の日").hits if Path(h.path).stem == "iwate")))
    assert bureau.region == ("東北",) and bureau.prefecture == ()
    assert iwate.prefecture == ("岩手県",)
    # 宮城 is in 東北: the bureau page may be about it, the 岩手県 page is not.
    assert names(idx.search("宮城 電波の日")) == {"bureau"}
    assert names(idx.search("宮城の電波の日")) == {"bureau"}
