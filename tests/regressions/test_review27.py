"""review27: a regional bureau's policy officer and an embedding developer using today's query and
indexing changes together (fewer-words search, relative years, filters, notes, --json)."""

from __future__ import annotations

import datetime

from conftest import write

TODAY = datetime.date(2026, 12, 3)  # 昨年度 = fiscal year 2025


def _build(tmp_path, files: dict[str, str]):
    from ictsearch import build_index

    docs = tmp_path / "docs"
    for name, text in files.items():
        write(docs / name, text)
    build_index([docs], tmp_path / "idx", jobs=1)
    return tmp_path / "idx"


def test_a_search_shown_with_a_word_left_out_counts_what_its_year_filter_leaves_out(tmp_path):
    # 「連携協定 DX 企業 --year 2023」 on bench/realdocs: no page holds all three, so the pages holding two
    # were shown, those of 2023 only; 8 of the 41 such pages have no year, and nothing said so
    # (left_out_without_value was counted on the query of all three words, which matches nothing).
    idx = _build(tmp_path, {
        "協定.txt": "令和5年度 包括連携協定の締結について\n\n令和5年6月1日\n株式会社と包括連携協定を締結しました。DXを推進する。\n",
        "日付なし.txt": "包括連携協定の締結\n\n包括連携協定を締結しました。地域のDXを進める。\n",
        "企業.txt": "令和5年度 人材育成事業について\n\n令和5年6月1日\n地元企業の人材育成を支援する。\n",
    })
    from ictsearch import open_index

    with open_index(idx) as ix:
        res = ix.search("連携協定 DX 企業", fiscal_year=2023)
        assert res.dropped_words, res.notes
        assert [h.path.rsplit("/", 1)[1] for h in res.hits] == ["協定.txt"]
        assert res.left_out_without_value == {"fiscal_year": 1}
        assert any("add --year none" in n for n in res.notes), res.notes
        # What the note promises: --year none as well adds that page.
        assert ix.search("連携協定 DX 企業", fiscal_year=[2023, "none"]).total == 2


def test_a_relative_year_read_does_not_silence_why_a_search_found_nothing(tmp_path):
    # 「"テレワーク" ほげふが 令和7年度」 said 'ほげふが removes every hit: without it 6 documents match';
    # typed 昨年度 (the same year today) it said only how 昨年度 was read: the reading's note was
    # taken for an explanation and the word to blame went unnamed.  Likewise --year 昨年度 and a
    # town given as a place filter (--region 長野市 is filtered as 長野県).
    idx = _build(tmp_path, {
        "昨年.txt": "令和7年度 テレワーク推進事業の報告\n\n令和7年6月1日\n在宅勤務の導入を支援した。\n",
        "長野.txt": "令和7年度 テレワーク推進事業\n\n令和7年6月1日\n長野県松本市の企業を支援した。\n",
    })
    from ictsearch import open_index

    with open_index(idx) as ix:
        for query, filters in (('"テレワーク" ほげふが 昨年度', {}),
                               ('"テレワーク" ほげふが', {"fiscal_year": "昨年度"}),
                               ('"テレワーク" ほげふが', {"region": "長野市"})):
            res = ix.search(query, today=TODAY, **filters)
            assert res.total == 0
            assert any(n.startswith("ほげふが removes every hit") for n in res.notes), (query, filters, res.notes)
            assert len(res.notes) == 2, res.notes  # the reading's note is still there


def test_a_latin_word_typed_as_pages_do_not_is_not_blamed_for_a_search_that_found_nothing(tmp_path):
    # 「LG-WAN 令和9年度」 on bench/realdocs said 'LG-WAN removes every hit: without it 9 documents match'
    # and suggested lgwan and lan, though LG-WAN finds the 5 pages writing LGWAN: the notes and the
    # suggestions counted each word without the index's Latin spellings the search itself used.
    idx = _build(tmp_path, {
        "接続.txt": "令和5年度 LGWAN接続系の端末更新について\n\n令和5年6月1日\nLGWANに接続する端末を更新した。\n",
        "電子申告.txt": "令和5年度 電子申告の案内\n\n令和5年6月1日\ne-Taxによる申告を受け付ける。\n",
    })
    from ictsearch import open_index

    with open_index(idx) as ix:
        assert ix.search("LG-WAN").total == 1
        for query in ("LG-WAN 令和9年度", "LG WAN 令和9年度"):
            res = ix.search(query)
            assert res.total == 0
            assert res.notes == ("令和9年度 (read as fiscal_year 2027) removes every hit: without it 1 document matches",), res.notes
            assert res.suggestions == ()
        res = ix.search('"接続" LG-WAN ほげふが')  # a quoted word: no fewer-words search
        assert res.total == 0
        assert res.notes == ("ほげふが removes every hit: without it 1 document matches",), res.notes
        assert ix.search("eTax title:端末").suggestions == ()


def test_a_range_of_years_typed_with_dots_may_name_an_end_from_today(tmp_path):
    # --year takes 2019..2023 and takes 昨年度; --year 昨年度..今年度 said "cannot read '昨年度' as a year",
    # and typed in the query 「テレワーク 昨年度..今年度」 was read as two years each required (no hits,
    # "今年度 removes every hit").  Both now read the range, as 昨年度から今年度 is read.
    idx = _build(tmp_path, {
        "令和6.txt": "令和6年度 テレワーク推進事業の報告\n\n令和6年6月1日\n在宅勤務の導入を支援した。\n",
        "令和7.txt": "令和7年度 テレワーク推進事業の報告\n\n令和7年6月1日\n在宅勤務の導入を支援した。\n",
        "令和8.txt": "令和8年度 テレワーク推進事業の計画\n\n令和8年6月1日\n在宅勤務の導入を支援する。\n",
    })
    from ictsearch import open_index
    from ictsearch.indexer.errors import BadQuery, UnknownFacetValue

    import pytest

    with open_index(idx) as ix:
        found = lambda res: sorted(h.path.rsplit("/", 1)[1] for h in res.hits)  # noqa: E731
        both = ["令和7.txt", "令和8.txt"]
        assert found(ix.search("テレワーク 昨年度..今年度", today=TODAY)) == both
        assert found(ix.search("テレワーク 昨年度から今年度", today=TODAY)) == both
        assert found(ix.search("テレワーク", fiscal_year="昨年度..今年度", today=TODAY)) == both
        assert found(ix.search("テレワーク year:昨年度..", today=TODAY)) == both
        assert found(ix.search("テレワーク", fiscal_year="2024..昨年度", today=TODAY)) == ["令和6.txt", "令和7.txt"]
        res = ix.search("テレワーク", fiscal_year="昨年度..今年度", today=TODAY)
        assert "昨年度..今年度 is filtered as fiscal_year 2025..2026, counted from 2026-12-03" in res.notes
        with pytest.raises(BadQuery, match="runs backwards"):
            ix.search("テレワーク 今年度..昨年度", today=TODAY)
        with pytest.raises(UnknownFacetValue, match="runs backwards"):
            ix.search("テレワーク", fiscal_year="今年度..昨年度", today=TODAY)


def test_explain_prints_the_query_asked_with_words_left_out_and_always_has_the_key(tmp_path):
    # --explain --json gave fewer_words only for a search shown with words left out (feedback is
    # there as null in every explain), and the text --explain never printed it at all: the whoosh
    # line showed the query of every word, which matched nothing.
    from click.testing import CliRunner

    from ictsearch.cli import cli

    idx = _build(tmp_path, {
        "協定.txt": "令和5年度 包括連携協定の締結について\n\n令和5年6月1日\n株式会社と包括連携協定を締結しました。DXを推進する。\n",
    })
    from ictsearch import open_index

    with open_index(idx) as ix:
        assert ix.search("連携協定", explain=True).explain["fewer_words"] is None
        assert "body:協定" in ix.search("連携協定 ほげふが", explain=True).explain["fewer_words"]
    out = CliRunner().invoke(cli, ["search", "連携協定 ほげふが", "--explain", "--index", str(idx)])
    assert out.exit_code == 0, out.output
    assert "asked with words left out: " in out.output
    assert "body:協定" in out.output.split("asked with words left out: ")[1].splitlines()[0]
    plain = CliRunner().invoke(cli, ["search", "連携協定", "--explain", "--index", str(idx)])
    assert "asked with words left out" not in plain.output


def test_a_latin_word_left_out_leaves_out_every_spelling_the_same_word_finds(tmp_path):
    # eTax finds the pages writing e-Tax (search/latin.py), but 「マイナンバー -eTax」 kept them: a word
    # typed to leave out was matched as written only (111 pages on bench/realdocs, against 103 for
    # -e-Tax).  Inside a group too: NOT (LG WAN OR eTax).
    idx = _build(tmp_path, {
        "申告.txt": "令和5年度 電子申告の案内\n\n令和5年6月1日\nマイナンバーカードでe-Taxに申告する。\n",
        "接続.txt": "令和5年度 端末の更新\n\n令和5年6月1日\nマイナンバー利用事務系とLGWAN接続系を分離する。\n",
        "交付.txt": "令和5年度 カード交付\n\n令和5年6月1日\nマイナンバーカードの交付を進める。\n",
    })
    from ictsearch import open_index

    with open_index(idx) as ix:
        found = lambda q: sorted(h.path.rsplit("/", 1)[1] for h in ix.search(q).hits)  # noqa: E731
        assert found("eTax") == ["申告.txt"]
        assert found("マイナンバー -eTax") == found("マイナンバー -e-Tax") == ["交付.txt", "接続.txt"]
        assert found("マイナンバー NOT (LG WAN OR eTax)") == ["交付.txt"]
        assert found("マイナンバー -LG-WAN") == ["交付.txt", "申告.txt"]


def test_facets_read_a_relative_year_from_the_day_a_search_is_given(tmp_path):
    # An embedding program passes today= to search (its users' day, a test's fixed day); facets,
    # missing and doc_count took fiscal_year="今年度" too but read it from the machine's day only, so
    # the counts beside a search's hits were of another year.
    idx = _build(tmp_path, {
        "令和6.txt": "令和6年度 テレワーク推進事業の報告\n\n令和6年6月1日\n在宅勤務の導入を支援した。\n",
        "令和7.txt": "令和7年度 テレワーク推進事業の報告\n\n令和7年6月1日\n在宅勤務の導入を支援した。\n",
    })
    from ictsearch import open_index
    from ictsearch.search.api import filter_notes

    may_2024 = datetime.date(2024, 5, 1)
    with open_index(idx) as ix:
        assert ix.search("テレワーク", fiscal_year="今年度", today=may_2024).total == 1
        assert ix.facets(fiscal_year="今年度", today=may_2024)["fiscal_year"] == {"2024": 1}
        assert ix.doc_count(fiscal_year="来年度", today=may_2024) == 1
        assert ix.missing(fiscal_year="今年度", today=may_2024)["fiscal_year"] == 0
    assert filter_notes({"fiscal_year": "今年度"}, today=may_2024) == [
        "今年度 is filtered as fiscal_year 2024, counted from 2024-05-01"]


def test_a_relative_year_left_out_leaves_out_the_year_it_names_not_every_page_writing_it(tmp_path):
    # 昨年度 typed to find is searched as the year it names (a page's own 昨年度 is the year before
    # its own), but 「テレワーク -昨年度」 left out every page writing 昨年度, of any year, and kept the
    # pages of 令和7年度 (2025, last year on 2026-12-03).
    idx = _build(tmp_path, {
        "令和7.txt": "令和7年度 テレワーク推進事業の報告\n\n令和7年6月1日\n在宅勤務の導入を支援した。\n",
        "令和2.txt": "令和2年度 テレワーク推進事業の報告\n\n令和2年6月1日\n昨年度に続き在宅勤務の導入を支援した。\n",
    })
    from ictsearch import open_index

    with open_index(idx) as ix:
        found = lambda q: sorted(h.path.rsplit("/", 1)[1] for h in ix.search(q, today=TODAY).hits)  # noqa: E731
        assert found("テレワーク 昨年度") == ["令和7.txt"]
        assert found("テレワーク -昨年度") == ["令和2.txt"]
        assert found("テレワーク NOT (昨年度 OR 令和元年度)") == ["令和2.txt"]
        res = ix.search("テレワーク -昨年度", today=TODAY)
        assert "-昨年度 was read as 2025年度 (fiscal_year 2025), counted from 2026-12-03" in res.notes


def test_a_long_query_shown_with_words_left_out_is_not_echoed_whole_in_its_note(tmp_path):
    # The no-hits line echoes a pasted paragraph by its start and end (adv27); the note of a search
    # shown with words left out printed it whole, 120 characters and more, above the hits.
    idx = _build(tmp_path, {
        "協定.txt": "令和5年度 包括連携協定の締結について\n\n令和5年6月1日\n株式会社と包括連携協定を締結しました。DXを推進する。\n",
    })
    from ictsearch import open_index

    pasted = ("包括連携協定 気象衛星の観測データを公開するための新たな仕組みの検討 "
              "地域における防災情報の伝達手段の多重化に関する調査研究 ほげふが")
    with open_index(idx) as ix:
        res = ix.search(pasted)
        assert res.total == 1 and len(res.dropped_words) == 3
        note = res.notes[0]
        assert note.startswith("no document holds every word of 包括連携協定 気象衛星")
        assert f"({len(pasted):,} characters)" in note and "…" in note
        assert pasted not in note, note
        short = ix.search("包括連携協定 ほげふが").notes[0]
        assert short == "no document holds every word of 包括連携協定 ほげふが: these leave out ほげふが"


def test_a_word_typed_twice_is_left_out_once(tmp_path):
    # 「包括連携協定 ほげふが ほげふが」 said 'these hold 1 of its 3 words, leaving out ほげふが or ほげふが':
    # a repeated word was counted as two words to hold and named twice in dropped_words.
    idx = _build(tmp_path, {
        "協定.txt": "令和5年度 包括連携協定の締結について\n\n令和5年6月1日\n株式会社と包括連携協定を締結しました。DXを推進する。\n",
    })
    from ictsearch import open_index

    with open_index(idx) as ix:
        res = ix.search("包括連携協定 ほげふが ほげふが")
        assert res.total == 1
        assert res.dropped_words == ("ほげふが",)
        assert res.notes == ("no document holds every word of 包括連携協定 ほげふが ほげふが: these leave out ほげふが",)


def test_what_the_excel_reader_warns_of_is_the_workbooks_warning_not_python_noise(tmp_path):
    # A 和暦-formatted cell holding a number beyond the calendar (a sheet's 9999999 under
    # ggge"年"m"月"d"日") made openpyxl print 'site-packages/openpyxl/worksheet/_reader.py:223:
    # UserWarning: Cell B9 is marked as a date…' and 'warn(msg)' on stderr mid-run, naming no workbook.
    import warnings

    import openpyxl

    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    docs.mkdir()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "令和5年度 ICT利活用推進事業 実施状況"
    sheet["A3"], sheet["B3"] = "ローカル5G実証", 9999999
    sheet["B3"].number_format = 'ggge"年"m"月"d"日"'
    book.save(docs / "実施状況.xlsx")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        summary = build_index([docs], tmp_path / "idx", jobs=1)
    assert not [w for w in caught if "openpyxl" in w.filename], [str(w.message) for w in caught]
    (outcome,) = summary.outcomes
    assert outcome.status == "added"
    assert any("Cell B3" in w and "outside the limits for dates" in w for w in outcome.warnings), outcome.warnings
    with open_index(tmp_path / "idx") as ix:
        assert ix.search("ローカル5G").total == 1


def test_a_metadata_table_saved_as_tsv_is_not_indexed_without_a_word(tmp_path):
    # An officer saves the collection's metadata from Excel as テキスト (タブ区切り): metadata.tsv.  Until
    # today it was counted among the files not indexed; with .tsv indexed it became a document and its
    # rows (九州, 2021) were silently not applied.
    from ictsearch import build_index, open_index

    docs = tmp_path / "docs"
    write(docs / "報告.txt", "令和5年度 テレワーク事業の報告\n\n在宅勤務の導入を支援した。\n")
    write(docs / "metadata.tsv", "path\tregion\tfiscal_year\n報告.txt\t九州\t2021\n")
    write(docs / "実績.tsv", "自治体\t件数\n仙台市\t12\n")
    summary = build_index([docs], tmp_path / "idx", jobs=1)
    said = {o.path.rsplit("/", 1)[1]: o.warnings for o in summary.outcomes}
    assert any("metadata.csv" in w for w in said["metadata.tsv"]), said
    assert said["実績.tsv"] == [] or not any("metadata" in w for w in said["実績.tsv"])
    with open_index(tmp_path / "idx") as ix:
        assert ix.search("仙台市").total == 1


def test_a_range_of_bare_years_finds_at_least_what_each_of_its_years_finds(tmp_path):
    # 2024 typed alone is the year and the text 2024; typed as a range's end it was the year only, so
    # 「テレワーク 2024..2025」 found 10 pages of bench/realdocs where 「テレワーク 2025」 alone found 11.
    idx = _build(tmp_path, {
        "予定.txt": "テレワーク推進の予定\n\n2025年3月にテレワーク月間の催しを開く。\n",
        "令和6.txt": "令和6年度 テレワーク推進事業の報告\n\n令和6年6月1日\n在宅勤務の導入を支援した。\n",
    })
    from ictsearch import open_index

    with open_index(idx) as ix:
        found = lambda q: sorted(h.path.rsplit("/", 1)[1] for h in ix.search(q).hits)  # noqa: E731
        assert found("テレワーク 2025") == ["予定.txt"]
        assert found("テレワーク 2024") == ["令和6.txt"]
        assert found("テレワーク 2024..2025") == ["予定.txt", "令和6.txt"]
