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
    # a figure's heading pasted with its number: 図表2) closed nothing
    ("図表2)　電子タグの利活用の例", "公衆無線LAN.txt"),
    # a row of a table, as a page saved as text writes it: | closed or opened the query (OR needs a word)
    ("| 電子行政サービス | 約6割以上の国民が具体的な利用意向を示している。 |", "電子行政.txt"),
    ("約6割以上の国民が具体的な利用意向を示している。 |", "電子行政.txt"),
])
def test_a_pasted_passage_with_a_quote_or_bracket_that_pairs_with_nothing_finds_its_page(idx, query, page):
    assert _top(idx, query) == page


@pytest.mark.parametrize("query", ["テレワーク 導入)", "(テレワーク OR 在宅勤務", "テレワーク」 導入", "「テレワーク 導入", "()",
                                   "テレワーク |", "| テレワーク", "テレワーク OR"])
def test_a_stray_mark_in_a_typed_query_is_still_an_error(idx, query):
    from ictsearch.indexer.errors import BadQuery

    with pytest.raises(BadQuery):
        idx.search(query)


_NET = ("ネット依存対策\n子供のネット依存が社会問題となっており、全県を挙げて対策を推進するため、本年度、NPO法人や医療関係者等を"
        "構成員とする「企画運営会議」を立ち上げ、健康福祉部と教育委員会が連携・協力し、対策に取り組んでいる。\n令和元年度\n")


def _net_index(tmp_path):
    from ictsearch import open_index
    from ictsearch.indexer import build_index

    write(tmp_path / "docs" / "ネット依存.txt", _NET)
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    return open_index(tmp_path / "idx")


def test_a_pasted_sentence_s_relative_year_is_the_page_s_own_not_today_s(tmp_path):
    # 本年度 in a pasted sentence is the year the page was written in; read from today (2026年度) it
    # filtered the page away: nothing was found.
    import datetime

    with _net_index(tmp_path) as idx:
        for query in ("全県を挙げて対策を推進するため、本年度、NPO法人や医療関係者等を構成員とする「企画運営会議」を立ち上げ",
                      "め、本年度、NPO法人や医療関係者等を構成員とする「企画運営会議」を立ち上げ、健康福祉部"):
            hits = idx.search(query, today=datetime.date(2026, 12, 4)).hits
            assert [Path(h.path).name for h in hits] == ["ネット依存.txt"]


def test_a_typed_relative_year_and_a_filter_s_are_still_read_from_today(tmp_path):
    import datetime

    day = datetime.date(2026, 12, 4)
    with _net_index(tmp_path) as idx:
        # typed as a word: read as 2026年度, which this 令和元年度 page is not
        assert not idx.search("本年度 ネット依存", today=day).hits
        # a filter beside a pasted passage still counts from today
        res = idx.search("め、本年度、NPO法人や医療関係者等を構成員とする「企画運営会議」を立ち上げ、健康福祉部",
                         fiscal_year="今年度", today=day)
        assert not res.hits and any("fiscal_year 2026" in n for n in res.notes)


def test_a_short_question_with_a_comma_still_reads_its_relative_year(tmp_path):
    import datetime

    with _net_index(tmp_path) as idx:
        res = idx.search("本年度、ネット依存の対策", today=datetime.date(2026, 12, 4))
        assert not res.hits and any("2026年度" in n for n in res.notes)


@pytest.mark.parametrize("query", [
    "また、同指針を受け、（財）日本データ通信協会では、一定の基準を満たすタイムビジネスに対し認定を与えることで信頼性の目安を"
    "提供する「タイムビジネス信頼・安心認定制度」を平成17年2月に開始した。",
    "（社）日本ケーブルテレビ連盟がケーブルテレビ事業者に対して調査した「地上デジタル放送再送信アンケート」の結果",
    "委託先の(株)テレワークマネジメントから「企業のデジタル化等に関するアンケート調査」を発送",
    "㈱テレワークマネジメント",
])
def test_a_company_or_foundation_mark_is_no_required_word(tmp_path, query):
    # Sudachi reads （株） （社） （財） as one symbol: the page indexes nothing for them, and the query's
    # group (財) required the word 財.
    from ictsearch import open_index
    from ictsearch.indexer import build_index

    write(tmp_path / "docs" / "団体.txt",
          "認定制度\nまた、同指針を受け、（財）日本データ通信協会では、一定の基準を満たすタイムビジネスに対し認定を与えることで"
          "信頼性の目安を提供する「タイムビジネス信頼・安心認定制度」を平成17年2月に開始した。\n"
          "（社）日本ケーブルテレビ連盟がケーブルテレビ事業者に対して調査した「地上デジタル放送再送信アンケート」の結果を示す。\n"
          "委託先の（株）テレワークマネジメントから「企業のデジタル化等に関するアンケート調査」を発送した。\n")
    # pages that write 株, 社 and 財 as words: the marks' words are in the index
    write(tmp_path / "docs" / "財政.txt", "財政と株式\n財政の状況と株式会社の社会的責任。\n")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as idx:
        assert [Path(h.path).name for h in idx.search(query).hits] == ["団体.txt"]


_BUREAU = ("重点施策の策定\n中国総合通信局(局長:菊池 昌克)は、平成29年度において、次のとおり重点的に取り組む施策を策定しました。\n"
           "関東総合通信局(局長:小笠原 陽一(おがさわら よういち))は、令和3年10月14日(木曜日)オンラインによる"
           "「令和3年度 関東総合通信局 地域情報化アドバイザー会議」を開催しました。\n")


def _bureau_index(tmp_path):
    from ictsearch import open_index
    from ictsearch.indexer import build_index

    write(tmp_path / "docs" / "重点施策.txt", _BUREAU)
    write(tmp_path / "docs" / "局長会見.txt", "局長会見\n局長が記者会見で施策を説明した。\n")
    build_index([tmp_path / "docs"], tmp_path / "idx", jobs=1)
    return open_index(tmp_path / "idx")


@pytest.mark.parametrize("query", [
    "中国総合通信局(局長:菊池 昌克)は、平成29年度において、次のとおり重点的に取り組む施策を策定しました。",
    "関東総合通信局(局長:小笠原 陽一(おがさわら よういち))は、令和3年10月14日(木曜日)オンラインによる「令和3年度 関東総合通信局 "
    "地域情報化アドバイザー会議」を開催しました。",
])
def test_a_pasted_sentence_whose_bracketed_words_the_page_reads_otherwise_finds_its_page(tmp_path, query):
    # The page reads 局長 after its bracket as 局 and 長: the group (局長:菊池 昌克) required 局長 and,
    # a group being no plain word, no words were left out: nothing was found.
    with _bureau_index(tmp_path) as idx:
        res = idx.search(query)
        assert [Path(h.path).name for h in res.hits] == ["重点施策.txt"] and res.dropped_words


def test_a_typed_phrase_or_group_is_still_not_relaxed(tmp_path):
    with _bureau_index(tmp_path) as idx:
        assert not idx.search("「局長の記者会見で説明した」 施策").hits
        assert not idx.search("(局長 菊池) 会見").hits
