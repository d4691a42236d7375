"""Regressions found by trying to break the day's changes (manual metadata's none / dates /
labels, the year and place filters, pptx charts, the organization `show` prints) as policy
staff and an embedding program would (review 10).

Each test names the command or call that went wrong and holds the fix.
"""

from __future__ import annotations

import zipfile

import pytest
from click.testing import CliRunner

from conftest import write


def _cli(*args):
    from ictsearch.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


def _deck(path, build):
    """A one-slide deck titled 管内のブロードバンド整備状況, its charts added by build(slide)."""
    import pptx

    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "管内のブロードバンド整備状況"
    build(slide)
    deck.save(path)
    return path


def _chart_data(categories, *series):
    from pptx.chart.data import CategoryChartData

    data = CategoryChartData()
    data.categories = categories
    for name, values in series:
        data.add_series(name, values)
    return data


def _add(slide, kind, data):
    from pptx.util import Inches

    return slide.shapes.add_chart(kind, Inches(1), Inches(1.5), Inches(4), Inches(3), data).chart


def _two_chart_deck(path):
    """A deck of one slide with a pie chart (chart1) and a line chart (chart2)."""
    from pptx.enum.chart import XL_CHART_TYPE

    def build(slide):
        _add(slide, XL_CHART_TYPE.PIE, _chart_data(["北海道", "東北"], ("契約数の割合", (30, 70))))
        _add(slide, XL_CHART_TYPE.LINE, _chart_data(["令和3年度", "令和4年度"], ("テレワーク導入率", (30.1, 51.9))))

    return _deck(path, build)


def _rewritten(deck, out, part: str, change):
    """A copy of the deck whose `part` is change(its bytes), or left out when change gives None."""
    with zipfile.ZipFile(deck) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            data = change(data) if item.filename == part else data
            if data is not None:
                zout.writestr(item, data)
    return out


def test_pptx_a_chart_whose_part_is_gone_loses_its_words_not_the_file(tmp_path):
    # A deck whose second chart's part was lost (its relationship dangles) failed whole as
    # 'damaged PowerPoint file': shape.chart was read outside the guard meant for such a chart.
    from ictsearch.indexer.extract import extract

    whole = _two_chart_deck(tmp_path / "whole.pptx")
    lost = _rewritten(whole, tmp_path / "lost.pptx", "ppt/charts/chart2.xml", lambda data: None)
    page = extract(lost).pages[0]
    assert page.startswith("管内のブロードバンド整備状況")
    assert "契約数の割合" in page and "北海道、東北" in page
    assert "テレワーク導入率" not in page


def test_pptx_a_chart_part_that_is_not_xml_loses_its_words_not_the_file(tmp_path):
    # python-pptx parses every part when it opens a deck: a chart part cut short failed the whole
    # file as 'damaged PowerPoint file (cannot be parsed)'.
    from ictsearch.indexer.errors import ExtractionError
    from ictsearch.indexer.extract import extract

    whole = _two_chart_deck(tmp_path / "whole.pptx")
    half = lambda data: data[: len(data) // 2]
    got = extract(_rewritten(whole, tmp_path / "cut.pptx", "ppt/charts/chart2.xml", half))
    assert "契約数の割合" in got.pages[0] and "テレワーク導入率" not in got.pages[0]
    assert got.warnings == ["1 chart could not be read and gave no text"]
    # A slide part cut short is still a damaged file.
    with pytest.raises(ExtractionError, match="damaged PowerPoint file"):
        extract(_rewritten(whole, tmp_path / "bad.pptx", "ppt/slides/slide1.xml", half))


def test_pptx_a_charts_axis_titles_and_outer_category_level_are_text(tmp_path):
    # 導入率(%) on a line chart's value axis and 東日本 / 西日本 above the prefectures of a
    # two-level category axis were the chart's only words for them, and were dropped.
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE

    from ictsearch.indexer.extract import extract

    def build(slide):
        line = _add(slide, XL_CHART_TYPE.LINE_MARKERS,
                    _chart_data(["令和3年度", "令和4年度"], ("テレワーク導入率", (30.1, 51.9))))
        line.value_axis.has_title = True
        line.value_axis.axis_title.text_frame.text = "導入率(%)"
        line.category_axis.has_title = True
        line.category_axis.axis_title.text_frame.text = "年度"
        data = CategoryChartData()
        for block, prefectures in (("東日本", ("宮城県", "福島県")), ("西日本", ("広島県", "山口県"))):
            category = data.add_category(block)
            for prefecture in prefectures:
                category.add_sub_category(prefecture)
        data.add_series("ローカル5G免許数", (3, 4, 5, 6))
        _add(slide, XL_CHART_TYPE.COLUMN_CLUSTERED, data)
        _add(slide, XL_CHART_TYPE.PIE, _chart_data(["北海道", "東北"], ("契約数の割合", (30, 70))))  # no axes

    lines = extract(_deck(tmp_path / "axes.pptx", build)).pages[0].splitlines()
    for words in ("導入率(%)", "年度", "東日本、西日本", "宮城県、福島県、広島県、山口県", "北海道、東北"):
        assert words in lines
    assert lines.index("東日本、西日本") < lines.index("宮城県、福島県、広島県、山口県")
    assert not any("51.9" in line for line in lines)


TEXT = "令和３年度 事業計画書\n\n東北総合通信局\n\n宮城県仙台市において地域のテレワーク推進に取り組む。\n"


def _sidecar(tmp_path, toml: str):
    from ictsearch.indexer.metadata import derive_metadata

    doc = write(tmp_path / "plan.txt", TEXT)
    write(tmp_path / "plan.txt.meta.toml", toml)
    return derive_metadata(TEXT, title="令和３年度 事業計画書", path=doc)


def test_a_sidecar_may_write_a_label_key_and_a_japanese_value_without_quotes(tmp_path):
    # The README offers 年度, 地域, テーマ as keys; written as staff write them, 年度 = 令和4 (no
    # quotes, which TOML wants around a Japanese key and any text value) the document failed to
    # index with 'unreadable sidecar plan.txt.meta.toml: Invalid statement (at line 1, column 1)'.
    m = _sidecar(tmp_path, '年度 = 令和4年度\n地域 = 東北・関東  # 備考\nテーマ = 防災|テレワーク\ntitle = "令和4年度 計画"\n')
    assert m.fiscal_year == 2022 and m.region == ("東北", "関東") and m.title == "令和4年度 計画"
    assert [name for name, _ in m.themes] == ["防災・減災", "働き方・テレワーク"]
    from ictsearch.indexer.errors import ExtractionError

    with pytest.raises(ExtractionError, match="unreadable sidecar plan.txt.meta.toml: Invalid value"):
        _sidecar(tmp_path, "fiscal_year = R4\n")  # an ASCII text value still wants its quotes


@pytest.mark.parametrize("value, fiscal_year", [
    ('"2022.0"', 2022),  # what pandas writes for a year column with blanks, read from a CSV as text
    ('"２０２２.０"', 2022),
    ('"ＮＯＮＥ"', None),  # none typed with the input method in full width
])
def test_a_manual_year_written_as_spreadsheets_and_input_methods_write_it(tmp_path, value, fiscal_year):
    # 2022.0 was a year as a TOML float but 'cannot read' as the text a metadata.csv holds, and the
    # document failed to index.
    assert _sidecar(tmp_path, f"fiscal_year = {value}\n").fiscal_year == fiscal_year


def test_a_bad_manual_year_is_not_told_to_be_a_range(tmp_path):
    # 'cannot read '2022.5' as a year: use 2021, …, or a range such as 2019..2023', and a range is
    # then refused: a document has one 年度.
    from ictsearch.indexer.errors import ExtractionError

    with pytest.raises(ExtractionError) as e:
        _sidecar(tmp_path, 'fiscal_year = "2022.5"\n')
    assert "cannot read '2022.5' as a 年度" in str(e.value) and "range" not in str(e.value)
    with pytest.raises(ExtractionError, match="'2023..2019' is a range"):
        _sidecar(tmp_path, 'fiscal_year = "2023..2019"\n')


def test_a_manual_theme_score_and_none_in_full_width(tmp_path):
    # 防災：0.5 (the colon the input method types) was 'unknown theme '防災：0.5''; ＮＯＮＥ a place.
    m = _sidecar(tmp_path, 'themes = "防災：0.5"\nregion = "ＮＯＮＥ"\n')
    assert m.themes == (("防災・減災", 0.5),) and m.region == () and m.prefecture == ()


def test_show_says_a_cleared_year_and_why_a_region_given_left_no_prefecture(tmp_path):
    # year = "none" in a sidecar printed no year line at all (year is no facet), and a prefecture
    # the region given dropped was 「不明 ← no prefecture found; a sidecar or metadata.csv can set it」.
    import ictsearch

    docs = tmp_path / "docs"
    write(docs / "plan.txt", TEXT)
    write(docs / "plan.txt.meta.toml", 'year = "none"\nregion = "九州"\n')
    assert ictsearch.build_index([docs], tmp_path / "idx", jobs=1).failed == 0
    out = _cli("show", docs / "plan.txt", "--index", tmp_path / "idx", "--chars", 0).output
    lines = out.splitlines()
    assert lines[lines.index("year         不明") + 1].strip() == "← sidecar: plan.txt.meta.toml"
    pref = lines[lines.index("prefecture   不明") + 1]
    assert "sidecar: plan.txt.meta.toml" in pref and "宮城県 dropped: outside the region 九州" in pref
    # A national document given as such still has no prefecture line.
    write(docs / "plan.txt.meta.toml", 'region = "全国"\n')
    ictsearch.build_index([docs], tmp_path / "idx", jobs=1)
    out = _cli("show", docs / "plan.txt", "--index", tmp_path / "idx", "--chars", 0).output
    assert not any(line.startswith("prefecture") for line in out.splitlines())


def test_a_metadata_csv_whose_label_and_name_columns_disagree_says_so(tmp_path):
    # A CSV headed 地域 (the label the README offers) and region (a column kept from a template)
    # used the first for a row giving both, 九州 over 東北, without a word; saved by Excel in CP932.
    from ictsearch.indexer.metadata import derive_metadata
    from ictsearch.indexer.metadata.manual import file_warnings

    doc = write(tmp_path / "plan.txt", TEXT)
    write(tmp_path / "other.txt", TEXT)
    write(tmp_path / "metadata.csv", "path,地域,Region,年度,fiscal_year,備考\r\nplan.txt,九州,東北,2022,2022,メモ\r\n"
                                     "other.txt,,東北,,R3,\r\n", encoding="cp932")
    m = derive_metadata(TEXT, title="令和３年度 事業計画書", path=doc)
    assert m.region == ("九州",) and m.fiscal_year == 2022  # the same 年度 twice: no warning for it
    (warning,) = file_warnings(doc)
    assert warning.endswith("two columns name one field and disagree, the first is used: plan.txt (地域 '九州', region '東北')")
    m = derive_metadata(TEXT, title="令和３年度 事業計画書", path=tmp_path / "other.txt")
    assert m.region == ("東北",) and m.fiscal_year == 2021


@pytest.mark.parametrize("given, year, fiscal_year", [
    ('fiscal_year = "2023/2/1"', 2023, 2022),  # the document's date, given in the 年度 column
    ('year = "令和4年4月1日"', 2022, 2022),
    ('year = "2023年2月1日"\nfiscal_year = "令和3"', 2023, 2021),  # both given: each as written
    ('fiscal_year = "令和4年度"', 2017, 2022),  # no date: the year stays derived
])
def test_the_documents_date_given_as_one_year_is_the_others_too(tmp_path, given, year, fiscal_year):
    # 年度 = 2023/2/1 (the date on the document) gave 年度 2022 beside a derived year that the
    # date contradicts (show: 'fiscal_year 2022 ← csv', 'year 2017 ← title: …平成29年1月4日発行').
    text = "事業報告\n\n平成29年1月4日発行\n\n宮城県仙台市においてテレワークの推進に取り組んだ。\n"
    from ictsearch.indexer.metadata import derive_metadata

    doc = write(tmp_path / "report.txt", text)
    write(tmp_path / "report.txt.meta.toml", given + "\n")
    m = derive_metadata(text, title="事業報告", path=doc)
    assert (m.fiscal_year, m.year) == (fiscal_year, year)
    if "year =" in given and "fiscal_year" not in given:
        assert m.sources["fiscal_year"] == "sidecar: report.txt.meta.toml (the date given as year)"


@pytest.mark.parametrize("text, organization", [
    # A breadcrumb's step before the name (ホーム > 総合政策部 > 道政相談センター >).
    ("スマートデバイス表示はこちら\n\nホーム > 総合政策部 > 道政相談センター > 便利サイト\n\n最終更新日:2016年4月12日(火)\n", "総合政策部"),
    ("現在地 トップページ > 組織でさがす > 総務課\n\n防災行政無線の戸別受信機について\n", "総務課"),
    # A list's number (2. 観光部 >), a bracket or mark before the name.
    ("1. 県庁の組織一覧 >\n2. 観光部 >\n3. 観光誘客推進課\n", "観光部"),
    ("FAQの回答【電波部電波政策課】\n\n無線局の免許について\n", "電波部電波政策課"),
    # The key 担当課: on its line, its value below; 事務局 alone among those present.
    ("令和元年度青少年インターネット適正利用推進協議会を開催します\n\n発表日:2019年5月10日\n担当課:\n青少年育成課育成係\n", None),
    ("役員会 会議録\n\n日時\n平成26年2月21日\n出席者\n役員8名(8団体)、事務局\n", None),
    ("令和3年度第4回個人情報保護運営審議会会議録\n\n場所\n総合センター6階 C604会議室\n\n事務局\n\n法務ガバナンス室\n", "法務ガバナンス室"),
    # Stations a page on 防災行政無線 is about, a part of an area, a room on a floor.
    ("防災行政デジタル無線(同報系)の整備について\n\n1.親局\n役場庁舎に設置します。\n", None),
    ("同報系デジタル防災行政無線を整備しています\n\n屋外拡声子局(屋外スピーカー)を町内8か所に設置します。\n", None),
    ("整備対象区域\n川井の一部\n", None),
    ("説明会\n\n場所 県庁3階特別室\n", None),
])
def test_show_names_no_breadcrumb_step_field_key_station_or_room_as_the_organization(text, organization):
    # show printed 'organization ホーム>総合政策部', '担当課', '事務局', '1.親局', '屋外拡声子局',
    # '川井の一部', '場所県庁3階特別室' for pages of bench/realdocs (r1151, r2339, r1253, r1101,
    # r1802, r1832, r636); 53 of its 1,596 pages change, each from such a word to a name or to none
    # but one (r1413, a table row read as a name before and after). metadata_accuracy unchanged.
    from ictsearch.indexer.metadata import docinfo

    assert docinfo.organization(text, "")[0] == organization


def test_a_sidecar_setting_a_field_by_its_name_and_its_label_says_which_is_used(tmp_path):
    # fiscal_year = 2020 and 年度 = 令和4 in one sidecar: the last silently won.
    m = _sidecar(tmp_path, 'fiscal_year = 2020\n年度 = 令和4\nregion = "東北"\n地域 = "東北"\n')
    assert m.fiscal_year == 2020 and m.region == ("東北",)
    assert m.warnings == ("sidecar plan.txt.meta.toml: 'fiscal_year' and '年度' both set fiscal_year; 'fiscal_year' is used",)


def test_a_year_range_from_a_form_with_one_field_left_blank_is_open(tmp_path):
    # Index.search(fiscal_year=("", "2023")), a search form's 「から」 left empty, was refused as
    # "('', 2023) is not a year or a (low, high) range"; (None, 2023) was the open range.
    import ictsearch

    docs = tmp_path / "docs"
    for fy in (2019, 2021, 2023):
        write(docs / f"r{fy}.txt", f"令和{fy - 2018}年度 事業報告\n\n東北総合通信局\n\nテレワークの推進に取り組んだ。\n")
    ictsearch.build_index([docs], tmp_path / "idx", jobs=1)
    with ictsearch.open_index(tmp_path / "idx") as idx:
        def years(value):
            return sorted(h.fiscal_year for h in idx.search(fiscal_year=value).hits)

        assert years(("", "2021")) == years((None, 2021)) == [2019, 2021]
        assert years(("令和3", " ")) == years((2021, None)) == [2021, 2023]
        with pytest.raises(ictsearch.UnknownFacetValue):
            idx.search(fiscal_year=("", ""))


def test_an_index_built_by_other_metadata_rules_is_derived_again(tmp_path, monkeypatch):
    # A better year or place rule reached an existing index only with --rebuild: unchanged files
    # were never opened again, so an upgrade's fixes stayed out of every index built before it.
    import ictsearch
    from ictsearch.indexer import plan as plan_mod

    docs, idx = tmp_path / "docs", tmp_path / "idx"
    write(docs / "a.txt", "令和5年度 テレワーク推進事業\n東北総合通信局は、テレワークの導入を支援します。\n")
    write(docs / "b.txt", "光回線の整備\n町内全域で光回線が使えるようになりました。\n")
    assert ictsearch.build_index([docs], idx).added == 2
    again = ictsearch.build_index([docs], idx)
    assert (again.unchanged, again.updated, again.rederived) == (2, 0, 0)
    monkeypatch.setattr(plan_mod, "rules_version", lambda: "other rules")
    dry = ictsearch.build_index([docs], idx, dry_run=True)
    assert (dry.updated, dry.rederived) == (2, 2)
    res = _cli("index", docs, "--index", idx)
    assert res.exit_code == 0 and "0 added, 2 updated" in res.output, res.output
    assert "(2 of the updated were derived again: their metadata came from an earlier version's rules)" in res.output
    assert ictsearch.build_index([docs], idx).unchanged == 2  # once, not on every run
    assert "derived again" not in _cli("index", docs, "--index", idx).output
