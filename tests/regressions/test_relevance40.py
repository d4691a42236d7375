"""relevance40: a compound policy name written (mostly) side by side, and a name typed in Latin letters (5G),
rank above pages holding the compound's generic parts scattered (a user review, 2026-12-05)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictsearch.indexer import build_index
from ictsearch.search import open_index
from ictsearch.search import query as sq
from ictsearch.search.query import compile_query, parse

from conftest import write


def names(result) -> list[str]:
    return [Path(h.path).stem for h in result.hits]


@pytest.fixture(scope="module")
def idx(tmp_path_factory):
    d = tmp_path_factory.mktemp("relevance40")
    docs = d / "docs"
    # Short, and holding デジタル, 構想, 交付金 and 採択 apart (as a 2003 White Paper section did): three of the
    # five units of デジタル田園都市国家構想交付金, the share a compound asks of its units anywhere.
    write(docs / "scattered.txt", "コンテンツ流通の促進\n\n放送番組のデジタル化を進める構想を示した。地方公共団体へのデジタル化の"
          "交付金を交付し、交付金の採択は年度ごとに行う。デジタル放送の構想。")
    # Writes the vision's name side by side (the grant itself named otherwise: 推進交付金 of its first years),
    # in a long page (a White Paper section of many subjects).
    write(docs / "dejiden.txt", "地域のデジタル実装の支援\n\nデジタル田園都市国家構想の実現に向け、地方公共団体が行う取組を"
          "推進交付金により支援している。令和4年度は全国で多くの事業が採択された。観光、防災、教育、医療など幅広い分野で"
          "技術の活用が進んだ。地域の課題解決に向けた取組の横展開を図るため、事業の成果を共有する場も設けている。"
          "あわせて、人材の確保や育成、推進体制の整備についても、関係府省と連携して支援を行っている。"
          + "".join(f"第{i}に、情報通信基盤の整備、サイバーセキュリティの確保、電波の有効利用、放送の高度化、郵便局の活用に"
                    "取り組んでいる。" for i in range(1, 13)))
    # 国家 and 田園都市 on other pages (the rarest units are not what sets the pages apart).
    write(docs / "kokka.txt", "国家公務員の採用試験\n\n国家公務員の採用試験の日程を公表した。")
    write(docs / "denentoshi.txt", "田園都市線の駅周辺\n\n田園都市線の駅周辺で無料Wi-Fiを整備した。国家資格の講習も行う。")
    write(docs / "shiken.txt", "国家資格の試験\n\n無線従事者の国家試験を行う。田園都市の景観を守る。")
    write(docs / "ohira.txt", "田園都市構想の歴史\n\n大平内閣の田園都市国家構想は、昭和の政策である。")
    # 九州's mobile base stations, without 5G (携帯電話の不感地帯): short, so it scored highest before.
    write(docs / "fukan.txt", "不感地帯の解消\n\n九州の山間部で携帯電話の基地局の整備を支援した。")
    # 5G base stations in 九州, in a longer page.
    write(docs / "kyushu5g.txt", "九州地方のデジタルインフラ\n\n九州総合通信局は、管内の5G基地局の整備状況を公表した。"
          "令和5年度末の5G人口カバー率は九州各県で9割を超え、離島や山間部での整備も進んでいる。"
          "光ファイバの整備とあわせ、デジタル田園都市国家インフラ整備計画に基づき取組を進める。")
    # 地域おこし協力隊 written whole, and a page with 地域 and 協力 and 隊 apart (青年海外協力隊, 地域の…).
    write(docs / "kyoryokutai.txt", "地域おこし協力隊の募集\n\n本町では、地域おこし協力隊を募集しています。任期は最長3年で、"
          "観光振興や移住定住の促進、地域の情報発信などに取り組んでいただきます。応募の締切は令和6年1月31日です。")
    write(docs / "seinen.txt", "国際協力\n\n青年海外協力隊の経験者が地域でおこした事業を紹介する。")
    # The coverage subsidy by its name, inside a long section; and a short one on the mobile phone's history
    # holding 携帯電話, 整備 and 事業 (事業者) apart.
    write(docs / "area.txt", "電波利用の高度化\n\n条件不利地域において携帯電話を利用可能とするため、地方公共団体が"
          "基地局施設を設置する場合に、その整備費用の一部を補助する携帯電話等エリア整備事業を実施している。"
          + "".join(f"第{i}に、電波の監視、周波数の再編、無線局の免許、電波の安全性の調査に取り組んでいる。" for i in range(1, 11)))
    write(docs / "keitai.txt", "携帯電話の普及\n\n携帯電話の普及とともに、事業者による基地局の整備が進んだ。携帯電話は生活に欠かせない。")
    build_index([docs], d / "idx", jobs=1)
    with open_index(d / "idx") as index:
        yield index


def test_the_vision_written_side_by_side_ranks_above_its_parts_scattered(idx):
    # No page writes デジタル田園都市国家構想交付金 whole: the page writing 5 of its 7 terms side by side comes
    # first (it scored 12.2 against the scattered page's 16.6, which ranked first before).
    assert names(idx.search("デジタル田園都市国家構想交付金 採択"))[:2] == ["dejiden", "scattered"]


def test_the_vision_alone_finds_the_page_writing_most_of_it_first(idx):
    # (大平内閣's 田園都市国家構想 scored 22.6, above it, before.)
    res = idx.search("デジタル田園都市国家構想交付金")
    assert names(res)[0] == "dejiden"
    # The note no longer says the hits hold only its parts apart.
    assert res.notes == ("no document writes デジタル田園都市国家構想交付金 as typed: the first hits hold most of it "
                         "side by side, the rest its parts apart",)


def test_a_name_in_latin_letters_must_occur(idx):
    found = names(idx.search("5Gの基地局整備 九州"))
    assert found[0] == "kyushu5g"
    assert "fukan" not in found  # 基地局, 整備, 九州 without 5G is not a hit


def test_without_5g_typed_the_base_station_page_still_matches(idx):
    assert set(names(idx.search("基地局の整備 九州"))) >= {"fukan", "kyushu5g"}


def test_the_programme_written_whole_ranks_first(idx):
    assert names(idx.search("地域おこし協力隊"))[0] == "kyoryokutai"


def test_a_name_glued_with_等_is_a_word_typed_solid(idx):
    # 等 inside a name (携帯電話等エリア整備事業) no longer makes it a question typed the way people talk (two of
    # its four units anywhere): the page writing the name ranks first, and a page must hold three of them.
    assert names(idx.search("携帯電話等エリア整備事業"))[0] == "area"
    info = compile_query(parse("携帯電話等エリア整備事業")).words[0]
    assert info["dropped"] == ["等"] and not info.get("talk")
    # Typed with a particle, or at the end of a word, 等 is talk as before.
    assert compile_query(parse("携帯電話等のエリア")).words[0].get("talk")
    assert compile_query(parse("電気通信事業者等")).words[0].get("talk")


def test_latin_units_required_only_in_words_of_three_units_or_more():
    # 「5Gの基地局整備」: 5G required, one of 基地局 and 整備 with it.
    q = str(compile_query(parse("5Gの基地局整備")).query)
    assert q.startswith("((title:5g OR body:5g) AND ")
    # One letter (the L of Lアラート) or a bare number is not a name: nothing changes there.
    assert not sq._latin_name(None)
    # Switched off, the share counts 5G like the other units again.
    old = sq.LATIN_REQUIRED
    try:
        sq.LATIN_REQUIRED = False
        assert ">=2" in str(compile_query(parse("5Gの基地局整備")).query)
    finally:
        sq.LATIN_REQUIRED = old
