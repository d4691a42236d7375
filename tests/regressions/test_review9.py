"""Regressions found by using the metadata a user sees and filters on (facets, filters, show,
sidecars and metadata.csv) as policy staff and an embedding program would (review 9).

Each test names the command or call that went wrong and holds the fix.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import write


def _cli(*args):
    from ictsearch.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def hokkaido_okinawa_index(tmp_path_factory):
    """A 北海道 page, an 沖縄県 page and a 宮城県 page."""
    import ictsearch

    root = tmp_path_factory.mktemp("review9")
    write(root / "docs" / "hokkaido.txt",
          "北海道総合通信局 令和4年度 テレワーク推進セミナーの開催\n\n北海道総合通信局は、令和4年7月1日、札幌市においてテレワーク推進セミナーを開催しました。\n")
    write(root / "docs" / "okinawa.txt",
          "沖縄総合通信事務所 令和5年度 地域DX推進会議の開催\n\n沖縄総合通信事務所は、令和5年8月3日、那覇市において沖縄県内の自治体と地域DX推進会議を開催しました。\n")
    write(root / "docs" / "miyagi.txt",
          "東北総合通信局 令和4年度 防災訓練の実施\n\n東北総合通信局は、令和4年9月1日、宮城県仙台市において非常用通信の防災訓練を実施しました。\n")
    summary = ictsearch.build_index([root / "docs"], root / "idx", jobs=1)
    assert summary.added == 3 and summary.failed == 0
    return root / "idx"


def test_every_prefecture_the_facets_list_can_be_filtered_on(hokkaido_okinawa_index):
    # `ictsearch facets` lists 北海道 under 都道府県 (prefecture), but
    # Index.search(prefecture="北海道") and `ictsearch search "prefecture:北海道"` said
    # "'北海道' is a region, not a prefecture: filter it with region='北海道'": 北海道 is a block
    # and a prefecture at once. prefecture="沖縄" (as prefecture="宮城" is 宮城県) said the same.
    import ictsearch

    with ictsearch.open_index(hokkaido_okinawa_index) as idx:
        prefectures = idx.facets()["prefecture"]
        assert {"北海道", "沖縄県", "宮城県"} <= set(prefectures)
        for value, n in prefectures.items():
            assert idx.search(prefecture=value, limit=0).total == n
        assert [h.path.rsplit("/", 1)[1] for h in idx.search(prefecture="北海道").hits] == ["hokkaido.txt"]
        assert [h.path.rsplit("/", 1)[1] for h in idx.search(prefecture="沖縄").hits] == ["okinawa.txt"]
        assert idx.search(prefecture="北海道").facets["prefecture"] == {"北海道": 1}
        # A block that is no prefecture is still refused as such.
        with pytest.raises(ictsearch.UnknownFacetValue, match="is a region, not a prefecture"):
            idx.search(prefecture="東北")
    res = _cli("search", "prefecture:北海道", "--index", hokkaido_okinawa_index, "--limit", 0)
    assert res.exit_code == 0, res.output
    assert res.output.startswith("1 document.")
    res = _cli("search", "テレワーク prefecture:沖縄", "--index", hokkaido_okinawa_index, "--limit", 0)
    assert res.exit_code == 0 and res.output.startswith("No documents match"), res.output


@pytest.mark.parametrize("typed", ["令和3..4", "R3..4", "令和3..4年度", "r3..4", "令和3..令和4"])
def test_a_year_range_whose_later_end_omits_the_era_is_read_as_the_dash_form_is(fiscal_year_index, typed):
    # `ictsearch search --year 令和3..4` said "cannot read '4' as a year", though --year 令和3~4 and
    # 令和3-4 read the later end in the first end's era (2021..2022); `year:令和3..4` in a query was
    # refused the same way, and 「テレワーク R3..4」 searched R3 as a year and the text '4'.
    import ictsearch

    with ictsearch.open_index(fiscal_year_index) as idx:
        assert sorted(h.fiscal_year for h in idx.search(fiscal_year=typed).hits) == [2021, 2022]
        assert sorted(h.fiscal_year for h in idx.search(f"year:{typed}").hits) == [2021, 2022]
        assert sorted(h.fiscal_year for h in idx.search(f"テレワーク {typed}").hits) == [2021, 2022]
    res = _cli("search", "--year", typed, "--index", fiscal_year_index, "--limit", 0)
    assert res.exit_code == 0 and res.output.startswith("2 documents."), res.output


def test_a_bare_later_end_counts_in_the_first_ends_era_only(fiscal_year_index):
    import ictsearch

    with ictsearch.open_index(fiscal_year_index) as idx:
        with pytest.raises(ictsearch.UnknownFacetValue, match="runs backwards"):
            idx.search(fiscal_year="令和5..4")
        # Two bare numbers stay unread: 2021..22 could be a typo of either end.
        with pytest.raises(ictsearch.UnknownFacetValue, match="cannot read '22'"):
            idx.search(fiscal_year="2021..22")
        assert idx.search(fiscal_year="令和4..2023").total == 2


def test_show_says_which_facets_a_document_has_no_value_for(tmp_path):
    # `ictsearch facets` counts 不明 (76 regions, 182 年度 of 634 real pages) and `search --year none`
    # lists those documents "so they can be fixed", but `ictsearch show` of one printed no region,
    # 年度 or themes line at all: nothing said they were missing, or how to set them.
    docs, idx = tmp_path / "docs", tmp_path / "idx"
    write(docs / "memo.txt", "打合せメモ\n\n次回の打合せでは資料の様式を確認する。\n")
    write(docs / "national.txt", "総務省 令和5年度 情報通信白書の公表\n\n総務省は、令和5年度の情報通信白書を公表しました。\n")
    assert _cli("index", docs, "--index", idx).exit_code == 0
    assert _cli("search", "--year", "none", "--index", idx, "--fields", "path").output.count("memo.txt") == 1
    out = _cli("show", docs / "memo.txt", "--index", idx).output
    for key in ("region", "prefecture", "fiscal_year", "themes"):
        line = next(l for l in out.splitlines() if l.startswith(key + " "))
        assert line.split() == [key, "不明"], out
    assert out.count("a sidecar or metadata.csv can set it") == 4
    # A national document has no prefecture to miss.
    out = _cli("show", docs / "national.txt", "--index", idx).output
    assert "region       全国" in out and "prefecture" not in out, out
    # The JSON keeps its empty values.
    import json

    shown = json.loads(_cli("show", docs / "memo.txt", "--index", idx, "--json").output)
    assert shown["region"] == [] and shown["fiscal_year"] is None and shown["themes"] == []


def test_sort_by_date_is_explained_and_does_what_the_help_says(tmp_path):
    # `ictsearch search --help` showed '--sort [relevance|date]' with nothing on what 'date' sorts by
    # (the 年度? the document's date? where do undated documents go?).
    docs, idx = tmp_path / "docs", tmp_path / "idx"
    write(docs / "a.txt", "テレワーク推進事業の報告\n\nテレワークの導入を支援した。\n")
    write(docs / "b.txt", "令和3年度 テレワーク推進事業\n\n令和3年度は、テレワークの導入を支援した。\n")
    write(docs / "c.txt", "令和5年度 テレワーク推進事業\n\n令和5年度は、テレワークの導入を支援した。\n")
    assert _cli("index", docs, "--index", idx).exit_code == 0
    help_text = " ".join(_cli("search", "--help").output.split())
    assert "date: newest 年度 first" in help_text and "documents with no 年度 last" in help_text
    res = _cli("search", "テレワーク", "--sort", "date", "--index", idx, "--fields", "fiscal_year,path")
    rows = [line.split("\t") for line in res.output.splitlines() if "\t" in line]
    assert [(fy, p.rsplit("/", 1)[1]) for fy, p in rows] == [("2023", "c.txt"), ("2021", "b.txt"), ("不明", "a.txt")]  # 不明 since polish47, as the facets show it


def test_a_page_count_says_which_documents_it_counts(tmp_path):
    # `ictsearch status` of 634 real pages (622 text and HTML, 12 PDF, Excel and PowerPoint files)
    # said 'documents    634 (112 pages)', and `ictsearch index` 'Indexed 634 documents (112 pages)':
    # read as 634 documents of 112 pages in all. Only the paged files have pages.
    import json

    from conftest import TEST_DATA

    docs, idx = tmp_path / "docs", tmp_path / "idx"
    write(docs / "memo.txt", "テレワーク推進の打合せメモ\n")
    docs.joinpath("survey.xlsx").write_bytes((TEST_DATA / "kyushu-ict-survey.xlsx").read_bytes())
    res = _cli("index", docs, "--index", idx)
    assert res.exit_code == 0 and "Indexed 2 documents (2 pages in 1 of them)" in res.output, res.output
    assert "documents    2 (2 pages in 1 of them)" in _cli("status", "--index", idx).output
    st = json.loads(_cli("status", "--index", idx, "--json").output)
    assert (st["documents"], st["pages"], st["paged_documents"]) == (2, 2, 1)
    (docs / "memo.txt").unlink()
    assert _cli("index", docs, "--index", idx).exit_code == 0
    assert "documents    1 (2 pages)\n" in _cli("status", "--index", idx).output


def test_a_hits_themes_are_told_apart(corpus_index):
    # A hit's line joined its themes with ・, which theme names hold themselves:
    # '[2017年度  東北  IoT・地域ビジネス・地域活性化・オープンデータ・データ活用]' does not say
    # whether that is two themes, three or five.
    import ictsearch

    with ictsearch.open_index(corpus_index) as idx:
        hit = idx.search("テレワーク").hits[0]
    assert len(hit.themes) >= 2 and any("・" in t for t in hit.themes), hit.themes
    out = _cli("search", "テレワーク", "--index", corpus_index).output
    assert "、".join(hit.themes[:3]) + "]" in out, out


def test_the_facet_labels_are_query_filters_too(hokkaido_okinawa_index):
    # Every search ends with '地域: 東北 (5)  年度: 2022 (1)  テーマ: …', so staff type 「テレワーク
    # 年度:2022」 or 「テーマ:防災」: those searched the words 年度 and 2022 (any year), and テーマ:防災
    # the words テーマ and 防災, with pseudo-relevance feedback, without a word of warning.
    import ictsearch

    with ictsearch.open_index(hokkaido_okinawa_index) as idx:
        for label, name, value in (("地域", "region", "東北"), ("都道府県", "prefecture", "北海道"),
                                   ("年度", "fiscal_year", "令和5"), ("テーマ", "theme", "防災")):
            by_label = idx.search(f"{label}:{value}", explain=True)
            by_name = idx.search(**{name: value})
            assert [h.doc_id for h in by_label.hits] == [h.doc_id for h in by_name.hits], label
            assert by_label.total >= 1 and by_label.explain["filters"], label
        assert idx.search("テレワーク 年度:令和4").total == 1
        # A full-width colon as well (NFKC makes it ':').
        assert idx.search("テレワーク 年度：令和5", explain=True).explain["filters"] == {"fiscal_year": [2023]}
    res = _cli("search", "年度:", "--index", hokkaido_okinawa_index)
    assert res.exit_code == 2 and "年度: needs a value" in res.output


def test_a_theme_filter_of_one_of_a_themes_words_names_the_theme(hokkaido_okinawa_index):
    # `ictsearch search --theme ドローン` said "unknown theme 'ドローン'; valid themes: …" and listed
    # 25 themes, none of which says it holds ドローン (it counts for AI・先端技術; 郵便局 for 郵便).
    import ictsearch

    with ictsearch.open_index(hokkaido_okinawa_index) as idx:
        with pytest.raises(ictsearch.UnknownFacetValue, match="counts for the theme 'AI・先端技術'"):
            idx.search(theme="ドローン")
        with pytest.raises(ictsearch.UnknownFacetValue, match="counts for the theme '郵便'"):
            idx.search(theme="郵便局")
        with pytest.raises(ictsearch.UnknownFacetValue, match=r"^unknown theme 'xyz'; valid themes: "):
            idx.search(theme="xyz")
    res = _cli("search", "--theme", "ドローン", "--index", hokkaido_okinawa_index)
    assert res.exit_code == 2 and len(res.output.strip().splitlines()) == 1


@pytest.mark.parametrize("typed", ["北海道・沖縄", "北海道、沖縄", "北海道,沖縄県", "北海道地方・沖縄",
                                   "北海道 沖縄", "北海道　沖縄", "北海道沖縄", "北海道沖縄地方"])
def test_a_region_filter_may_list_places_as_the_query_and_metadata_csv_do(hokkaido_okinawa_index, typed):
    # `ictsearch search --region 九州・沖縄` listed the 47 prefectures in an error ("unknown region or
    # prefecture '九州・沖縄'"), though 「九州・沖縄のテレワーク」 in the query reads either block and a
    # metadata.csv cell lists places with 、.
    import ictsearch

    with ictsearch.open_index(hokkaido_okinawa_index) as idx:
        got = idx.search(region=typed)
        assert sorted(h.path.rsplit("/", 1)[1] for h in got.hits) == ["hokkaido.txt", "okinawa.txt"]
        assert got.total == idx.search(region=["北海道", "沖縄"]).total
    res = _cli("search", "--region", typed, "--index", hokkaido_okinawa_index, "--limit", 0)
    assert res.exit_code == 0 and res.output.startswith("2 documents."), res.output
    res = _cli("search", "防災", "--region", typed, "--index", hokkaido_okinawa_index)
    assert "the region filter (北海道・沖縄" in res.output, res.output


def test_a_listed_region_filter_still_names_a_wrong_place(hokkaido_okinawa_index):
    import ictsearch

    with ictsearch.open_index(hokkaido_okinawa_index) as idx:
        # (review38: 関東甲信, 気象庁's area of 関東 and 甲信, is read now; 南九州 is no area.)
        with pytest.raises(ictsearch.UnknownFacetValue, match="unknown region or prefecture '南九州'"):
            idx.search(region="東北・南九州")
        with pytest.raises(ictsearch.UnknownFacetValue, match="is a region, not a prefecture"):
            idx.search(prefecture="宮城・東北")
        assert idx.search(prefecture="宮城・北海道").total == 2
        assert idx.search(region="北海道・").total == idx.search(region="、北海道").total == 1
        # Blocks written together (九州沖縄, 中国四国地方) are read only when every part is a block.
        with pytest.raises(ictsearch.UnknownFacetValue, match="unknown region or prefecture '北海道沖縄県'"):
            idx.search(region="北海道沖縄県")
        with pytest.raises(ictsearch.UnknownFacetValue, match="unknown region or prefecture '・'"):
            idx.search(region="・")


def test_region_and_prefecture_are_one_filter_as_the_readme_says(hokkaido_okinawa_index):
    # README: region and prefecture values are OR-ed (one filter, as --region takes either).
    import ictsearch

    with ictsearch.open_index(hokkaido_okinawa_index) as idx:
        assert idx.search(region="東北", prefecture="北海道").total == 2
        assert idx.search(region="東北", prefecture="宮城県").total == 1
        assert idx.search(region="東北", fiscal_year="令和5").total == 0


def test_index_help_says_how_to_fix_a_value_and_its_examples_work(tmp_path):
    # `ictsearch index --help` said nothing of sidecars or metadata.csv: `facets --help` tells staff
    # to "fix them with a sidecar or metadata.csv", and nothing a command prints says what those are.
    help_text = " ".join(_cli("index", "--help").output.split())
    assert "report.pdf.meta.toml" in help_text and "metadata.csv" in help_text
    assert 'fiscal_year = "令和5", region = ["東北"], themes = ["防災"]' in help_text
    # The help's own examples, as written there.
    docs, idx = tmp_path / "docs", tmp_path / "idx"
    write(docs / "report.pdf.txt", "事業報告\n\n地域の取組を報告する。\n")
    write(docs / "report.pdf.txt.meta.toml", 'fiscal_year = "令和5"\nregion = ["東北"]\nthemes = ["防災"]\n')
    write(docs / "memo.txt", "打合せメモ\n\n様式を確認する。\n")
    write(docs / "metadata.csv", "path,fiscal_year,region,themes\nmemo.txt,令和4,関東|信越,防災|テレワーク\n")
    res = _cli("index", docs, "--index", idx)
    assert res.exit_code == 0 and "warning" not in res.output, res.output
    import ictsearch

    with ictsearch.open_index(idx) as i:
        report, memo = i.get(str(docs / "report.pdf.txt")), i.get(str(docs / "memo.txt"))
    assert (report.fiscal_year, report.region, [t.name for t in report.themes]) == (2023, ("東北",), ["防災・減災"])
    assert (memo.fiscal_year, memo.region) == (2022, ("関東", "信越"))
    assert [t.name for t in memo.themes] == ["防災・減災", "働き方・テレワーク"]
    write(docs / "metadata.csv", "path,fiscal_year,region,themes\nmemo.txt,令和4,関東|信越,防災\n")
    assert "1 updated" in _cli("index", docs, "--index", idx).output


@pytest.mark.parametrize("furniture", [
    "ページの先頭です。メニューを飛ばして本文へ",
    "このページの本文へ移動",
    "このページの先頭です このページの本文へ移動 サイトメニューここまで",
    "文字サイズ",
    "•背景色 •文字サイズ",
    "色合い標準青黄黒 文字サイズ標準拡大縮小 RSS",
    "富山県ホームページ メニューを飛ばして本文へ",
    "共通メニューなどをスキップして本文へ",
    "ここからサイトの主なメニューです",
    "国土交通省ロゴ",
    "JavaScript対応ブラウザで表示してください。",
    "記事ID:0067607更新日:2024年12月2日更新印刷画面表示<外部リンク>",
])
def test_a_web_pages_skip_links_and_switches_are_never_its_title(tmp_path, furniture):
    # 115 of the 1,346 real pages of bench/realdocs (saved as text) were titled by the furniture
    # above their content: 42 by 「ページの先頭です。メニューを飛ばして本文へ」 (two skip links on one
    # line; each alone was passed over), others by 「このページの本文へ移動」, 「文字サイズ」,
    # 「国土交通省ロゴ」. Every hit of such a page, in every search, showed that as its title.
    docs, idx = tmp_path / "docs", tmp_path / "idx"
    write(docs / "page.txt", f"{furniture}\n\n岡山情報ハイウェイ構想について\n\n県では、岡山情報ハイウェイの整備を進めています。\n")
    assert _cli("index", docs, "--index", idx).exit_code == 0
    res = _cli("search", "情報ハイウェイ", "--index", idx, "--fields", "title")
    assert res.output.splitlines()[-1] == "岡山情報ハイウェイ構想について", res.output


@pytest.mark.parametrize("title", ["文字サイズの変更について", "検索サービスの開始", "標準化の推進", "令和5年度 事業計画",
                                   "トップページ", "デジタル推進ロゴマークの決定"])
def test_a_title_that_only_mentions_furniture_words_is_kept(tmp_path, title):
    from pathlib import Path

    from ictsearch.indexer.document import derive_title

    assert derive_title(f"{title}\n\n本文の一行目です。\n", None, Path("x.txt")) == title


@pytest.mark.parametrize("furniture", ["文字の大きさ", "×閉じる", "ページ本文", "サイト内共通メニューここまで", "Multilingual",
                                       "現在位置:", "組織でさがす"])
def test_more_of_a_cms_pages_furniture_is_never_its_title(tmp_path, furniture):
    from pathlib import Path

    from ictsearch.indexer.document import derive_title

    text = f"{furniture}\n\nインターネット上の人権侵害をなくしましょう\n\n法務省の人権擁護機関では、…\n"
    assert derive_title(text, None, Path("x.txt")) == "インターネット上の人権侵害をなくしましょう"


def test_a_value_cleared_in_a_metadata_csv_is_none_says_where_and_is_listed_by_none(tmp_path):
    # Review 9 found no way to clear a wrong derived value (none / 不明 in a sidecar or metadata.csv
    # was an error). Cleared, the document is among --year none, and `show` says who cleared it.
    docs, idx = tmp_path / "docs", tmp_path / "idx"
    write(docs / "plan.txt", "令和３年度 事業計画書\n東北総合通信局\nテレワークの推進。テレワーク月間。テレワークの普及。\n")
    write(docs / "metadata.csv", "path,年度,テーマ\nplan.txt,不明,none\n")
    res = _cli("index", docs, "--index", idx)
    assert res.exit_code == 0 and "unknown key" not in res.output, res.output
    assert "plan.txt" in _cli("search", "--year", "none", "--index", idx, "--fields", "path").output
    out = _cli("show", docs / "plan.txt", "--index", idx).output
    lines = out.splitlines()
    at = next(i for i, l in enumerate(lines) if l.startswith("fiscal_year "))
    assert lines[at].split() == ["fiscal_year", "不明"] and "csv:" in lines[at + 1] and "metadata.csv" in lines[at + 1]
    at = next(i for i, l in enumerate(lines) if l.startswith("themes "))
    assert lines[at].split() == ["themes", "不明"] and "csv:" in lines[at + 1]
    assert "region       東北" in out  # not given: derived
