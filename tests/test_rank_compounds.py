"""A word the analyzer splits ranks the pages that write it first (rank 19).

地域課題解決 is analyzed 地域 | 課題解決; the query requires both, and BM25 adds their scores, so a
page that says 地域 often and 課題解決 once, far away, outscored a page writing 地域課題解決: on the
White Paper 2 of the top 10 wrote it, where 15 sections do (bench/written_first.py).  Side by side only lifted
a page's score by a share (search.ranking.ADJACENCY_BOOST), which the parts apart outweighed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write

#: A page about 地域 through and through, with 課題解決 once, far from any 地域 (and 地域 in its title).
APART = ("地域の取組と地域の産業\n\n"
         + "地域の産業を支える地域の人材と地域の交通を地域の住民が考える。\n" * 6
         + "\n別の章では、企業の課題解決に向けた研究開発の事例を紹介する。\n")
WRITTEN = "ICTの活用事例\n\nICTを活用した地域課題解決の事例を紹介する。通信網の整備も進める。\n"
SIDE_BY_SIDE = "ICTの導入事例\n\n地域課題の解決に向けたICTの導入を進めている。\n"
BASE = ("情報通信の動向\n\n"
        + "情報の流通と通信の高度化が進み、産業の基盤が変わる。情報と通信の役割が大きい。\n" * 5)
BASE_WRITTEN = "整備の状況\n\n情報通信基盤の整備が進んだ。\n"
FILLER = ["放送の現状\n\nテレビ放送の視聴時間は減少している。\n", "郵便の現状\n\n郵便物の数は減っている。\n",
          "電波の利用\n\n携帯電話の契約数は増加した。\n", "統計の整備\n\n調査の方法を見直した。\n"]


@pytest.fixture(scope="module")
def compounds_index(tmp_path_factory):
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    root = tmp_path_factory.mktemp("compounds")
    docs = {"apart.txt": APART, "written.txt": WRITTEN, "side_by_side.txt": SIDE_BY_SIDE,
            "base.txt": BASE, "base_written.txt": BASE_WRITTEN}
    docs.update({f"filler{i}.txt": text for i, text in enumerate(FILLER)})
    for name, text in docs.items():
        write(root / "docs" / name, text)
    build_index([root / "docs"], root / "idx", jobs=1)
    with open_index(root / "idx") as idx:
        yield idx


def ranked(idx, query: str, **kw) -> list[str]:
    return [Path(h.path).name for h in idx.search(query, limit=20, **kw).hits]


def test_the_page_writing_the_word_ranks_above_the_parts_apart(compounds_index):
    order = ranked(compounds_index, "地域課題解決")
    assert set(order) == {"written.txt", "side_by_side.txt", "apart.txt"}  # the parts apart still match
    assert order.index("written.txt") < order.index("apart.txt")
    # 「地域課題の解決」: the parts side by side (a particle takes no position) come next.
    assert order == ["written.txt", "side_by_side.txt", "apart.txt"]


def test_a_hyphen_typed_is_part_of_the_word_as_typed():
    from ictsearch.search.query import compile_query, parse

    assert compile_query(parse("e-Japan戦略")).as_typed == [(("e", "ジャパン", "戦略"), ("title", "body"), (1, 0))]
    assert compile_query(parse("地域課題解決 OR 放送")).as_typed == []  # either side may match alone


def test_three_parts_any_two_of_which_match(compounds_index):
    # 情報通信基盤 → 情報 | 通信 | 基盤: a page needs two of them; the one writing all three together is first.
    order = ranked(compounds_index, "情報通信基盤")
    assert order[0] == "base_written.txt" and "base.txt" in order


def test_beside_another_word(compounds_index):
    order = ranked(compounds_index, "地域課題解決 事例")
    assert order[0] == "written.txt" and "apart.txt" in order


def test_written_pages_beyond_the_reranked_head_still_come_first(compounds_index, monkeypatch):
    # Side by side is checked on the best RERANK_DEPTH only: a page writing the word below them
    # must still come before the pages with its parts apart.
    from ictsearch.search import api

    monkeypatch.setattr(api, "RERANK_DEPTH", 1)
    full = ranked(compounds_index, "地域課題解決")
    assert full.index("written.txt") < full.index("apart.txt")
    assert full.index("side_by_side.txt") < full.index("apart.txt")
    # Pages slice the same order.
    paged = [Path(compounds_index.search("地域課題解決", limit=1, offset=i).hits[0].path).name for i in range(len(full))]
    assert paged == full


def test_or_and_a_quoted_phrase_are_left_alone(compounds_index):
    # Either side of an OR may match alone: a page is not ranked down for lacking the other's word.
    order = ranked(compounds_index, "地域課題解決 OR 放送")
    assert {"written.txt", "apart.txt", "filler0.txt"} <= set(order)
    assert set(ranked(compounds_index, '"地域課題解決"')) == {"written.txt", "side_by_side.txt"}
