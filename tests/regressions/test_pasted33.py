"""pasted33: a passage pasted from a page (bench/pasted.py) finds that page."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write

_PAGES = {
    "ラジオ.txt": "AM放送のFM放送への転換\n分科会の提言を基に、2020年（令和2年）12月11日に「民間ラジオ放送事業者のAM放送のFM放送への"
                 "転換等に関する「実証実験」の考え方」を公表した。\n",
    "公衆無線LAN.txt": "公衆無線LANの利用意向\n次いで「利用エリアやスポットが広がったら」が22.9％、「セキュリティ面の不安が解消された"
                     "ら」が19.0％と多い（図表4)）。\n図表2)　ユビキタスネットワーク時代における電子タグの利活用の例\n",
    "ASEAN.txt": "ASEANとの協力\n我が国は「ASEAN共同体」の実現を目指し、ASEAN域内の連結性を強化する各種取組を進めており、"
                 "WAP(Wireless Application Protocol)の普及も支援している。\n",
    "電子行政.txt": "電子行政サービス\n「電子行政サービス」は72.7％と、約6割以上の国民が具体的な利用意向を示している。\n",
}


@pytest.fixture(scope="module")
def idx(tmp_path_factory):
    from ictsearch import open_index
    from ictsearch.indexer import build_index

    tmp = tmp_path_factory.mktemp("pasted33")
    for name, text in _PAGES.items():
        write(tmp / "docs" / name, text)
    build_index([tmp / "docs"], tmp / "idx", jobs=1)
    with open_index(tmp / "idx") as index:
        yield index


def _top(idx, query):
    hits = idx.search(query).hits
    return Path(hits[0].path).name if hits else None


@pytest.mark.parametrize("query, page", [
    # a title quoted inside a title: read to the first 」, the outer 」 closed nothing (exit 2)
    ("「民間ラジオ放送事業者のAM放送のFM放送への転換等に関する「実証実験」の考え方」を公表した。", "ラジオ.txt"),
    # the White Paper's figure reference, a half bracket inside a full one: a ) closed nothing
    ("「セキュリティ面の不安が解消されたら」が19.0％と多い（図表4)）。", "公衆無線LAN.txt"),
    ("図表2)　ユビキタスネットワーク時代における電子タグの利活用の例", "公衆無線LAN.txt"),
    # fragments cut mid-sentence: opening inside a quote, ending inside a bracket or a quote
    ("N共同体」の実現を目指し、ASEAN域内の連結性を強化する各種取組を進めてお", "ASEAN.txt"),
    ("強化する各種取組を進めており、WAP(Wireless Application Prot", "ASEAN.txt"),
    ("政サービス」は72.7％と、約6割以上の国民が具体的", "電子行政.txt"),
    ("約6割以上の国民が具体的な利用意向を示している。「電子行", "電子行政.txt"),
])
def test_a_pasted_passage_with_a_quote_or_bracket_that_pairs_with_nothing_finds_its_page(idx, query, page):
    assert _top(idx, query) == page


@pytest.mark.parametrize("query", ["テレワーク 導入)", "(テレワーク OR 在宅勤務", "テレワーク」 導入", "「テレワーク 導入", "()"])
def test_a_stray_mark_in_a_typed_query_is_still_an_error(idx, query):
    from ictsearch.indexer.errors import BadQuery

    with pytest.raises(BadQuery):
        idx.search(query)
