
import pytest

from ictsearch.indexer.errors import ExtractionError
from ictsearch.indexer.metadata import derive_metadata

TEXT = "令和３年度 事業計画書\n東北総合通信局\nテレワークの推進。テレワーク月間。テレワークの普及。\n"


def test_derived_without_manual(tmp_path):
    doc = tmp_path / "plan.txt"
    doc.write_text(TEXT, "utf-8")
    m = derive_metadata(TEXT, title="令和３年度 事業計画書", path=doc)
    assert m.fiscal_year == 2021 and m.region == ("東北",)
    assert m.title is None
    assert m.sources["fiscal_year"].startswith("title:")


def test_sidecar_wins(tmp_path):
    doc = tmp_path / "plan.pdf"
    doc.write_bytes(b"")
    (tmp_path / "plan.pdf.meta.toml").write_text(
        'title = "東北の計画"\nfiscal_year = "令和4年度"\nregion = ["宮城"]\nthemes = ["防災"]\n', "utf-8"
    )
    m = derive_metadata(TEXT, title="x", path=doc)
    assert m.title == "東北の計画"
    assert m.fiscal_year == 2022
    assert m.prefecture == ("宮城県",) and m.region == ("東北",)
    assert m.themes == (("防災・減災", 1.0),)
    assert m.sources["fiscal_year"] == "sidecar: plan.pdf.meta.toml"
    assert m.organization == "東北総合通信局"  # not given: derived
    assert m.sources["organization"].startswith("text:")


def test_stem_sidecar_is_accepted(tmp_path):
    doc = tmp_path / "plan.pdf"
    (tmp_path / "plan.meta.toml").write_text("year = 2020\n", "utf-8")
    assert derive_metadata(TEXT, title="x", path=doc).year == 2020


def test_csv_in_parent_folder_and_precedence(tmp_path):
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    doc = sub / "plan.txt"
    (tmp_path / "metadata.csv").write_text(
        "path,fiscal_year,doctype,organization\na/b/plan.txt,2019,予算,総務省\n", "utf-8"
    )
    (tmp_path / "a" / "metadata.csv").write_text("path,doctype\nb/plan.txt,報告書\n", "utf-8")
    (sub / "plan.txt.meta.toml").write_text('organization = "東北総合通信局 企画課"\n', "utf-8")
    m = derive_metadata(TEXT, title="x", path=doc, root=tmp_path)
    assert m.fiscal_year == 2019  # from the root csv
    assert m.doctype == "報告書"  # the nearer csv wins
    assert m.organization == "東北総合通信局 企画課"  # the sidecar beats every csv
    assert m.sources["fiscal_year"].startswith("csv:")


def test_csv_above_root_is_ignored(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    (tmp_path / "metadata.csv").write_text("path,fiscal_year\nroot/plan.txt,1999\n", "utf-8")
    m = derive_metadata(TEXT, title="x", path=root / "plan.txt", root=root)
    assert m.fiscal_year == 2021


# A page about 長野県 and 宮城県: derived, it is of 信越 and 東北.
PLACES = "令和５年度 長野県・宮城県 テレワーク推進事業\n長野県塩尻市と宮城県仙台市でテレワークの実証を行った。\n"


def _places(tmp_path, sidecar: str | None):
    doc = tmp_path / "plan.txt"
    if sidecar is not None:
        (tmp_path / "plan.txt.meta.toml").write_text(sidecar, "utf-8")
    return derive_metadata(PLACES, title="令和５年度 長野県・宮城県 テレワーク推進事業", path=doc)


def test_places_derived_without_manual(tmp_path):
    m = _places(tmp_path, None)
    assert m.region == ("東北", "信越") and m.prefecture == ("宮城県", "長野県")


def test_manual_region_drops_derived_prefectures_outside_it(tmp_path):
    m = _places(tmp_path, 'region = "九州"\n')
    assert m.region == ("九州",) and m.prefecture == ()
    assert m.sources["region"] == "sidecar: plan.txt.meta.toml (derived 宮城県・長野県 dropped: outside the region 九州)"
    # show's 「prefecture 不明」 says why (it said 「no prefecture found」: review 10).
    assert m.sources["prefecture"] == m.sources["region"]


def test_manual_region_keeps_derived_prefectures_inside_it(tmp_path):
    m = _places(tmp_path, 'region = "東北地方"\n')
    assert m.region == ("東北",) and m.prefecture == ("宮城県",)
    assert m.sources["prefecture"].startswith("places: ")  # still derived, and says what was dropped
    assert "長野県 dropped: outside the region 東北 given in sidecar: plan.txt.meta.toml" in m.sources["prefecture"]


def test_manual_national_region_holds_no_prefecture(tmp_path):
    m = _places(tmp_path, 'region = "全国"\n')
    assert m.region == ("全国",) and m.prefecture == ()
    assert "全国 holds no prefecture" in m.sources["region"]
    m = _places(tmp_path, 'region = ["全国", "長野"]\n')
    assert m.region == ("信越", "全国") and m.prefecture == ("長野県",)


def test_manual_prefecture_sets_the_region(tmp_path):
    m = _places(tmp_path, 'prefecture = ["長野県"]\n')
    assert m.region == ("信越",) and m.prefecture == ("長野県",)
    assert m.sources["region"] == "sidecar: plan.txt.meta.toml (blocks of its prefectures)"


def test_manual_region_gains_the_blocks_of_manual_prefectures(tmp_path):
    m = _places(tmp_path, 'region = "九州"\nprefecture = "長野"\n')
    assert m.region == ("信越", "九州") and m.prefecture == ("長野県",)
    assert "and 信越, the block of a prefecture in sidecar" in m.sources["region"]


def test_a_region_given_as_prefecture_is_named(tmp_path):
    with pytest.raises(ExtractionError, match="bad prefecture in sidecar: plan.txt.meta.toml: '東北' is a region"):
        _places(tmp_path, 'prefecture = "東北"\n')


def test_manual_region_in_metadata_csv_drops_derived_prefectures(tmp_path):
    (tmp_path / "metadata.csv").write_text("path,region\nplan.txt,九州\n", "utf-8")
    m = _places(tmp_path, None)
    assert m.region == ("九州",) and m.prefecture == ()
    assert m.sources["region"].startswith("csv: ") and "長野県 dropped" in m.sources["region"]


@pytest.mark.parametrize("value", ['"令和99"', "2117", '"R99年度"'])
def test_an_impossible_manual_year_is_named(tmp_path, value):
    with pytest.raises(ExtractionError, match=r"bad fiscal_year in sidecar: plan.txt.meta.toml: '(令和99|2117|R99年度)'( is 2117)?: a document's year"):
        _places(tmp_path, f"fiscal_year = {value}\n")


def test_an_impossible_year_in_metadata_csv_is_named(tmp_path):
    (tmp_path / "metadata.csv").write_text("path,year\nplan.txt,令和99\n", "utf-8")
    with pytest.raises(ExtractionError, match=r"bad year in csv: .*metadata.csv \(plan.txt\): '令和99' is 2117"):
        _places(tmp_path, None)


def test_an_era_year_past_its_era_is_accepted(tmp_path):
    assert _places(tmp_path, 'fiscal_year = "平成32"\n').fiscal_year == 2020


def test_a_misspelt_sidecar_key_is_a_warning_not_silence(tmp_path):
    # regoin = "東北" was ignored without a word, and the maintainer thought the region was set.
    doc = tmp_path / "plan.txt"
    doc.write_text(TEXT, "utf-8")
    (tmp_path / "plan.txt.meta.toml").write_text('regoin = "近畿"\nfiscal_year = "令和4年度"\n', "utf-8")
    (tmp_path / "metadata.csv").write_text("path,themse,備考\nplan.txt,防災,確認済み\n", "utf-8")
    m = derive_metadata(TEXT, title="令和３年度 事業計画書", path=doc, root=tmp_path)
    assert m.fiscal_year == 2022 and m.region == ("東北",)  # the misspelt region is not applied
    assert m.themes[0][0] != "防災・減災"
    assert m.warnings == (
        "sidecar plan.txt.meta.toml: unknown key 'regoin' ignored (did you mean 'region'?)",
        f"metadata.csv in {tmp_path}: unknown key 'themse' ignored (did you mean 'themes'?)",
    )  # 備考, a column of the spreadsheet's own, is no field's misspelling


def test_an_index_run_reports_the_sidecars_unknown_key_and_show_keeps_it(tmp_path):
    from ictsearch.indexer import build_index
    from ictsearch.search import open_index

    src = tmp_path / "src"
    src.mkdir()
    (src / "plan.txt").write_text(TEXT, "utf-8")
    (src / "plan.meta.toml").write_text('doctyp = "事業計画"\n', "utf-8")
    summary = build_index([src], tmp_path / "idx", jobs=1)
    [outcome] = [o for o in summary.outcomes if o.status == "added"]
    assert any("unknown key 'doctyp'" in w and "'doctype'" in w for w in outcome.warnings)
    with open_index(tmp_path / "idx") as idx:
        assert any("unknown key 'doctyp'" in w for w in idx.get(str(src / "plan.txt")).warnings)


def _sidecar(tmp_path, toml: str):
    doc = tmp_path / "plan.txt"
    doc.write_text(TEXT, "utf-8")
    (tmp_path / "plan.txt.meta.toml").write_text(toml, "utf-8")
    return derive_metadata(TEXT, title="令和３年度 事業計画書", path=doc)


def test_none_in_a_sidecar_clears_a_wrong_derived_value_and_says_where(tmp_path):
    # A wrong value is worse than none (a --year 2021 filter silently keeps it), but none / 不明
    # in a sidecar was an error: there was no way to clear one.
    m = _sidecar(tmp_path, 'fiscal_year = "none"\nthemes = "不明"\n')
    assert m.fiscal_year is None and m.themes == ()
    assert m.sources["fiscal_year"] == m.sources["themes"] == "sidecar: plan.txt.meta.toml"
    assert m.region == ("東北",)  # not given: derived
    m = _sidecar(tmp_path, 'region = "none"\n')
    assert m.region == () and m.prefecture == ()
    # A prefecture cleared keeps the derived region.
    m = _sidecar(tmp_path, 'region = "東北"\nprefecture = "宮城"\n')
    assert m.prefecture == ("宮城県",)
    m = _sidecar(tmp_path, 'prefecture = "不明"\n')
    assert m.prefecture == () and m.region == ("東北",)


@pytest.mark.parametrize("given, year, fiscal_year", [
    ('year = "令和4年4月1日"\nfiscal_year = "令和4年4月1日"', 2022, 2022),
    ('year = "2023/2/1"\nfiscal_year = "2023年2月1日"', 2023, 2022),  # February is the 年度 before
    ("year = 2022.0\nfiscal_year = 2021.0", 2022, 2021),
    ('year = "R4"\nfiscal_year = "令和3年度"', 2022, 2021),
])
def test_a_manual_year_may_be_a_full_date_or_a_whole_float(tmp_path, given, year, fiscal_year):
    # 令和4年4月1日 (the date on the document) and 2022.0 (a number a spreadsheet wrote) were refused.
    m = _sidecar(tmp_path, given + "\n")
    assert (m.year, m.fiscal_year) == (year, fiscal_year)


@pytest.mark.parametrize("value", ['"2022-2023"', '"令和4年度～令和5年度"', '"2021.."'])
def test_a_manual_year_range_is_refused_not_read_as_its_first_year(tmp_path, value):
    # 2022-2023 became 2022 without a word; a document has one 年度.
    with pytest.raises(ExtractionError, match="is a range: a document has one 年度"):
        _sidecar(tmp_path, f"fiscal_year = {value}\n")


def test_manual_places_listed_with_a_dot_and_hokkaido_as_a_prefecture(tmp_path):
    # region = "東北・関東" was refused (a list as the filters and the query read it), and so was
    # prefecture = "北海道", which `ictsearch facets` lists as a prefecture.
    m = _sidecar(tmp_path, 'region = "東北・関東"\n')
    assert m.region == ("東北", "関東")
    m = _sidecar(tmp_path, 'prefecture = ["北海道", "沖縄"]\n')
    assert m.prefecture == ("北海道", "沖縄県") and m.region == ("北海道", "沖縄")
    with pytest.raises(ExtractionError, match="is a region, not a prefecture"):
        _sidecar(tmp_path, 'prefecture = "東北"\n')


@pytest.mark.parametrize("value, year", [('"R5(2023)年度"', 2023), ('"FY23"', 2023), ('"2023FY"', 2023)])
def test_a_sidecar_year_as_budget_sheets_write_it(tmp_path, value, year):
    assert _places(tmp_path, f"fiscal_year = {value}\n").fiscal_year == year


def test_a_sidecar_year_whose_two_calendars_disagree_says_so(tmp_path):
    with pytest.raises(ExtractionError, match=r"bad fiscal_year in sidecar: plan.txt.meta.toml: '令和5\(2024\)年度' names two years"):
        _places(tmp_path, 'fiscal_year = "令和5(2024)年度"\n')
