"""query28: a policy officer who types names as colleagues write them ("LG WAN" in quotes, Beyond5G),
leaves a fiscal year out (-令和7年度, -昨年度), gets nothing for two reasons at once and asks questions
with compounds of their own (住民記録のシステム); and a maintainer running the relevance bench."""

from __future__ import annotations

import datetime

import pytest

from conftest import write


@pytest.fixture(scope="module")
def bureau(tmp_path_factory):
    from ictsearch import build_index

    root = tmp_path_factory.mktemp("query28")
    docs = root / "docs"
    write(docs / "joined.txt", "令和7年度 LGWAN接続の整備\n\nLGWANの接続を整備した。Beyond5Gの推進に向けた取組。\n")
    write(docs / "spaced.txt", "令和6年度 LG WAN 接続の整備\n\nLG WAN 接続を整備した。Beyond 5Gの研究開発を推進する。\n")
    write(docs / "apart.txt", "令和5年度 通信の話\n\nLGの製品とWANの話。Beyondという語と、5Gの基地局整備。\n")
    build_index([docs], root / "idx", jobs=1)
    return root / "idx"


def _found(ix, query, **kw):
    return sorted(h.path.rsplit("/", 1)[1].removesuffix(".txt") for h in ix.search(query, **kw).hits)


def test_a_quoted_latin_name_finds_every_spelling_its_unquoted_form_finds_and_stays_a_phrase(bureau):
    # 「"LG WAN"」 found only the page writing LG WAN, where LG WAN unquoted also finds LGWAN; the
    # words apart (LGの製品とWANの話) are still no match of the phrase.
    from ictsearch import open_index

    with open_index(bureau) as ix:
        for typed in ('"LG WAN"', '"LGWAN"', '"LG-WAN"'):
            assert _found(ix, typed) == _found(ix, typed.strip('"')) == ["joined", "spaced"], typed
        words = ix.search('"LG WAN"', explain=True).explain["words"]
        assert words[0]["spellings"] == ["lgwan"]
        # Inside a longer phrase too, which stays a phrase: 接続 must follow the name.
        for typed in ('"LG WAN 接続"', '"LGWAN接続"', '"LG-WAN接続"'):
            assert _found(ix, typed) == ["joined", "spaced"], typed
        assert _found(ix, '"LGWANの整備"') == []


def test_one_lookup_gives_a_latin_word_its_spellings_from_the_analyzer_and_the_index():
    # The name-and-number readings (Beyond5G → beyond | 5g) and the index's spellings (lgwan for LG-WAN)
    # come from one lookup: without an index, the analyzer's alone.
    from ictsearch.search import latin, query

    assert latin.NO_INDEX.of("Beyond5G", ("beyond5g",)) == [("beyond", "5g")]
    assert latin.NO_INDEX.of("LG-WAN", ("lg", "wan")) == []
    vocabulary = latin.Spellings(["lgwan", "lg", "wan", "beyond5g", "beyond", "5g"])
    assert vocabulary.of("LG WAN", ("lg", "wan")) == [("lgwan",)]
    assert vocabulary.of("Beyond 5G", ("beyond", "5g")) == [("beyond5g",)]
    assert not hasattr(query, "_name_and_number")  # query.py asks latin.py, as every caller does


def test_the_relevance_bench_lists_held_out_misses_only_when_asked(capsys):
    # Two helpers saw held-out query lines in the bench's report: reading them invites tuning on them.
    from bench.realdocs_relevance import print_report

    per = {"d1": {"rr": 0.5, "recall": 1.0}, "h3": {"rr": 0.0, "recall": 0.0}}
    cell = {"n": 1, "mrr": 0.5, "recall": 0.5}
    report = {"documents": 2, "queries": 2, "kinds": ["topic"], "split_of": {"d1": "dev", "h3": "heldout"},
              "engines": {"ictsearch": {"per_query": per, "dev": {"all": cell}, "heldout": {"all": cell}}},
              "misses": [("d1", "dev", "topic", "テレワーク", ["r1"], ["r2"]),
                         ("h3", "heldout", "topic", "遠隔医療", ["r3"], ["r4"])]}
    print_report(report)
    out = capsys.readouterr().out
    assert "テレワーク" in out and "遠隔医療" not in out and "1 held-out not shown" in out
    print_report(report, show_heldout=True)
    assert "遠隔医療" in capsys.readouterr().out


def test_a_fiscal_year_left_out_leaves_out_that_years_documents_however_it_is_typed(tmp_path):
    # -令和7年度 left out only pages writing 令和7年度 (the year's page writing 2025年度 stayed, and a
    # 令和8年度 report citing 令和7年度の実績 went), while -昨年度 left out every page writing 2025年度 in
    # any form.  Now each leaves out the documents of 2025年度, and those of no 年度 that write it.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "r7.txt", "令和7年度 テレワーク推進事業の報告\n\n令和7年6月1日\nテレワークの導入を支援した。\n")
    write(docs / "fy2025.txt", "2025年度 テレワーク相談の報告\n\n2025年6月1日\nテレワークの相談会を開いた。\n")
    write(docs / "r8.txt", "令和8年度 テレワーク推進事業の報告\n\n令和8年6月1日\n令和7年度の実績を踏まえテレワークを支援する。\n")
    write(docs / "undated.txt", "テレワークのお知らせ\n\n令和7年度のテレワーク相談会の案内です。\n")
    write(docs / "other.txt", "テレワークのお知らせ\n\nテレワーク相談会の案内です。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    with open_index(tmp_path / "idx") as ix:
        found = lambda q: sorted(h.path.rsplit("/", 1)[1].removesuffix(".txt")  # noqa: E731
                                 for h in ix.search(q, today=datetime.date(2026, 12, 3)).hits)
        for typed in ("-令和7年度", "-2025年度", "-R7", "-FY2025", "-昨年度", "NOT (令和7年度 OR 令和元年度)"):
            assert found(f"テレワーク {typed}") == ["other", "r8"], typed
        assert found("テレワーク -東北") == ["fy2025", "other", "r7", "r8", "undated"]  # a place left out is text


def test_a_search_that_found_nothing_for_two_causes_names_each(bureau):
    # 「接続 ほげふが 令和9年度」: ほげふが is on no page, and no page of 令和9年度 writes 接続 either.
    # Each note takes one word or filter away, which still finds nothing: the search said nothing.
    import json

    from click.testing import CliRunner

    from ictsearch import open_index
    from ictsearch.cli import cli

    with open_index(bureau) as ix:
        res = ix.search("接続 ほげふが 令和9年度")
        assert res.total == 0
        assert res.notes == ("no document holds ほげふが", "without ほげふが, 令和9年度 (read as fiscal_year 2027) "
                             "removes every hit: without it 2 documents match")
        assert res.words_in_no_document == ("ほげふが",)
        res = ix.search("接続 ほげふが", fiscal_year="2015")
        assert res.notes == ("no document holds ほげふが", "without ほげふが, the fiscal_year filter (2015) removes every hit")
        # One cause is said as before, and a word alone that finds nothing needs no note.
        assert ix.search("接続 令和9年度").notes == ("令和9年度 (read as fiscal_year 2027) removes every hit: "
                                                 "without it 2 documents match",)
        assert ix.search("ほげふが").notes == () and ix.search("ほげふが").words_in_no_document == ()
    out = CliRunner().invoke(cli, ["search", "接続", "ほげふが", "--year", "2015", "--json", "--index", str(bureau)])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["words_in_no_document"] == ["ほげふが"]


def test_a_compound_typed_inside_a_question_has_the_pairs_it_has_typed_alone(tmp_path):
    # 住民記録 (Sudachi: 住民 | 記録) typed alone finds the pages on 住民基本台帳 (search/data/
    # domain_paraphrases.tsv); inside a question its two units touch, so neither was set apart and
    # nothing looked the pair up: the question found only pages writing 住民 and 記録.
    from ictsearch import build_index, open_index
    from ictsearch.search.query import compile_query, parse

    docs = tmp_path / "docs"
    write(docs / "kikan.txt", "自治体情報システムの標準化\n\n住民基本台帳など基幹業務システムの標準化を進める。\n")
    write(docs / "other.txt", "公文書の管理\n\n会議の記録を公開し、住民の閲覧に供する。\n")
    build_index([docs], tmp_path / "idx", jobs=1)
    question = "住民記録のシステムを標準化したい"
    assert compile_query(parse(question)).words[0]["synonyms"] == ["住民基本台帳", "基幹 業務 システム"]
    with open_index(tmp_path / "idx") as ix:
        assert [h.path.rsplit("/", 1)[1] for h in ix.search(question).hits][:1] == ["kikan.txt"]
    # A verb glued to a noun (ドローン使った) makes no compound: each stays as it was.
    assert compile_query(parse("ドローン使った物流")).words[0].get("synonyms") == ["使用", "利用"]
